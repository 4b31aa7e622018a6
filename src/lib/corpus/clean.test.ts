import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { splitSentences } from './split';

const kept = (body: string, title?: string) => cleanText(body, title).blocks.map((b) => b.text);

describe('cleanText: furniture rules', () => {
	it.each([
		['navigation header', 'Main Content\n\nThe leaders met.', ['The leaders met.']],
		['skip link', 'Skip to main content\nThe leaders met.', ['The leaders met.']],
		['back link', 'Back to news\nThe leaders met.', ['The leaders met.']],
		[
			'associated links block',
			'The leaders met.\n\nAssociated links\nRelated item',
			['The leaders met.']
		],
		[
			'source link and aggregator',
			'The leaders met.\nSource link\n• Related Posts\nRussia invades',
			['The leaders met.']
		],
		['related posts', 'The leaders met.\nRelated Posts\nUkraine story', ['The leaders met.']],
		['leave a reply', 'The leaders met.\nLeave a Reply\nYour email address', ['The leaders met.']],
		['you missed', 'The leaders met.\nYou Missed\nNintendo sues', ['The leaders met.']],
		[
			'keyword search and page details',
			'The leaders met.\nSearch for related information by keyword: Foreign affairs | Japan\nPage details\nDate modified:',
			['The leaders met.']
		],
		['date modified alone', 'The leaders met.\nDate modified: 2024-01-13', ['The leaders met.']],
		[
			'photo caption',
			'Photo: Prime Minister Carney in Tokyo\nThe leaders met.',
			['The leaders met.']
		],
		[
			'photo credit',
			'The leaders met.\n(Photo credit: PMO)\nThey agreed.',
			['The leaders met.', 'They agreed.']
		],
		[
			'caption ending in a credit',
			'Carney and Takaichi shake hands (Photo: Cabinet Public Affairs Office)\nThe leaders met.',
			['The leaders met.']
		],
		[
			'header date line',
			'January 13, 2024\nOn January 13th, the ministers met.',
			['On January 13th, the ministers met.']
		],
		[
			'a stray terminator before any text is one line only',
			'Source link\nThe leaders met.',
			['The leaders met.']
		]
	])('%s', (_name, body, expected) => {
		expect(kept(body)).toEqual(expected);
	});

	it('drops the title line and breadcrumbs above it', () => {
		const body =
			'Japan-Canada Relations\nJapan-Canada Foreign Ministers’ Meeting\nJanuary 13, 2024\n\nOn January 13th, they met.';
		expect(kept(body, "Japan-Canada Foreign Ministers' Meeting")).toEqual([
			'On January 13th, they met.'
		]);
	});

	it('recognises the title without its "(readout)" suffix', () => {
		expect(
			kept(
				'Trudeau speaks with Kishida\n\nYesterday, they spoke.',
				'Trudeau speaks with Kishida (readout)'
			)
		).toEqual(['Yesterday, they spoke.']);
	});

	it('removes newswire datelines in front of the first sentence only', () => {
		const body =
			' date 2026-03-06 TOKYO, March 6, 2026 /CNW/ - We, the Prime Ministers, meet today.\nLater, TOKYO, March 6, 2026 /CNW/ - stays.';
		const { blocks, dropped } = cleanText(body);
		expect(blocks[0]!.text).toBe('We, the Prime Ministers, meet today.');
		expect(blocks[1]!.text).toBe('Later, TOKYO, March 6, 2026 /CNW/ - stays.');
		expect(dropped.filter((d) => d.rule === 'dateline').map((d) => d.text.trim())).toEqual([
			'date 2026-03-06',
			'TOKYO, March 6, 2026 /CNW/ -'
		]);
	});

	it('keeps list items, strips bullets but keeps numbers', () => {
		const { blocks } = cleanText(
			'They agreed on:\n  • Crisis response.\n- Fisheries.\n(1) Enhanced Security;\n2. Trade;'
		);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['paragraph', 'They agreed on:'],
			['list-item', 'Crisis response.'],
			['list-item', 'Fisheries.'],
			['list-item', '(1) Enhanced Security;'],
			['list-item', '2. Trade;']
		]);
	});

	it('joins a paragraph wrapped over lines', () => {
		expect(kept('The leaders discussed trade\nand investment between them.\nNext.')).toEqual([
			'The leaders discussed trade\nand investment between them.',
			'Next.'
		]);
	});

	it('gives offsets into the saved text, also with CRLF line ends', () => {
		const body = 'Main Content\r\n\r\nYesterday, they spoke.\r\nThey agreed.\r\n';
		for (const b of cleanText(body).blocks) expect(body.slice(b.start, b.end)).toBe(b.text);
		expect(kept(body)).toEqual(['Yesterday, they spoke.', 'They agreed.']);
	});
});

describe('splitSentences', () => {
	const split = (body: string) => splitSentences(cleanText(body).blocks).map((s) => s.text);

	it.each([
		['plain', 'One. Two! Three?', ['One.', 'Two!', 'Three?']],
		[
			'title abbreviations',
			'Ms. KAMIKAWA Yoko met Mr. Smith and Dr. Jones. They talked.',
			['Ms. KAMIKAWA Yoko met Mr. Smith and Dr. Jones.', 'They talked.']
		],
		[
			'times in parentheses',
			'At 9:40 a.m. (local time; January 13th, 11:40p.m. Japan time), they met. Next.',
			['At 9:40 a.m. (local time; January 13th, 11:40p.m. Japan time), they met.', 'Next.']
		],
		[
			'e.g. never ends a sentence',
			'Sectors, e.g. Energy and trade. Next.',
			['Sectors, e.g. Energy and trade.', 'Next.']
		],
		[
			'a French month shortened before a year',
			'Le Canada salue. Le 9 févr. 2026, rien. Le 4 oct. 2021 aussi. Fin en oct. Puis.',
			[
				'Le Canada salue.',
				'Le 9 févr. 2026, rien.',
				'Le 4 oct. 2021 aussi.',
				'Fin en oct.',
				'Puis.'
			]
		],
		[
			'a French newswire dateline and stamp before the first sentence; its closing lines',
			" date 2021-10 OTTAWA, ON, le 4 oct. 2021 /CNW/ - Le premier ministre a parlé.\n\nCe document se trouve également à l'adresse : http://pm.gc.ca\n\nSOURCE Cabinet du Premier ministre du Canada",
			['Le premier ministre a parlé.']
		],
		[
			'a list item without a period is a sentence',
			'Intro:\n(1) Trade;\n(2) Energy',
			['Intro:', '(1) Trade;', '(2) Energy']
		],
		[
			'a heading is a sentence',
			'Rule of law\n\nEnhance cooperation. Promote it.',
			['Rule of law', 'Enhance cooperation.', 'Promote it.']
		]
	])('%s', (_n, body, expected) => {
		expect(split(body)).toEqual(expected);
	});

	it('each sentence is the saved text at its offsets', () => {
		const body =
			'Main Content\n\nOn May 19th, Ms. Joly met Mr. Hayashi. They agreed.\n  • Item one. Item two.';
		for (const s of splitSentences(cleanText(body).blocks))
			expect(body.slice(s.start, s.end)).toBe(s.text);
	});
});
