import { toEventsJson } from '$lib/corpus/export';
import { loadCorpus } from '$lib/server/corpus';
import { toTimelineMilestones } from '$lib/timeline/items';
import type { PageServerLoad } from './$types';

/**
 * The briefing deck: every event as /data/events.json gives it (facts, themes with mentions, and
 * per source the evidence sentences of each theme), plus what the deck needs beyond that: the
 * participants' ids (the person filter), each evidence sentence's position in its source (the
 * earliest of the key sentences), the theme list and the milestones on the timeline. Which events
 * the deck shows is decided in the browser, from the URL (a prerendered page has no query string).
 */
export const load: PageServerLoad = () => {
	const corpus = loadCorpus();
	const exported = toEventsJson(corpus);
	const records = new Map(corpus.events.map((e) => [e.id, e]));
	const documents = new Map(corpus.documents.map((d) => [d.file, d]));
	const events = exported.events
		.map((e) => ({
			...e,
			// The same people in the same order: toEventsJson only leaves out their ids.
			participants: records.get(e.id)!.participants,
			sources: e.sources.map((s) => {
				// toEventsJson maps the document's themes one to one, in order.
				const themes = documents.get(s.file)!.themes;
				return {
					...s,
					themes: s.themes.map((t, i) => ({ ...t, sentences: themes[i]!.sentences }))
				};
			})
		}))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

	const people = new Map<string, string>();
	for (const e of events) for (const p of e.participants) people.set(p.id, p.name);

	return {
		events,
		themes: exported.themes,
		people: [...people].map(([id, name]) => ({ id, name })),
		milestones: toTimelineMilestones(corpus.milestones)
	};
};
