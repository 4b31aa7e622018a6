/**
 * A deck's input from the real corpus in a language, as /present's PresentState derives it from
 * its data and query string, with the same functions, for the deck's tests and scripts. Written
 * out here because scripts run under tsx, which cannot compile a `.svelte.ts` class's runes;
 * deck.test.ts holds it equal to deckInput(new PresentState(…)).
 */
import { countThemes } from '$lib/charts/theme-stats';
import { closingChart } from '$lib/present/closing';
import { deckLookups, toDeckData } from '$lib/present/deck-data';
import {
	keySentencesById,
	periodText,
	readDeckQuery,
	selectEvents,
	selectionText
} from '$lib/present/slides';
// Tests' and scripts' only (never a page's), as src/lib/corpus/testing.ts: they read data/.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { loadLocalizedCorpus, loadPlaceNames } from '$lib/server/corpus';
import { toTimelineItems } from '$lib/timeline/items';
import type { Locale } from '$paraglide/runtime';
import { deckInput } from './deck-input';
import type { DeckInput } from './deck-plan';

/** /present's page data on the `locale` site, and the layout's place names. */
export function corpusDeckData(locale: Locale) {
	return {
		data: toDeckData(loadLocalizedCorpus(locale)),
		placeNames: locale === 'en' ? undefined : loadPlaceNames(locale)
	};
}

/** The deck /present?`query` shows on the `locale` site (call it with that locale set). */
export function corpusDeckInput(query: string, locale: Locale): DeckInput {
	const { data, placeNames } = corpusDeckData(locale);
	const lookups = deckLookups(data);
	const { view } = readDeckQuery(query, lookups.known);
	const selected = selectEvents(data.events, view, null);
	const stats = countThemes(
		selected,
		{ themes: data.themes, frameworks: [] },
		{ periods: [], years: [] }
	);
	return deckInput(
		{
			events: data.events,
			selected,
			sentences: keySentencesById(selected, view.themes),
			themes: lookups.themes,
			selection: selectionText(view, { ...lookups.names, places: placeNames }),
			period: periodText(selected.map((e) => e.date)),
			themeRows: closingChart(stats, view.count, view.themes, { max: Infinity }).rows,
			counted: view.count,
			view,
			items: toTimelineItems(selected.length ? selected : data.events, data.milestones)
		},
		placeNames
	);
}
