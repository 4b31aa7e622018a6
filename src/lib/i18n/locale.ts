/**
 * The interface's three languages and what each one needs from `Intl`. Paraglide (messages/,
 * compiled to $lib/paraglide) holds the words; this module holds what is not a message: the tag
 * `Intl` formats with, each language's own name, and localized links.
 *
 * Never call getLocale() or a message at module level: a prerendered page learns its language
 * per request, and a value computed at import would keep the language of the first page built.
 */
import type { ResolvedPathname } from '$app/types';
import { getLocale, locales, localizeHref, type Locale } from '$paraglide/runtime';

export { getLocale, locales, type Locale };

/** The tag `Intl` formats with: Canadian English and French, Japanese as written in Japan. */
export function intlTag(locale: Locale): string {
	return locale === 'fr' ? 'fr-CA' : locale === 'ja' ? 'ja-JP' : 'en-CA';
}

/** Each language in its own words, for the switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	ja: '日本語'
};

/**
 * A link within the site, in the page's language (or `locale`): "/events/x/" → "/fr/events/x/".
 * Give it a path that already holds the base path (from resolve()); query and fragment are kept.
 */
export function localized(href: string, locale: Locale = getLocale()): ResolvedPathname {
	// Still a resolved pathname of this app: the base path and a route, with /fr or /ja after the
	// base path (the URL patterns of scripts/support/paraglide-options.ts).
	return localizeHref(href, { locale }) as ResolvedPathname;
}
