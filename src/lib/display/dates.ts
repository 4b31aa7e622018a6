/**
 * Dates as the pages write them. The corpus holds calendar dates ("2026-03-06"), not instants, so
 * they are formatted by hand: a `Date` would move the day for readers west of UTC.
 */

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** "2026-03-06" → "6 March 2026" (the form both governments' English pages use). */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
	if (!m || !month) return iso;
	return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "2026-03-06" → 2026. */
export function yearOf(iso: string): number {
	return Number(iso.slice(0, 4));
}
