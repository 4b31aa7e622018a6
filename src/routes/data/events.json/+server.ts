import { json } from '@sveltejs/kit';
import { toEventsJson } from '$lib/corpus/export';
import { loadCorpus } from '$lib/server/corpus';
import type { RequestHandler } from './$types';

// Written to build/data/events.json at build time: the download is a file, like the pages.
export const prerender = true;

export const GET: RequestHandler = () => json(toEventsJson(loadCorpus()));
