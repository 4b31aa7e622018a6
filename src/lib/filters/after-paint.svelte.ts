/**
 * A value that follows another a little late: once the browser has painted what the page drew
 * for the change, in a task behind the others. The home page's list of events is the use: a
 * filter redraws the timeline, then the counts and the charts, then the list (fifty cards, below
 * the charts); drawn in the charts' task, the cards held the charts' paint back by as long again.
 * The list is whole a frame or two later, and reads the same values throughout (all its props
 * follow together), so it never shows one change's count beside another's cards.
 */
import { untrack } from 'svelte';
import { afterOthers } from '$lib/start-up/tasks';

/** Schedules `run` once the page has painted; returns what cancels it. */
export type AfterFrame = (run: () => void) => () => void;

/**
 * After the frame that paints the change (the charts) and the one after it, behind every other
 * task then waiting. Not in a task queued right after the charts' frame, nor in the frame after
 * it: whatever waits for the charts' frame to end (a reader's next click, a measure of the
 * paint, whose own frame callback may come a frame late) would wait for the list too.
 */
export const afterNextPaint: AfterFrame = (run) => {
	let cancelTask = () => {};
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(() => {
			cancelTask = afterOthers(run);
		});
	});
	return () => {
		cancelAnimationFrame(frame);
		cancelTask();
	};
};

export class AfterPaint<T> {
	#source: () => T;
	/** The newest value, one object per change of what `source` reads. */
	readonly #latest = $derived.by(() => this.#source());
	#shown = $state.raw() as T;

	/**
	 * Follows `source` (call while a component initialises: it owns the effect). `atOnce`: when
	 * it says so, a change is taken in the same flush, as if there were no delay (a page that is
	 * still starting, whose list must be whole when it says it is interactive).
	 */
	constructor(source: () => T, atOnce: () => boolean = () => false, later = afterNextPaint) {
		this.#source = source;
		this.#shown = untrack(() => this.#latest);
		$effect(() => {
			const next = this.#latest;
			if (next === untrack(() => this.#shown)) return;
			if (atOnce()) {
				this.#shown = next;
				return;
			}
			// A newer change cancels this one: the list takes the newest, once, after its paint.
			return later(() => (this.#shown = next));
		});
	}

	/** The value as the page painted it last: the newest one, a frame after each change. */
	get current(): T {
		return this.#shown;
	}
}
