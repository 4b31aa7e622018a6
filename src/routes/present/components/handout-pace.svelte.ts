/**
 * How much of the printed handout exists yet. The handout is only ever seen on paper, and made at
 * start it was four fifths of /present/'s start-up script: its blocks, one per event, hydrated in
 * one task (415 of 494 ms at a phone's 4× slower CPU), which Lighthouse counts as blocking time.
 * So the prerendered page has none of it; once the deck is final the cover comes, then the blocks,
 * each step in an idle moment of its own and only as many blocks as fit in it (a short task on a
 * slow phone as on a fast laptop), and everything at once when the page is about to be printed
 * (`all`).
 */
import { flushSync } from 'svelte';

/**
 * The longest a step goes on making blocks, in ms: a phone's 4× slower CPU makes it some 32 ms,
 * under a long task (50 ms), as the list's cards on the dashboard are drawn. A fixed count of
 * blocks a step was not: four blocks with many quotations took over 50 ms on a busy machine.
 */
export const STEP_MS = 8;

/**
 * Runs `step` later, when the page is idle, and tells it how long it may still run (ms, by a
 * function it calls as it goes); returns a function that cancels it.
 */
export type Schedule = (step: (timeLeft: () => number) => void) => () => void;

/** In an idle moment (`requestIdleCallback`, within a second), or in a task of its own. */
export const whenIdle: Schedule = (step) => {
	const budget = (idle: () => number) => {
		const end = performance.now() + STEP_MS;
		step(() => Math.min(idle(), end - performance.now()));
	};
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback((d) => budget(() => d.timeRemaining()), { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(() => budget(() => STEP_MS), 0);
	return () => clearTimeout(id);
};

export class HandoutPace {
	/** Event blocks made; null: not even the cover (the prerendered page, a deck not yet final). */
	made = $state<number | null>(null);
	#total: () => number;
	#schedule: Schedule;
	#render: () => void;
	#cancel: (() => void) | null = null;

	/**
	 * `total`: how many events the handout prints (it may change, e.g. once the deck is final).
	 * `render`: draws what `made` now asks for, so that a step's time counts the drawing
	 * (flushSync; a test may leave it out).
	 */
	constructor(total: () => number, schedule: Schedule = whenIdle, render: () => void = flushSync) {
		this.#total = total;
		this.#schedule = schedule;
		this.#render = render;
	}

	/** Every block of the `total` the deck prints is made (reactive: it reads state). */
	get done(): boolean {
		return this.made !== null && this.made >= this.#total();
	}

	/**
	 * Goes on making the cover, then blocks, a step at a time, until every one is made; a step
	 * makes one at least, and more while it has time. Once a step is waiting, does nothing.
	 */
	start(): void {
		if (this.#cancel || this.done) return;
		this.#cancel = this.#schedule((timeLeft) => {
			this.#cancel = null;
			do {
				this.made = this.made === null ? 0 : Math.min(this.made + 1, this.#total());
				this.#render();
			} while (!this.done && timeLeft() > 0);
			this.start();
		});
	}

	/** Every block, now: the page is about to be printed. */
	all(): void {
		this.stop();
		this.made = Number.POSITIVE_INFINITY;
	}

	/** No step waits any more (the page is left). */
	stop(): void {
		this.#cancel?.();
		this.#cancel = null;
	}
}
