/**
 * When the charts of a section may load chart.js: once the section comes near the viewport. A
 * section of charts far down a page (the home page's themes, below the timeline, the filters on a
 * phone) makes a gate, gives it to its charts through context and watches itself with
 * `{@attach gate.watch}`; the charts in it wait for the gate before loading chart.js, so a reader
 * who opens the page does not download and run it before the timeline answers. Their captions and
 * tables are in the prerendered page and their boxes have their final size (ThemeChart), so
 * nothing but the drawing waits, and nothing moves when it comes.
 *
 * A chart outside any gated section (an event's panel, a slide) loads chart.js at once, as it did.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-gate');

/**
 * How near is near: a viewport's height above and below, so a reader scrolling at a normal pace
 * finds the charts drawn, and a link or a tall screen that shows them loads them at once (an
 * IntersectionObserver reports an element already in view in its first callback).
 */
export const NEAR_MARGIN = '100% 0px';

export class ChartGate {
	/** Resolves once the section has come near the viewport; never rejects. */
	readonly opened: Promise<void>;
	#open!: () => void;

	constructor(readonly rootMargin = NEAR_MARGIN) {
		this.opened = new Promise((resolve) => (this.#open = resolve));
	}

	/** An attachment: opens the gate when `section` comes within the margin of the viewport. */
	watch = (section: Element) => {
		// No observer to ask (an old browser): better a chart drawn early than one never drawn.
		if (typeof IntersectionObserver === 'undefined') return this.#open();
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#open();
				observer.disconnect();
			},
			{ rootMargin: this.rootMargin }
		);
		observer.observe(section);
		return () => observer.disconnect();
	};
}

/** Makes the charts below this component wait for `gate` (call while it initialises). */
export function setChartGate(gate: ChartGate): void {
	setContext(KEY, gate);
}

/** What the charts of this component wait for: their section's gate, or nothing. */
export function chartGate(): Promise<void> {
	return getContext<ChartGate | undefined>(KEY)?.opened ?? Promise.resolve();
}
