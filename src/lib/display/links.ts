/** Links to the site's pages, in the page's language ("/fr/events/x/" on the French site). */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { localized } from '$lib/i18n/locale';
import type { Locale } from '$paraglide/runtime';

const inLanguage = localized;

/**
 * An event page's address, base path included. `resolve()` drops the trailing slash that
 * `trailingSlash: 'always'` gives every page, and a link without it would make the prerenderer
 * write a redirect page and every visit take a redirect; `fragment` is an id on the page.
 */
export function eventPath(id: string, fragment?: string, locale?: Locale): ResolvedPathname {
	return inLanguage(`${resolve('/events/[id]', { id })}/${fragment ? `#${fragment}` : ''}`, locale);
}

/**
 * The home page with a view's query string ('' or "?themes=…", from toQueryString), base path
 * included: the address the timeline's view is shared by.
 */
export function homePath(query: string, locale?: Locale): ResolvedPathname {
	return inLanguage(`${resolve('/')}${query}`, locale);
}

/**
 * A page of the site that takes no parameters ('/events', '/record', '/present', the presenter
 * view), with a query.
 */
export function pagePath(
	route: '/' | '/events' | '/record' | '/present' | '/present/presenter',
	query = '',
	locale?: Locale
): ResolvedPathname {
	const path = resolve(route);
	return inLanguage(`${path}${path.endsWith('/') ? '' : '/'}${query}`, locale);
}
