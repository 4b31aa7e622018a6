/** Links to the event pages. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/**
 * An event page's address, base path included. `resolve()` drops the trailing slash that
 * `trailingSlash: 'always'` gives every page, and a link without it would make the prerenderer
 * write a redirect page and every visit take a redirect; `fragment` is an id on the page.
 */
export function eventPath(id: string, fragment?: string): ResolvedPathname {
	const path = `${resolve('/events/[id]', { id })}/${fragment ? `#${fragment}` : ''}`;
	// Still a resolved pathname: the base path and a route of this app, with a slash added.
	return path as ResolvedPathname;
}

/**
 * The home page with a view's query string ('' or "?themes=…", from toQueryString), base path
 * included: the address the timeline's view is shared by.
 */
export function homePath(query: string): ResolvedPathname {
	// Still a resolved pathname: the base path and the home route, with a query string added.
	return `${resolve('/')}${query}` as ResolvedPathname;
}
