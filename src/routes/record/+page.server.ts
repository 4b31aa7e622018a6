import { getLocale } from '$lib/i18n/locale';
import { loadLocalizedCorpus } from '$lib/server/corpus';
import { summarizeRecord } from '$lib/record/summary';
import type { PageServerLoad } from './$types';

/** What the record holds (src/lib/record/summary.ts) and the leads not yet located. */
export const load: PageServerLoad = () => {
	const corpus = loadLocalizedCorpus(getLocale());
	return {
		summary: summarizeRecord(corpus.events, corpus.documents),
		documents: corpus.documents.length,
		leads: [...corpus.leads].sort((a, b) => a.when.localeCompare(b.when))
	};
};
