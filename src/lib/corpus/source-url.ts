/**
 * When two sources are the same page. Ingest refuses a page whose address is already in the
 * corpus, and the build refuses two files with one address: both compare addresses through
 * `urlKey`, so that neither lets through what the other would catch.
 */

/**
 * The form in which two addresses of a page are compared: the same page is often copied as
 * http:// or https://, with or without a trailing slash, with the host in capitals, or with a
 * #fragment pointing into it. The path and query keep their case: servers may tell them apart.
 */
export function urlKey(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return url.trim();
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url.trim();
	// URL lower-cases the host and drops a default port; http and https are one page.
	const host = parsed.port && !['80', '443'].includes(parsed.port) ? parsed.host : parsed.hostname;
	const path = parsed.pathname.replace(/\/+$/, '');
	return `//${host}${path}${parsed.search}`;
}
