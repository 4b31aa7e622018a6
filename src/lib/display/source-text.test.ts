import { describe, expect, it } from 'vitest';
import type { Sentence } from '$lib/corpus/schema';
import { findPhrase, markPhrases, toTextParts } from './source-text';

function sentence(index: number, start: number, end: number, kind: Sentence['kind'] = 'paragraph') {
	return { index, text: `s${index}`, start, end, kind, themes: [] } satisfies Sentence;
}

describe('toTextParts', () => {
	it('puts sentences back into their paragraphs, headings and lists', () => {
		const blocks = [
			{ kind: 'heading', start: 0, end: 10 },
			{ kind: 'paragraph', start: 12, end: 50 },
			{ kind: 'list-item', start: 52, end: 60 },
			{ kind: 'list-item', start: 61, end: 70 },
			{ kind: 'paragraph', start: 72, end: 80 }
		] as const;
		const sentences = [
			sentence(0, 0, 10, 'heading'),
			sentence(1, 12, 30),
			sentence(2, 31, 50),
			sentence(3, 52, 60, 'list-item'),
			sentence(4, 61, 70, 'list-item'),
			sentence(5, 72, 80)
		];
		const parts = toTextParts(blocks, sentences);
		expect(
			parts.map((p) =>
				p.kind === 'list'
					? { list: p.items.map((it) => it.map((s) => s.index)) }
					: { [p.kind]: p.sentences.map((s) => s.index) }
			)
		).toEqual([{ heading: [0] }, { paragraph: [1, 2] }, { list: [[3], [4]] }, { paragraph: [5] }]);
	});

	it('keeps a sentence that no block holds, as a paragraph of its own', () => {
		const parts = toTextParts(
			[{ kind: 'paragraph', start: 0, end: 10 }],
			[sentence(0, 0, 10), sentence(1, 20, 30)]
		);
		expect(parts.map((p) => p.kind === 'paragraph' && p.sentences.map((s) => s.index))).toEqual([
			[0],
			[1]
		]);
	});

	it('shows every sentence when there are no blocks at all', () => {
		const parts = toTextParts([], [sentence(0, 0, 5, 'list-item'), sentence(1, 6, 9)]);
		expect(parts.map((p) => p.kind)).toEqual(['list', 'paragraph']);
	});
});

describe('findPhrase', () => {
	it.each([
		['Free trade and tradecraft', 'trade', 5],
		['tradecraft and trade', 'trade', 15],
		['tradecraft only', 'trade', 0],
		['The G7 met', 'G7', 4],
		['nothing here', 'G7', -1],
		['North Korea’s launches', 'North Korea', 0],
		// Japanese has no spaces: a phrase stands wherever it occurs, as the tagger matched it.
		['日加の経済安全保障と安全保障', '安全保障', 5],
		['両首脳は、自由で開かれたインド太平洋の実現に向け', '自由で開かれたインド太平洋', 5],
		['', 'x', -1],
		['anything', '', -1]
	])('%j / %j → %i', (text, phrase, at) => {
		expect(findPhrase(text, phrase)).toBe(at);
	});
});

describe('markPhrases', () => {
	const cases: [string, { id: string; phrase: string }[], [string, string[]][]][] = [
		['No themes here.', [], [['No themes here.', []]]],
		[
			'Concerns about the South China Sea and China.',
			[
				{ id: 'rule-of-law', phrase: 'South China Sea' },
				{ id: 'china-taiwan', phrase: 'China' }
			],
			[
				['Concerns about the ', []],
				['South ', ['rule-of-law']],
				['China', ['rule-of-law', 'china-taiwan']],
				[' Sea', ['rule-of-law']],
				[' and China.', []]
			]
		],
		[
			'G7 and UN',
			[
				{ id: 'multilateral', phrase: 'G7' },
				{ id: 'missing', phrase: 'NATO' }
			],
			[
				['G7', ['multilateral']],
				[' and UN', []]
			]
		],
		[
			'両首脳は、北朝鮮の核・ミサイル問題及び拉致問題について連携を確認した。',
			[
				{ id: 'north-korea', phrase: '北朝鮮' },
				{ id: 'north-korea-2', phrase: '拉致問題' }
			],
			[
				['両首脳は、', []],
				['北朝鮮', ['north-korea']],
				['の核・ミサイル問題及び', []],
				['拉致問題', ['north-korea-2']],
				['について連携を確認した。', []]
			]
		],
		[
			'<img src=x onerror="x()"> trade',
			[{ id: 'trade-investment', phrase: 'trade' }],
			[
				['<img src=x onerror="x()"> ', []],
				['trade', ['trade-investment']]
			]
		]
	];
	it.each(cases)('%j', (text, matches, runs) => {
		const got = markPhrases(text, matches);
		expect(got.map((r) => [r.text, r.themes])).toEqual(runs);
		expect(got.map((r) => r.text).join('')).toBe(text);
	});
});
