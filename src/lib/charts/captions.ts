/**
 * The words under, beside and in the charts, in the page's language: what is selected, how many
 * events that is, a share with the number it is a share of, counts with their plurals, axis
 * labels cut into lines, sources' names. Pure, so every phrasing is tested without a page;
 * chart-config.ts puts them in place. Each function takes the language as its last argument,
 * the page's by default (rule 8 of src/lib/i18n/README.md).
 */
import type { Format, Level } from '$lib/corpus/schema';
import { excerptCaption } from '$lib/display/source-notes';
import { getLocale, intlTag, type Locale } from '$lib/i18n/locale';
import { formatNumber } from '$lib/i18n/numbers';
import { m } from '$paraglide/messages';
import type { SourceProfile } from './theme-profiles';

/** A message of no input, as Paraglide compiles it. */
type Word = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** Format values as the plural a caption needs ("calls only"). */
const FORMAT_PLURALS: Record<Format, Word> = {
	call: m.charts_format_call,
	meeting: m.charts_format_meeting,
	'courtesy-call': m.charts_format_courtesy_call,
	statement: m.charts_format_statement,
	document: m.charts_format_document,
	signing: m.charts_format_signing,
	'entry-into-force': m.charts_format_entry_into_force
};

/** Levels as a caption says them, in the running text's case ("leaders only"). */
const LEVEL_PLURALS: Record<Level, Word> = {
	leaders: m.charts_level_leaders,
	ministers: m.charts_level_ministers,
	officials: m.charts_level_officials,
	government: m.charts_level_government
};

function wordFor<K extends string>(table: Record<K, Word>, key: string, locale: Locale): string {
	return key in table ? table[key as K]({}, { locale }) : key;
}

/**
 * "a", "a and b", "a, b and c", « a, b et c », a、b、c. Level and format words never hold a
 * comma, so this reads clearly; English without the serial comma, as the site always wrote it.
 */
function list(words: readonly string[], locale: Locale): string {
	const tag = locale === 'en' ? 'en-GB' : intlTag(locale);
	return new Intl.ListFormat(tag, { type: 'conjunction' }).format(words);
}

/** Parts joined by a message of two ("{a}, {b}"), left to right. */
function join(
	parts: readonly string[],
	pair: (i: { a: string; b: string }, o: { locale: Locale }) => string,
	locale: Locale
): string {
	return parts.reduce((out, part) => (out ? pair({ a: out, b: part }, { locale }) : part), '');
}

/** Sentences one after the other: a space between them, none in Japanese. */
export function sentences(parts: readonly string[], locale: Locale = getLocale()): string {
	return parts.filter(Boolean).join(locale === 'ja' ? '' : ' ');
}

/**
 * The selection in words, e.g. "2024 in Tokyo, Japan, leaders only, calls only, with Mark Carney,
 * themes: Energy or Trade, text “minerals”". Each part only when set. Theme labels are joined by
 * " or " (match any) or " and " (match all) between every two, not by commas: labels hold commas
 * themselves. `levels` and `formats` are the values of the filters ("leaders", "call").
 */
export function describeSelection(
	input: {
		/** e.g. 'Jan – Dec 2024', from the timeline controller's rangeLabel. */
		rangeLabel: string;
		levels: readonly string[];
		formats: readonly string[];
		/** Display name. */
		person: string | null;
		/** A place as the reader reads it ("Tokyo, Japan", « Tokyo (Japon) »); optional. */
		place?: string | null;
		themeLabels: readonly string[];
		match: 'any' | 'all';
		text: string;
	},
	locale: Locale = getLocale()
): string {
	const o = { locale };
	const parts: string[] = [];
	const range = input.rangeLabel.trim();
	// A place holds a comma of its own, so it is joined to the window by a word, not a comma.
	const where = input.place ? m.charts_in_place({ place: input.place }, o) : '';
	if (range && where) parts.push(m.charts_range_and_place({ range, place: where }, o));
	else if (range || where) parts.push(range || where);
	// "leaders only", "calls and meetings only": the words of a pill filter, in the page's language.
	const only = (words: string[]) => m.charts_only({ list: list(words, locale) }, o);
	if (input.levels.length)
		parts.push(only(input.levels.map((l) => wordFor(LEVEL_PLURALS, l, locale))));
	if (input.formats.length)
		parts.push(only(input.formats.map((f) => wordFor(FORMAT_PLURALS, f, locale))));
	if (input.person) parts.push(m.charts_with_person({ person: input.person }, o));
	if (input.themeLabels.length)
		parts.push(
			m.charts_themes_selected(
				{
					count: input.themeLabels.length,
					labels: join(
						input.themeLabels,
						input.match === 'all' ? m.charts_both : m.charts_either,
						locale
					)
				},
				o
			)
		);
	const text = input.text.trim();
	if (text) parts.push(m.charts_text_selected({ text }, o));
	return join(parts, m.charts_parts, locale);
}

/** How many phrases `remembered` keeps per kind before it starts again. */
const REMEMBERED = 4096;

/**
 * A count phrase, remembered by language and number. Paraglide's compiled plurals make a new
 * Intl.PluralRules and Intl.NumberFormat on every call, and the charts ask for the same few dozen
 * phrases at every redraw (each column's base, each tick, each caption): with 10,000 events that
 * was a few milliseconds of every filter change. A phrase depends only on the two keys.
 */
function remembered(phrase: (n: number, locale: Locale) => string) {
	const kept = new Map<string, string>();
	return (n: number, locale: Locale = getLocale()): string => {
		const key = `${locale} ${n}`;
		let text = kept.get(key);
		if (text === undefined) {
			if (kept.size >= REMEMBERED) kept.clear();
			text = phrase(n, locale);
			kept.set(key, text);
		}
		return text;
	};
}

/** "— 3 events" / "— 1 event" / "— no events" */
export const eventCountPhrase = remembered((n, locale) =>
	n === 0
		? m.charts_no_events({}, { locale })
		: m.charts_event_count_phrase({ count: n }, { locale })
);

/** "3 events", « 3 événements », 3件 */
export const eventsText = remembered((n, locale) => m.charts_events({ count: n }, { locale }));

/** "3 sentences", « 3 phrases », 3文 */
export const sentencesText = remembered((n, locale) =>
	m.charts_sentences({ count: n }, { locale })
);

/**
 * The percentage as a share is written: rounded, but "<1%" or ">99%" for a share that rounds to
 * 0% or 100% without being so, so that one event among a thousand does not read as none. Null
 * with no base.
 */
function percent(n: number, base: number, locale: Locale): string | null {
	if (base === 0) return null;
	const pct = Math.round((n / base) * 100);
	const value =
		n > 0 && pct === 0
			? `<${formatNumber(1, locale)}`
			: n < base && pct === 100
				? `>${formatNumber(99, locale)}`
				: formatNumber(pct, locale);
	return m.charts_percent({ value }, { locale });
}

/**
 * A share with its base: "2 of 3 (67%)"; with base 0, "0 of 0". Never a bare percentage (see
 * percent for the rounding).
 */
export function shareWithBase(n: number, base: number, locale: Locale = getLocale()): string {
	const share = m.charts_share(
		{ n: formatNumber(n, locale), base: formatNumber(base, locale) },
		{ locale }
	);
	const pct = percent(n, base, locale);
	return pct ? m.charts_share_with_percent({ share, percent: pct }, { locale }) : share;
}

/** A view's filters (ViewState fits), for describeView. */
export interface ViewFilters {
	levels: readonly string[];
	formats: readonly string[];
	person: string | null;
	place?: string | null;
	themes: readonly string[];
	match: 'any' | 'all';
	text: string;
}

/**
 * describeSelection for a view's filters, with people, themes and the place by name (else by
 * id, or the English location). `places`: the layout's `placeNames`, the place in the page's
 * language.
 */
export function describeView(
	filters: ViewFilters,
	rangeLabel: string,
	names: {
		people: ReadonlyMap<string, string>;
		themes: ReadonlyMap<string, string>;
		places?: Readonly<Record<string, string>>;
	},
	locale: Locale = getLocale()
): string {
	const place = filters.place ?? null;
	return describeSelection(
		{
			rangeLabel,
			levels: filters.levels,
			formats: filters.formats,
			person: filters.person ? (names.people.get(filters.person) ?? filters.person) : null,
			place: place ? (names.places?.[place] ?? place) : null,
			themeLabels: filters.themes.map((id) => names.themes.get(id) ?? id),
			match: filters.match,
			text: filters.text
		},
		locale
	);
}

/**
 * What a caption adds about the events behind its numbers: how many counted events have an
 * excerpt source (their counts are lower bounds), and how many events of the selection have no
 * official text and so are not counted. '' when neither; else one or two sentences, after a
 * leading space in English and French (none in Japanese), to append after the caption's full stop.
 */
export function countNotes(
	stats: { total: number; excerpts: number; recordOnly: number },
	locale: Locale = getLocale()
): string {
	const notes = sentences(
		[
			excerptCaption(stats.excerpts, stats.total, locale),
			stats.recordOnly > 0 ? m.charts_record_only_note({ count: stats.recordOnly }, { locale }) : ''
		],
		locale
	);
	return notes && locale !== 'ja' ? ` ${notes}` : notes;
}

/** A caption with countNotes after it: a full stop between them, and nothing added without notes. */
export function withCountNotes(
	caption: string,
	stats: { total: number; excerpts: number; recordOnly: number },
	locale: Locale = getLocale()
): string {
	const notes = countNotes(stats, locale).trim();
	return notes
		? m.charts_caption_with_notes({ caption: caption.replace(/[.。]$/, ''), notes }, { locale })
		: caption;
}

// ---------------------------------------------------------------------------- in the charts

/** "2 of 3 events (67%)": shareWithBase with the noun after its base. */
export function shareOfEvents(n: number, base: number, locale: Locale = getLocale()): string {
	const share = m.charts_share_of_events({ n: formatNumber(n, locale), count: base }, { locale });
	const pct = percent(n, base, locale);
	return pct ? m.charts_share_with_percent({ share, percent: pct }, { locale }) : share;
}

/** The percentage alone, rounded as shareWithBase rounds it ("67%", "<1%"); '–' for no base. */
export function percentOf(n: number, base: number, locale: Locale = getLocale()): string {
	return percent(n, base, locale) ?? '–';
}

/** Letters of Chinese and Japanese writing, which take about twice a Latin letter's width. */
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** How wide a text is set, in Latin characters (a Japanese letter counts two). */
export function widthOf(text: string): number {
	let w = 0;
	for (const c of text) w += WIDE.test(c) ? 2 : 1;
	return w;
}

/**
 * The pieces a line may break between, each with what goes before it on a line it does not start:
 * words and a space; and inside a word written without spaces (Japanese), the words
 * Intl.Segmenter finds, with nothing between them.
 */
function pieces(text: string, locale: Locale): { text: string; gap: string }[] {
	const out: { text: string; gap: string }[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (!WIDE.test(word)) {
			out.push({ text: word, gap: ' ' });
			continue;
		}
		const first = out.length;
		const segments = new Intl.Segmenter(intlTag(locale), { granularity: 'word' }).segment(word);
		// Punctuation stays with the word before it, so no line starts with 、 or ）, and an opening
		// bracket with the word after it, so none ends with （.
		let opening = '';
		for (const { segment, isWordLike } of segments) {
			const last = out.length > first ? out[out.length - 1] : undefined;
			if (!isWordLike && /^[（「『(［【]+$/.test(segment)) opening += segment;
			else if (!isWordLike && last && !opening) last.text += segment;
			else {
				out.push({ text: opening + segment, gap: out.length > first ? '' : ' ' });
				opening = '';
			}
		}
		if (opening) out.push({ text: opening, gap: '' });
	}
	return out;
}

/**
 * A label cut into lines of at most `width` characters at spaces (a word longer than that keeps
 * its line), for axis labels that would otherwise take half a phone's width. Japanese, written
 * without spaces, is cut between words, each of its letters counting as two. One line: a string.
 */
export function wrapLabel(
	text: string,
	width: number,
	locale: Locale = getLocale()
): string | string[] {
	const lines: string[] = [];
	let line = '';
	for (const { text: word, gap } of pieces(text, locale)) {
		if (line && widthOf(line) + widthOf(gap) + widthOf(word) > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line}${gap}${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length === 1 ? lines[0]! : lines;
}

/** A column's label with its base, "2024 · 3 events", so no share is read without it. */
export function columnLabel(
	col: { label: string; total: number },
	locale: Locale = getLocale()
): string {
	return m.charts_column_label(
		{ period: col.label, events: eventsText(col.total, locale) },
		{ locale }
	);
}

/** Texts joined as a list whose items may hold commas: "a; b", « a ; b », a、b. */
export function listOf(items: readonly string[], locale: Locale = getLocale()): string {
	return join(items, m.charts_list, locale);
}

/**
 * Sources' names for the legend: the issuer, numbered when two sources have the same one, and
 * ", excerpt" after an excerpt's.
 */
export function sourceNames(profile: SourceProfile, locale: Locale = getLocale()): string[] {
	return profile.sources.map((s, i) => {
		const same = profile.sources.filter((o) => o.issuer === s.issuer);
		const name =
			same.length === 1 ? s.issuer : `${s.issuer} (${same.indexOf(profile.sources[i]!) + 1})`;
		// The legend, the table's heading and the CSV's column all say it: its bars are lower bounds.
		return s.excerpt ? m.charts_source_excerpt({ name }, { locale }) : name;
	});
}
