/**
 * Test support for the theme-*.test.ts files: one small corpus of six events whose every count is
 * worked out by hand in the comments, shared by the counts, evidence and CSV tests so that they
 * check one another. Only tests import this.
 */
import { countThemes, type StatsEvent, type StatsTaxonomy } from './theme-counts';
import type { EvidenceEvent } from './theme-evidence';
import type { Period } from './theme-periods';

// ------------------------------------------------------------------------------ the fixture

// Taxonomy order is deliberately not alphabetical (trade before cyber), so a tie broken by id
// would show. "cyber" sits under both areas; "health" names an area that does not exist and has a
// label a spreadsheet would run; "arctic" is carried by no event.
export const taxonomy: StatsTaxonomy = {
	themes: [
		{ id: 'defence', label: 'Defence', color: '#111111', frameworks: ['sec'] },
		{ id: 'trade', label: 'Trade, investment', color: '#222222', frameworks: ['econ'] },
		{ id: 'cyber', label: 'Cyber', color: '#333333', frameworks: ['sec', 'econ'] },
		{
			id: 'health',
			label: '=HYPERLINK("http://evil","x")',
			color: '#444444',
			frameworks: ['nowhere']
		},
		{ id: 'arctic', label: 'Arctic', color: '#555555', frameworks: ['sec'] }
	],
	frameworks: [
		{ id: 'sec', framework: 'Shared priorities', year: 2021, label: 'Security' },
		{ id: 'econ', framework: 'Shared priorities', year: 2021, label: 'Economy' }
	]
};

export const src = (file: string, themes: Record<string, string[]>) => ({
	file,
	title: `Title of ${file}`,
	issuer: 'PMO',
	url: `https://example.org/${file}`,
	lang: 'en' as const,
	excerpt: false,
	via: null,
	original: null,
	themes: Object.entries(themes).map(([id, evidence]) => ({ id, evidence }))
});
export const health = Array.from({ length: 9 }, (_, i) => `Health point ${i + 1}.`);

/**
 * Six events over 2021–2024. Mentions per event (theme: sentences):
 *   e1 2021-03-10  defence 2, cyber 1       ("Cyber defence matters." is evidence for both)
 *   e2 2021-11-30  trade 3, health 9        ("Trade grew." twice in one source)
 *   e3 2022-06-01  defence 1 + 2, space 5   (two sources carry defence; space is not a theme)
 *   e4 2023-02-14  no themes
 *   e5 2024-01-05  cyber 3, trade 1
 *   e6 2024-12-31  defence 1, cyber 1, trade 1   (last day of a year and a quarter)
 */
export const evidenceEvents: EvidenceEvent[] = [
	{
		id: 'e1',
		date: '2021-03-10',
		title: 'Call',
		sources: [
			src('e1.md', {
				defence: ['We will deepen defence ties.', 'Cyber defence matters.'],
				cyber: ['Cyber defence matters.']
			})
		]
	},
	{
		id: 'e2',
		date: '2021-11-30',
		title: 'Trade talks',
		sources: [src('e2.md', { trade: ['Trade grew.', 'Investment too.', 'Trade grew.'], health })]
	},
	{
		id: 'e3',
		date: '2022-06-01',
		title: 'Ministers meet',
		sources: [
			src('e3-ca.md', {
				defence: ['Patrols continue.'],
				space: ['S1.', 'S2.', 'S3.', 'S4.', 'S5.']
			}),
			src('e3-jp.md', { defence: ['Patrols continue.', 'Exercises planned.'] })
		]
	},
	{ id: 'e4', date: '2023-02-14', title: 'Reception', sources: [src('e4.md', {})] },
	{
		id: 'e5',
		date: '2024-01-05',
		title: 'Summit',
		sources: [src('e5.md', { cyber: ['C1.', 'C2.', 'C3.'], trade: ['Trade talk.'] })]
	},
	{
		id: 'e6',
		date: '2024-12-31',
		title: 'Year end',
		sources: [
			src('e6.md', {
				defence: ['D.'],
				cyber: ['Shared: cyber and trade.'],
				trade: ['Shared: cyber and trade.']
			})
		]
	}
];
export const byId = new Map(evidenceEvents.map((e) => [e.id, e]));

// One entry per source and theme, not merged per event: e3 lists defence twice.
export const events: StatsEvent[] = evidenceEvents.map((e) => ({
	id: e.id,
	date: e.date,
	themes: e.sources.flatMap((s) => s.themes.map((t) => ({ id: t.id, mentions: t.evidence.length })))
}));

export const span = { from: '2021-03-10', to: '2024-12-31' };
export const year = (y: number): Period => ({
	key: `${y}`,
	label: `${y}`,
	start: `${y}-01-01`,
	end: `${y}-12-31`
});
export const years = [2021, 2022, 2023, 2024];
export const byYear = countThemes(events, taxonomy, { periods: [...years, 2025].map(year), years });

/**
 * Two sources of one event, for the profile and its CSV: defence 1 + 3 = 4, trade 0 + 3 = 3,
 * cyber 2 + 1 = 3 (tie: taxonomy order puts trade first), arctic 0 (no row), space (not a theme,
 * no row); the second issuer is one a spreadsheet would run.
 */
// defence 1 + 3 = 4, trade 0 + 3 = 3, cyber 2 + 1 = 3 (tie: taxonomy order puts trade first),
// arctic 0 (no row), space (not a theme, no row).
export const profileSources = [
	{
		file: 'a.md',
		title: 'Readout, 6 March',
		issuer: 'PMO',
		themes: [
			{ id: 'defence', mentions: 1 },
			{ id: 'space', mentions: 5 },
			{ id: 'cyber', mentions: 2 },
			{ id: 'arctic', mentions: 0 }
		]
	},
	{
		file: 'b.md',
		title: 'Press release',
		issuer: '=MOFA',
		themes: [
			{ id: 'defence', mentions: 3 },
			{ id: 'trade', mentions: 3 },
			{ id: 'cyber', mentions: 1 }
		]
	}
];
