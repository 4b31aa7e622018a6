import { describe, expect, it } from 'vitest';
import { gatherEvidence } from './evidence';

const sentence = (index: number, text: string) => ({ index, text, themes: [] });

describe('gatherEvidence', () => {
	const sources = [
		{
			file: 'a.md',
			title: 'Readout',
			lang: 'en' as const,
			excerpt: false,
			themes: [
				{ id: 'trade', sentences: [0, 2] },
				{ id: 'defence', sentences: [1] }
			],
			parts: [
				{ kind: 'paragraph' as const, sentences: [sentence(0, 'Trade.'), sentence(1, 'Defence.')] },
				{ kind: 'list' as const, items: [[sentence(2, 'More trade.')]] }
			]
		},
		{
			file: 'b.md',
			title: 'Statement',
			lang: 'ja' as const,
			excerpt: true,
			themes: [{ id: 'trade', sentences: [0, 9] }],
			parts: [{ kind: 'heading' as const, sentences: [sentence(0, 'Trade heading.')] }]
		}
	];

	it('lists each theme of the event with its sentences from every source, in order', () => {
		const got = gatherEvidence(
			[
				{ id: 'trade', mentions: 3 },
				{ id: 'defence', mentions: 1 },
				{ id: 'given', mentions: 0 }
			],
			sources
		);
		expect(
			got.map((t) => [t.id, t.sentences.map((s) => `${s.source}: ${s.sentence.text}`)])
		).toEqual([
			['trade', ['Readout: Trade.', 'Readout: More trade.', 'Statement: Trade heading.']],
			['defence', ['Readout: Defence.']],
			['given', []]
		]);
	});

	it('leaves out an index its source does not have, and keys stay unique', () => {
		const got = gatherEvidence([{ id: 'trade' }], sources);
		const keys = got[0]!.sentences.map((s) => s.key);
		expect(keys).toEqual(['a.md#0', 'a.md#2', 'b.md#0']);
	});

	it('keeps each sentence’s language and whether its source is an excerpt', () => {
		const got = gatherEvidence([{ id: 'trade' }], sources);
		expect(got[0]!.sentences.map((s) => [s.key, s.lang, s.excerpt])).toEqual([
			['a.md#0', 'en', false],
			['a.md#2', 'en', false],
			['b.md#0', 'ja', true]
		]);
	});
});
