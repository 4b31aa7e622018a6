/**
 * The record's words in the page's language: each column's heading and what it counts, and the
 * date of a lead. Apart from summary.ts, which stays free of the interface's messages: the
 * terminal summary of `npm run check:data` and the browser tests read it outside Vite.
 */
import { formatDate, formatMonth } from '$lib/display/dates';
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';
import type { RecordCounts } from './summary';

/** A column's heading: "Canadian text", « Texte canadien », カナダ側文書. */
export function columnHeading(key: keyof RecordCounts, locale: Locale = getLocale()): string {
	const options = { locale };
	switch (key) {
		case 'engagements':
			return m.pages_record_col_engagements({}, options);
		case 'canadian':
			return m.pages_record_col_canadian({}, options);
		case 'japanese':
			return m.pages_record_col_japanese({}, options);
		case 'both':
			return m.pages_record_col_both({}, options);
		case 'excerptsOnly':
			return m.pages_record_col_excerpts_only({}, options);
		case 'noText':
			return m.pages_record_col_no_text({}, options);
	}
}

/** What a column counts, for the key above the tables; none for "Engagements", which says it. */
export function columnDefinition(
	key: Exclude<keyof RecordCounts, 'engagements'>,
	locale: Locale = getLocale()
): string {
	const options = { locale };
	switch (key) {
		case 'canadian':
			return m.pages_record_def_canadian({}, options);
		case 'japanese':
			return m.pages_record_def_japanese({}, options);
		case 'both':
			return m.pages_record_def_both({}, options);
		case 'excerptsOnly':
			return m.pages_record_def_excerpts_only({}, options);
		case 'noText':
			return m.pages_record_def_no_text({}, options);
	}
}

/** A lead's date as data/record.yaml gives it: "2026" stays, "2022-04" → « avril 2022 », a day in full. */
export function leadWhen(when: string, locale: Locale = getLocale()): string {
	if (when.length === 4) return when;
	return when.length === 7 ? formatMonth(when, locale) : formatDate(when, locale);
}
