/**
 * What an event looks like in full: its facts, and every source with its cleaned text laid out
 * for reading and the sentences behind each theme. The event page and the home page's detail
 * panel (through /data/events/[id].json) show the same record, so they cannot disagree.
 */
import { sourceFacts } from '$lib/corpus/export';
import { formatLocation } from '$lib/corpus/extract';
import type { Corpus } from '$lib/corpus/corpus';
import { titleLang } from '$lib/corpus/title-lang';
import type { Lang } from '$lib/corpus/schema';
import { readingOrder, versionsBySource } from '$lib/corpus/versions';
import { neighbours, newestFirst } from '$lib/display/event-order';
import { readSourceReading } from './source-reading';

/**
 * The event `id` in full, or null when the corpus has no such event. With `lang` (the page's), the
 * sources are in that page's reading order (`readingOrder`: MOFA's Japanese text before its
 * English one on the Japanese site); without it, in the record's order, as /data/ has them.
 */
export function eventDetail(corpus: Corpus, id: string, lang?: Lang) {
	const ordered = newestFirst(corpus.events);
	const event = ordered.find((e) => e.id === id);
	if (!event) return null;
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	const versionsOf = versionsBySource(corpus.versions);
	const files = lang
		? readingOrder(
				event.sources.map((f) => documents.get(f)!),
				lang
			).map((d) => d.file)
		: event.sources;
	const sources = files.map((file) => {
		// groupEvents only lists files it was given, so the document is always there.
		const d = documents.get(file)!;
		const { basis, parts } = readSourceReading(d);
		return {
			...sourceFacts(d),
			provenance: d.provenance,
			basis,
			// The evidence sentences are in `parts`; the pages quote them from there by index.
			themes: d.themes.map(({ id, mentions, sentences }) => ({ id, mentions, sentences })),
			parts,
			// The same text in other languages (the French of a PMO statement): each site shows the
			// one in its language. Their themes mark their text; the event's counts are the source's.
			versions: (versionsOf.get(file) ?? []).map((v) => ({
				file: v.file,
				title: v.title,
				issuer: v.issuer,
				url: v.url,
				published: v.published,
				lang: v.lang,
				excerpt: v.excerpt,
				via: v.via,
				original: v.original,
				themes: v.themes.map(({ id, mentions, sentences }) => ({ id, mentions, sentences })),
				parts: readSourceReading(v).parts
			}))
		};
	});
	const used = new Set([
		...event.themes.map((t) => t.id),
		...sources.flatMap((s) => s.themes.map((t) => t.id)),
		// A version's marks need their labels and colours too.
		...sources.flatMap((s) => s.versions.flatMap((v) => v.themes.map((t) => t.id)))
	]);
	const { earlier, later } = neighbours(ordered, event.id);
	// A title is in the language titleLang gives (an English source names the event when there is one).
	const link = (e: typeof earlier) =>
		e && { id: e.id, title: e.title, date: e.date, lang: titleLang(e.langs) };
	return {
		event: {
			id: event.id,
			date: event.date,
			dateJapan: event.dateJapan,
			title: event.title,
			titleLang: titleLang(event.langs),
			format: event.format,
			level: event.level,
			location: formatLocation(event.location),
			framework: event.framework,
			participants: event.participants.map(({ name, office, country }) => ({
				name,
				office,
				country
			})),
			themes: event.themes,
			langs: event.langs,
			excerpt: event.excerpt,
			recordOnly: event.recordOnly,
			basis: event.basis,
			reports: event.reports,
			others: event.others
		},
		sources,
		themes: corpus.taxonomy.themes
			.filter((t) => used.has(t.id))
			.map(({ id, label, color }) => ({ id, label, color })),
		earlier: link(earlier),
		later: link(later)
	};
}

export type EventDetail = NonNullable<ReturnType<typeof eventDetail>>;
export type EventDetailSource = EventDetail['sources'][number];
export type EventDetailVersion = EventDetailSource['versions'][number];

/**
 * Whether to prerender one page and one JSON file per event. A benchmark build of 10,000 events
 * sets CJT_BENCH=1 to skip them: they take most of the build and the benchmark never opens them.
 */
export const PRERENDER_EVENT_FILES = process.env.CJT_BENCH !== '1';
