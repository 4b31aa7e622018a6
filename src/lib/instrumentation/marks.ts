/**
 * The page's performance marks: the one list of what the app reports, what `npm run bench:ui`
 * times and what tests may wait on. The app calls these functions; nothing else in it knows that a
 * benchmark exists, and no component has a prop that is there only to feed one.
 *
 * A mark is a `performance.mark(name)` in the page, read back with
 * `performance.getEntriesByName(name)`; they cost a few microseconds and are kept in production
 * builds, so the benchmark measures the code a reader runs.
 */

export const MARKS = {
	/** The home page is hydrated and its timeline drawn for the first time. */
	interactive: 'cjt:interactive',
	/** The timeline has drawn the result of a filter change. */
	timelineUpdated: 'cjt:timeline-updated',
	/** Every chart on the page has drawn the numbers of the latest change. */
	chartsUpdated: 'cjt:charts-updated',
	/** The timeline shows the range asked for (also when it already did: nothing to move). */
	rangeApplied: 'cjt:range-applied'
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

/** Sets a mark now (no-op where there is no `performance`, as while prerendering). */
export function mark(name: MarkName): void {
	if (typeof performance !== 'undefined') performance.mark(name);
}

/**
 * Whether the page has set `name` yet. The page reads one: the list of events, which follows a
 * change a frame late once the page is interactive, but at once before (the list is whole when
 * `interactive` says the page is: tests and readers may look at it then).
 */
export function marked(name: MarkName): boolean {
	return (
		typeof performance !== 'undefined' && performance.getEntriesByName(name, 'mark').length > 0
	);
}

/**
 * The charts that exist on the page, and which of them have drawn. A chart registers when it
 * mounts (before chart.js has loaded) and reports each draw; once every registered chart has drawn
 * at least once, each batch of draws sets one `chartsUpdated` mark. The charts that a change
 * reaches all redraw in the same flush of effects, and a microtask runs after it, so one change
 * gives one mark, after its last chart.
 */
export class ChartDraws {
	#live = new Set<object>();
	#drawn = new Set<object>();
	#queued = false;
	#mark: () => void;

	constructor(onAllDrawn: () => void = () => mark(MARKS.chartsUpdated)) {
		this.#mark = onAllDrawn;
	}

	/** A chart mounted; returns what to call when it is destroyed. */
	register(chart: object): () => void {
		this.#live.add(chart);
		return () => {
			this.#live.delete(chart);
			this.#drawn.delete(chart);
		};
	}

	/** A registered chart drew new numbers. */
	drew(chart: object): void {
		if (!this.#live.has(chart)) return;
		this.#drawn.add(chart);
		if (this.#queued || this.#drawn.size < this.#live.size) return;
		this.#queued = true;
		queueMicrotask(() => {
			this.#queued = false;
			this.#mark();
		});
	}
}

/** The page's one tracker (a module is one per page load in the browser). */
export const chartDraws = new ChartDraws();
