import { formatLocation } from '$lib/corpus/extract';
import { newestFirst } from '$lib/display/event-order';
import { loadCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

/** The event list: what each card shows, and no source text (that is on the event pages). */
export const load: PageServerLoad = () => {
	const corpus = loadCorpus();
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	const events = newestFirst(corpus.events).map((e) => ({
		id: e.id,
		date: e.date,
		dateJapan: e.dateJapan,
		title: e.title,
		format: e.format,
		level: e.level,
		location: formatLocation(e.location),
		framework: e.framework,
		participants: e.participants.map(({ name, office, country }) => ({ name, office, country })),
		themes: e.themes,
		sources: e.sources.map((file) => {
			// groupEvents only lists files it was given, so the document is always there.
			const d = documents.get(file)!;
			return { file, title: d.title, issuer: d.issuer, url: d.url, published: d.published };
		})
	}));
	const dates = events.map((e) => e.date).sort();
	return {
		events,
		themes: corpus.taxonomy.themes.map(({ id, label, color }) => ({ id, label, color })),
		counts: {
			events: events.length,
			documents: corpus.documents.length,
			themes: corpus.taxonomy.themes.length
		},
		span: { from: dates[0] ?? null, to: dates.at(-1) ?? null }
	};
};
