/**
 * What the briefing deck is given at build time: every event as /data/events.json gives it (facts,
 * themes with mentions, and per source the evidence sentences of each theme), plus what the deck
 * needs beyond that: the participants' ids (the person filter), each evidence sentence's position
 * in its source (the earliest of the key sentences), the theme list and the milestones on the
 * timeline. Which events the deck shows is decided in the browser, from the URL (a prerendered
 * page has no query string). Pure: /present's load passes it the corpus, tests a fixture one.
 *
 * Build time only: the corpus's modules (extract, its date readers) would come with it into the
 * browser, their top-level patterns and time-zone formatter made at every start of the deck. The
 * browser's side of the data is deck-lookups.ts.
 */
import type { Corpus } from '$lib/corpus/corpus';
import { toEventsJson } from '$lib/corpus/export';
import { toTimelineMilestones } from '$lib/timeline/items';

/**
 * `countries`: the government of each source by file (sourceCountries): the presenter's notes
 * name the other government's readout by it. A source left out has `country: null`.
 */
export function toDeckData(corpus: Corpus, countries: ReadonlyMap<string, string> = new Map()) {
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
					country: countries.get(s.file) ?? null,
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
}

export type DeckData = ReturnType<typeof toDeckData>;
/** One event of the deck, as its slide and the handout read it. */
export type DeckEvent = DeckData['events'][number];
/** Label and colour of every theme, by id: what a chip or a bar is drawn with. */
export type ThemeLook = ReadonlyMap<string, { label: string; color: string }>;

// Where the tests and the PowerPoint's fixtures look for it.
export { deckLookups } from './deck-lookups';
