/**
 * The timeline's window as plain numbers: zoom, pan, step by period, fit, and say in words what is
 * shown. Headless, so every limit is tested here and the vis-timeline wrapper only forwards.
 *
 * All times are UTC: the corpus holds calendar days, and a local time zone would move them.
 */
import type { DateRange } from '$lib/filters/view-state';
import { getLocale, type Locale } from '$lib/i18n/locale';
import { rangeWords } from './calendar-words';

/** Epoch milliseconds; `end` is exclusive (a year ends at the next 1 January, 00:00). */
export interface Range {
	start: number;
	end: number;
}

export const DAY = 86_400_000;
/** Narrower than a week, a lane holds one label and the axis nothing useful. */
export const MIN_SPAN = 7 * DAY;
/** Wider than thirty years, the corpus collapses into one column. */
export const MAX_SPAN = 30 * 365.25 * DAY;
/** The window can never leave these years, so an axis label is always a four-digit year. */
export const LIMIT_START = Date.UTC(1950, 0, 1);
export const LIMIT_END = Date.UTC(2101, 0, 1);

/** The years a DateRange in the URL may cover (see MIN_DATE and MAX_DATE in view-state). */
const URL_START = Date.UTC(1900, 0, 1);
const URL_END = Date.UTC(2101, 0, 1);

/** When nothing is dated: the years the corpus is about. */
const FALLBACK: Range = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2027, 0, 1) };
const MIN_MARGIN = 30 * DAY;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Moves a range of legal span inside the limits without changing its span. */
function keepInside(start: number, span: number): Range {
	const s = clamp(Math.round(start), LIMIT_START, LIMIT_END - span);
	return { start: s, end: s + span };
}

/**
 * The nearest legal range: the span held between MIN_SPAN and MAX_SPAN around the centre, then
 * moved inside 1950–2100. A range that is already legal comes back unchanged. A reversed range is
 * turned round; one that is not a number at all becomes the fallback rather than NaN on screen.
 */
export function clampRange(r: Range): Range {
	if (!Number.isFinite(r.start) || !Number.isFinite(r.end)) return { ...FALLBACK };
	const lo = Math.min(r.start, r.end);
	const hi = Math.max(r.start, r.end);
	const span = Math.round(clamp(hi - lo, MIN_SPAN, MAX_SPAN));
	if (span === hi - lo && lo >= LIMIT_START && hi <= LIMIT_END) return { start: lo, end: hi };
	return keepInside((lo + hi) / 2 - span / 2, span);
}

/**
 * factor < 1 zooms in. `centre` is the point that stays put (the pointer), by default the middle.
 * At a span limit the zoom stops there, still around `centre`, instead of drifting.
 */
export function zoom(r: Range, factor: number, centre?: number): Range {
	const base = clampRange(r);
	if (!Number.isFinite(factor) || factor <= 0) return base;
	const span = base.end - base.start;
	const next = Math.round(clamp(span * factor, MIN_SPAN, MAX_SPAN));
	const anchor =
		centre !== undefined && Number.isFinite(centre)
			? clamp(centre, base.start, base.end)
			: (base.start + base.end) / 2;
	const f = next / span;
	return keepInside(anchor - (anchor - base.start) * f, next);
}

export const zoomIn = (r: Range): Range => zoom(r, 0.5);
export const zoomOut = (r: Range): Range => zoom(r, 2);

/** Shifts by a fraction of the span (±0.2 for the arrow keys); stops at the limits. */
export function pan(r: Range, fraction: number): Range {
	const base = clampRange(r);
	if (!Number.isFinite(fraction)) return base;
	const span = base.end - base.start;
	return keepInside(base.start + span * fraction, span);
}

function isMidnightOnThe1st(t: number): boolean {
	const d = new Date(t);
	return d.getUTCDate() === 1 && t % DAY === 0;
}

function addMonths(t: number, months: number): number {
	const d = new Date(t);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/** The calendar unit a range is exactly, if any: stepping then moves by that unit, not by days. */
function calendarUnit(r: Range): 12 | 1 | null {
	if (!isMidnightOnThe1st(r.start)) return null;
	if (new Date(r.start).getUTCMonth() === 0 && addMonths(r.start, 12) === r.end) return 12;
	if (addMonths(r.start, 1) === r.end) return 1;
	return null;
}

/**
 * The previous or next period: by one calendar year when the range is exactly one (so 2024 goes to
 * 2025, not to a span of 365 days that starts on 1 January and ends on 31 December), by one month
 * when it is exactly a month (February to March keeps the whole of March), else by the span.
 */
export function shiftPeriod(r: Range, direction: -1 | 1): Range {
	const base = clampRange(r);
	const unit = calendarUnit(base);
	if (unit === null) return pan(base, direction);
	const start = addMonths(base.start, unit * direction);
	const end = addMonths(start, unit);
	// Past the limits, stay where we are rather than show a partial year.
	if (start < LIMIT_START || end > LIMIT_END) return base;
	return { start, end };
}

/** 1 January 00:00 UTC up to the next 1 January. */
export function yearRange(year: number): Range {
	return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}

function dayStart(iso: string): number | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
	const t = Date.parse(`${iso}T00:00:00Z`);
	return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : t;
}

function validDays(dates: readonly string[]): number[] {
	return dates.map(dayStart).filter((t): t is number => t !== null);
}

/** The days with a margin of 5% of their span (at least 30 days) each side; null when none. */
function fitDays(days: readonly number[]): Range | null {
	if (!days.length) return null;
	// A loop, not Math.min(...days): spreading a long array overflows the call stack.
	let start = Infinity;
	let last = -Infinity;
	for (const t of days) {
		if (t < start) start = t;
		if (t > last) last = t;
	}
	// The last day is shown whole: the range ends when that day does.
	const end = last + DAY;
	const margin = Math.max(MIN_MARGIN, Math.round((end - start) * 0.05));
	return clampRange({ start: start - margin, end: end + margin });
}

/** All the dates, with a margin; 2021–2026 when none is a date. */
export function fitRange(dates: readonly string[]): Range {
	return fitDays(validDays(dates)) ?? { ...FALLBACK };
}

/**
 * The opening view: from the first framework (the 2021 shared priorities) to the last (the 2026
 * roadmap), which frames every meeting between them. Without frameworks, all events; without
 * events, 2021–2026.
 */
export function defaultRange(
	frameworkDates: readonly string[],
	eventDates: readonly string[]
): Range {
	return fitDays(validDays(frameworkDates)) ?? fitRange(eventDates);
}

/** Same span, centred on the middle of the day (Home/End: first/last event). */
export function centreOn(r: Range, date: string): Range {
	const base = clampRange(r);
	const day = dayStart(date);
	if (day === null) return base;
	const span = base.end - base.start;
	return keepInside(day + DAY / 2 - span / 2, span);
}

/**
 * What is shown, in words, for the heading over the timeline and the screen reader, in the page's
 * language (or `locale`). The last instant shown is end − 1 ms, so a range ending at 1 January
 * 2025 00:00 is said to end in 2024.
 *   a calendar year or months of one year: "Jan – Dec 2024", "Mar – Jun 2024"
 *   up to 45 days: "3 – 9 Mar 2026", "28 Feb – 6 Mar 2026", "28 Dec 2025 – 3 Jan 2026"
 *   more, across years: "Mar 2021 – Apr 2026"
 * French and Japanese write the same parts their way: « mars – juin 2024 », 2024年3月～6月.
 */
export function rangeLabel(r: Range, locale: Locale = getLocale()): string {
	if (!Number.isFinite(r.start) || !Number.isFinite(r.end) || r.end <= r.start) return '';
	if (Number.isNaN(new Date(r.start).getTime()) || Number.isNaN(new Date(r.end - 1).getTime()))
		return '';
	return rangeWords(r.start, r.end - 1, locale);
}

function isoDay(t: number): string {
	return new Date(t).toISOString().slice(0, 10);
}

/**
 * The days a range shows, both included, for the URL (from=…&to=…): a start inside a day counts
 * that day, and so does an end inside one. `end` is the day of the last instant shown, so
 * `yearRange(2024)` is 2024-01-01 … 2024-12-31. A range within one day still gets two days, since
 * a DateRange needs start < end.
 */
export function toDateRange(r: Range): DateRange {
	const finite = Number.isFinite(r.start) && Number.isFinite(r.end);
	// Held to the years a URL may carry (1900–2100, wider than the timeline's limits so that any
	// valid link survives a round trip); this also keeps toISOString from throwing.
	const start = clamp(finite ? r.start : FALLBACK.start, URL_START, URL_END);
	const end = clamp(finite ? r.end : FALLBACK.end, URL_START, URL_END);
	const first = Math.floor(Math.min(start, end) / DAY) * DAY;
	const last = Math.max(first + DAY, Math.floor((Math.max(start, end) - 1) / DAY) * DAY);
	return { start: isoDay(first), end: isoDay(last) };
}

/** The inverse of toDateRange: from the start of `start` to the end of `end`. */
export function fromDateRange(d: DateRange): Range {
	const start = dayStart(d.start);
	const end = dayStart(d.end);
	if (start === null || end === null) return { ...FALLBACK };
	return { start, end: end + DAY };
}

/** The distinct years of the dates, ascending, for the year buttons. */
export function yearsOf(dates: readonly string[]): number[] {
	const years = new Set(validDays(dates).map((t) => new Date(t).getUTCFullYear()));
	return [...years].sort((a, b) => a - b);
}
