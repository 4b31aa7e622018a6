/**
 * The counts behind every chart, data table and CSV download of the home page: `countThemes`, in
 * one pass over the events. A count is of events (an event counts once however many of its
 * sources carry the theme) and of evidence sentences (every matching sentence of every source),
 * and lists the events it counts so that `evidenceFor` (theme-evidence.ts) can show the sentences
 * behind it. Pure: no Svelte, no DOM, no file system.
 */
import { periodFinder, yearOf, type Period } from './theme-periods';

/** What a chart needs of an event (HomeEvent from src/routes/(dashboard)/home-events.ts fits). */
export interface StatsEvent {
	id: string;
	/** ISO day, YYYY-MM-DD. */
	date: string;
	/** mentions = evidence sentences over all sources. */
	themes: readonly { id: string; mentions: number }[];
	/** No official text located: the event is left out of every count and every base. */
	recordOnly?: boolean;
	/** Some source is only the opening of its page: the event's counts are a lower bound. */
	excerpt?: boolean;
}

export interface StatsTheme {
	id: string;
	label: string;
	color: string;
	/** Ids of the framework areas the theme is listed under. */
	frameworks: readonly string[];
}

/** One area of a framework document (taxonomy.frameworks). */
export interface StatsArea {
	id: string;
	framework: string;
	year: number;
	label: string;
}

export interface StatsTaxonomy {
	themes: readonly StatsTheme[];
	frameworks: readonly StatsArea[];
}

/** How many events and evidence sentences, and which events (in input order). */
export interface Count {
	events: number;
	sentences: number;
	eventIds: string[];
}

export interface ThemeStats {
	/** Events counted (the input less record-only events), and their ids in input order. */
	total: number;
	eventIds: string[];
	/** Of those, the events with an excerpt source: their counts are lower bounds. */
	excerpts: number;
	/** Record-only events of the input, left out: they have no sentences to count. */
	recordOnly: number;
	/** Every taxonomy theme, also those at 0: events desc, then sentences desc, then taxonomy order. */
	themes: (Count & { id: string; label: string; color: string })[];
	/**
	 * One entry per given period, in the given order. total = events of the input dated in the
	 * period; every theme id has an entry in `themes`.
	 */
	periods: { period: Period; total: number; themes: Record<string, Count> }[];
	/**
	 * The taxonomy's framework areas in taxonomy order. Per given year: the events of that year that
	 * carry at least one theme listed under the area, counted once however many such themes they
	 * carry; the sum of the mentions of those themes; total = events of that year. `themes` = the
	 * area's theme ids in taxonomy order.
	 */
	areas: {
		area: StatsArea;
		themes: string[];
		years: (Count & { year: number; total: number })[];
	}[];
}

/** First of each id: a duplicated id would otherwise make two rows share one set of counters. */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
	const seen = new Set<string>();
	return items.filter((x) => {
		if (seen.has(x.id)) return false;
		seen.add(x.id);
		return true;
	});
}

/**
 * THE function. One pass over the events, counters in typed arrays indexed by theme (and period,
 * area, year), no allocation per event beyond the id lists: 10,000 events × 16 themes take a few
 * milliseconds, so the charts can follow every filter change. Themes not in the taxonomy are
 * ignored; an event that lists a theme twice counts once as an event, with the mentions summed.
 * A record-only event (no official text) is in no count and no base: its themes are empty, but as
 * one of the "N events" of a share it would make every share smaller than the texts say.
 */
export function countThemes(
	events: readonly StatsEvent[],
	taxonomy: StatsTaxonomy,
	opts: { periods: readonly Period[]; years: readonly number[] }
): ThemeStats {
	const themes = uniqueById(taxonomy.themes);
	const areas = uniqueById(taxonomy.frameworks);
	const T = themes.length;
	const A = areas.length;
	const P = opts.periods.length;
	const Y = opts.years.length;

	const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
	const areaIndex = new Map(areas.map((a, i) => [a.id, i]));
	const yearIndex = new Map<number, number>();
	opts.years.forEach((y, i) => {
		if (!yearIndex.has(y)) yearIndex.set(y, i);
	});
	// Per theme, the areas it is listed under (known ones, each once).
	const areasOf = themes.map((t) => [
		...new Set(t.frameworks.flatMap((f) => areaIndex.get(f) ?? []))
	]);
	const findPeriod = periodFinder(opts.periods);

	const themeEvents = new Int32Array(T);
	const themeSentences = new Float64Array(T);
	const themeIds = themes.map((): string[] => []);
	// The last event counted for each theme (area), so an event that repeats one counts once.
	const lastTheme = new Int32Array(T).fill(-1);
	const lastArea = new Int32Array(A).fill(-1);
	const periodTotals = new Int32Array(P);
	const periodEvents = new Int32Array(P * T);
	const periodSentences = new Float64Array(P * T);
	const periodIds = Array.from({ length: P * T }, (): string[] => []);
	const yearTotals = new Int32Array(Y);
	const areaEvents = new Int32Array(A * Y);
	const areaSentences = new Float64Array(A * Y);
	const areaIds = Array.from({ length: A * Y }, (): string[] => []);
	const eventIds: string[] = [];
	let excerpts = 0;
	let recordOnly = 0;

	for (let n = 0; n < events.length; n++) {
		const e = events[n]!;
		if (e.recordOnly) {
			recordOnly++;
			continue;
		}
		eventIds.push(e.id);
		if (e.excerpt) excerpts++;
		const p = P ? findPeriod(e.date) : -1;
		if (p >= 0) periodTotals[p]!++;
		const y = Y ? (yearIndex.get(yearOf(e.date)) ?? -1) : -1;
		if (y >= 0) yearTotals[y]!++;
		for (const { id, mentions } of e.themes) {
			const i = themeIndex.get(id);
			if (i === undefined) continue;
			const first = lastTheme[i] !== n;
			lastTheme[i] = n;
			themeSentences[i]! += mentions;
			if (first) {
				themeEvents[i]!++;
				themeIds[i]!.push(e.id);
			}
			if (p >= 0) {
				const k = p * T + i;
				periodSentences[k]! += mentions;
				if (first) {
					periodEvents[k]!++;
					periodIds[k]!.push(e.id);
				}
			}
			if (y >= 0) {
				for (const a of areasOf[i]!) {
					const k = a * Y + y;
					areaSentences[k]! += mentions;
					if (lastArea[a] !== n) {
						lastArea[a] = n;
						areaEvents[k]!++;
						areaIds[k]!.push(e.id);
					}
				}
			}
		}
	}

	const themeCounts = themes.map((t, i) => ({
		id: t.id,
		label: t.label,
		color: t.color,
		events: themeEvents[i]!,
		sentences: themeSentences[i]!,
		eventIds: themeIds[i]!,
		order: i
	}));
	themeCounts.sort((a, b) => b.events - a.events || b.sentences - a.sentences || a.order - b.order);

	return {
		total: eventIds.length,
		eventIds,
		excerpts,
		recordOnly,
		themes: themeCounts.map(({ order: _, ...c }) => c),
		periods: opts.periods.map((period, p) => {
			const counts: Record<string, Count> = {};
			themes.forEach((t, i) => {
				const k = p * T + i;
				counts[t.id] = {
					events: periodEvents[k]!,
					sentences: periodSentences[k]!,
					eventIds: periodIds[k]!
				};
			});
			return { period, total: periodTotals[p]!, themes: counts };
		}),
		areas: areas.map((area, a) => ({
			area,
			themes: themes.filter((_, i) => areasOf[i]!.includes(a)).map((t) => t.id),
			years: opts.years.map((year) => {
				// A year given twice repeats the counts of its first entry, where they were counted.
				const y = yearIndex.get(year)!;
				const k = a * Y + y;
				return {
					year,
					total: yearTotals[y]!,
					events: areaEvents[k]!,
					sentences: areaSentences[k]!,
					eventIds: areaIds[k]!
				};
			})
		}))
	};
}
