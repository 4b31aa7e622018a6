import { documentsByFile, toHomeEvent } from '$lib/corpus/export';
import { newestFirst } from '$lib/display/event-order';
import { getLocale } from '$lib/i18n/locale';
import { loadLocalizedCorpus } from '$lib/server/corpus';
import { toTimelineMilestones } from '$lib/timeline/items';
import { packEvents } from './home-events';
import type { PageServerLoad } from './$types';

/**
 * The timeline and the event list: what each item and card shows and what the filters read, and
 * no source text. The page carries every event (the filters and the timeline work on all of
 * them), so each one is kept to its facts; its sources' texts are fetched when it is opened
 * (/data/events/[id].json) and the search text when someone searches (/data/search.json).
 */
export const load: PageServerLoad = () => {
	// Theme labels, framework names, milestone and record-only titles in the page's language.
	const corpus = loadLocalizedCorpus(getLocale());
	const documents = documentsByFile(corpus);
	const events = newestFirst(corpus.events).map((e) => toHomeEvent(e, documents));

	// The people filter offers whoever appears in an event, Canada first, then by name.
	const people = new Map<string, { id: string; name: string; country: string }>();
	for (const e of events)
		for (const { id, name, country } of e.participants)
			if (!people.has(id)) people.set(id, { id, name, country });

	const dates = events.map((e) => e.date).sort();
	return {
		// Packed (see home-events.ts): with thousands of events this is most of the page.
		events: packEvents(events),
		themes: corpus.taxonomy.themes.map(({ id, label, color, frameworks }) => ({
			id,
			label,
			color,
			frameworks
		})),
		// The areas of the 2021 priorities and the 2026 roadmap, for the chart that compares them.
		frameworks: corpus.taxonomy.frameworks,
		people: [...people.values()].sort(
			(a, b) =>
				(a.country === 'CA' ? 0 : 1) - (b.country === 'CA' ? 0 : 1) ||
				a.country.localeCompare(b.country) ||
				a.name.localeCompare(b.name)
		),
		milestones: toTimelineMilestones(corpus.milestones),
		counts: {
			events: events.length,
			recordOnly: events.filter((e) => e.recordOnly).length,
			documents: corpus.documents.length,
			themes: corpus.taxonomy.themes.length
		},
		span: { from: dates[0] ?? null, to: dates.at(-1) ?? null }
	};
};
