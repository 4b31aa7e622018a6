/** The order the pages list events in, and an event's neighbours in that order. */
import type { EventRecord } from '$lib/corpus/schema';

type Dated = Pick<EventRecord, 'id' | 'date'>;

/** Newest first; events on the same day keep the corpus's order (the sort is stable). */
export function newestFirst<T extends Dated>(events: readonly T[]): T[] {
	return [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The events just before and just after `id` in time, given events newest first. */
export function neighbours<T extends Dated>(
	newestFirstEvents: readonly T[],
	id: string
): { earlier: T | null; later: T | null } {
	const i = newestFirstEvents.findIndex((e) => e.id === id);
	if (i < 0) return { earlier: null, later: null };
	return { earlier: newestFirstEvents[i + 1] ?? null, later: newestFirstEvents[i - 1] ?? null };
}
