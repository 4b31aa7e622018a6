import { describe, expect, it } from 'vitest';
import {
	countEvent,
	formatRecordSummary,
	issuerSides,
	summarizeRecord,
	type SummaryDocument,
	type SummaryEvent
} from './summary';

describe('issuerSides', () => {
	it.each<[string, boolean, boolean]>([
		["Prime Minister's Office, Canada", true, false],
		['Global Affairs Canada', true, false],
		['National Defence, Canada', true, false],
		['Government of Canada', true, false],
		['Natural Resources Canada', true, false],
		['Innovation, Science and Economic Development Canada', true, false],
		['Government of Japan', false, true],
		['Embassy of Canada to Japan', true, false],
		['Ministry of Foreign Affairs of Japan', false, true],
		["Prime Minister's Office of Japan", false, true],
		['Ministry of Defense of Japan', false, true],
		['Ministry of Economy, Trade and Industry of Japan', false, true],
		['Embassy of Japan in Canada', false, true],
		['外務省', false, true],
		["Prime Minister's Office, Canada (joint statement of both Prime Ministers)", true, true],
		['Joint statement of the Governments', true, true],
		['EIN Presswire', false, false]
	])('%s → Canada %s, Japan %s', (issuer, canada, japan) => {
		expect(issuerSides(issuer)).toEqual({ canada, japan });
	});
});

const docs: SummaryDocument[] = [
	{ file: 'pmo.md', issuer: "Prime Minister's Office, Canada", excerpt: false },
	{ file: 'gac-excerpt.md', issuer: 'Global Affairs Canada', excerpt: true },
	{ file: 'mofa.md', issuer: 'Ministry of Foreign Affairs of Japan', excerpt: false },
	{ file: 'mofa-excerpt.md', issuer: 'Ministry of Foreign Affairs of Japan', excerpt: true },
	{ file: 'joint.md', issuer: 'Joint statement of the Prime Ministers', excerpt: false }
];
const byFile = new Map(docs.map((d) => [d.file, d]));

const ev = (patch: Partial<SummaryEvent>): SummaryEvent => ({
	date: '2024-01-13',
	format: 'meeting',
	level: 'ministers',
	recordOnly: false,
	sources: [],
	...patch
});

describe('countEvent', () => {
	it.each<[string, Partial<SummaryEvent>, Record<string, number>]>([
		['a Canadian readout', { sources: ['pmo.md'] }, { canadian: 1, japanese: 0, both: 0 }],
		['a Japanese readout', { sources: ['mofa.md'] }, { canadian: 0, japanese: 1, both: 0 }],
		[
			'both governments’ readouts',
			{ sources: ['pmo.md', 'mofa.md'] },
			{ canadian: 1, japanese: 1, both: 1, excerptsOnly: 0 }
		],
		['a joint statement counts for both', { sources: ['joint.md'] }, { both: 1 }],
		[
			'every text an excerpt',
			{ sources: ['gac-excerpt.md', 'mofa-excerpt.md'] },
			{ both: 1, excerptsOnly: 1 }
		],
		[
			'one excerpt beside a whole text: not excerpts only',
			{ sources: ['gac-excerpt.md', 'mofa.md'] },
			{ excerptsOnly: 0 }
		],
		[
			'record-only: no official text, nothing else',
			{ recordOnly: true },
			{ noText: 1, canadian: 0, japanese: 0, both: 0, excerptsOnly: 0 }
		]
	])('%s', (_name, patch, expected) => {
		const c = countEvent(ev(patch), byFile);
		expect(c.engagements).toBe(1);
		expect(c).toMatchObject(expected);
	});
});

describe('summarizeRecord', () => {
	const events = [
		ev({ date: '2024-01-13', sources: ['mofa.md'] }),
		ev({ date: '2022-02-08', format: 'call', level: 'leaders', sources: ['pmo.md', 'mofa.md'] }),
		ev({ date: '2024-06-01', format: 'call', level: 'leaders', sources: ['gac-excerpt.md'] }),
		ev({ date: '2024-12-12', format: 'signing', level: 'officials', recordOnly: true }),
		ev({ date: '2024-03-01', sources: ['pmo.md'] })
	];
	const s = summarizeRecord(events, docs);

	it('has one row per year, in order, and totals that add up', () => {
		expect(s.years.map((y) => [y.year, y.engagements])).toEqual([
			['2022', 1],
			['2024', 4]
		]);
		expect(s.engagements).toBe(events.length);
		for (const key of ['canadian', 'japanese', 'both', 'excerptsOnly', 'noText'] as const)
			expect(
				s.years.reduce((n, y) => n + y[key], 0),
				key
			).toBe(s[key]);
		expect(s).toMatchObject({ canadian: 3, japanese: 2, both: 1, excerptsOnly: 1, noText: 1 });
	});

	it('splits each year by kind: leaders first, then formats in schema order', () => {
		const y2024 = s.years.find((y) => y.year === '2024')!;
		expect(y2024.kinds.map((k) => [k.level, k.format, k.engagements])).toEqual([
			['leaders', 'call', 1],
			['ministers', 'meeting', 2],
			['officials', 'signing', 1]
		]);
		for (const y of s.years)
			expect(y.kinds.reduce((n, k) => n + k.engagements, 0)).toBe(y.engagements);
		expect(s.kinds.reduce((n, k) => n + k.engagements, 0)).toBe(s.engagements);
	});

	it('an empty record is all zeros', () => {
		expect(summarizeRecord([], [])).toEqual({
			engagements: 0,
			canadian: 0,
			japanese: 0,
			both: 0,
			excerptsOnly: 0,
			noText: 0,
			years: [],
			kinds: []
		});
	});

	it('prints as aligned text, with the leads in date order', () => {
		const text = formatRecordSummary(
			s,
			[
				{ when: '2026', title: 'Later' },
				{ when: '2022-04', title: 'Earlier' }
			],
			(k) => `${k.format}, ${k.level}`
		);
		const lines = text.split('\n');
		expect(lines[0]).toBe('What the record holds, by year:');
		expect(lines[1]).toMatch(/^\s+Engagements {2}Canadian text {2}Japanese text {2}Both/);
		expect(lines.find((l) => l.startsWith('All years'))).toMatch(
			/All years\s+5\s+3\s+2\s+1\s+1\s+1$/
		);
		expect(text).toContain('signing, officials');
		expect(text).toMatch(/Leads not yet located \(2\):\n {2}2022-04 {2}Earlier\n {2}2026 {5}Later/);
		expect(formatRecordSummary(s, [], String)).toContain('Leads not yet located: none.');
	});
});
