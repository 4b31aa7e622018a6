import { getLocale } from '$lib/i18n/locale';
import { toDeckData } from '$lib/present/deck-data';
import { loadLocalizedCorpus, sourceCountries } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

/**
 * The presenter view's data: the deck's (toDeckData), with each source's government, by which
 * the notes name the other government's readout.
 */
export const load: PageServerLoad = () =>
	toDeckData(loadLocalizedCorpus(getLocale()), sourceCountries());
