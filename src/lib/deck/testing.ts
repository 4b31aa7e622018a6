/**
 * A deck's input from the real corpus, as /present builds it: the page's data in a language
 * (the server load's own functions), a PresentState over a query string. For the deck's tests and
 * scripts (check-deck, bench-deck), never for the pages.
 */
import { toDeckData } from '$lib/present/deck-data';
import { PresentState } from '$lib/present/present-state.svelte';
// Tests' and scripts' only (never a page's), as src/lib/corpus/testing.ts: they read data/.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { loadLocalizedCorpus, loadPlaceNames } from '$lib/server/corpus';
import type { Locale } from '$paraglide/runtime';
import { deckInput } from './deck-input';
import type { DeckInput } from './deck-plan';

/** The deck /present?`query` would show on the `locale` site (call it with that locale set). */
export function corpusDeckInput(query: string, locale: Locale): DeckInput {
	const data = toDeckData(loadLocalizedCorpus(locale));
	const placeNames = locale === 'en' ? undefined : loadPlaceNames(locale);
	const state = new PresentState({
		data: () => data,
		placeNames: () => placeNames,
		search: () => query,
		texts: { texts: null, status: 'idle' },
		navigate: () => {}
	});
	return deckInput(state, placeNames);
}
