/**
 * /data/search.json over the live corpus, held to invariants: each event's text holds its
 * sources' and their versions' titles and sentences, and names no other event's version.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '$lib/server/corpus';
import { GET } from './+server';

describe('/data/search.json', () => {
	it('searches each source and its other-language versions, under the source’s event', async () => {
		const corpus = loadCorpus();
		// @ts-expect-error: the handler reads no part of its event
		const texts = (await (await GET({})).json()) as Record<string, string>;
		const eventOf = new Map(corpus.events.flatMap((e) => e.sources.map((f) => [f, e.id])));
		expect(corpus.versions).not.toEqual([]);
		for (const v of corpus.versions) {
			const text = texts[eventOf.get(v.translationOf)!]!;
			expect(text).toContain(v.title);
			for (const s of v.sentences) expect(text).toContain(s.text);
		}
		for (const d of corpus.documents)
			for (const s of d.sentences) expect(texts[eventOf.get(d.file)!]).toContain(s.text);
	});
});
