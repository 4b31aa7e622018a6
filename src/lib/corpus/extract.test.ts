import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import {
	extractDate,
	extractFormat,
	extractFramework,
	extractLevel,
	extractLocation
} from './extract';
import { splitSentences } from './split';
import { realReference } from './testing';

function dateOf(body: string, published: string | null) {
	const { blocks, dropped } = cleanText(body);
	const opening = splitSentences(blocks)
		.slice(0, 3)
		.map((s) => s.text);
	return extractDate(opening, dropped, published);
}

describe('extractDate', () => {
	it.each([
		[
			'newswire dateline',
			' date 2026-03-06 TOKYO, March 6, 2026 /CNW/ - We, the Prime Ministers, welcome it.',
			'2026-03-20',
			'2026-03-06'
		],
		[
			'dateline with a province',
			'OTTAWA, ON, Jan. 13, 2024 /CNW/ - The ministers met.',
			'2024-01-20',
			'2024-01-13'
		],
		['"date" header only', 'date 2026-03-06\nWe welcome it.', '2026-03-20', '2026-03-06'],
		['header date line', 'January 13, 2024\nThe ministers met.', '2024-01-15', '2024-01-13'],
		[
			'On January 13th with the published year',
			'On January 13th, the ministers met.',
			'2024-01-13',
			'2024-01-13'
		],
		[
			'On May 19th',
			'On May 19th, Prime Minister Kishida met Prime Minister Trudeau.',
			'2023-05-20',
			'2023-05-19'
		],
		['On 19 May', 'On 19 May, the leaders met.', '2023-05-20', '2023-05-19'],
		[
			'On a date late in the previous year',
			'On December 30th, the ministers spoke.',
			'2024-01-02',
			'2023-12-30'
		],
		[
			'On a date with its own year',
			'On January 13, 2024, the ministers met.',
			'2024-02-01',
			'2024-01-13'
		],
		[
			'Yesterday',
			'Yesterday, Prime Minister Justin Trudeau spoke with Kishida Fumio.',
			'2022-02-09',
			'2022-02-08'
		],
		['Yesterday across a month', 'Yesterday, the leaders spoke.', '2024-03-01', '2024-02-29'],
		[
			'Today',
			'Today, the Prime Minister, Mark Carney, met with Takaichi Sanae.',
			'2026-03-06',
			'2026-03-06'
		],
		[
			'today mid-sentence',
			'Prime Minister Justin Trudeau today spoke with the Prime Minister of Japan.',
			'2023-01-12',
			'2023-01-12'
		],
		['On Tuesday', 'On Tuesday, the ministers met in Ottawa.', '2024-05-10', '2024-05-07'],
		[
			'dateline wins over a date later in the text',
			'OTTAWA, June 1, 2023 - The ministers met.\nThey recalled March 3, 2020.',
			'2023-06-02',
			'2023-06-01'
		]
	])('%s', (_n, body, published, expected) => {
		expect(dateOf(body, published).date).toBe(expected);
	});

	it('finds no date in a text without one', () => {
		expect(dateOf('The ministers shared the common recognition.', '2021-05-03').date).toBeNull();
	});

	it('reads the Japan date from "(local time; …, Japan time)"', () => {
		const r = dateOf(
			'On January 13th, commencing at 9:40 p.m. (local time; January 14th, 11:40 a.m. Japan time), the ministers met.',
			'2024-01-14'
		);
		expect(r.date).toBe('2024-01-13');
		expect(r.dateJapan).toBe('2024-01-14');
	});

	it('ignores impossible dates', () => {
		expect(dateOf('On February 30th, they met.', '2024-03-01').date).toBeNull();
	});
});

describe('extractFormat', () => {
	it.each([
		['Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio', [], 'call'],
		['Japan-Canada Summit Telephone Talk', [], 'call'],
		['Joint Statement on Canada-Japan Comprehensive Strategic Partnership', [], 'statement'],
		[
			'Shared Canada-Japan priorities contributing to a free and open Indo-Pacific region (Backgrounder)',
			[],
			'document'
		],
		['Japan-Canada Foreign Ministers’ Meeting', [], 'meeting'],
		['Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae', [], 'meeting'],
		['Readout', ['Today, Minister Joly held a call with Minister Hayashi.'], 'call'],
		[
			'Readout',
			['We, the Foreign Ministers of Canada and Japan, affirm our partnership.'],
			'statement'
		],
		['Readout', ['The ministers met in Ottawa.'], 'meeting'],
		// Global Affairs Canada, 22 March 2022: the title says "speaks with" of a meeting in Dubai.
		[
			'Minister Ng speaks with Japan’s Minister for Expo 2025 Osaka',
			[
				'The Honourable Mary Ng, Minister of International Trade, met in Dubai, United Arab Emirates, with Kenji Wakamiya.'
			],
			'meeting'
		],
		[
			'Minister Ng speaks with Japan’s Minister of State',
			['Yesterday, Minister Ng spoke with Nishimura Yasutoshi.'],
			'call'
		]
	] as const)('%s', (title, opening, expected) => {
		expect(extractFormat(title, opening)).toBe(expected);
	});
});

describe('extractLocation', () => {
	const ref = realReference();
	const loc = (format: 'meeting' | 'call' | 'statement', body: string, title = '') => {
		const { blocks, dropped } = cleanText(body);
		return extractLocation(
			format,
			splitSentences(blocks)
				.slice(0, 3)
				.map((s) => s.text),
			dropped,
			ref.context.people,
			title
		);
	};
	it('reads the city a title names when the opening names none', () => {
		expect(
			loc(
				'meeting',
				'Today, Minister Champagne met with Minister Hagiuda.',
				'Minister Champagne meets with his Japanese counterpart in Tokyo'
			)
		).toEqual({ city: 'Tokyo', country: 'Japan' });
	});
	it.each([
		[
			'visiting a city',
			'meeting',
			'Ms. KAMIKAWA Yoko, who was visiting Montreal, Canada, held a meeting.',
			{ city: 'Montreal', country: 'Canada' }
		],
		[
			'dateline city',
			'statement',
			'TOKYO, March 6, 2026 /CNW/ - We meet today.',
			{ city: 'Tokyo', country: 'Japan' }
		],
		[
			'in a city',
			'meeting',
			'Today, in Hiroshima, the leaders met.',
			{ city: 'Hiroshima', country: 'Japan' }
		],
		[
			'visit to a country',
			'meeting',
			'Today, Carney met Takaichi during his bilateral visit to Japan.',
			{ city: null, country: 'Japan' }
		],
		[
			'calls have no place',
			'call',
			'Today, in Ottawa, the Prime Minister spoke with Kishida.',
			null
		],
		['nothing said', 'meeting', 'The ministers met.', null],
		[
			'a joint statement says where its signatories met',
			'statement',
			'On October 31st, State Minister YAMADA Kenji and Minister Tim HODGSON met in Toronto on the occasion of the G7 meeting.',
			{ city: 'Toronto', country: 'Canada' }
		],
		[
			'any other city a statement names is its subject',
			'statement',
			'The Prime Minister welcomed the agreement reached in Tokyo last year.',
			null
		]
	] as const)('%s', (_n, format, body, expected) => {
		expect(loc(format, body)).toEqual(expected);
	});
});

describe('extractLevel and extractFramework', () => {
	const ref = realReference();
	it('uses the highest office, else the words of the text', () => {
		const p = (office: string) => ({ id: 'x', name: 'X', office, country: 'CA' });
		expect(
			extractLevel(
				[p('Minister of Foreign Affairs of Canada'), p('Prime Minister of Canada')],
				ref.context.people,
				'',
				[]
			)
		).toBe('leaders');
		expect(
			extractLevel([p('Minister of Foreign Affairs of Canada')], ref.context.people, '', [])
		).toBe('ministers');
		expect(
			extractLevel([], ref.context.people, 'Readout', ['The ministers shared a recognition.'])
		).toBe('ministers');
		expect(
			extractLevel([], ref.context.people, 'Readout', ['Senior officials held consultations.'])
		).toBe('officials');
	});
	it('finds framework documents by title or by an establishing sentence', () => {
		expect(
			extractFramework(
				'Shared Canada-Japan priorities contributing to a free and open Indo-Pacific region (Backgrounder)',
				[]
			)
		).toBe('Shared Canada-Japan priorities');
		expect(
			extractFramework('Joint Statement', [
				'With a view to this, we also establish a new Canada-Japan Comprehensive Strategic Roadmap, which will guide us.'
			])
		).toBe('Canada-Japan Comprehensive Strategic Roadmap');
		expect(
			extractFramework('Japan-Canada Foreign Ministers’ Meeting', [
				'The two ministers reviewed the progress in the "Japan-Canada Action Plan" one year after its release.'
			])
		).toBeNull();
	});
});
