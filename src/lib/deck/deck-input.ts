/**
 * The deck's input from /present's state: what its slides already show, handed over as plain
 * values (no reactive proxies: the builder runs once, on a snapshot).
 */
import type { PresentState } from '$lib/present/present-state.svelte';
import { toTimelineGroups } from '$lib/timeline/items';
import type { DeckInput } from './deck-plan';

export function deckInput(
	state: Pick<
		PresentState,
		| 'events'
		| 'selected'
		| 'sentences'
		| 'themes'
		| 'selection'
		| 'period'
		| 'themeRows'
		| 'counted'
		| 'view'
		| 'items'
	>,
	placeNames?: Readonly<Record<string, string>>
): DeckInput {
	return {
		events: state.selected,
		sentences: state.sentences,
		themes: state.themes,
		selection: state.selection,
		period: state.period,
		rows: state.themeRows,
		counted: state.counted,
		view: state.view,
		items: state.items,
		// Every lane, as the slides' timeline has them: each event's strip shows its own.
		lanes: toTimelineGroups(state.events),
		placeNames
	};
}
