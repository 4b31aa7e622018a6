/**
 * How much of the printed handout exists yet. The handout is only ever seen on paper, and made at
 * start it was four fifths of /present/'s start-up script: its blocks, one per event, hydrated in
 * one task (415 of 494 ms at a phone's 4× slower CPU), which Lighthouse counts as blocking time.
 * So the prerendered page has none of it; once the deck is final the cover comes, then the blocks
 * a few at a time, each step in an idle moment of its own (a short task), and everything at once
 * when the page is about to be printed (`all`).
 */

/** Event blocks made in one step: a few milliseconds of a phone's CPU, far under a long task. */
export const BLOCKS_PER_STEP = 4;

/** Runs `step` later, when the page is idle; returns a function that cancels it. */
export type Schedule = (step: () => void) => () => void;

/** In an idle moment (`requestIdleCallback`, within a second), or in a task of its own. */
export const whenIdle: Schedule = (step) => {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(step, { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(step, 0);
	return () => clearTimeout(id);
};

export class HandoutPace {
	/** Event blocks made; null: not even the cover (the prerendered page, a deck not yet final). */
	made = $state<number | null>(null);
	#total: () => number;
	#schedule: Schedule;
	#cancel: (() => void) | null = null;

	/** `total`: how many events the handout prints (it may change, e.g. once the deck is final). */
	constructor(total: () => number, schedule: Schedule = whenIdle) {
		this.#total = total;
		this.#schedule = schedule;
	}

	/** Every block of the `total` the deck prints is made (reactive: it reads state). */
	get done(): boolean {
		return this.made !== null && this.made >= this.#total();
	}

	/** Goes on making blocks, a step at a time, until every one is made; once a step is waiting, does nothing. */
	start(): void {
		if (this.#cancel || this.done) return;
		this.#cancel = this.#schedule(() => {
			this.#cancel = null;
			this.made = this.made === null ? 0 : Math.min(this.made + BLOCKS_PER_STEP, this.#total());
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
