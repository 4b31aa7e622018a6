/**
 * What the presenter reads beside a slide and the room does not see: every key sentence with its
 * source, all the event's themes with their counts, and the other government's readout when
 * there is one. Pure: the presenter view and the printed handout show the same notes.
 */
import type { DeckEvent, ThemeLook } from './deck-data';
import { keySentences, type KeySentence } from './slides';

/** A theme of the event, with its mentions and its look. */
export interface NoteTheme {
	id: string;
	label: string;
	color: string;
	mentions: number;
}

/** A readout by the other government, with the sentences that best say what it says. */
export interface OtherReadout {
	title: string;
	issuer: string;
	url: string;
	lang: string;
	excerpt: boolean;
	sentences: string[];
}

export interface SlideNotes {
	/** The slide's key sentences, each with its source. */
	quotes: readonly KeySentence[];
	/** Every theme of the event, most mentioned first (the slide shows five at most). */
	themes: NoteTheme[];
	/** The other government's readouts of the event; none when only one government wrote. */
	others: OtherReadout[];
}

/** How many sentences of the other government's readout the notes give. */
const OTHER_SENTENCES = 2;

/**
 * The notes of `event`'s slide, which quotes `quotes`. "The other government" is the one that
 * did not write the slide's first quotation (or, with none, the event's first source); a source
 * whose government is not known (no `country`) is never called the other's.
 */
export function slideNotes(
	event: Pick<DeckEvent, 'themes' | 'sources'>,
	quotes: readonly KeySentence[],
	themes: ThemeLook
): SlideNotes {
	const countryOf = new Map(event.sources.map((s) => [s.file, s.country]));
	const first = quotes[0]?.source.file ?? event.sources[0]?.file;
	const quoted = first ? countryOf.get(first) : null;
	const others = quoted
		? event.sources
				.filter((s) => s.country && s.country !== quoted)
				.map((s) => ({
					title: s.title,
					issuer: s.issuer,
					url: s.url,
					lang: s.lang,
					excerpt: s.excerpt,
					sentences: keySentences([s], { count: OTHER_SENTENCES }).map((k) => k.text)
				}))
		: [];
	return {
		quotes,
		themes: [...event.themes]
			.sort((a, b) => b.mentions - a.mentions)
			.map((t) => ({
				id: t.id,
				label: themes.get(t.id)?.label ?? t.id,
				color: themes.get(t.id)?.color ?? '#777777',
				mentions: t.mentions
			})),
		others
	};
}
