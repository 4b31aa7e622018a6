/**
 * The columns of the "over time" charts: which periods (years or quarters) a visible range is
 * counted in, which years the framework-area chart shows, and which period holds a date. Pure: no
 * Svelte, no DOM, no file system. A quarter's label is in the page's language (« T1 2024 »,
 * 2024年Q1); its key never changes.
 */
import { m } from '$paraglide/messages';

export type Bucket = 'year' | 'quarter';

/**
 * One column of the "over time" charts; start and end are ISO days, both included.
 * year:    { key: '2024',    label: '2024',    start: '2024-01-01', end: '2024-12-31' }
 * quarter: { key: '2024-Q1', label: 'Q1 2024', start: '2024-01-01', end: '2024-03-31' }
 * (a quarter's label in the page's language: « T1 2024 », 2024年Q1)
 */
export interface Period {
	key: string;
	label: string;
	start: string;
	end: string;
}

const DAY = 86_400_000;
/** Two years, one of them a leap year, both ends included. */
const MAX_QUARTER_DAYS = 731;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

const dayNumber = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
/** The year of an ISO day. */
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3);

function yearPeriod(year: number): Period {
	return { key: `${year}`, label: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
}

function quarterPeriod(year: number, q: number): Period {
	const month = String(q * 3 + 1).padStart(2, '0');
	return {
		key: `${year}-Q${q + 1}`,
		label: m.charts_quarter({ quarter: q + 1, year }),
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
 * chart's columns: refused (the error names countThemes, which gives the periods it is told).
 */
export function periodFinder(periods: readonly Period[]): (date: string) => number {
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
