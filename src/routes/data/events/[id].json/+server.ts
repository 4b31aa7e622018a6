import { error, json } from '@sveltejs/kit';
import { loadCorpus } from '$lib/server/corpus';
import { eventDetail, PRERENDER_EVENT_FILES } from '$lib/server/event-detail';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per event, fetched by the home page's detail panel when it opens: the home page
// itself carries no source text, so it stays light however many events there are.
export const prerender = true;

export const entries: EntryGenerator = () =>
	PRERENDER_EVENT_FILES ? loadCorpus().events.map((e) => ({ id: e.id })) : [];

export const GET: RequestHandler = ({ params }) => {
	const detail = eventDetail(loadCorpus(), params.id);
	if (!detail) error(404, `There is no event "${params.id}".`);
	return json(detail);
};
