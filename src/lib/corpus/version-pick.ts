/**
 * Which text of a source a page shows, and in which order: pure, with no runtime imports, so the
 * pages (SourceDocument, the event page, the dashboard's panel) use it without the pipeline.
 */
import type { Lang } from './schema';

/**
 * The text a page in `lang` shows of a source: its version in that language, when the issuer
 * published one and the source is not in it already; else undefined (the source itself).
 */
export function versionFor<V extends { lang: Lang }>(
	source: { lang: Lang; versions: readonly V[] },
	lang: Lang
): V | undefined {
	return source.lang === lang ? undefined : source.versions.find((v) => v.lang === lang);
}

/**
 * The order a page in `lang` shows an event's sources in: where one issuer published the same
 * event in two languages (MOFA's English and Japanese pages, each a source and each counted), its
 * text in the page's language comes first, in the place its first text held. Sources of other
 * issuers keep their places, so only the order within an issuer changes.
 */
export function readingOrder<S extends { issuer: string; lang: Lang }>(
	sources: readonly S[],
	lang: Lang
): S[] {
	const out = [...sources];
	const issuers = [...new Set(sources.map((s) => s.issuer))];
	for (const issuer of issuers) {
		const places = sources.flatMap((s, i) => (s.issuer === issuer ? [i] : []));
		const mine = places.map((i) => sources[i]!);
		// A stable sort: the page's language first, the rest in the record's order.
		const sorted = [...mine].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
		places.forEach((at, k) => (out[at] = sorted[k]!));
	}
	return out;
}
