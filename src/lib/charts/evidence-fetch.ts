/**
 * The evidence sentences of every event, from /data/events.json: fetched the first time a reader
 * asks for the sentences behind a count, then kept for the visit. A failed request is forgotten,
 * so asking again tries again.
 */
import { resolve } from '$app/paths';
import type { EventsJson } from '$lib/corpus/export';
import type { EvidenceEvent } from './theme-evidence';

let request: Promise<Map<string, EvidenceEvent>> | null = null;

export function fetchEvidence(): Promise<Map<string, EvidenceEvent>> {
	request ??= fetch(resolve('/data/events.json')).then(async (response) => {
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const json = (await response.json()) as EventsJson;
		return new Map(json.events.map((e) => [e.id, e]));
	});
	request.catch(() => (request = null));
	return request;
}
