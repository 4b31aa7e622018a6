/** Lists of names and labels as the page's language writes them. */
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';

/**
 * Labels in a row: "A, B, C", « A, B, C », A、B、C. Commas only, never a closing "and" / « et »
 * (as Intl.ListFormat's conjunction would write): a theme's label may hold one itself (« Paix,
 * aide humanitaire et crises »), and the last two labels would read as one.
 */
export function listText(items: readonly string[], locale: Locale = getLocale()): string {
	return items.join(m.display_comma({}, { locale }));
}

/**
 * Items that may hold commas themselves ("Kishida Fumio (Prime Minister of Japan)"), apart:
 * "A; B", « A ; B » (a no-break space before the semicolon), A、B.
 */
export function separatedList(items: readonly string[], locale: Locale = getLocale()): string {
	return items.join(m.display_semicolon({}, { locale }));
}
