/**
 * The detail panel's data: one prerendered JSON file per event, fetched when the panel opens.
 * Each request is kept for the visit, so stepping back to an event is instant; a failed one is
 * forgotten, so opening the event again tries again.
 */
import { resolve } from '$app/paths';
// A type only: the file is built on the server, at build time, and fetched as JSON.
import type { EventDetail } from '$lib/server/event-detail';

export type { EventDetail };

const requests = new Map<string, Promise<EventDetail>>();

export function fetchEventDetail(id: string): Promise<EventDetail> {
	let request = requests.get(id);
	if (!request) {
		request = fetch(resolve('/data/events/[id].json', { id })).then(async (response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return (await response.json()) as EventDetail;
		});
		request.catch(() => requests.delete(id));
		requests.set(id, request);
	}
	return request;
}
