import { json } from '@sveltejs/kit';
import { loadCorpus } from '$lib/server/corpus';
import type { RequestHandler } from './$types';

// The text the home page's search box looks through: per event, its title and the cleaned text
// of each source. Fetched only when someone searches, so the home page does not carry it.
export const prerender = true;

export const GET: RequestHandler = () => {
	const corpus = loadCorpus();
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	// Event id → the text to search, as written (the page folds case and accents itself).
	const texts: Record<string, string> = {};
	for (const e of corpus.events) {
		const parts = [e.title];
		for (const file of e.sources) {
			const d = documents.get(file)!;
			parts.push(d.title, d.sentences.map((s) => s.text).join(' '));
		}
		texts[e.id] = parts.join('\n');
	}
	return json(texts);
};
