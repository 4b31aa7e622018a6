import { toEventsCsv } from '$lib/corpus/export';
import { loadCorpus } from '$lib/server/corpus';
import type { RequestHandler } from './$types';

// Written to build/data/events.csv at build time: the download is a file, like the pages.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(toEventsCsv(loadCorpus()), {
		headers: {
			// header=present tells spreadsheet programs the first row names the columns (RFC 4180).
			'content-type': 'text/csv; charset=utf-8; header=present'
		}
	});
