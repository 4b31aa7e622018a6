import { formatLocation } from '$lib/corpus/extract';
import { newestFirst } from '$lib/display/event-order';
import { eventTitleLang } from '$lib/i18n/data-labels-lang';
import { nameWithOffice } from '$lib/i18n/data-labels-office';
import { getLocale } from '$lib/i18n/locale';
import { loadLocalizedCorpus } from '$lib/server/corpus';
import type { PageServerLoad } from './$types';

/** Every event, in a few words each: the whole corpus as text, without the timeline. */
export const load: PageServerLoad = () => {
	const locale = getLocale();
	// Theme labels, milestone and record-only titles in the page's language.
	const corpus = loadLocalizedCorpus(locale);
	const themes = new Map(corpus.taxonomy.themes.map((t) => [t.id, t.label]));
	const events = newestFirst(corpus.events).map((e) => ({
		id: e.id,
		date: e.date,
		title: e.title,
		titleLang: eventTitleLang(e, locale),
		format: e.format,
		level: e.level,
		location: formatLocation(e.location),
		framework: e.framework,
		// "Name (office)", with full-width brackets on the Japanese page.
		participants: e.participants.map((p) => nameWithOffice(p.name, p.office, locale)),
		themes: e.themes.map((t) => themes.get(t.id) ?? t.id),
		recordOnly: e.recordOnly,
		excerpt: e.excerpt,
		basis: e.basis,
		others: e.others
	}));
	// Grouped by year, newest first, so a reader can jump to a year from the list of them.
	const years = new Map<string, typeof events>();
	for (const e of events) {
		const year = e.date.slice(0, 4);
		const list = years.get(year);
		if (list) list.push(e);
		else years.set(year, [e]);
	}
	return {
		count: events.length,
		years: [...years].map(([year, list]) => ({ year, events: list })),
		milestones: corpus.milestones.map(({ id, date, end, precision, title }) => ({
			id,
			date,
			precision,
			title,
			end: end ?? null
		}))
	};
};
