/**
 * The deck's keys as a pure rule: a key pressed at a slide gives the slide to go to, the digits
 * typed so far, or a request the page carries out (full screen, presenter view, back to the
 * dashboard). Tested as a table; the page only adds what needs a browser (the event's target, the
 * fullscreen call, the second window).
 */

/** Where the deck is when a key comes: the slide (0-based), the number of slides, digits typed. */
export interface DeckPosition {
	index: number;
	total: number;
	typed: string;
}

/** What a key does: the digits typed after it, and at most one thing more. */
export interface DeckKeyResult {
	typed: string;
	/** The slide (0-based) to show, not yet clamped to the deck: the mover clamps. */
	go?: number;
	fullscreen?: true;
	/** Back to the dashboard, as its link goes. */
	leave?: true;
	/** Open the presenter view (a second window with notes, the next slide and a clock). */
	presenter?: true;
}

/**
 * The deck's answer to `key`, or null for a key it leaves alone. `onControl`: the key reached a
 * focused button or link, which keeps Space for itself. Digits build a slide number (the last four
 * kept) that Enter opens, Backspace shortens and Escape drops; a number outside the deck stays put.
 */
export function deckKey(key: string, at: DeckPosition, onControl = false): DeckKeyResult | null {
	const { index, total, typed } = at;
	if (/^[0-9]$/.test(key)) return { typed: (typed + key).slice(-4) };
	if (typed) {
		if (key === 'Enter') {
			const n = Number(typed);
			return { typed: '', go: n >= 1 && n <= total ? n - 1 : index };
		}
		if (key === 'Backspace') return { typed: typed.slice(0, -1) };
		if (key === 'Escape') return { typed: '' };
	}
	if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !onControl))
		return { typed, go: index + 1 };
	if (key === 'ArrowLeft' || key === 'PageUp') return { typed, go: index - 1 };
	if (key === 'Home') return { typed, go: 0 };
	if (key === 'End') return { typed, go: total - 1 };
	if (key === 'f' || key === 'F') return { typed, fullscreen: true };
	if (key === 'p' || key === 'P') return { typed, presenter: true };
	if (key === 'Escape') return { typed, leave: true };
	return null;
}
