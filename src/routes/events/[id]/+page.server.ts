import { error } from '@sveltejs/kit';
import { eventTitleLang } from '$lib/i18n/data-labels-lang';
import { getLocale } from '$lib/i18n/locale';
import { loadCorpus, loadLocalizedCorpus } from '$lib/server/corpus';
import { eventDetail, PRERENDER_EVENT_FILES } from '$lib/server/event-detail';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per event: the ids are not in any link the crawler would start from, so list them. */
export const entries: EntryGenerator = () =>
	PRERENDER_EVENT_FILES ? loadCorpus().events.map((e) => ({ id: e.id })) : [];

/**
 * One event with the full, marked text of each of its sources; theme labels and a record-only
 * title in the page's language.
 */
export const load: PageServerLoad = ({ params }) => {
	const locale = getLocale();
	const corpus = loadLocalizedCorpus(locale);
	// In the page's language first where an issuer published the event in two (MOFA's pages).
	const detail = eventDetail(corpus, params.id, locale);
	if (!detail) error(404, `There is no event "${params.id}".`);
	// A record-only title is the team's words in the page's language, not a source's (titleLang).
	const events = new Map(corpus.events.map((e) => [e.id, e]));
	const lang = (id: string) => eventTitleLang(events.get(id)!, locale);
	return {
		...detail,
		event: { ...detail.event, titleLang: lang(detail.event.id) },
		earlier: detail.earlier && { ...detail.earlier, lang: lang(detail.earlier.id) },
		later: detail.later && { ...detail.later, lang: lang(detail.later.id) }
	};
};
