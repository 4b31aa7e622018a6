/**
 * The browser's side of the deck's data (deck-data.ts makes it at build time, from the corpus,
 * which stays out of the browser): what the deck looks things up by.
 */
import { knownPlaces } from '$lib/filters/places';
import type { DeckData } from './deck-data';

/**
 * What the deck looks things up by: each theme's look, what a URL may name (parseViewState's
 * `known`), and the names a selection is described with.
 */
export function deckLookups(data: Pick<DeckData, 'events' | 'themes' | 'people'>) {
	return {
		themes: new Map(data.themes.map((t) => [t.id, t] as const)),
		known: {
			themes: data.themes.map((t) => t.id),
			people: new Set(data.people.map((p) => p.id)),
			events: new Set(data.events.map((e) => e.id)),
			places: knownPlaces(data.events)
		},
		names: {
			themes: new Map(data.themes.map((t) => [t.id, t.label] as const)),
			people: new Map(data.people.map((p) => [p.id, p.name] as const))
		}
	};
}
