/**
 * The view state applied to events: one definition of "matches" for the timeline, the list and
 * the charts, so a count on a button is always the number of events the timeline then shows.
 */
import type { Format, Level } from '$lib/corpus/schema';
import { normalizeForMatch } from '$lib/corpus/text';
import type { FilterState } from './view-parts';
import type { DateRange } from './view-state';

export interface FilterableEvent {
	id: string;
	date: string;
	format: Format;
	level: Level;
	participants: readonly { id: string }[];
	themes: readonly { id: string }[];
	/** Where it took place ("Tokyo, Japan"); an event without one matches no place filter. */
	location?: string | null;
}

/** Lower-cased source text per event; any Map<string, string> fits. */
export interface SearchIndex {
	get(eventId: string): string | undefined;
}

export interface MatchOptions {
	/** Leave the theme filter out (for the counts on the theme toggles). */
	ignoreThemes?: boolean;
}

/**
 * The filters of a state compiled once into a predicate, for use over many events. Sets are built
 * here, not per event, so filtering 10,000 events costs one pass. A whole ViewState fits `s`.
 */
export function createEventFilter(
	s: FilterState,
	search?: SearchIndex | null,
	opts: MatchOptions = {}
): (e: FilterableEvent) => boolean {
	const themes = opts.ignoreThemes ? [] : [...new Set(s.themes)];
	const levels = s.levels.length ? new Set<string>(s.levels) : null;
	const formats = s.formats.length ? new Set<string>(s.formats) : null;
	const person = s.person;
	const place = s.place;
	// The index loads lazily: until it is there, a query filters nothing rather than everything.
	const terms = search ? searchTerms(s.text) : [];
	const all = s.match === 'all';

	return (e) => {
		if (levels && !levels.has(e.level)) return false;
		if (formats && !formats.has(e.format)) return false;
		if (person !== null && !e.participants.some((p) => p.id === person)) return false;
		if (place !== null && e.location !== place) return false;
		if (themes.length && !carriesThemes(e, themes, all)) return false;
		if (terms.length && search) {
			const text = foldedText(search, e.id);
			if (text === undefined || !terms.every((t) => text.includes(t))) return false;
		}
		return true;
	};
}

/** Plain loops: this runs for every event on every keystroke, and closures here showed up. */
function carriesThemes(e: FilterableEvent, themes: readonly string[], all: boolean): boolean {
	for (const id of themes) {
		let has = false;
		for (const t of e.themes) {
			if (t.id === id) {
				has = true;
				break;
			}
		}
		if (has !== all) return has;
	}
	// any: none was found; all: none was missing.
	return all;
}

export function matchesFilters(
	e: FilterableEvent,
	s: FilterState,
	search?: SearchIndex | null,
	opts?: MatchOptions
): boolean {
	return createEventFilter(s, search, opts)(e);
}

/** The events that match, in input order. Range, event and dim are about display, not matching. */
export function filterEvents<E extends FilterableEvent>(
	events: readonly E[],
	s: FilterState,
	search?: SearchIndex | null
): E[] {
	return events.filter(createEventFilter(s, search));
}

/** Both ends included: a range is written as whole days (see fromDateRange). */
export function inRange(e: { date: string }, range: DateRange | null): boolean {
	return range === null || (e.date >= range.start && e.date <= range.end);
}

/**
 * Per theme, the events that match every filter except the theme filter and carry the theme: what
 * the reader would get by picking that theme alone, given the other filters. Every id in
 * `themeIds` has an entry, 0 when no event carries it.
 */
export function themeEventCounts(
	events: readonly FilterableEvent[],
	s: FilterState,
	themeIds: readonly string[],
	search?: SearchIndex | null
): Map<string, number> {
	// Typed arrays indexed by theme: no allocation per event, which is what made this slow.
	const index = new Map<string, number>();
	themeIds.forEach((id, i) => {
		if (!index.has(id)) index.set(id, i);
	});
	const totals = new Int32Array(themeIds.length);
	// The last event counted for each theme, so a record that repeats a theme counts once.
	const last = new Int32Array(themeIds.length).fill(-1);
	const matches = createEventFilter(s, search, { ignoreThemes: true });
	for (let n = 0; n < events.length; n++) {
		const e = events[n]!;
		if (!matches(e)) continue;
		for (const { id } of e.themes) {
			const i = index.get(id);
			if (i === undefined || last[i] === n) continue;
			last[i] = n;
			totals[i]!++;
		}
	}
	return new Map(themeIds.map((id) => [id, totals[index.get(id)!]!]));
}

// ---------------------------------------------------------------- text search

/** Characters that compare as one another in search: case, accents, dash and quote forms. */
function foldChar(ch: string): string {
	return normalizeForMatch(ch).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Text for matching: folded like foldChar, white space runs as one space (line breaks in quotes). */
export function foldSearchText(text: string): string {
	return normalizeForMatch(text)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ');
}

/**
 * Folded source texts, per index, computed once. Keyed on the raw string too, so an index whose
 * entries are replaced is folded again rather than answered from a stale copy.
 */
const folded = new WeakMap<SearchIndex, Map<string, { raw: string; text: string }>>();

function foldedText(search: SearchIndex, id: string): string | undefined {
	const raw = search.get(id);
	if (raw === undefined) return undefined;
	let cache = folded.get(search);
	if (!cache) folded.set(search, (cache = new Map()));
	const hit = cache.get(id);
	if (hit && hit.raw === raw) return hit.text;
	const text = foldSearchText(raw);
	cache.set(id, { raw, text });
	return text;
}

/**
 * The terms of a query: words, and phrases in double quotes (straight or curly; an unclosed quote
 * runs to the end). Folded like the text they are matched against (lower case, no accents, plain
 * dashes), distinct, in query order.
 */
export function searchTerms(q: string): string[] {
	const terms: string[] = [];
	const text = foldSearchText(q);
	const re = /"([^"]*)"?|([^\s"]+)/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const term = (m[1] ?? m[2] ?? '').trim();
		if (term && !terms.includes(term)) terms.push(term);
	}
	return terms;
}

/**
 * Where the terms of `q` occur in `text`, as [start, end) offsets into `text` itself, sorted, with
 * overlapping and touching ranges merged: ready to wrap in <mark>. Matching ignores case, accents,
 * dash and quote forms, and treats any run of white space as one space, like the filter.
 */
export function highlightRanges(text: string, q: string): { start: number; end: number }[] {
	const terms = searchTerms(q);
	if (!terms.length || !text) return [];

	// The folded text, with the offset in `text` where each folded character came from. Folding
	// may change length (accents, white space runs), so offsets cannot be reused as they are.
	let out = '';
	const from: number[] = [];
	const to: number[] = [];
	let i = 0;
	while (i < text.length) {
		const cp = text.codePointAt(i)!;
		let len = cp > 0xffff ? 2 : 1;
		const ch = text.slice(i, i + len);
		let f: string;
		if (/\s/.test(ch)) {
			// A run of white space is one space in the folded text, and one highlight unit.
			while (i + len < text.length && /\s/.test(text[i + len]!)) len++;
			f = ' ';
		} else {
			// Accents written as separate combining marks fold away; they belong to the letter before.
			while (i + len < text.length && /\p{M}/u.test(text[i + len]!)) len++;
			f = cp < 0x80 ? ch.toLowerCase() : foldChar(text.slice(i, i + len));
		}
		for (let k = 0; k < f.length; k++) {
			out += f[k];
			from.push(i);
			to.push(i + len);
		}
		i += len;
	}

	const found: { start: number; end: number }[] = [];
	for (const term of terms) {
		for (let at = out.indexOf(term); at >= 0; at = out.indexOf(term, at + 1)) {
			found.push({ start: from[at]!, end: to[at + term.length - 1]! });
		}
	}
	found.sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: { start: number; end: number }[] = [];
	for (const r of found) {
		const last = merged.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	return merged;
}
