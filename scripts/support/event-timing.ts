/**
 * What a person waits for after a click, as the browser itself measures it: Event Timing
 * (`PerformanceEventTiming`), the figure behind INP. `npm run bench:ui` collects the entries in the
 * page and hands them here. Pure, so that it is tested without a browser (event-timing.test.ts).
 *
 * Two traps, both from the specification:
 * - An entry's `duration` runs from the input's timestamp to the next paint after its handlers,
 *   rounded to 8 ms.
 * - An observer receives no entry shorter than its `durationThreshold`, and 16 ms is the smallest
 *   it takes: an interaction that painted sooner leaves no trace. Such a run is counted as 16 ms,
 *   an upper bound, and the report says how many there were.
 */

/** The smallest `durationThreshold` a PerformanceObserver accepts, in ms. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/** The fields of a PerformanceEventTiming entry that the benchmark reads. */
export interface EventEntry {
	name: string;
	startTime: number;
	duration: number;
	/** Shared by the entries of one interaction (pointerdown, pointerup, click; keydown, keyup); 0 for other events. */
	interactionId: number;
}

/**
 * The latency of the one interaction among `entries`, INP-style: the longest duration of its
 * entries. Null when it left none (it painted within the threshold). Events that are no
 * interaction (pointermove, pointerover…) do not count; two interactions mean the run clicked
 * twice, or something else clicked, and its figure would belong to neither.
 */
export function interactionLatency(entries: readonly EventEntry[]): number | null {
	const own = entries.filter((e) => e.interactionId > 0);
	const ids = new Set(own.map((e) => e.interactionId));
	if (ids.size > 1)
		throw new Error(
			`Event Timing saw ${ids.size} interactions where one click was made: ${own.map((e) => `${e.name} #${e.interactionId}`).join(', ')}`
		);
	return own.length ? Math.max(...own.map((e) => e.duration)) : null;
}

/**
 * Latencies as numbers for the statistics: a run with no entry counts as the threshold, which it
 * was under. `under` says how many runs that was.
 */
export function boundLatencies(latencies: readonly (number | null)[]): {
	values: number[];
	under: number;
} {
	return {
		values: latencies.map((l) => l ?? EVENT_TIMING_THRESHOLD_MS),
		under: latencies.filter((l) => l === null).length
	};
}
