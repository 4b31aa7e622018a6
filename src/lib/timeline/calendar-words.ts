/**
 * Months and days as the timeline writes them, in the page's language: the labels of its axis and
 * the words of its range label ("Jan – Dec 2024", « janv. – déc. 2024 », 2024年1月～12月).
 *
 * vis-timeline formats its axis with moment, which speaks English unless a locale file of its own
 * is shipped; given functions (options.format), it asks these instead, and `Intl` writes the
 * months in the page's language with nothing more to download (src/lib/i18n/README.md, rule 12).
 * English keeps the words moment gave it ("Sep", not Intl's British "Sept"). All dates are UTC,
 * as everywhere on the timeline.
 */
import { m } from '$paraglide/messages';
import { getLocale, intlTag, type Locale } from '$lib/i18n/locale';

/** English's short months, as moment writes them and the range label always has. */
const EN_MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

/** The scales vis-timeline steps its axis by (TimeStep's `scale`). */
export type AxisScale =
	'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/** What vis-timeline hands a format function: a moment (in UTC); only its instant is read. */
export interface AxisDate {
	valueOf(): number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): (t: number) => string {
	// English writes day before month ("Tue 3 September"), as the pages' dates do (dates.ts).
	const tag = locale === 'en' ? 'en-GB' : intlTag(locale);
	const key = `${tag}|${JSON.stringify(options)}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
		formats.set(key, f);
	}
	const intl = f;
	return (t) => intl.format(t);
}

/** The ways a date is written here, shortest first; each in the language, with its own order. */
export interface CalendarWords {
	/** "3", « 3 », 3日 */
	day: (t: number) => string;
	/** "Mar", « mars », 3月 */
	month: (t: number) => string;
	/** "Mar 2024", « mars 2024 », 2024年3月 */
	monthYear: (t: number) => string;
	/** "3 Mar", « 3 mars », 3月3日 */
	dayMonth: (t: number) => string;
	/** "3 Mar 2024", « 3 mars 2024 », 2024年3月3日 */
	dayMonthYear: (t: number) => string;
	/** Japanese writes the year first: a range is shortened on its right, not on its left. */
	yearFirst: boolean;
}

/** French writes the first of the month as an ordinal: « 1er mars ». */
function firstAsOrdinal(locale: Locale, text: (t: number) => string): (t: number) => string {
	return locale === 'fr' ? (t) => text(t).replace(/^1(?!\d)/, '1er') : text;
}

export function calendarWords(locale: Locale = getLocale()): CalendarWords {
	if (locale === 'en') {
		const d = (t: number) => new Date(t);
		const mon = (t: number) => EN_MONTHS[d(t).getUTCMonth()]!;
		return {
			day: (t) => `${d(t).getUTCDate()}`,
			month: mon,
			monthYear: (t) => `${mon(t)} ${d(t).getUTCFullYear()}`,
			dayMonth: (t) => `${d(t).getUTCDate()} ${mon(t)}`,
			dayMonthYear: (t) => `${d(t).getUTCDate()} ${mon(t)} ${d(t).getUTCFullYear()}`,
			yearFirst: false
		};
	}
	return {
		day: firstAsOrdinal(locale, format(locale, { day: 'numeric' })),
		month: format(locale, { month: 'short' }),
		monthYear: format(locale, { month: 'short', year: 'numeric' }),
		dayMonth: firstAsOrdinal(locale, format(locale, { day: 'numeric', month: 'short' })),
		dayMonthYear: firstAsOrdinal(
			locale,
			format(locale, { day: 'numeric', month: 'short', year: 'numeric' })
		),
		yearFirst: locale === 'ja'
	};
}

/**
 * What is shown, in words (see rangeLabel in controller.ts for the cases), from the first instant
 * shown to the last: the parts both ends share are written once, on the side the language puts
 * them (« 3 – 9 mars 2026 », 2026年3月3日～9日).
 */
export function rangeWords(first: number, last: number, locale: Locale = getLocale()): string {
	const w = calendarWords(locale);
	const a = new Date(first);
	const b = new Date(last);
	const range = (start: string, end: string) => m.timeline_range({ start, end }, { locale });
	/** The start shortened to `short` and the end written out, or the other way round. */
	const shared = (short: (t: number) => string, full: (t: number) => string) =>
		w.yearFirst ? range(full(first), short(last)) : range(short(first), full(last));
	const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
	const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
	if (last - first < 45 * 86_400_000) {
		if (!sameYear) return range(w.dayMonthYear(first), w.dayMonthYear(last));
		if (!sameMonth) return shared(w.dayMonth, w.dayMonthYear);
		if (a.getUTCDate() !== b.getUTCDate()) return shared(w.day, w.dayMonthYear);
		return w.dayMonthYear(last);
	}
	if (!sameYear) return range(w.monthYear(first), w.monthYear(last));
	return shared(w.month, w.monthYear);
}

/** A time of day, 24-hour: vis-timeline's hour and minute scales (narrower than the timeline allows). */
function time(locale: Locale, seconds = false) {
	return format(locale, {
		hour: '2-digit',
		minute: '2-digit',
		...(seconds ? { second: '2-digit' } : {}),
		hourCycle: 'h23'
	});
}

/**
 * The label under each tick, at vis-timeline's scale: the month (« janv. », 1月), the day (3日),
 * the year (2024年). At the week scale, the day of the month rather than moment's week number,
 * which a reader cannot place; the 1st of a month that is no week's start is left blank, as
 * vis-timeline does, so it does not crowd the week beside it.
 */
export function minorAxisLabel(
	date: AxisDate,
	scale: AxisScale,
	locale: Locale = getLocale()
): string {
	const t = date.valueOf();
	const w = calendarWords(locale);
	switch (scale) {
		case 'millisecond':
			return String(new Date(t).getUTCMilliseconds()).padStart(3, '0');
		case 'second':
			return String(new Date(t).getUTCSeconds());
		case 'minute':
		case 'hour':
			return time(locale)(t);
		case 'weekday':
			return format(locale, { weekday: 'short', day: 'numeric' })(t);
		case 'week':
			if (new Date(t).getUTCDate() === 1 && new Date(t).getUTCDay() !== 0) return '';
			return w.day(t);
		case 'day':
			return w.day(t);
		case 'month':
			return w.month(t);
		case 'year':
			return format(locale, { year: 'numeric' })(t);
	}
}

/** The label above the ticks: what the minor labels are part of (the month and year, the year). */
export function majorAxisLabel(
	date: AxisDate,
	scale: AxisScale,
	locale: Locale = getLocale()
): string {
	const t = date.valueOf();
	switch (scale) {
		case 'millisecond':
			return time(locale, true)(t);
		case 'second':
			return `${format(locale, { day: 'numeric', month: 'long' })(t)} ${time(locale)(t)}`;
		case 'minute':
		case 'hour':
			return format(locale, { weekday: 'short', day: 'numeric', month: 'long' })(t);
		case 'weekday':
		case 'day':
		case 'week':
			// English as moment wrote it ("January 2024"); « janv. 2024 », 2024年1月.
			return locale === 'en'
				? format(locale, { month: 'long', year: 'numeric' })(t)
				: calendarWords(locale).monthYear(t);
		case 'month':
			return format(locale, { year: 'numeric' })(t);
		case 'year':
			return '';
	}
}

/** vis-timeline's `format` option: both axes in `locale`. */
export function axisFormat(locale: Locale = getLocale()) {
	return {
		minorLabels: (date: AxisDate, scale: AxisScale) => minorAxisLabel(date, scale, locale),
		majorLabels: (date: AxisDate, scale: AxisScale) => majorAxisLabel(date, scale, locale)
	};
}
