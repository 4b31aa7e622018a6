import { error } from '@sveltejs/kit';
import { loadCorpus } from '$lib/server/corpus';
import { eventDetail, PRERENDER_EVENT_FILES } from '$lib/server/event-detail';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per event: the ids are not in any link the crawler would start from, so list them. */
export const entries: EntryGenerator = () =>
	PRERENDER_EVENT_FILES ? loadCorpus().events.map((e) => ({ id: e.id })) : [];

/** One event with the full, marked text of each of its sources. */
export const load: PageServerLoad = ({ params }) => {
	const detail = eventDetail(loadCorpus(), params.id);
	if (!detail) error(404, `There is no event "${params.id}".`);
	return detail;
};
