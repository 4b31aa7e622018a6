import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEventsJson } from '$lib/corpus/export';
import { loadCorpus } from '$lib/server/corpus';
import {
	areasCsv,
	countThemes,
	evidenceFor,
	frequencyCsv,
	overTimeCsv,
	periodsFor,
	profileCsv,
	sourceProfiles,
	yearsOf,
	type EvidenceEvent,
	type Period,
	type StatsEvent,
	type StatsTaxonomy
} from './theme-stats';

// ------------------------------------------------------------------------------ the fixture

// Taxonomy order is deliberately not alphabetical (trade before cyber), so a tie broken by id
// would show. "cyber" sits under both areas; "health" names an area that does not exist and has a
// label a spreadsheet would run; "arctic" is carried by no event.
const taxonomy: StatsTaxonomy = {
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

const src = (file: string, themes: Record<string, string[]>) => ({
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
const health = Array.from({ length: 9 }, (_, i) => `Health point ${i + 1}.`);

/**
 * Six events over 2021–2024. Mentions per event (theme: sentences):
 *   e1 2021-03-10  defence 2, cyber 1       ("Cyber defence matters." is evidence for both)
 *   e2 2021-11-30  trade 3, health 9        ("Trade grew." twice in one source)
 *   e3 2022-06-01  defence 1 + 2, space 5   (two sources carry defence; space is not a theme)
 *   e4 2023-02-14  no themes
 *   e5 2024-01-05  cyber 3, trade 1
 *   e6 2024-12-31  defence 1, cyber 1, trade 1   (last day of a year and a quarter)
 */
const evidenceEvents: EvidenceEvent[] = [
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
const byId = new Map(evidenceEvents.map((e) => [e.id, e]));

// One entry per source and theme, not merged per event: e3 lists defence twice.
const events: StatsEvent[] = evidenceEvents.map((e) => ({
	id: e.id,
	date: e.date,
	themes: e.sources.flatMap((s) => s.themes.map((t) => ({ id: t.id, mentions: t.evidence.length })))
}));

const span = { from: '2021-03-10', to: '2024-12-31' };
const year = (y: number): Period => ({
	key: `${y}`,
	label: `${y}`,
	start: `${y}-01-01`,
	end: `${y}-12-31`
});
const years = [2021, 2022, 2023, 2024];
const byYear = countThemes(events, taxonomy, { periods: [...years, 2025].map(year), years });

/** The counts of a period as [id, events, sentences], for compact tables. */
const periodRow = (p: (typeof byYear.periods)[number]) =>
	Object.entries(p.themes).map(([id, c]) => [id, c.events, c.sentences, c.eventIds]);

// ------------------------------------------------------------------------------ periodsFor

describe('periodsFor', () => {
	it('writes years and quarters with both ends included', () => {
		expect(periodsFor({ start: '2024-01-01', end: '2024-12-31' }, span)).toEqual({
			bucket: 'quarter',
			periods: [
				{ key: '2024-Q1', label: 'Q1 2024', start: '2024-01-01', end: '2024-03-31' },
				{ key: '2024-Q2', label: 'Q2 2024', start: '2024-04-01', end: '2024-06-30' },
				{ key: '2024-Q3', label: 'Q3 2024', start: '2024-07-01', end: '2024-09-30' },
				{ key: '2024-Q4', label: 'Q4 2024', start: '2024-10-01', end: '2024-12-31' }
			]
		});
		expect(periodsFor({ start: '2015-01-01', end: '2030-12-31' }, span)).toEqual({
			bucket: 'year',
			periods: [2021, 2022, 2023, 2024].map(year)
		});
	});

	const keys = (start: string, end: string, s: { from: string; to: string } | null = span) => {
		const r = periodsFor({ start, end }, s);
		return [r.bucket, r.periods.map((p) => p.key).join(' ')];
	};

	it.each([
		// Wider than the data: clipped to 2021–2024, not 2015–2030.
		['2015-01-01', '2030-12-31', 'year', '2021 2022 2023 2024'],
		// 2023-01-01 … 2024-12-31 is 731 days (2024 is a leap year): still quarters.
		[
			'2023-01-01',
			'2024-12-31',
			'quarter',
			'2023-Q1 2023-Q2 2023-Q3 2023-Q4 2024-Q1 2024-Q2 2024-Q3 2024-Q4'
		],
		// 2022-01-01 … 2024-01-01 is 731 days; one day more and it is years.
		[
			'2022-01-01',
			'2024-01-01',
			'quarter',
			'2022-Q1 2022-Q2 2022-Q3 2022-Q4 2023-Q1 2023-Q2 2023-Q3 2023-Q4 2024-Q1'
		],
		['2022-01-01', '2024-01-02', 'year', '2022 2023 2024'],
		// Starts before the first event (2021-03-10): Q1 2021 is the first column, no 2020.
		['2020-06-01', '2021-05-01', 'quarter', '2021-Q1 2021-Q2'],
		['2021-03-10', '2021-03-10', 'quarter', '2021-Q1'],
		// Quarters with no events inside the span stay (2021-Q2, Q3).
		['2021-01-01', '2021-12-31', 'quarter', '2021-Q1 2021-Q2 2021-Q3 2021-Q4'],
		// Entirely before or after the data.
		['2025-01-01', '2025-12-31', 'quarter', ''],
		['2010-01-01', '2015-12-31', 'year', ''],
		['2021-01-01', '2021-03-09', 'quarter', '']
	])('%s … %s → %s: %s', (start, end, bucket, expected) => {
		expect(keys(start, end)).toEqual([bucket, expected]);
	});

	it('gives no columns without data', () => {
		expect(keys('2024-01-01', '2024-12-31', null)).toEqual(['quarter', '']);
		expect(keys('2015-01-01', '2030-12-31', null)).toEqual(['year', '']);
	});
});

describe('yearsOf', () => {
	it.each([
		[null, []],
		[span, [2021, 2022, 2023, 2024]],
		[{ from: '2024-01-01', to: '2024-12-31' }, [2024]]
	])('%o → %o', (s, expected) => expect(yearsOf(s)).toEqual(expected));
});

// ------------------------------------------------------------------------------ countThemes

describe('countThemes on the fixture', () => {
	it('counts every input event, in input order', () => {
		expect(byYear.total).toBe(6);
		expect(byYear.eventIds).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
	});

	it('totals each theme: events once, sentences summed', () => {
		// defence: e1, e3, e6 = 3 events; 2 + (1 + 2) + 1 = 6 sentences (e3 lists it twice).
		// trade:   e2, e5, e6 = 3;       3 + 1 + 1 = 5.
		// cyber:   e1, e5, e6 = 3;       1 + 3 + 1 = 5.
		// health:  e2 = 1;               9.
		// arctic:  none.                 "space" (e3) is not in the taxonomy: no row.
		// Order: events desc (health's 9 sentences do not lift it above 3-event themes), then
		// sentences desc (defence 6 first), then taxonomy order (trade before cyber, both 3/5).
		expect(byYear.themes.map((t) => [t.id, t.events, t.sentences, t.eventIds])).toEqual([
			['defence', 3, 6, ['e1', 'e3', 'e6']],
			['trade', 3, 5, ['e2', 'e5', 'e6']],
			['cyber', 3, 5, ['e1', 'e5', 'e6']],
			['health', 1, 9, ['e2']],
			['arctic', 0, 0, []]
		]);
		expect(byYear.themes[1]).toEqual({
			id: 'trade',
			label: 'Trade, investment',
			color: '#222222',
			events: 3,
			sentences: 5,
			eventIds: ['e2', 'e5', 'e6']
		});
	});

	it('counts per year, with every theme in every period, including empty ones', () => {
		expect(byYear.periods.map((p) => [p.period.key, p.total])).toEqual([
			['2021', 2], // e1, e2
			['2022', 1], // e3
			['2023', 1], // e4: events but no themes
			['2024', 2], // e5, e6
			['2025', 0]
		]);
		const [y2021, y2022, y2023, y2024, y2025] = byYear.periods;
		expect(periodRow(y2021!)).toEqual([
			['defence', 1, 2, ['e1']],
			['trade', 1, 3, ['e2']],
			['cyber', 1, 1, ['e1']],
			['health', 1, 9, ['e2']],
			['arctic', 0, 0, []]
		]);
		// e3 carries defence twice: one event, 1 + 2 sentences.
		expect(periodRow(y2022!)).toEqual([
			['defence', 1, 3, ['e3']],
			['trade', 0, 0, []],
			['cyber', 0, 0, []],
			['health', 0, 0, []],
			['arctic', 0, 0, []]
		]);
		for (const p of [y2023!, y2025!])
			expect(periodRow(p)).toEqual(
				['defence', 'trade', 'cyber', 'health', 'arctic'].map((id) => [id, 0, 0, []])
			);
		expect(periodRow(y2024!)).toEqual([
			['defence', 1, 1, ['e6']],
			['trade', 2, 2, ['e5', 'e6']],
			['cyber', 2, 4, ['e5', 'e6']],
			['health', 0, 0, []],
			['arctic', 0, 0, []]
		]);
	});

	it('counts per quarter, the last day of a quarter included', () => {
		const quarters = [
			...periodsFor({ start: '2021-01-01', end: '2021-12-31' }, span).periods,
			...periodsFor({ start: '2024-01-01', end: '2024-12-31' }, span).periods
		];
		const stats = countThemes(events, taxonomy, { periods: quarters, years: [] });
		const nonZero = stats.periods.map((p) => [
			p.period.key,
			p.total,
			Object.entries(p.themes)
				.filter(([, c]) => c.events)
				.map(([id, c]) => `${id} ${c.events}/${c.sentences}`)
				.join(', ')
		]);
		expect(nonZero).toEqual([
			['2021-Q1', 1, 'defence 1/2, cyber 1/1'], // e1 (03-10)
			['2021-Q2', 0, ''],
			['2021-Q3', 0, ''],
			['2021-Q4', 1, 'trade 1/3, health 1/9'], // e2 (11-30)
			['2024-Q1', 1, 'trade 1/1, cyber 1/3'], // e5 (01-05)
			['2024-Q2', 0, ''],
			['2024-Q3', 0, ''],
			['2024-Q4', 1, 'defence 1/1, trade 1/1, cyber 1/1'] // e6 (12-31)
		]);
		// e3 and e4 fall outside every period given: counted in the totals, in no column.
		expect(stats.total).toBe(6);
		expect(stats.themes[0]).toMatchObject({ id: 'defence', events: 3, sentences: 6 });
	});

	it('counts per area and year: an event with two themes of an area counts once', () => {
		// sec = defence, cyber, arctic;  econ = trade, cyber (taxonomy order).
		// sec  2021: e1 (defence 2 + cyber 1)                     → 1 event, 3 sentences
		//      2022: e3 (defence 1 + 2)                           → 1, 3
		//      2024: e5 (cyber 3), e6 (defence 1 + cyber 1)       → 2, 5
		// econ 2021: e1 (cyber 1), e2 (trade 3)                   → 2, 4
		//      2024: e5 (cyber 3 + trade 1), e6 (cyber 1 + trade 1) → 2, 6
		// health's area "nowhere" is not in the taxonomy: no row, and health counts nowhere.
		expect(byYear.areas.map((a) => [a.area.id, a.themes])).toEqual([
			['sec', ['defence', 'cyber', 'arctic']],
			['econ', ['trade', 'cyber']]
		]);
		expect(byYear.areas[0]!.area).toEqual(taxonomy.frameworks[0]);
		const rows = byYear.areas.map((a) =>
			a.years.map((y) => [y.year, y.events, y.sentences, y.total, y.eventIds])
		);
		expect(rows).toEqual([
			[
				[2021, 1, 3, 2, ['e1']],
				[2022, 1, 3, 1, ['e3']],
				[2023, 0, 0, 1, []],
				[2024, 2, 5, 2, ['e5', 'e6']]
			],
			[
				[2021, 2, 4, 2, ['e1', 'e2']],
				[2022, 0, 0, 1, []],
				[2023, 0, 0, 1, []],
				[2024, 2, 6, 2, ['e5', 'e6']]
			]
		]);
	});

	it('counts areas only in the years asked for', () => {
		const stats = countThemes(events, taxonomy, { periods: [], years: [2024, 2030] });
		expect(stats.areas[0]!.years.map((y) => [y.year, y.events, y.sentences, y.total])).toEqual([
			[2024, 2, 5, 2],
			[2030, 0, 0, 0]
		]);
		expect(stats.periods).toEqual([]);
	});

	it('refuses overlapping periods, which would count an event in two columns', () => {
		const periods = [year(2021), { key: 'x', label: 'x', start: '2021-12-01', end: '2022-01-31' }];
		expect(() => countThemes(events, taxonomy, { periods, years: [] })).toThrow(
			/2021 and x overlap/
		);
	});

	it('accepts periods in any order and keeps that order', () => {
		const stats = countThemes(events, taxonomy, { periods: [year(2024), year(2021)], years: [] });
		expect(stats.periods.map((p) => [p.period.key, p.total])).toEqual([
			['2024', 2],
			['2021', 2]
		]);
	});

	it('leaves record-only events out of every count and every base, and counts excerpts', () => {
		// A record-only event has no themes; as one of "N events" it would still shrink each share.
		const withRecord: StatsEvent[] = [
			...events.slice(0, 3).map((e, i) => ({ ...e, excerpt: i === 1 })),
			{ id: 'r1', date: '2021-06-01', themes: [], recordOnly: true },
			// Themes on a record-only event (never produced) still count nothing.
			{ id: 'r2', date: '2024-06-01', themes: [{ id: 'defence', mentions: 4 }], recordOnly: true },
			...events.slice(3)
		];
		const got = countThemes(withRecord, taxonomy, { periods: years.map(year), years });
		const table = (st: typeof got) => ({
			total: st.total,
			ids: st.eventIds,
			excerpts: st.excerpts,
			recordOnly: st.recordOnly,
			periods: st.periods.map((p) => [p.period.key, p.total]),
			themes: st.themes.map((t) => [t.id, t.events, t.sentences, t.eventIds]),
			areas: st.areas.map((a) => a.years.map((y) => [y.year, y.total, y.events, y.eventIds]))
		});
		const plain = countThemes(events, taxonomy, { periods: years.map(year), years });
		expect(table(got)).toEqual({ ...table(plain), excerpts: 1, recordOnly: 2 });
		expect(got.eventIds).not.toContain('r1');
		expect(got.periods.find((p) => p.period.key === '2021')!.total).toBe(2);
	});

	it('counts nothing in an empty input, yet lists every theme', () => {
		const stats = countThemes([], taxonomy, { periods: [year(2024)], years: [2024] });
		expect(stats.total).toBe(0);
		expect(stats.themes.map((t) => [t.id, t.events])).toEqual(
			taxonomy.themes.map((t) => [t.id, 0])
		);
		expect(stats.periods[0]!.total).toBe(0);
		expect(stats.areas[1]!.years).toEqual([
			{ year: 2024, total: 0, events: 0, sentences: 0, eventIds: [] }
		]);
	});
});

describe('countThemes, property', () => {
	const themeIds = ['a', 'b', 'c'];
	const tax: StatsTaxonomy = {
		themes: themeIds.map((id) => ({ id, label: id, color: '#000000', frameworks: ['x'] })),
		frameworks: [{ id: 'x', framework: 'F', year: 2021, label: 'X' }]
	};
	const BASE = Date.UTC(2019, 0, 1);
	const arbEvents = fc
		.array(
			fc.record({
				day: fc.integer({ min: 0, max: 8 * 366 }),
				themes: fc.array(
					fc.record({
						id: fc.constantFrom('a', 'b', 'c', 'not-a-theme'),
						mentions: fc.integer({ min: 0, max: 5 })
					}),
					{ maxLength: 6 }
				)
			}),
			{ maxLength: 40 }
		)
		.map((xs) =>
			xs.map((x, i): StatsEvent => ({
				id: `e${i}`,
				date: new Date(BASE + x.day * 86_400_000).toISOString().slice(0, 10),
				themes: x.themes
			}))
		);

	it('counts each theme as a direct count does, and the periods over the span add up to it', () => {
		fc.assert(
			fc.property(arbEvents, (evs) => {
				const dates = evs.map((e) => e.date).sort();
				const dataSpan = dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null;
				// The whole span: quarters or years, depending on how far apart the dates fell.
				const { periods } = periodsFor(
					{ start: dates[0] ?? '2021-01-01', end: dates.at(-1) ?? '2021-01-01' },
					dataSpan
				);
				const stats = countThemes(evs, tax, { periods, years: yearsOf(dataSpan) });
				expect(stats.periods.reduce((n, p) => n + p.total, 0)).toBe(evs.length);
				for (const id of themeIds) {
					const carrying = evs.filter((e) => e.themes.some((t) => t.id === id));
					const mentions = evs
						.flatMap((e) => e.themes)
						.filter((t) => t.id === id)
						.reduce((n, t) => n + t.mentions, 0);
					const count = stats.themes.find((t) => t.id === id)!;
					expect(count.events).toBe(carrying.length);
					expect(count.eventIds).toEqual(carrying.map((e) => e.id));
					expect(count.sentences).toBe(mentions);
					const sum = (f: (c: { events: number; sentences: number }) => number) =>
						stats.periods.reduce((n, p) => n + f(p.themes[id]!), 0);
					expect(sum((c) => c.events)).toBe(count.events);
					expect(sum((c) => c.sentences)).toBe(count.sentences);
				}
				// Every theme sits under area x: its events are those with any of a, b, c.
				const inArea = evs.filter((e) => e.themes.some((t) => themeIds.includes(t.id))).length;
				expect(stats.areas[0]!.years.reduce((n, y) => n + y.events, 0)).toBe(inArea);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('countThemes, speed', () => {
	it('counts 10,000 events × 16 themes in a few milliseconds', () => {
		const ids = Array.from({ length: 16 }, (_, i) => `t${i}`);
		const tax: StatsTaxonomy = {
			themes: ids.map((id, i) => ({ id, label: id, color: '#000000', frameworks: [`a${i % 8}`] })),
			frameworks: Array.from({ length: 8 }, (_, i) => ({
				id: `a${i}`,
				framework: 'F',
				year: 2021,
				label: `A${i}`
			}))
		};
		let seed = 1;
		const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
		const evs: StatsEvent[] = Array.from({ length: 10_000 }, (_, n) => ({
			id: `e${n}`,
			date: `${2021 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
			themes: Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
				id: ids[Math.floor(random() * ids.length)]!,
				mentions: 1 + Math.floor(random() * 4)
			}))
		}));
		const dataSpan = { from: '2021-01-01', to: '2026-12-31' };
		const opts = {
			periods: periodsFor({ start: '2021-01-01', end: '2026-12-31' }, dataSpan).periods,
			years: yearsOf(dataSpan)
		};
		for (let i = 0; i < 5; i++) countThemes(evs, tax, opts);
		let best = Infinity;
		for (let i = 0; i < 10; i++) {
			const t0 = performance.now();
			countThemes(evs, tax, opts);
			best = Math.min(best, performance.now() - t0);
		}
		// The best of ten after warming up: steady under a loaded machine (about 4 ms here), and
		// still far below what a count growing with events × periods or events × themes² takes.
		expect(best).toBeLessThan(20);
	});
});

// ------------------------------------------------------------------------------ evidence

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

describe('sourceProfiles', () => {
	// defence 1 + 3 = 4, trade 0 + 3 = 3, cyber 2 + 1 = 3 (tie: taxonomy order puts trade first),
	// arctic 0 (no row), space (not a theme, no row).
	const sources = [
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
	const profile = sourceProfiles(sources, taxonomy);

	it('puts the sources side by side, rows by total then taxonomy order', () => {
		expect(profile).toEqual({
			sources: [
				{ file: 'a.md', title: 'Readout, 6 March', issuer: 'PMO', excerpt: false },
				{ file: 'b.md', title: 'Press release', issuer: '=MOFA', excerpt: false }
			],
			rows: [
				{ id: 'defence', label: 'Defence', color: '#111111', bySource: [1, 3], total: 4 },
				{ id: 'trade', label: 'Trade, investment', color: '#222222', bySource: [0, 3], total: 3 },
				{ id: 'cyber', label: 'Cyber', color: '#333333', bySource: [2, 1], total: 3 }
			]
		});
	});

	it('writes the CSV with one column per source', () => {
		expect(profileCsv(profile)).toBe(
			[
				'theme_id,theme_label,"PMO: Readout, 6 March",\'=MOFA: Press release,total',
				'defence,Defence,1,3,4',
				'trade,"Trade, investment",0,3,3',
				'cyber,Cyber,2,1,3',
				''
			].join('\r\n')
		);
	});

	it('has no rows for a source list without themes', () => {
		expect(
			sourceProfiles([{ file: 'a.md', title: 'A', issuer: 'I', themes: [] }], taxonomy)
		).toEqual({
			sources: [{ file: 'a.md', title: 'A', issuer: 'I', excerpt: false }],
			rows: []
		});
	});
});

// ------------------------------------------------------------------------------ CSV

const HOSTILE = `"'=HYPERLINK(""http://evil"",""x"")"`;

describe('CSV downloads', () => {
	it('frequency: one row per theme in chart order', () => {
		expect(frequencyCsv(byYear)).toBe(
			[
				'theme_id,theme_label,events,sentences,events_counted',
				'defence,Defence,3,6,6',
				'trade,"Trade, investment",3,5,6',
				'cyber,Cyber,3,5,6',
				`health,${HOSTILE},1,9,6`,
				'arctic,Arctic,0,0,6',
				''
			].join('\r\n')
		);
	});

	it('over time: shares to 3 decimals, empty when the period has no events', () => {
		// 2021–2022 holds e1, e2, e3: defence 2 of 3 events (2 + 3 sentences), trade, cyber and
		// health 1 of 3 each.
		const periods: Period[] = [
			{ key: '2021-2022', label: '2021–2022', start: '2021-01-01', end: '2022-12-31' },
			year(2025)
		];
		const stats = countThemes(events, taxonomy, { periods, years: [] });
		expect(overTimeCsv(stats)).toBe(
			[
				'period,period_start,period_end,theme_id,theme_label,events,sentences,events_in_period,share_of_events',
				'2021-2022,2021-01-01,2022-12-31,defence,Defence,2,5,3,0.667',
				'2021-2022,2021-01-01,2022-12-31,trade,"Trade, investment",1,3,3,0.333',
				'2021-2022,2021-01-01,2022-12-31,cyber,Cyber,1,1,3,0.333',
				`2021-2022,2021-01-01,2022-12-31,health,${HOSTILE},1,9,3,0.333`,
				'2021-2022,2021-01-01,2022-12-31,arctic,Arctic,0,0,3,0',
				'2025,2025-01-01,2025-12-31,defence,Defence,0,0,0,',
				'2025,2025-01-01,2025-12-31,trade,"Trade, investment",0,0,0,',
				'2025,2025-01-01,2025-12-31,cyber,Cyber,0,0,0,',
				`2025,2025-01-01,2025-12-31,health,${HOSTILE},0,0,0,`,
				'2025,2025-01-01,2025-12-31,arctic,Arctic,0,0,0,',
				''
			].join('\r\n')
		);
	});

	it('over time: a share of one whole and of a half', () => {
		const csv = overTimeCsv(countThemes(events, taxonomy, { periods: [year(2024)], years: [] }));
		// 2024: e5, e6; trade and cyber in both, defence in e6 only.
		expect(csv.split('\r\n').slice(1, 4)).toEqual([
			'2024,2024-01-01,2024-12-31,defence,Defence,1,1,2,0.5',
			'2024,2024-01-01,2024-12-31,trade,"Trade, investment",2,2,2,1',
			'2024,2024-01-01,2024-12-31,cyber,Cyber,2,4,2,1'
		]);
	});

	it('areas: one row per area and year', () => {
		expect(areasCsv(byYear)).toBe(
			[
				'framework,area_id,area_label,year,events,sentences,events_in_year',
				'Shared priorities,sec,Security,2021,1,3,2',
				'Shared priorities,sec,Security,2022,1,3,1',
				'Shared priorities,sec,Security,2023,0,0,1',
				'Shared priorities,sec,Security,2024,2,5,2',
				'Shared priorities,econ,Economy,2021,2,4,2',
				'Shared priorities,econ,Economy,2022,0,0,1',
				'Shared priorities,econ,Economy,2023,0,0,1',
				'Shared priorities,econ,Economy,2024,2,6,2',
				''
			].join('\r\n')
		);
	});
});

// ------------------------------------------------------------------------------ the corpus

describe('countThemes and evidenceFor on the real corpus', () => {
	const corpus = loadCorpus();
	const json = toEventsJson(corpus);
	const dates = json.events.map((e) => e.date).sort();
	const dataSpan = { from: dates[0]!, to: dates.at(-1)! };
	const stats = countThemes(json.events, corpus.taxonomy, {
		periods: periodsFor({ start: dataSpan.from, end: dataSpan.to }, dataSpan).periods,
		years: yearsOf(dataSpan)
	});
	const evidence = new Map(json.events.map((e) => [e.id, e]));

	it('has themes to count', () => {
		expect(json.events.length).toBeGreaterThan(0);
		expect(stats.themes.filter((t) => t.sentences > 0).length).toBeGreaterThan(1);
	});

	it('counts each theme as a direct count over events.json does', () => {
		for (const theme of corpus.taxonomy.themes) {
			const carrying = json.events.filter((e) => e.themes.some((t) => t.id === theme.id));
			const mentions = carrying
				.flatMap((e) => e.themes)
				.filter((t) => t.id === theme.id)
				.reduce((n, t) => n + t.mentions, 0);
			expect(
				stats.themes.find((t) => t.id === theme.id),
				theme.id
			).toMatchObject({
				events: carrying.length,
				sentences: mentions,
				eventIds: carrying.map((e) => e.id)
			});
		}
	});

	it('shows, for each theme, one evidence line per mention', () => {
		for (const t of stats.themes)
			expect(evidenceFor(t.eventIds, [t.id], evidence), t.id).toHaveLength(t.sentences);
	});
});
