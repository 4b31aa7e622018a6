/**
 * The page's start-up work after hydration, one job per task, in the order it was queued.
 *
 * Hydrating the home page and then drawing its list and its timeline in the same task blocks the
 * main thread for hundreds of milliseconds on a phone: a tap waits for all of it. Queued here,
 * each piece (a few list cards, making the timeline, giving it its items) runs in a task of its
 * own, and the browser paints and answers input between them. The order is first queued, first
 * run: what hydration queues (the rest of the list) runs before what a later import queues (the
 * timeline), so the page is whole by the time the timeline says it is interactive.
 */

/** Runs a task later: a macrotask, so that input and rendering can come first. */
export type Later = (run: () => void) => void;

/**
 * A task the browser may put input and rendering before: `scheduler.postTask` where there is
 * one (Chromium), else a message to ourselves. Not `setTimeout(…, 0)`, which waits 4 ms once
 * timeouts nest five deep: twenty jobs would wait 80 ms for nothing.
 */
const nextTask: Later = (run) => {
	const scheduler = (globalThis as { scheduler?: { postTask?: (run: () => void) => unknown } })
		.scheduler;
	if (scheduler?.postTask) {
		void scheduler.postTask(run);
		return;
	}
	if (typeof MessageChannel === 'undefined') {
		setTimeout(run, 0);
		return;
	}
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		run();
	};
	channel.port2.postMessage(null);
};

export class StartUpQueue {
	#jobs: (() => void)[] = [];
	#pending = false;
	#later: Later;

	constructor(later: Later = nextTask) {
		this.#later = later;
	}

	/** Runs `job` in a task of its own after every job queued before it; resolves with its result. */
	run<T>(job: () => T): Promise<T> {
		return new Promise<T>((done, fail) => {
			this.#jobs.push(() => {
				try {
					done(job());
				} catch (e) {
					fail(e);
				}
			});
			this.#schedule();
		});
	}

	/** How many jobs wait. */
	get waiting(): number {
		return this.#jobs.length;
	}

	#schedule() {
		if (this.#pending || !this.#jobs.length) return;
		this.#pending = true;
		this.#later(() => {
			this.#pending = false;
			this.#jobs.shift()?.();
			this.#schedule();
		});
	}
}

/** The page's one queue (a module is one per page load in the browser). */
export const startUp = new StartUpQueue();
