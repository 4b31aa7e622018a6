import { describe, expect, it } from 'vitest';
import { groupEvidence, joinCounts } from './evidence-groups';
import type { EvidenceLine } from './theme-evidence';

describe('evidence', () => {
	const line = (eventId: string, file: string, sentence: string): EvidenceLine => ({
		eventId,
		date: '2024-01-01',
		eventTitle: `Event ${eventId}`,
		source: {
			file,
			title: file,
			issuer: 'PMO',
			url: `https://x/${file}`,
			lang: 'en',
			excerpt: false,
			via: null,
			original: null
		},
		sentence,
		themes: ['trade']
	});

	it('groups lines by event, then source, in order', () => {
		const groups = groupEvidence([
			line('e2', 'a', 's1'),
			line('e2', 'b', 's2'),
			line('e2', 'a', 's3'),
			line('e1', 'c', 's4')
		]);
		expect(
			groups.map((g) => [
				g.eventId,
				g.sources.map((s) => [s.source.file, s.lines.map((l) => l.sentence)])
			])
		).toEqual([
			[
				'e2',
				[
					['a', ['s1', 's3']],
					['b', ['s2']]
				]
			],
			['e1', [['c', ['s4']]]]
		]);
		expect(groupEvidence([])).toEqual([]);
	});

	it('joins counts of disjoint periods', () => {
		expect(
			joinCounts([
				{ events: 2, sentences: 3, eventIds: ['e2', 'e1'] },
				{ events: 0, sentences: 0, eventIds: [] },
				{ events: 1, sentences: 5, eventIds: ['e3'] }
			])
		).toEqual({ events: 3, sentences: 8, eventIds: ['e2', 'e1', 'e3'] });
	});
});
