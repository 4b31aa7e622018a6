import { error } from '@sveltejs/kit';
import { formatLocation } from '$lib/corpus/extract';
import { neighbours, newestFirst } from '$lib/display/event-order';
import { loadCorpus } from '$lib/server/corpus';
import { readSourceReading } from '$lib/server/source-reading';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per event: the ids are not in any link the crawler would start from, so list them. */
export const entries: EntryGenerator = () => loadCorpus().events.map((e) => ({ id: e.id }));

/** One event with the full, marked text of each of its sources. */
export const load: PageServerLoad = ({ params }) => {
	const corpus = loadCorpus();
	const ordered = newestFirst(corpus.events);
	const event = ordered.find((e) => e.id === params.id);
	if (!event) error(404, `There is no event "${params.id}".`);
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	const sources = event.sources.map((file) => {
		// groupEvents only lists files it was given, so the document is always there.
		const d = documents.get(file)!;
		const { basis, parts } = readSourceReading(d);
		return {
			file,
			title: d.title,
			issuer: d.issuer,
			url: d.url,
			published: d.published,
			provenance: d.provenance,
			basis,
			// The evidence sentences are in `parts`; the page quotes them from there by index.
			themes: d.themes.map(({ id, mentions, sentences }) => ({ id, mentions, sentences })),
			parts
		};
	});
	const used = new Set([
		...event.themes.map((t) => t.id),
		...sources.flatMap((s) => s.themes.map((t) => t.id))
	]);
	const { earlier, later } = neighbours(ordered, event.id);
	const link = (e: typeof earlier) => e && { id: e.id, title: e.title, date: e.date };
	return {
		event: {
			id: event.id,
			date: event.date,
			dateJapan: event.dateJapan,
			title: event.title,
			format: event.format,
			level: event.level,
			location: formatLocation(event.location),
			framework: event.framework,
			participants: event.participants.map(({ name, office, country }) => ({
				name,
				office,
				country
			})),
			themes: event.themes
		},
		sources,
		themes: corpus.taxonomy.themes
			.filter((t) => used.has(t.id))
			.map(({ id, label, color }) => ({ id, label, color })),
		earlier: link(earlier),
		later: link(later)
	};
};
