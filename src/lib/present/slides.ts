/**
 * The briefing deck as plain data: which events it shows and in what order, which slide the URL
 * names, the addresses of the deck and of the dashboard, and the few sentences each event slide
 * quotes. Pure, so every rule is tested without a browser; /present only draws what this returns.
 */
import { describeView } from '$lib/charts/captions';
import type { EvidenceSource as CountedSource } from '$lib/charts/theme-stats';
import { formatDate } from '$lib/display/dates';
import { filterEvents, inRange, type FilterableEvent, type SearchIndex } from '$lib/filters/apply';
import { parseViewState, type Known, type ViewState } from '$lib/filters/view-state';
import type { Lang } from '$lib/corpus/schema';
import { m } from '$paraglide/messages';
import { clampRange, DAY, fromDateRange, rangeLabel, type Range } from '$lib/timeline/controller';

// ---------------------------------------------------------------------------- the URL

/** The deck's own parameters; everything else in its URL is the dashboard's view. */
/**
 * `print=1` opens the print dialog once, for the handout, and `download=pptx` downloads the deck
 * as PowerPoint once (the dashboard's links); the deck's links drop them again. `notes=1` prints
 * the presenter's notes in the handout.
 */
export const PRESENT_KEYS = ['slide', 'theme', 'print', 'notes', 'download'] as const;

/** Colours for the room: the site's own, dark for a dim room, high contrast for a washed-out projector. */
export const PRESENT_THEMES = ['light', 'dark', 'contrast'] as const;
export type PresentTheme = (typeof PRESENT_THEMES)[number];

/** The colours' name in the page's language, for the colours' select. */
export function presentThemeLabel(theme: PresentTheme): string {
	return theme === 'dark'
		? m.present_colours_dark()
		: theme === 'contrast'
			? m.present_colours_contrast()
			: m.present_colours_light();
}

const isPresentKey = (key: string) => (PRESENT_KEYS as readonly string[]).includes(key);

/** The key of one `key=value` part of a query string, decoded as URLSearchParams would. */
function keyOf(part: string): string {
	const raw = part.split('=', 1)[0]!.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/**
 * The query string ('' or "?…") without the deck's own parameters, every other part left exactly
 * as written (order, commas, escapes), so the dashboard reads the same view the deck was given.
 */
export function dashboardQuery(search: string): string {
	const parts = search
		.replace(/^\?/, '')
		.split('&')
		.filter((part) => part !== '' && !isPresentKey(keyOf(part)));
	return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The deck's query string: the dashboard's view as given, then the slide (1-based), the theme and
 * whether the handout prints the notes.
 */
export function presentQuery(
	search: string,
	slide: number,
	theme: PresentTheme,
	notes = false
): string {
	const own = [
		`slide=${slide}`,
		...(theme === 'light' ? [] : [`theme=${theme}`]),
		...(notes ? ['notes=1'] : [])
	];
	const view = dashboardQuery(search).replace(/^\?/, '');
	return `?${[...(view ? [view] : []), ...own].join('&')}`;
}

/** The view's parameters alone, for parseViewState (which reports any other key as unknown). */
export function viewParams(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const [key, value] of params) if (!isPresentKey(key)) out.append(key, value);
	return out;
}

/** `theme=`: one of PRESENT_THEMES, else the light one (with a notice when something was given). */
export function parseTheme(value: string | null): { theme: PresentTheme; notice: string | null } {
	if (value === null || value === '') return { theme: 'light', notice: null };
	const theme = PRESENT_THEMES.find((t) => t === value);
	return theme
		? { theme, notice: null }
		: {
				theme: 'light',
				// The value is shown as the URL has it, quoted as code: it is not a word to translate.
				notice: m.present_notice_theme({ value: JSON.stringify(value.slice(0, 40)) })
			};
}

/**
 * `slide=` against a deck of `total` slides: its 0-based index. Anything that is not a whole
 * number from 1 to `total` opens the first slide, with a notice that says so.
 */
export function parseSlide(
	value: string | null,
	total: number
): { index: number; notice: string | null } {
	if (value === null) return { index: 0, notice: null };
	const n = /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : NaN;
	if (n >= 1 && n <= total) return { index: n - 1, notice: null };
	const shown = JSON.stringify(value.slice(0, 40));
	return { index: 0, notice: m.present_notice_slide({ shown, total }) };
}

// ---------------------------------------------------------------------------- the events

/**
 * The events a deck presents: those the dashboard's filters keep, inside its range (both days
 * included), oldest first; events of the same day keep their input order.
 */
export function selectEvents<E extends FilterableEvent>(
	events: readonly E[],
	view: ViewState,
	search?: SearchIndex | null
): E[] {
	return filterEvents(events, view, search)
		.filter((e) => inRange(e, view.range))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The `n` themes with the most mentions, in that order; ties keep their input order. */
export function topThemes<T extends { mentions: number }>(themes: readonly T[], n = 5): T[] {
	return [...themes].sort((a, b) => b.mentions - a.mentions).slice(0, n);
}

/** A day moved by whole months, clamped to the month's last day (31 March − 1 month = 28 Feb). */
function addMonths(iso: string, months: number): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const first = Date.UTC(y, m - 1 + months, 1);
	const last = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
	return first + (Math.min(d, last) - 1) * DAY;
}

/**
 * The timeline's window on an event's slide: `months` either side of its day, so the events
 * before and after it are in view (the timeline's limits still apply).
 */
export function eventWindow(date: string, months = 12): Range {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return clampRange({ start: NaN, end: NaN });
	return clampRange({ start: addMonths(date, -months), end: addMonths(date, months) + DAY });
}

// ---------------------------------------------------------------------------- key sentences

/**
 * A source as /data/events.json gives it, named as the charts' evidence names it (language,
 * excerpt), with its themes' sentences; `sentences` (positions in the text) when known.
 */
export interface EvidenceSource extends Omit<CountedSource, 'via' | 'original'> {
	themes: readonly { id: string; evidence: readonly string[]; sentences?: readonly number[] }[];
}

export interface KeySentence {
	text: string;
	/** The themes it is evidence for, in the order the source lists them. */
	themes: string[];
	/** lang: a quotation keeps its source's language; excerpt: the source is only an opening. */
	source: {
		file: string;
		title: string;
		issuer: string;
		url: string;
		lang: Lang;
		excerpt: boolean;
	};
}

export interface KeySentenceOptions {
	/** How many at most (default 3). */
	count?: number;
	/** Themes the presenter filtered by: sentences about them come first. */
	prefer?: readonly string[];
	/** Longer sentences (characters) are only taken when no shorter one is left (default 220). */
	maxLength?: number;
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/gu;

/**
 * How long a text reads on a slide, in Latin characters: a Japanese character (kanji, kana,
 * full-width punctuation) takes about the room of two, so 110 of them fill what 220 Latin do.
 */
export function readingLength(text: string): number {
	return text.length + (text.match(WIDE)?.length ?? 0);
}

/**
 * A quotation in its own language's quotation marks: “…” in English, « … » in French (no-break
 * spaces inside), 「…」 in Japanese. The marks are the quotation's, not the page's.
 */
export function quoted(text: string, lang: Lang): string {
	return lang === 'ja' ? `「${text}」` : lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/**
 * The sentences an event slide quotes. Each distinct sentence of the event's evidence (named by
 * the first source that has it) is ranked by:
 *   1. how many of the `prefer` themes it is evidence for (more first);
 *   2. whether it is short enough to read from the back of a room (at most `maxLength`, in
 *      readingLength: a Japanese character counts twice);
 *   3. how many themes it is evidence for (more first): the sentence that says the most;
 *   4. the earliest: source order, then position in the source (the sentence's index when given,
 *      else its place in its theme's evidence list, which is in text order).
 * The best `count` are returned in reading order (source, then position).
 */
export function keySentences(
	sources: readonly EvidenceSource[],
	{ count = 3, prefer = [], maxLength = 220 }: KeySentenceOptions = {}
): KeySentence[] {
	interface Candidate extends KeySentence {
		sourceIndex: number;
		position: number;
	}
	const byText = new Map<string, Candidate>();
	sources.forEach((s, sourceIndex) => {
		const { file, title, issuer, url, lang, excerpt } = s;
		const source = { file, title, issuer, url, lang, excerpt };
		for (const t of s.themes) {
			t.evidence.forEach((raw, k) => {
				const text = raw.trim();
				if (!text) return;
				const position = t.sentences?.[k] ?? k;
				const found = byText.get(text);
				if (!found) {
					byText.set(text, { text, themes: [t.id], source, sourceIndex, position });
					return;
				}
				if (found.sourceIndex !== sourceIndex) return;
				if (!found.themes.includes(t.id)) found.themes.push(t.id);
				found.position = Math.min(found.position, position);
			});
		}
	});
	const preferred = new Set(prefer);
	const score = (c: Candidate) => c.themes.filter((id) => preferred.has(id)).length;
	const reading = (a: Candidate, b: Candidate) =>
		a.sourceIndex - b.sourceIndex || a.position - b.position;
	const ranked = [...byText.values()].sort(
		(a, b) =>
			score(b) - score(a) ||
			Number(readingLength(a.text) > maxLength) - Number(readingLength(b.text) > maxLength) ||
			b.themes.length - a.themes.length ||
			reading(a, b)
	);
	return ranked
		.slice(0, Math.max(0, count))
		.sort(reading)
		.map(({ text, themes, source }) => ({ text, themes, source }));
}

// ---------------------------------------------------------------------------- the title slide

/**
 * "3 May 2021 – 6 March 2026" (« 3 mai 2021 – 6 mars 2026 », 2021年5月3日～2026年3月6日), one date
 * for one day, '' for no events; dates sorted or not.
 */
export function periodText(dates: readonly string[]): string {
	if (!dates.length) return '';
	let first = dates[0]!;
	let last = first;
	for (const d of dates) {
		if (d < first) first = d;
		if (d > last) last = d;
	}
	return first === last
		? formatDate(first)
		: m.present_period({ first: formatDate(first), last: formatDate(last) });
}

/**
 * What the deck was opened with, in words ("leaders only, theme: Defence and security"), or
 * "Every event" when nothing is filtered, in the page's language (describeView words it; `names`
 * holds the labels the page's data gives, already in that language). Unknown themes and people
 * are named by their ids.
 */
export function selectionText(
	view: ViewState,
	names: {
		themes: ReadonlyMap<string, string>;
		people: ReadonlyMap<string, string>;
		/** The layout's placeNames: a place filter's location in the page's language. */
		places?: Readonly<Record<string, string>>;
	}
): string {
	const range = view.range ? rangeLabel(fromDateRange(view.range)) : '';
	const words = describeView(view, range, names);
	return words ? words.charAt(0).toUpperCase() + words.slice(1) : m.present_selection_all();
}

// ---------------------------------------------------------------------------- the deck's URL, read

/** What a deck's query string asks for: the dashboard's view, the colours, the slide, printing. */
export interface DeckQuery {
	view: ViewState;
	theme: PresentTheme;
	/** `slide=` as written (parseSlide reads it once the deck's length is known). */
	slide: string | null;
	/** `print=1`: open the print dialog once. */
	print: boolean;
	/** `notes=1`: the handout prints the presenter's notes. */
	notes: boolean;
	/** `download=pptx`: download the deck as PowerPoint once. */
	download: boolean;
	/** What could not be used: the view's notices, then the colours'. */
	notices: string[];
}

/** Reads a deck's query string ('' or "?…") against what its data holds. */
export function readDeckQuery(search: string, known: Known): DeckQuery {
	const params = new URLSearchParams(search);
	const parsed = parseViewState(viewParams(params), known);
	const theme = parseTheme(params.get('theme'));
	return {
		view: parsed.state,
		theme: theme.theme,
		slide: params.get('slide'),
		print: params.get('print') === '1',
		notes: params.get('notes') === '1',
		download: params.get('download') === 'pptx',
		notices: [...parsed.notices, ...(theme.notice ? [theme.notice] : [])]
	};
}

/** The key sentences of each event (keySentences, three at most), by event id. */
export function keySentencesById(
	events: readonly { id: string; sources: readonly EvidenceSource[] }[],
	prefer: readonly string[]
): Map<string, KeySentence[]> {
	return new Map(events.map((e) => [e.id, keySentences(e.sources, { count: 3, prefer })]));
}

/** The ids of `events`, for the timeline to mark the deck's. */
export function idsOf(events: readonly { id: string }[]): Set<string> {
	return new Set(events.map((e) => e.id));
}

/**
 * The lanes of `lanes` that `shown` events sit in, in their order; every lane when there is none
 * (a deck with no event still shows the record). Returns `lanes` itself when nothing is left out,
 * so the timeline is not given new lanes for nothing.
 */
export function deckLanes<L extends { id: string }>(
	lanes: readonly L[],
	shown: readonly { level: string }[]
): readonly L[] {
	if (!shown.length) return lanes;
	const used = new Set(shown.map((e) => e.level));
	const kept = lanes.filter((l) => used.has(l.id));
	return kept.length === lanes.length || !kept.length ? lanes : kept;
}
