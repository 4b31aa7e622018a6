import { getLocale } from '$lib/i18n/locale';
import { toDeckData } from '$lib/present/deck-data';
import { loadLocalizedCorpus, sourceCountries } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

/**
 * The briefing deck's data (toDeckData): every event, the themes, people and milestones, with
 * theme labels and milestone and record-only titles in the page's language, and each source's
 * government (the handout's notes name the other government's readout by it).
 */
export const load: PageServerLoad = () =>
	toDeckData(loadLocalizedCorpus(getLocale()), sourceCountries());
