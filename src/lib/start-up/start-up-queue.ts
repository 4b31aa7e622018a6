/**
 * The page's start-up work after hydration, one job per task, in the order it was queued.
 *
 * Hydrating the home page and then drawing its list and its timeline in the same task blocks the
 * main thread for hundreds of milliseconds on a phone: a tap waits for all of it. Queued here,
 * each piece (a few list cards, making the timeline, giving it its items) runs in a task of its
 * own, and the browser paints and answers input between them. The order is first queued, first
 * run, except that a job queued `ahead` goes before every job queued without: the timeline, the
 * one thing a reader can use before the page is whole, is made and filled as soon as vis-timeline
 * has loaded, ahead of the list's cards that hydration queued (out of sight on a laptop and a
 * phone: the list is under the timeline and the charts).
 */
import { nextTask } from './tasks';

/** Runs a task later: a macrotask, so that input and rendering can come first. */
export type Later = (run: () => void) => void;

export class StartUpQueue {
	#ahead: (() => void)[] = [];
	#jobs: (() => void)[] = [];
	/** How many promises the jobs queued without `ahead` wait for (holdFor). */
	#held = 0;
	#pending = false;
	#later: Later;

	constructor(later: Later = nextTask) {
		this.#later = later;
	}

	/**
	 * Runs `job` in a task of its own after every job queued before it; resolves with its result.
	 * `ahead`: after the jobs queued ahead before it only, before any queued without.
	 */
	run<T>(job: () => T, { ahead = false } = {}): Promise<T> {
		return new Promise<T>((done, fail) => {
			(ahead ? this.#ahead : this.#jobs).push(() => {
				try {
					done(job());
				} catch (e) {
					fail(e);
				}
			});
			this.#schedule();
		});
	}

	/**
	 * Jobs queued without `ahead` wait until `loading` has settled (resolved or failed); those
	 * queued ahead do not. The home page's timeline holds the rest while vis-timeline loads: run
	 * meanwhile, the cards and sections below the first screen kept a slow phone's main thread busy
	 * when vis-timeline arrived, and its jobs, queued ahead once it has, came after them.
	 */
	holdFor(loading: Promise<unknown>): void {
		this.#held += 1;
		const release = () => {
			this.#held -= 1;
			this.#schedule();
		};
		loading.then(release, release);
	}

	/** How many jobs wait. */
	get waiting(): number {
		return this.#ahead.length + this.#jobs.length;
	}

	#runnable(): boolean {
		return this.#ahead.length > 0 || (!this.#held && this.#jobs.length > 0);
	}

	#schedule() {
		if (this.#pending || !this.#runnable()) return;
		this.#pending = true;
		this.#later(() => {
			this.#pending = false;
			(this.#ahead.shift() ?? (this.#held ? undefined : this.#jobs.shift()))?.();
			this.#schedule();
		});
	}
}

/** The page's one queue (a module is one per page load in the browser). */
export const startUp = new StartUpQueue();
