/**
 * The words every view uses for what a reader must know about a source before trusting its
 * numbers: that only the opening of the page was saved (its counts are a lower bound), that the
 * address is a republication, what language it is in; and for an event with no official text,
 * that its facts rest on reports. One place, so the panel, the pages, the dialog, the slides and
 * the handout say the same thing, in the page's language (or `locale`).
 */
import type { Lang } from '$lib/corpus/schema';
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';

/** A language's name in the page's language: "Japanese", « japonais », 日本語. */
export function langLabel(lang: Lang, locale: Locale = getLocale()): string {
	const options = { locale };
	return lang === 'fr'
		? m.display_lang_fr({}, options)
		: lang === 'ja'
			? m.display_lang_ja({}, options)
			: m.display_lang_en({}, options);
}

/**
 * Every language's name, read in the page's language when a name is read (the getters call
 * langLabel then, never at import: rule 1 of src/lib/i18n/README.md).
 */
export const LANG_LABELS: Readonly<Record<Lang, string>> = {
	get en() {
		return langLabel('en');
	},
	get fr() {
		return langLabel('fr');
	},
	get ja() {
		return langLabel('ja');
	}
};

/** Said beside every excerpt source, after the word "Excerpt:", as a sentence. */
export function excerptNote(locale: Locale = getLocale()): string {
	return m.display_excerpt_note({}, { locale });
}

/** Said under a chart, a table or a caption that counts at least one excerpt source. */
export function excerptCountsNote(locale: Locale = getLocale()): string {
	return m.display_excerpt_counts_note({}, { locale });
}

/** The notice of a record-only event, as its heading says it. */
export function recordOnlyTitle(locale: Locale = getLocale()): string {
	return m.display_record_only_title({}, { locale });
}

/** What a record-only event's notice says under its heading. */
export function recordOnlyNote(locale: Locale = getLocale()): string {
	return m.display_record_only_note({}, { locale });
}

/** "Republished word for word by EIN Presswire", for a source whose address is a republication. */
export function viaText(via: string, locale: Locale = getLocale()): string {
	return m.display_via({ via }, { locale });
}

/**
 * How many of the events counted are excerpts, in words for a caption: '' when none, else the
 * sentence to append ("2 of the 14 events counted have an excerpt source: counts from excerpts
 * are lower bounds.").
 */
export function excerptCaption(
	excerpts: number,
	total: number,
	locale: Locale = getLocale()
): string {
	if (excerpts <= 0) return '';
	const note = excerptCountsNote(locale);
	if (total !== excerpts)
		return m.display_excerpt_caption_some({ excerpts, total, note }, { locale });
	return total === 1
		? m.display_excerpt_caption_one({ note }, { locale })
		: m.display_excerpt_caption_all({ total, note }, { locale });
}

/**
 * What an event's view says when some of its `total` sources are excerpts (after "Excerpt:"), or
 * '' when none is.
 */
export function eventExcerptText(
	excerpts: number,
	total: number,
	locale: Locale = getLocale()
): string {
	if (excerpts <= 0) return '';
	if (total === 1) return excerptNote(locale);
	return excerpts === total
		? m.display_excerpt_all_sources({ total }, { locale })
		: m.display_excerpt_some_sources({ excerpts, total }, { locale });
}
