/**
 * What the slides (/present) and the presenter view (/present/presenter) both do with a deck:
 * read it from the page's address once mounted, fetch the source texts a text filter needs, and
 * keep the two windows on one slide (presenter-sync.ts). Called while a page's component is
 * made: it registers that component's effects and its mount.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { pagePath } from '$lib/display/links';
import { SearchTexts } from '$lib/filters/search-texts.svelte';
import { startUp } from '$lib/start-up/start-up-queue';
import type { DeckData } from './deck-data';
import { PresentState } from './present-state.svelte';
import { channelName, DeckLink } from './presenter-sync';

/** A page's deck, read from its own address (`route`, in the page's language). */
export function pageDeck(
	data: () => DeckData & { placeNames?: Readonly<Record<string, string>> },
	route: '/present' | '/present/presenter'
) {
	// Read in the browser only: a prerendered page has no query string, and reading one while
	// prerendering fails the build. Until then the deck shows a neutral title slide. Read in a task
	// of its own after the page's hydration, not in it: the deck's events, its first slide and its
	// timeline's lanes made in the same task as the hydration were one long task on a phone.
	let mounted = $state(false);
	onMount(() => {
		let alive = true;
		void startUp.run(() => {
			if (alive) mounted = true;
		});
		return () => (alive = false);
	});
	// The source texts for a text filter, fetched as the dashboard does.
	const texts = new SearchTexts();
	const deck = new PresentState({
		data,
		placeNames: () => data().placeNames,
		search: () => (mounted ? page.url.search : null),
		texts,
		// The page's own address in its language (/fr/present/…): the language is the address's.
		navigate: (query) =>
			void goto(pagePath(route, query), { replaceState: true, keepFocus: true, noScroll: true })
	});
	$effect(() => {
		if (deck.needsTexts) void texts.load();
	});
	return deck;
}

/**
 * This window's end of the deck's channel: a move in the other window shows here (once the deck
 * is final, if its texts are still coming), a move here shows there. `onleave`: the other window
 * left the deck. `ask`: a window that has just opened asks the others where the deck is.
 * Returns `leave`, to tell the other window this one left.
 */
export function linkDeckWindows(
	deck: PresentState,
	{ onleave, ask = false }: { onleave: () => void; ask?: boolean }
): { leave: () => void } {
	/** A slide the other window moved to before this deck was final. */
	let wanted = $state<number | null>(null);
	let link: DeckLink | null = null;
	onMount(() => {
		link = new DeckLink(channelName(base), {
			onmove: (slide) => (wanted = slide),
			// A window has opened and asks where the deck is.
			onhello: () => {
				if (deck.ready) link?.move(deck.index + 1);
			},
			onleave
		});
		if (ask) link.hello();
		return () => link?.close();
	});
	$effect(() => {
		if (!deck.ready || wanted === null) return;
		deck.go(wanted - 1);
		wanted = null;
	});
	$effect(() => {
		if (deck.ready) link?.show(deck.index + 1);
	});
	return { leave: () => link?.leave() };
}
