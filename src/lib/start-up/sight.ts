/**
 * Whether a part of the prerendered page starts below the first screen, read in the browser as
 * the page hydrates. The page has been laid out as it arrived and nothing has changed it yet, so
 * this costs no layout. A quarter of a screen more is allowed for a reader who scrolls at once.
 */
export function belowFirstScreen(selector: string): boolean {
	// Opened at an anchor, or reloaded or gone back to (where the browser puts the scroll back),
	// the page may be scrolled before or after it hydrates, as the machine's load has it: where the
	// reader will be is not known, so nothing counts as out of sight.
	if (location.hash || !openedAtTop()) return false;
	const top = document.querySelector(selector)?.getBoundingClientRect().top;
	return top !== undefined && top > window.innerHeight * 1.25;
}

/** The page was opened afresh (a link, an address typed), not reloaded or gone back to. */
function openedAtTop(): boolean {
	const nav = performance.getEntriesByType?.('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	return !nav || nav.type === 'navigate';
}

/**
 * Keeps a part's prerendered height while its content, taken out by the hydration, waits to be
 * drawn again: should the reader be there after all (scrolled at once), what follows it does not
 * move up and back. Set through the CSSOM, which the page's CSP allows (no style attribute in
 * the markup). Returns what lets the height go, once the content is back.
 */
export function holdHeight(selector: string): () => void {
	const el = document.querySelector<HTMLElement>(selector);
	if (!el) return () => {};
	el.style.minHeight = `${el.getBoundingClientRect().height}px`;
	return () => {
		el.style.minHeight = '';
	};
}
