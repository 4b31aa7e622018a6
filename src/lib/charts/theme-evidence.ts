/**
 * The sentences behind a count: `evidenceFor` turns the event ids a count lists (theme-counts.ts)
 * and the themes it is of into the evidence lines of events.json, source by source. Pure: no
 * Svelte, no DOM, no file system; the dialog fetches events.json (evidence-fetch.ts) and groups
 * the lines for display (evidence-groups.ts).
 */
import type { Lang } from '$lib/corpus/schema';

/** An event of /data/events.json as far as the evidence goes (EventsJson events fit). */
export interface EvidenceEvent {
	id: string;
	date: string;
	title: string;
	/** Its sources' languages, which give its title's (titleLang). */
	langs?: readonly Lang[];
	sources: readonly (EvidenceSource & {
		themes: readonly { id: string; evidence: readonly string[] }[];
	})[];
}

/** A source as an evidence line names it: a quotation keeps its language; an excerpt says so. */
export interface EvidenceSource {
	file: string;
	title: string;
	issuer: string;
	url: string;
	lang: Lang;
	/** Only the opening of the page was saved: its counts are a lower bound. */
	excerpt: boolean;
	/** Who republished the text word for word at `url`, and the issuer's own address. */
	via: string | null;
	original: string | null;
}

export interface EvidenceLine {
	eventId: string;
	date: string;
	eventTitle: string;
	source: EvidenceSource;
	sentence: string;
	/** The asked-for themes this sentence is evidence for, in the order they were asked. */
	themes: string[];
}

/**
 * Every evidence sentence behind a count: for the given events (in the given order; unknown and
 * repeated ids skipped) and themes, source by source. A sentence that is evidence for several of
 * the asked themes appears once, with all of them; two identical sentences in one source both
 * appear (per source, a text appears as many times as the largest number of times it is evidence
 * for any one of the asked themes). For one theme, the lines are that theme's evidence in the
 * source's order, and their number equals Count.sentences of the count. For several, each theme's
 * lines not already shown follow those of the themes asked before it: events.json keeps no
 * sentence positions to interleave them by.
 *
 * Pass the theme ids in taxonomy order to get each line's `themes` in taxonomy order.
 */
export function evidenceFor(
	eventIds: readonly string[],
	themeIds: readonly string[],
	events: ReadonlyMap<string, EvidenceEvent>
): EvidenceLine[] {
	const asked = [...new Set(themeIds)];
	const out: EvidenceLine[] = [];
	const done = new Set<string>();
	for (const eventId of eventIds) {
		const e = events.get(eventId);
		if (!e || done.has(eventId)) continue;
		done.add(eventId);
		for (const s of e.sources) {
			const { file, title, issuer, url, lang, excerpt, via, original } = s;
			const source = { file, title, issuer, url, lang, excerpt, via, original };
			// Keyed by the text and which repeat of it this is within one theme of this source.
			const lines = new Map<string, EvidenceLine>();
			for (const themeId of asked) {
				const seen = new Map<string, number>();
				// A theme the source lists twice continues its numbering: the mentions add up.
				for (const t of s.themes) {
					if (t.id !== themeId) continue;
					for (const sentence of t.evidence) {
						const nth = (seen.get(sentence) ?? 0) + 1;
						seen.set(sentence, nth);
						const key = `${nth}\u0000${sentence}`;
						const line = lines.get(key);
						if (line) {
							if (!line.themes.includes(themeId)) line.themes.push(themeId);
							continue;
						}
						const created: EvidenceLine = {
							eventId: e.id,
							date: e.date,
							eventTitle: e.title,
							source,
							sentence,
							themes: [themeId]
						};
						lines.set(key, created);
						out.push(created);
					}
				}
			}
		}
	}
	return out;
}
