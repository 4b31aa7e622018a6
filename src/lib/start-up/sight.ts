/**
 * Whether a part of the prerendered page starts below the first screen, read in the browser as
 * the page hydrates. The page has been laid out as it arrived and nothing has changed it yet, so
 * this costs no layout. A quarter of a screen more is allowed for a reader who scrolls at once.
 */
export function belowFirstScreen(selector: string): boolean {
	const top = document.querySelector(selector)?.getBoundingClientRect().top;
	return top !== undefined && top > window.innerHeight * 1.25;
}
