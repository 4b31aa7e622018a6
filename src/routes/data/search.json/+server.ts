import { json } from '@sveltejs/kit';
import { versionsBySource } from '$lib/corpus/versions';
import { loadCorpus } from '$lib/server/corpus';
import type { RequestHandler } from './$types';

// The text the home page's search box looks through: per event, its title and the cleaned text
// of each source, and of each source's other-language versions (so « commerce » finds on the
// French site what the French pages show; one query means the same events in every language).
// Fetched only when someone searches, so the home page does not carry it.
export const prerender = true;

export const GET: RequestHandler = () => {
	const corpus = loadCorpus();
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	const versions = versionsBySource(corpus.versions);
	// Event id → the text to search, as written (the page folds case and accents itself).
	const texts: Record<string, string> = {};
	for (const e of corpus.events) {
		const parts = [e.title];
		for (const file of e.sources) {
			const d = documents.get(file)!;
			for (const text of [d, ...(versions.get(file) ?? [])])
				parts.push(text.title, text.sentences.map((s) => s.text).join(' '));
		}
		texts[e.id] = parts.join('\n');
	}
	return json(texts);
};
