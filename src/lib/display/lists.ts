/** Lists of names and labels as the page's language writes them. */
import { intlTag } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * Labels in a row: "A, B, C", « A, B et C », A、B、C. English keeps its bare commas (a theme's
 * label may hold "and"), Japanese takes the ideographic comma of its conjunction form.
 */
export function listText(items: readonly string[], locale: Locale = getLocale()): string {
	const options: Intl.ListFormatOptions =
		locale === 'ja' ? { type: 'conjunction' } : { type: 'unit', style: 'short' };
	return new Intl.ListFormat(intlTag(locale), options).format(items);
}

/**
 * Items that may hold commas themselves ("Kishida Fumio (Prime Minister of Japan)"), apart:
 * "A; B", « A ; B » (a no-break space before the semicolon), A、B.
 */
export function separatedList(items: readonly string[], locale: Locale = getLocale()): string {
	return items.join(m.display_semicolon({}, { locale }));
}
