/**
 * The event detail over the live corpus, held to invariants (never a count): every version of a
 * source reaches the detail of that source's event, with its own text laid out and marked, and a
 * page's language only reorders the sources within an issuer.
 */
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/corpus/schema';
import { eventDetail } from './event-detail';
import { loadCorpus } from './corpus';

const corpus = loadCorpus();

describe('eventDetail and versions', () => {
	it('carries every version beside its original, in its language, with its marked text', () => {
		// data/ holds versions (docs/pending-sources/README.md): without one this test would hold nothing.
		expect(corpus.versions).not.toEqual([]);
		const eventOf = new Map(corpus.events.flatMap((e) => e.sources.map((f) => [f, e.id])));
		for (const v of corpus.versions) {
			const detail = eventDetail(corpus, eventOf.get(v.translationOf)!)!;
			const source = detail.sources.find((s) => s.file === v.translationOf)!;
			const shown = source.versions.find((x) => x.file === v.file)!;
			expect(shown).toMatchObject({ lang: v.lang, title: v.title, url: v.url, issuer: v.issuer });
			expect(shown.lang).not.toBe(source.lang);
			const text = shown.parts.flatMap((p) => (p.kind === 'list' ? p.items.flat() : p.sentences));
			expect(text.map((s) => s.index)).toEqual(v.sentences.map((s) => s.index));
			// Each theme the version's text carries has its label and colour in the detail.
			for (const t of shown.themes) expect(detail.themes.map((x) => x.id)).toContain(t.id);
		}
	});

	it('names no version as a source, and keeps the event’s counts', () => {
		const versionFiles = new Set(corpus.versions.map((v) => v.file));
		for (const e of corpus.events) {
			const detail = eventDetail(corpus, e.id)!;
			expect(detail.sources.some((s) => versionFiles.has(s.file))).toBe(false);
			expect(detail.event.themes).toEqual(e.themes);
		}
	});

	it('in a page’s language: the same sources, and each issuer’s text in that language first', () => {
		for (const e of corpus.events)
			for (const lang of langs) {
				const record = eventDetail(corpus, e.id)!.sources;
				const ordered = eventDetail(corpus, e.id, lang)!.sources;
				expect(ordered.map((s) => s.file).sort()).toEqual(record.map((s) => s.file).sort());
				for (const issuer of new Set(ordered.map((s) => s.issuer))) {
					const of = ordered.filter((s) => s.issuer === issuer).map((s) => s.lang === lang);
					// No text in the page's language after one in another, within an issuer.
					expect(of).toEqual([...of].sort((a, b) => Number(b) - Number(a)));
				}
			}
	});
});
