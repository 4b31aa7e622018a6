/**
 * Dates as the pages write them, in the language of the page. The corpus holds calendar dates
 * ("2026-03-06"), not instants: each is formatted at noon UTC in UTC, so no reader's time zone
 * can move the day.
 */
import { getLocale, type Locale } from '$paraglide/runtime';
import { intlTag } from '$lib/i18n/locale';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	// English keeps the day-month-year order both governments' English pages use ("6 March 2026").
	const tag = locale === 'en' ? 'en-GB' : intlTag(locale);
	const key = `${tag}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
		formats.set(key, format);
	}
	return format;
}

function utcNoon(iso: string): Date | undefined {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '1')];
	const date = new Date(Date.UTC(year, month - 1, day, 12));
	// Date.UTC rolls "2024-13-01" over into 2025: a day that is not in the calendar is not a date.
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * "2026-03-06" → "6 March 2026", « 6 mars 2026 », 2026年3月6日. French writes the first of the
 * month as an ordinal (« 1er mars »). Anything that is not an ISO day is returned as it is.
 */
export function formatDate(iso: string, locale: Locale = getLocale()): string {
	const date = utcNoon(iso);
	if (!date || iso.length !== 10) return iso;
	const text = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
	return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "2026-03" or "2026-03-06" → "March 2026", « mars 2026 », 2026年3月. */
export function formatMonth(iso: string, locale: Locale = getLocale()): string {
	const date = utcNoon(iso.slice(0, 7));
	if (!date) return iso;
	return dateFormat(locale, { month: 'long', year: 'numeric' }).format(date);
}

/** "2026-03-06" → "Mar 2026", « mars 2026 », 2026年3月: for axes and tight labels. */
export function formatShortMonth(iso: string, locale: Locale = getLocale()): string {
	const date = utcNoon(iso.slice(0, 7));
	if (!date) return iso;
	return dateFormat(locale, { month: 'short', year: 'numeric' }).format(date);
}

/** "2026-03-06" → 2026. */
export function yearOf(iso: string): number {
	return Number(iso.slice(0, 4));
}
