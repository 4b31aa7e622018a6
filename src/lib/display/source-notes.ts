/**
 * The words every view uses for what a reader must know about a source before trusting its
 * numbers: that only the opening of the page was saved (its counts are a lower bound), that the
 * address is a republication, what language it is in; and for an event with no official text,
 * that its facts rest on reports. One place, so the panel, the pages, the dialog, the slides and
 * the handout say the same thing.
 */
import type { Lang } from '$lib/corpus/schema';

export const LANG_LABELS: Record<Lang, string> = {
	en: 'English',
	fr: 'French',
	ja: 'Japanese'
};

/** Said beside every excerpt source, after the word "Excerpt:". */
export const EXCERPT_NOTE = 'only the opening of this page was saved; its counts are a lower bound';

/** Said under a chart, a table or a caption that counts at least one excerpt source. */
export const EXCERPT_COUNTS_NOTE = 'counts from excerpts are lower bounds';

/** The notice of a record-only event, as its heading says it. */
export const RECORD_ONLY_TITLE = 'No official text located';

export const RECORD_ONLY_NOTE =
	'No government text of this engagement has been found. Its facts rest on the reports named below; it has no sentences to quote and counts in no theme chart.';

/** "Republished word for word by EIN Presswire", for a source whose address is a republication. */
export function viaText(via: string): string {
	return `Republished word for word by ${via}`;
}

/**
 * How many of `items` are excerpts, in words for a caption: '' when none, else the sentence to
 * append ("2 of the 14 events counted have an excerpt source: counts from excerpts are lower
 * bounds.").
 */
export function excerptCaption(excerpts: number, total: number, noun = 'event'): string {
	if (excerpts <= 0) return '';
	const of = total === excerpts ? (total === 1 ? `The ${noun}` : `All ${total} ${noun}s`) : null;
	const who = of ?? `${excerpts} of the ${total} ${noun}s`;
	return `${who} counted ${excerpts === 1 ? 'has' : 'have'} an excerpt source: ${EXCERPT_COUNTS_NOTE}.`;
}

/**
 * What an event's view says when some of its `total` sources are excerpts (after "Excerpt:"), or
 * '' when none is.
 */
export function eventExcerptText(excerpts: number, total: number): string {
	if (excerpts <= 0) return '';
	if (total === 1) return `${EXCERPT_NOTE}.`;
	const which =
		excerpts === total
			? `all ${total} sources are`
			: `${excerpts} of the ${total} sources ${excerpts === 1 ? 'is' : 'are'}`;
	return `${which} only the opening of the page; their counts are a lower bound.`;
}
