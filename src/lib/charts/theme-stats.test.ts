import { describe, expect, it } from 'vitest';
import { toEventsJson } from '$lib/corpus/export';
import { loadCorpus } from '$lib/server/corpus';
// Through the public entry point, as the pages import it: the counts and the evidence agree.
import { countThemes, evidenceFor, periodsFor, yearsOf } from './theme-stats';

// ------------------------------------------------------------------------------ the corpus

describe('countThemes and evidenceFor on the real corpus', () => {
	const corpus = loadCorpus();
	const json = toEventsJson(corpus);
	const dates = json.events.map((e) => e.date).sort();
	const dataSpan = { from: dates[0]!, to: dates.at(-1)! };
	const stats = countThemes(json.events, corpus.taxonomy, {
		periods: periodsFor({ start: dataSpan.from, end: dataSpan.to }, dataSpan).periods,
		years: yearsOf(dataSpan)
	});
	const evidence = new Map(json.events.map((e) => [e.id, e]));

	it('has themes to count', () => {
		expect(json.events.length).toBeGreaterThan(0);
		expect(stats.themes.filter((t) => t.sentences > 0).length).toBeGreaterThan(1);
	});

	it('counts each theme as a direct count over events.json does', () => {
		for (const theme of corpus.taxonomy.themes) {
			const carrying = json.events.filter((e) => e.themes.some((t) => t.id === theme.id));
			const mentions = carrying
				.flatMap((e) => e.themes)
				.filter((t) => t.id === theme.id)
				.reduce((n, t) => n + t.mentions, 0);
			expect(
				stats.themes.find((t) => t.id === theme.id),
				theme.id
			).toMatchObject({
				events: carrying.length,
				sentences: mentions,
				eventIds: carrying.map((e) => e.id)
			});
		}
	});

	it('shows, for each theme, one evidence line per mention', () => {
		for (const t of stats.themes)
			expect(evidenceFor(t.eventIds, [t.id], evidence), t.id).toHaveLength(t.sentences);
	});
});
