import { toDeckData } from '$lib/present/deck-data';
import { loadCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

/** The briefing deck's data (toDeckData): every event, the themes, people and milestones. */
export const load: PageServerLoad = () => toDeckData(loadCorpus());
