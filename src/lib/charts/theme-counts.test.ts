import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countThemes, type StatsEvent, type StatsTaxonomy } from './theme-counts';
import { periodsFor, yearsOf } from './theme-periods';
import { byYear, events, span, taxonomy, year, years } from './testing';

/** The counts of a period as [id, events, sentences], for compact tables. */
const periodRow = (p: (typeof byYear.periods)[number]) =>
	Object.entries(p.themes).map(([id, c]) => [id, c.events, c.sentences, c.eventIds]);

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
