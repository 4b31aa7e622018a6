/**
 * Generated sources with an address each. The synthetic corpus (scripts/synthetic-corpus.ts)
 * names a page by office and month or day, so at 10,000 events two statements of one minister in
 * one month share an address, and the build refuses a page saved twice (corpus.ts, urlKey). A
 * query string keeps them apart: urlKey keeps the query, and the pipeline reads nothing else from
 * the address.
 */
import { urlKey } from '../../src/lib/corpus/source-url';
import type { EventDocument } from '../synthetic-corpus';

const URL_LINE = /^url: *(\S+) *$/m;

/**
 * `documents` with a `?copy=n` added to every address already held by a document before it or by
 * one of `taken` (the real sources' addresses).
 */
export function withDistinctUrls(
	documents: readonly EventDocument[],
	taken: Iterable<string>
): EventDocument[] {
	const held = new Set([...taken].map(urlKey));
	return documents.map((doc) => {
		const url = URL_LINE.exec(doc.text)?.[1];
		if (url === undefined) return doc;
		let unique = url;
		for (let n = 2; held.has(urlKey(unique)); n++)
			unique = `${url}${url.includes('?') ? '&' : '?'}copy=${n}`;
		held.add(urlKey(unique));
		return unique === url ? doc : { ...doc, text: doc.text.replace(URL_LINE, `url: ${unique}`) };
	});
}
