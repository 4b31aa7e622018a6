/**
 * What every benchmark script needs around its measuring: an error for "could not be measured"
 * (reported as a message, not a stack), bounded waits, clean-up that runs on success, failure
 * and Ctrl-C alike, and the exit codes (`bench:ui`, `bench:lighthouse`).
 */

/** Something could not be measured: printed as its message, and the script exits 1. */
export class HarnessError extends Error {}

/** Progress goes to stderr, so that stdout is the report alone. */
export const progress = (line: string) => process.stderr.write(`  … ${line}\n`);

/** `promise`, or after `ms` a HarnessError: "`what`: `why` within N s`after`". */
export function within<T>(
	promise: Promise<T>,
	ms: number,
	what: string,
	why = 'no result',
	after = ''
): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, fail) => {
		timer = setTimeout(
			() => fail(new HarnessError(`${what}: ${why} within ${ms / 1000} s${after}`)),
			ms
		);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Clean-ups run last first, each whatever an earlier one threw, at `run()` or on SIGINT/SIGTERM
 * (then the script exits 130). Call `run()` in a `finally`: it also stops listening for signals.
 */
export function cleanUps(name: string): {
	add: (...c: (() => unknown)[]) => void;
	run: () => Promise<void>;
} {
	const pending: (() => unknown)[] = [];
	const runAll = async () => {
		for (const c of pending.splice(0).reverse()) {
			try {
				await c();
			} catch (e) {
				process.stderr.write(`${name}: cleaning up: ${e instanceof Error ? e.message : e}\n`);
			}
		}
	};
	const interrupted = () => {
		process.stderr.write(`${name} interrupted; cleaning up\n`);
		void runAll().finally(() => process.exit(130));
	};
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);
	return {
		add: (...c) => void pending.push(...c),
		run: async () => {
			await runAll();
			process.off('SIGINT', interrupted);
			process.off('SIGTERM', interrupted);
		}
	};
}

/** Runs a benchmark's `main`: a HarnessError is printed as its message, anything else with its stack. */
export function runBenchmark(name: string, main: () => Promise<void>): void {
	main().catch((e: unknown) => {
		const message =
			e instanceof HarnessError ? e.message : e instanceof Error ? e.stack : String(e);
		process.stderr.write(`${name} failed: ${message}\n`);
		process.exit(1);
	});
}
