import { getLocale } from '$lib/i18n/locale';
import { loadPlaceNames } from '$lib/server/corpus';
import type { LayoutServerLoad } from './$types';

/**
 * What every page needs to name a place in its language: `placeNames`, each location of the
 * record ("Tokyo, Japan") as the page's language writes it (« Tokyo (Japon) », 東京（日本）), read by
 * placeName() from $lib/i18n/place-names. Only names that differ from the English are sent, so the
 * English pages carry none.
 */
export const load: LayoutServerLoad = () => ({ placeNames: loadPlaceNames(getLocale()) });
