import { describe, expect, it } from 'vitest';
import { evidenceFor, type EvidenceEvent } from './theme-evidence';
import { byId, byYear, src } from './testing';

describe('evidenceFor', () => {
	const sentences = (eventIds: string[], themes: string[]) =>
		evidenceFor(eventIds, themes, byId).map((l) => [
			l.eventId,
			l.source.file,
			l.sentence,
			l.themes
		]);

	it('gives the full line: event, source and sentence', () => {
		expect(evidenceFor(['e5'], ['trade'], byId)).toEqual([
			{
				eventId: 'e5',
				date: '2024-01-05',
				eventTitle: 'Summit',
				source: {
					file: 'e5.md',
					title: 'Title of e5.md',
					issuer: 'PMO',
					url: 'https://example.org/e5.md',
					lang: 'en',
					excerpt: false,
					via: null,
					original: null
				},
				sentence: 'Trade talk.',
				themes: ['trade']
			}
		]);
	});

	it.each([
		[
			'one theme: its evidence in source order',
			['e1'],
			['defence'],
			[
				['e1', 'e1.md', 'We will deepen defence ties.', ['defence']],
				['e1', 'e1.md', 'Cyber defence matters.', ['defence']]
			]
		],
		[
			'a sentence that is evidence for two asked themes appears once, with both',
			['e1'],
			['defence', 'cyber'],
			[
				['e1', 'e1.md', 'We will deepen defence ties.', ['defence']],
				['e1', 'e1.md', 'Cyber defence matters.', ['defence', 'cyber']]
			]
		],
		[
			'lines and their themes follow the order the themes are asked in',
			['e1'],
			['cyber', 'defence'],
			[
				['e1', 'e1.md', 'Cyber defence matters.', ['cyber', 'defence']],
				['e1', 'e1.md', 'We will deepen defence ties.', ['defence']]
			]
		],
		[
			'two identical sentences in one source both appear',
			['e2'],
			['trade'],
			[
				['e2', 'e2.md', 'Trade grew.', ['trade']],
				['e2', 'e2.md', 'Investment too.', ['trade']],
				['e2', 'e2.md', 'Trade grew.', ['trade']]
			]
		],
		[
			'source by source: the same sentence in two sources appears for each',
			['e3'],
			['defence'],
			[
				['e3', 'e3-ca.md', 'Patrols continue.', ['defence']],
				['e3', 'e3-jp.md', 'Patrols continue.', ['defence']],
				['e3', 'e3-jp.md', 'Exercises planned.', ['defence']]
			]
		],
		[
			'events in the order given; unknown and repeated ids skipped',
			['e6', 'nope', 'e1', 'e6'],
			['defence'],
			[
				['e6', 'e6.md', 'D.', ['defence']],
				['e1', 'e1.md', 'We will deepen defence ties.', ['defence']],
				['e1', 'e1.md', 'Cyber defence matters.', ['defence']]
			]
		],
		[
			'a theme asked twice counts once',
			['e6'],
			['cyber', 'trade', 'cyber'],
			[['e6', 'e6.md', 'Shared: cyber and trade.', ['cyber', 'trade']]]
		],
		['no themes asked: nothing', ['e1', 'e2'], [], []],
		['an event without themes: nothing', ['e4'], ['defence'], []]
	])('%s', (_, ids, themes, expected) => {
		expect(sentences(ids, themes)).toEqual(expected);
	});

	it('per source, a text appears as often as it is evidence for any one theme', () => {
		const e: EvidenceEvent = {
			id: 'x',
			date: '2024-01-01',
			title: 'X',
			sources: [src('x.md', { a: ['X', 'X', 'Y'], b: ['X', 'Z'], c: ['X', 'X', 'X'] })]
		};
		const lines = evidenceFor(['x'], ['a', 'b'], new Map([['x', e]]));
		expect(lines.map((l) => [l.sentence, l.themes])).toEqual([
			['X', ['a', 'b']],
			['X', ['a']],
			['Y', ['a']],
			['Z', ['b']]
		]);
		expect(evidenceFor(['x'], ['a', 'c'], new Map([['x', e]])).map((l) => l.sentence)).toEqual([
			'X',
			'X',
			'Y',
			'X'
		]);
	});

	it('gives, for one theme, as many lines as the count has sentences', () => {
		for (const t of byYear.themes)
			expect(evidenceFor(t.eventIds, [t.id], byId), t.id).toHaveLength(t.sentences);
		for (const p of byYear.periods)
			for (const [id, c] of Object.entries(p.themes))
				expect(evidenceFor(c.eventIds, [id], byId), `${p.period.key} ${id}`).toHaveLength(
					c.sentences
				);
		for (const a of byYear.areas)
			for (const y of a.years) {
				// The area's sentences are the sum over its themes; a line shared by two of them
				// (e6's "Shared: cyber and trade.") is one line but two mentions.
				const lines = evidenceFor(y.eventIds, a.themes, byId);
				expect(lines.reduce((n, l) => n + l.themes.length, 0)).toBe(y.sentences);
			}
	});
});

// ------------------------------------------------------------------------------ profile
