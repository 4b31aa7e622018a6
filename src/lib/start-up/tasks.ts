/**
 * Tasks the page posts for later, by how soon they matter: the one place that reaches for the
 * browser's `scheduler.postTask` (Chromium has it; TypeScript's DOM types do not yet), and says
 * what stands in for it elsewhere.
 */

/** `scheduler.postTask`, as far as the page uses it. */
interface TaskScheduler {
	postTask(
		run: () => void,
		opts?: { priority?: 'user-visible' | 'background'; signal?: AbortSignal }
	): Promise<void>;
}

function taskScheduler(): TaskScheduler | undefined {
	const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
	return scheduler?.postTask ? (scheduler as TaskScheduler) : undefined;
}

/**
 * A task the browser may put input and rendering before: `scheduler.postTask` where there is
 * one, else a message to ourselves. Not `setTimeout(…, 0)`, which waits 4 ms once timeouts nest
 * five deep: twenty jobs would wait 80 ms for nothing.
 */
export function nextTask(run: () => void): void {
	const scheduler = taskScheduler();
	if (scheduler) {
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
}

/**
 * Runs `run` in a task after the others waiting (input, timers, the page's own work):
 * `scheduler.postTask` at background priority where there is one, else a timeout. Returns what
 * cancels it.
 */
export function afterOthers(run: () => void): () => void {
	const scheduler = taskScheduler();
	if (scheduler) {
		const abort = new AbortController();
		// Cancelled: rejects with the abort, which is no error.
		scheduler.postTask(run, { priority: 'background', signal: abort.signal }).catch(() => {});
		return () => abort.abort();
	}
	const timer = setTimeout(run);
	return () => clearTimeout(timer);
}
