/**
 * The words under, beside and in the charts: what is selected, how many events that is, a share
 * with the number it is a share of, numbers and plurals, axis labels cut into lines, sources'
 * names. Pure, so every phrasing is tested without a page; chart-config.ts puts them in place.
 */
import { excerptCaption } from '$lib/display/source-notes';
import type { SourceProfile } from './theme-profiles';

/** Format values as the plural a caption needs ("calls only"); levels are plural already. */
const FORMAT_PLURALS: Record<string, string> = {
	call: 'calls',
	meeting: 'meetings',
	'courtesy-call': 'courtesy calls',
	statement: 'statements',
	document: 'documents',
	signing: 'agreements signed',
	'entry-into-force': 'agreements in force'
};

const numbers = new Intl.NumberFormat('en');

/** A number as the page writes it: "1,234". */
export function formatNumber(n: number): string {
	return numbers.format(n);
}

/** "a", "a and b", "a, b and c": level and format words never hold a comma, so this reads clearly. */
function list(words: readonly string[]): string {
	return words.length < 3
		? words.join(' and ')
		: `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The selection in words, e.g. "2024 in Tokyo, Japan, leaders only, calls only, with Mark Carney, themes: Energy
 * or Trade, text “minerals”". Each part only when set. Theme labels are joined by " or " (match
 * any) or " and " (match all) between every two, not by commas: labels hold commas themselves.
 */
export function describeSelection(input: {
	/** e.g. 'Jan – Dec 2024', from the timeline controller's rangeLabel. */
	rangeLabel: string;
	levels: readonly string[];
	formats: readonly string[];
	/** Display name. */
	person: string | null;
	/** A place as the record writes it ("Tokyo, Japan"); optional, as older callers have none. */
	place?: string | null;
	themeLabels: readonly string[];
	match: 'any' | 'all';
	text: string;
}): string {
	const parts: string[] = [];
	const range = input.rangeLabel.trim();
	// A place holds a comma of its own, so it is joined to the window with "in", not a comma.
	const where = input.place ? `in ${input.place}` : '';
	if (range || where) parts.push([range, where].filter(Boolean).join(' '));
	if (input.levels.length) parts.push(`${list(input.levels.map((l) => l.toLowerCase()))} only`);
	if (input.formats.length)
		parts.push(`${list(input.formats.map((f) => FORMAT_PLURALS[f] ?? f))} only`);
	if (input.person) parts.push(`with ${input.person}`);
	if (input.themeLabels.length)
		parts.push(
			`${input.themeLabels.length === 1 ? 'theme' : 'themes'}: ${input.themeLabels.join(input.match === 'all' ? ' and ' : ' or ')}`
		);
	const text = input.text.trim();
	if (text) parts.push(`text “${text}”`);
	return parts.join(', ');
}

/** "— 3 events" / "— 1 event" / "— no events" */
export function eventCountPhrase(n: number): string {
	if (n === 0) return '— no events';
	return `— ${numbers.format(n)} ${n === 1 ? 'event' : 'events'}`;
}

/**
 * A share with its base: "2 of 3 (67%)"; with base 0, "0 of 0". Never a bare percentage. A share
 * that rounds to 0% or 100% without being so is written "<1%" or ">99%", so that one event among
 * a thousand does not read as none.
 */
export function shareWithBase(n: number, base: number): string {
	const of = `${numbers.format(n)} of ${numbers.format(base)}`;
	if (base === 0) return of;
	const pct = Math.round((n / base) * 100);
	const shown = n > 0 && pct === 0 ? '<1' : n < base && pct === 100 ? '>99' : `${pct}`;
	return `${of} (${shown}%)`;
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

/** describeSelection for a view's filters, with people and themes by name (else by id). */
export function describeView(
	filters: ViewFilters,
	rangeLabel: string,
	names: { people: ReadonlyMap<string, string>; themes: ReadonlyMap<string, string> }
): string {
	return describeSelection({
		rangeLabel,
		levels: filters.levels,
		formats: filters.formats,
		person: filters.person ? (names.people.get(filters.person) ?? filters.person) : null,
		place: filters.place ?? null,
		themeLabels: filters.themes.map((id) => names.themes.get(id) ?? id),
		match: filters.match,
		text: filters.text
	});
}

/**
 * What a caption adds about the events behind its numbers: how many counted events have an
 * excerpt source (their counts are lower bounds), and how many events of the selection have no
 * official text and so are not counted. '' when neither; else one or two sentences, each with a
 * leading space, to append after the caption's full stop.
 */
export function countNotes(stats: { total: number; excerpts: number; recordOnly: number }): string {
	const notes: string[] = [];
	const excerpts = excerptCaption(stats.excerpts, stats.total);
	if (excerpts) notes.push(excerpts);
	if (stats.recordOnly > 0)
		notes.push(
			`${numbers.format(stats.recordOnly)} ${stats.recordOnly === 1 ? 'event' : 'events'} with no official text located ${stats.recordOnly === 1 ? 'is' : 'are'} not counted.`
		);
	return notes.map((n) => ` ${n}`).join('');
}

/** A caption with countNotes after it: a full stop between them, and nothing added without notes. */
export function withCountNotes(
	caption: string,
	stats: { total: number; excerpts: number; recordOnly: number }
): string {
	const notes = countNotes(stats);
	return notes ? `${caption.replace(/\.$/, '')}.${notes}` : caption;
}

// ---------------------------------------------------------------------------- in the charts

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${numbers.format(n)} ${n === 1 ? one : many}`;
}

/** "2 of 3 events (67%)": shareWithBase with the noun after its base. */
export function shareOfEvents(n: number, base: number): string {
	const s = shareWithBase(n, base);
	const noun = base === 1 ? 'event' : 'events';
	const cut = s.indexOf(' (');
	return cut < 0 ? `${s} ${noun}` : `${s.slice(0, cut)} ${noun}${s.slice(cut)}`;
}

/** The percentage alone, rounded as shareWithBase rounds it ("67%", "<1%"); '–' for no base. */
export function percentOf(n: number, base: number): string {
	return /\((.+)\)$/.exec(shareWithBase(n, base))?.[1] ?? '–';
}

/**
 * A label cut into lines of at most `width` characters at spaces (a word longer than that keeps
 * its line), for axis labels that would otherwise take half a phone's width. One line: a string.
 */
export function wrapLabel(text: string, width: number): string | string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length === 1 ? lines[0]! : lines;
}

/** A column's label with its base, "2024 · 3 events", so no share is read without it. */
export function columnLabel(col: { label: string; total: number }): string {
	return `${col.label} · ${plural(col.total, 'event')}`;
}

/**
 * Sources' names for the legend: the issuer, numbered when two sources have the same one, and
 * ", excerpt" after an excerpt's.
 */
export function sourceNames(profile: SourceProfile): string[] {
	return profile.sources.map((s, i) => {
		const same = profile.sources.filter((o) => o.issuer === s.issuer);
		const name =
			same.length === 1 ? s.issuer : `${s.issuer} (${same.indexOf(profile.sources[i]!) + 1})`;
		// The legend, the table's heading and the CSV's column all say it: its bars are lower bounds.
		return s.excerpt ? `${name}, excerpt` : name;
	});
}
