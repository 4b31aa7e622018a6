/**
 * The counts behind every chart, data table and CSV download of the home page. Charts, tables and
 * downloads are all built from what `countThemes` returns, so a bar, the cell under it and the
 * figure in the CSV cannot disagree. Pure: no Svelte, no DOM, no file system.
 *
 * A count is of events (an event counts once however many of its sources carry the theme) and of
 * evidence sentences (every matching sentence of every source), and lists the events it counts so
 * that `evidenceFor` can show the sentences behind it.
 */
import { csvField } from '$lib/corpus/export';
import type { Lang } from '$lib/corpus/schema';

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

export type Bucket = 'year' | 'quarter';

/**
 * One column of the "over time" charts; start and end are ISO days, both included.
 * year:    { key: '2024',    label: '2024',    start: '2024-01-01', end: '2024-12-31' }
 * quarter: { key: '2024-Q1', label: 'Q1 2024', start: '2024-01-01', end: '2024-03-31' }
 */
export interface Period {
	key: string;
	label: string;
	start: string;
	end: string;
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

// ------------------------------------------------------------------------------- periods

const DAY = 86_400_000;
/** Two years, one of them a leap year, both ends included. */
const MAX_QUARTER_DAYS = 731;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

const dayNumber = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3);

function yearPeriod(year: number): Period {
	return { key: `${year}`, label: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
}

function quarterPeriod(year: number, q: number): Period {
	const month = String(q * 3 + 1).padStart(2, '0');
	return {
		key: `${year}-Q${q + 1}`,
		label: `Q${q + 1} ${year}`,
		start: `${year}-${month}-01`,
		end: `${year}-${QUARTER_ENDS[q]}`
	};
}

/**
 * The columns for a visible range (ISO days, both included): quarters when the range spans at most
 * two years (<= 731 days), else years. The bucket follows the range the reader chose; the columns
 * are clipped to the data's span (first..last event date), so the margins of the default view add
 * no empty columns. A range entirely outside the data, or no data, gives no columns.
 */
export function periodsFor(
	range: { start: string; end: string },
	dataSpan: { from: string; to: string } | null
): { bucket: Bucket; periods: Period[] } {
	const days = dayNumber(range.end) - dayNumber(range.start) + 1;
	const bucket: Bucket = days <= MAX_QUARTER_DAYS ? 'quarter' : 'year';
	if (!dataSpan) return { bucket, periods: [] };
	const from = range.start > dataSpan.from ? range.start : dataSpan.from;
	const to = range.end < dataSpan.to ? range.end : dataSpan.to;
	if (from > to) return { bucket, periods: [] };

	const periods: Period[] = [];
	if (bucket === 'year') {
		for (let y = yearOf(from); y <= yearOf(to); y++) periods.push(yearPeriod(y));
	} else {
		const last = yearOf(to) * 4 + quarterOf(to);
		for (let n = yearOf(from) * 4 + quarterOf(from); n <= last; n++)
			periods.push(quarterPeriod(Math.floor(n / 4), n % 4));
	}
	return { bucket, periods };
}

/** Years to show in the framework-area chart: every year from the first to the last event date. */
export function yearsOf(dataSpan: { from: string; to: string } | null): number[] {
	if (!dataSpan) return [];
	const years: number[] = [];
	for (let y = yearOf(dataSpan.from); y <= yearOf(dataSpan.to); y++) years.push(y);
	return years;
}

/**
 * date → index of the period that holds it, or -1. A binary search over the periods sorted by
 * start, so each event costs log(periods). Overlapping periods would count an event twice in the
 * chart's columns: refused.
 */
function periodFinder(periods: readonly Period[]): (date: string) => number {
	const order = periods.map((_, i) => i).sort((a, b) => cmp(periods[a]!.start, periods[b]!.start));
	for (let k = 0; k < order.length; k++) {
		const p = periods[order[k]!]!;
		if (p.start > p.end) throw new Error(`countThemes: period ${p.key} ends before it starts`);
		const prev = k > 0 ? periods[order[k - 1]!]! : null;
		if (prev && p.start <= prev.end)
			throw new Error(`countThemes: periods ${prev.key} and ${p.key} overlap`);
	}
	const starts = order.map((i) => periods[i]!.start);
	return (date) => {
		let lo = 0;
		let hi = starts.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (starts[mid]! <= date) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		if (found < 0) return -1;
		const i = order[found]!;
		return date <= periods[i]!.end ? i : -1;
	};
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** First of each id: a duplicated id would otherwise make two rows share one set of counters. */
function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
	const seen = new Set<string>();
	return items.filter((x) => {
		if (seen.has(x.id)) return false;
		seen.add(x.id);
		return true;
	});
}

// ------------------------------------------------------------------------------- counting

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

// ------------------------------------------------------------------------------- evidence

/** An event of /data/events.json as far as the evidence goes (EventsJson events fit). */
export interface EvidenceEvent {
	id: string;
	date: string;
	title: string;
	sources: readonly (EvidenceSource & {
		themes: readonly { id: string; evidence: readonly string[] }[];
	})[];
}

/** A source as an evidence line names it: a quotation keeps its language; an excerpt says so. */
export interface EvidenceSource {
	file: string;
	title: string;
	issuer: string;
	url: string;
	lang: Lang;
	/** Only the opening of the page was saved: its counts are a lower bound. */
	excerpt: boolean;
	/** Who republished the text word for word at `url`, and the issuer's own address. */
	via: string | null;
	original: string | null;
}

export interface EvidenceLine {
	eventId: string;
	date: string;
	eventTitle: string;
	source: EvidenceSource;
	sentence: string;
	/** The asked-for themes this sentence is evidence for, in the order they were asked. */
	themes: string[];
}

/**
 * Every evidence sentence behind a count: for the given events (in the given order; unknown and
 * repeated ids skipped) and themes, source by source. A sentence that is evidence for several of
 * the asked themes appears once, with all of them; two identical sentences in one source both
 * appear (per source, a text appears as many times as the largest number of times it is evidence
 * for any one of the asked themes). For one theme, the lines are that theme's evidence in the
 * source's order, and their number equals Count.sentences of the count. For several, each theme's
 * lines not already shown follow those of the themes asked before it: events.json keeps no
 * sentence positions to interleave them by.
 *
 * Pass the theme ids in taxonomy order to get each line's `themes` in taxonomy order.
 */
export function evidenceFor(
	eventIds: readonly string[],
	themeIds: readonly string[],
	events: ReadonlyMap<string, EvidenceEvent>
): EvidenceLine[] {
	const asked = [...new Set(themeIds)];
	const out: EvidenceLine[] = [];
	const done = new Set<string>();
	for (const eventId of eventIds) {
		const e = events.get(eventId);
		if (!e || done.has(eventId)) continue;
		done.add(eventId);
		for (const s of e.sources) {
			const { file, title, issuer, url, lang, excerpt, via, original } = s;
			const source = { file, title, issuer, url, lang, excerpt, via, original };
			// Keyed by the text and which repeat of it this is within one theme of this source.
			const lines = new Map<string, EvidenceLine>();
			for (const themeId of asked) {
				const seen = new Map<string, number>();
				// A theme the source lists twice continues its numbering: the mentions add up.
				for (const t of s.themes) {
					if (t.id !== themeId) continue;
					for (const sentence of t.evidence) {
						const nth = (seen.get(sentence) ?? 0) + 1;
						seen.set(sentence, nth);
						const key = `${nth}\u0000${sentence}`;
						const line = lines.get(key);
						if (line) {
							if (!line.themes.includes(themeId)) line.themes.push(themeId);
							continue;
						}
						const created: EvidenceLine = {
							eventId: e.id,
							date: e.date,
							eventTitle: e.title,
							source,
							sentence,
							themes: [themeId]
						};
						lines.set(key, created);
						out.push(created);
					}
				}
			}
		}
	}
	return out;
}

// -------------------------------------------------------------------------- event profile

export interface SourceProfile {
	/** excerpt: only the opening of the page was saved, so its bars are lower bounds. */
	sources: { file: string; title: string; issuer: string; excerpt: boolean }[];
	rows: { id: string; label: string; color: string; bySource: number[]; total: number }[];
}

/**
 * Theme mentions per source of one event, side by side. Rows: the taxonomy themes some source
 * mentions at least once (a theme given by the editors without a matching sentence has nothing to
 * compare), by total desc, then taxonomy order; bySource[i] is for sources[i].
 */
export function sourceProfiles(
	sources: readonly {
		file: string;
		title: string;
		issuer: string;
		/** Absent: the full text. */
		excerpt?: boolean;
		themes: readonly { id: string; mentions: number }[];
	}[],
	taxonomy: Pick<StatsTaxonomy, 'themes'>
): SourceProfile {
	const themes = uniqueById(taxonomy.themes);
	const index = new Map(themes.map((t, i) => [t.id, i]));
	const counts = themes.map(() => new Array<number>(sources.length).fill(0));
	sources.forEach((s, j) => {
		for (const t of s.themes) {
			const i = index.get(t.id);
			if (i !== undefined) counts[i]![j]! += t.mentions;
		}
	});
	const rows = themes
		.map((t, i) => {
			const bySource = counts[i]!;
			const total = bySource.reduce((sum, x) => sum + x, 0);
			return { id: t.id, label: t.label, color: t.color, bySource, total, order: i };
		})
		.filter((r) => r.total > 0)
		.sort((a, b) => b.total - a.total || a.order - b.order)
		.map(({ order: _, ...r }) => r);
	return {
		sources: sources.map(({ file, title, issuer, excerpt }) => ({
			file,
			title,
			issuer,
			excerpt: excerpt ?? false
		})),
		rows
	};
}

// ------------------------------------------------------------------------------------ CSV

/** RFC 4180 rows, CRLF after each, every cell through csvField (quoting, formula defusing). */
function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

export function frequencyCsv(stats: ThemeStats): string {
	return toCsv([
		['theme_id', 'theme_label', 'events', 'sentences', 'events_counted'],
		...stats.themes.map((t) => [t.id, t.label, t.events, t.sentences, stats.total])
	]);
}

/** share_of_events: events / events_in_period to 3 decimals; empty when the period has no events. */
export function overTimeCsv(stats: ThemeStats): string {
	const rows: (string | number | null)[][] = [
		[
			'period',
			'period_start',
			'period_end',
			'theme_id',
			'theme_label',
			'events',
			'sentences',
			'events_in_period',
			'share_of_events'
		]
	];
	for (const { period, total, themes } of stats.periods)
		for (const t of stats.themes) {
			const c = themes[t.id]!;
			rows.push([
				period.key,
				period.start,
				period.end,
				t.id,
				t.label,
				c.events,
				c.sentences,
				total,
				total ? Math.round((c.events / total) * 1000) / 1000 : null
			]);
		}
	return toCsv(rows);
}

export function areasCsv(stats: ThemeStats): string {
	const rows: (string | number | null)[][] = [
		['framework', 'area_id', 'area_label', 'year', 'events', 'sentences', 'events_in_year']
	];
	for (const { area, years } of stats.areas)
		for (const y of years)
			rows.push([area.framework, area.id, area.label, y.year, y.events, y.sentences, y.total]);
	return toCsv(rows);
}

/** One column per source, headed "<issuer>: <title>", so two sources of one issuer stay apart. */
export function profileCsv(profile: SourceProfile): string {
	return toCsv([
		['theme_id', 'theme_label', ...profile.sources.map((s) => `${s.issuer}: ${s.title}`), 'total'],
		...profile.rows.map((r) => [r.id, r.label, ...r.bySource, r.total])
	]);
}
