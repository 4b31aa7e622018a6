/**
 * The view a reader can share: which events are shown, how, and where the timeline looks. It lives
 * in the URL, so this module is the one place that reads and writes those parameters.
 *
 * A shared link outlives the corpus it was made with (a theme renamed, an event regrouped), so
 * parsing never fails: whatever cannot be used is dropped with a notice the page can show, and the
 * rest of the link still works.
 */
import type { Format, Level } from '$lib/corpus/schema';
import { formats, isCalendarDate, levels } from '$lib/corpus/vocabulary';
import { m } from '$paraglide/messages';

/** ISO dates YYYY-MM-DD, start < end; both days are inside the window (see fromDateRange). */
export interface DateRange {
	start: string;
	end: string;
}

/** The chart switches a link shares (see ViewState.count and ViewState.scale). */
export const CHART_COUNTS = ['events', 'sentences'] as const;
export type ChartCount = (typeof CHART_COUNTS)[number];
export const CHART_SCALES = ['count', 'share'] as const;
export type ChartScale = (typeof CHART_SCALES)[number];

export interface ViewState {
	/** Selected theme ids, in taxonomy order, no duplicates. */
	themes: string[];
	/** any: an event carries at least one selected theme; all: every one. */
	match: 'any' | 'all';
	/** Empty = every level. */
	levels: Level[];
	/** Empty = every format. */
	formats: Format[];
	/** A person id from data/people.yaml. */
	person: string | null;
	/** Where an event took place, as its record writes it ("Tokyo, Japan", "Japan"). */
	place: string | null;
	/** Free-text query over the sources; '' = none. Trimmed, at most MAX_TEXT characters. */
	text: string;
	/** true: events that do not match are dimmed instead of removed. */
	dim: boolean;
	/** What the theme frequency chart counts: events that mention a theme, or its sentences. */
	count: ChartCount;
	/** What the over-time charts show: counts of events, or their share of the period's events. */
	scale: ChartScale;
	/** The visible timeline window; null = the default view. */
	range: DateRange | null;
	/** The event open in the detail panel. */
	event: string | null;
}

/**
 * The view with no parameters. Not frozen, because Svelte does not make frozen objects reactive;
 * never mutate it: start a state from `defaultViewState()` instead.
 */
export const DEFAULT_VIEW: ViewState = defaultViewState();

/** A fresh copy of the default view, safe to mutate. */
export function defaultViewState(): ViewState {
	return {
		themes: [],
		match: 'any',
		levels: [],
		formats: [],
		person: null,
		place: null,
		text: '',
		dim: false,
		count: 'events',
		scale: 'count',
		range: null,
		event: null
	};
}

/** What a URL may name; anything else in it is dropped. */
export interface Known {
	/** In taxonomy order. */
	themes: readonly string[];
	people: ReadonlySet<string>;
	events: ReadonlySet<string>;
	/**
	 * The places events took place in. Without it a place is taken as written (a page that does not
	 * list places still filters by one: it matches the events whose place it is, if any).
	 */
	places?: ReadonlySet<string>;
}

/** Longer queries are not something a reader types; they are more likely a pasted page. */
export const MAX_TEXT = 200;

/** The window a shared range must fall in: wide enough for any history, narrow enough to draw. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** The parameters, in the order serializeViewState writes them. */
export const PARAM_KEYS = [
	'themes',
	'match',
	'level',
	'format',
	'person',
	'place',
	'q',
	'dim',
	'count',
	'scale',
	'from',
	'to',
	'event'
] as const;
type ParamKey = (typeof PARAM_KEYS)[number];

const isParamKey = (key: string): key is ParamKey =>
	(PARAM_KEYS as readonly string[]).includes(key);

/** Quotes a value for a notice, short enough to read whatever the URL held. */
function quote(value: string): string {
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return JSON.stringify(short);
}

/** A notice about one value of a list parameter, in the page's language. */
type ValueNotice = (inputs: { value: string; key: string }) => string;

/**
 * The notices of each list parameter: one message per kind of value, since the noun's gender and
 * place in the sentence differ by language (« Thème inconnu », 不明なテーマ).
 */
const LIST_NOTICES: Record<
	'themes' | 'level' | 'format',
	{ unknown: ValueNotice; repeated: ValueNotice }
> = {
	themes: { unknown: m.filters_notice_unknown_theme, repeated: m.filters_notice_repeated_theme },
	level: { unknown: m.filters_notice_unknown_level, repeated: m.filters_notice_repeated_level },
	format: { unknown: m.filters_notice_unknown_format, repeated: m.filters_notice_repeated_format }
};

/**
 * A comma-separated list of known values, kept in `order`. Repeated parameters (`?themes=a&themes=b`)
 * are read as one list, the way a hand-edited link most likely meant them.
 */
function parseList<T extends string>(
	values: string[],
	key: keyof typeof LIST_NOTICES,
	order: readonly T[],
	notices: string[]
): T[] {
	const say = LIST_NOTICES[key];
	const allowed = new Set<string>(order);
	const seen = new Set<string>();
	for (const value of values) {
		for (const raw of value.split(',')) {
			const part = raw.trim();
			// `themes=` or a stray comma says nothing; no need to tell the reader.
			if (part === '') continue;
			if (!allowed.has(part)) notices.push(say.unknown({ value: quote(part), key }));
			else if (seen.has(part)) notices.push(say.repeated({ value: quote(part), key }));
			else seen.add(part);
		}
	}
	return order.filter((item) => seen.has(item));
}

/** One value of a parameter that takes one; later copies are dropped with a notice. */
function single(values: string[], key: string, notices: string[]): string | undefined {
	for (const extra of values.slice(1)) {
		notices.push(m.filters_notice_repeated_parameter({ key, value: quote(extra) }));
	}
	return values[0];
}

export function parseViewState(
	params: URLSearchParams,
	known: Known
): { state: ViewState; notices: string[] } {
	const notices: string[] = [];
	const state = defaultViewState();

	const byKey = new Map<ParamKey, string[]>();
	for (const [key, value] of params) {
		if (!isParamKey(key)) {
			notices.push(m.filters_notice_unknown_parameter({ name: quote(key) }));
			continue;
		}
		const list = byKey.get(key);
		if (list) list.push(value);
		else byKey.set(key, [value]);
	}
	const values = (key: ParamKey) => byKey.get(key) ?? [];

	state.themes = parseList(values('themes'), 'themes', known.themes, notices);
	state.levels = parseList(values('level'), 'level', levels, notices);
	state.formats = parseList(values('format'), 'format', formats, notices);

	const match = single(values('match'), 'match', notices);
	if (match === 'all' || match === 'any') state.match = match;
	else if (match !== undefined) {
		notices.push(m.filters_notice_match({ value: quote(match) }));
	}

	const person = single(values('person'), 'person', notices)?.trim();
	if (person && known.people.has(person)) state.person = person;
	else if (person)
		notices.push(m.filters_notice_unknown_person({ value: quote(person), key: 'person' }));

	const place = single(values('place'), 'place', notices)?.trim();
	if (place && (!known.places || known.places.has(place))) state.place = place;
	else if (place)
		notices.push(m.filters_notice_unknown_place({ value: quote(place), key: 'place' }));

	const q = single(values('q'), 'q', notices)?.trim();
	if (q !== undefined && q.length > MAX_TEXT) {
		notices.push(
			m.filters_notice_text_too_long({ length: String(q.length), max: String(MAX_TEXT) })
		);
	} else if (q) state.text = q;

	const dim = single(values('dim'), 'dim', notices);
	if (dim === '1') state.dim = true;
	else if (dim !== undefined && dim !== '0') {
		notices.push(m.filters_notice_dim({ value: quote(dim) }));
	}

	const count = single(values('count'), 'count', notices);
	if (count === 'sentences' || count === 'events') state.count = count;
	else if (count !== undefined) {
		notices.push(m.filters_notice_count({ value: quote(count) }));
	}

	const scale = single(values('scale'), 'scale', notices);
	if (scale === 'share' || scale === 'count') state.scale = scale;
	else if (scale !== undefined) {
		notices.push(m.filters_notice_scale({ value: quote(scale) }));
	}

	state.range = parseRange(
		single(values('from'), 'from', notices),
		single(values('to'), 'to', notices),
		notices
	);

	const event = single(values('event'), 'event', notices)?.trim();
	if (event && known.events.has(event)) state.event = event;
	else if (event)
		notices.push(m.filters_notice_unknown_event({ value: quote(event), key: 'event' }));

	return { state, notices };
}

/** from and to only mean something together; either one wrong drops both. */
function parseRange(
	from: string | undefined,
	to: string | undefined,
	notices: string[]
): DateRange | null {
	if (from === undefined && to === undefined) return null;
	if (from === undefined || to === undefined) {
		const [given, missing] = from === undefined ? ['to', 'from'] : ['from', 'to'];
		notices.push(m.filters_notice_range_missing({ given, value: quote((from ?? to)!), missing }));
		return null;
	}
	let valid = true;
	for (const [key, value] of [
		['from', from],
		['to', to]
	] as const) {
		if (isCalendarDate(value)) continue;
		notices.push(m.filters_notice_range_not_date({ key, value: quote(value) }));
		valid = false;
	}
	if (!valid) return null;
	if (from >= to) {
		notices.push(m.filters_notice_range_order({ from, to }));
		return null;
	}
	if (from < MIN_DATE || to > MAX_DATE) {
		notices.push(
			m.filters_notice_range_bounds({
				from,
				to,
				first: MIN_DATE.slice(0, 4),
				last: MAX_DATE.slice(0, 4)
			})
		);
		return null;
	}
	return { start: from, end: to };
}

/**
 * The parameters for a state, in PARAM_KEYS order, defaults left out, so one view has one URL.
 * Levels and formats are written in schema order whatever order they were picked in; themes keep
 * the state's order (taxonomy order when the state came from parseViewState or normalizeViewState).
 */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	const themes = [...new Set(state.themes)];
	if (themes.length) params.set('themes', themes.join(','));
	if (state.match === 'all') params.set('match', 'all');
	const lv = levels.filter((l) => state.levels.includes(l));
	if (lv.length) params.set('level', lv.join(','));
	const fm = formats.filter((f) => state.formats.includes(f));
	if (fm.length) params.set('format', fm.join(','));
	if (state.person) params.set('person', state.person);
	if (state.place) params.set('place', state.place);
	const text = state.text.trim();
	if (text) params.set('q', text);
	if (state.dim) params.set('dim', '1');
	if (state.count === 'sentences') params.set('count', 'sentences');
	if (state.scale === 'share') params.set('scale', 'share');
	if (state.range) {
		params.set('from', state.range.start);
		params.set('to', state.range.end);
	}
	if (state.event) params.set('event', state.event);
	return params;
}

/**
 * The query string for a state ('' for the default view, else starting with "?"), with commas left
 * readable: URLSearchParams writes them as %2C, which is valid but makes shared links opaque.
 * A comma needs no escaping in a query, and a "%2C" typed in q is written %252C, so this is safe.
 */
export function toQueryString(state: ViewState): string {
	const query = serializeViewState(state).toString().replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}

/** The state with lists in canonical order and without duplicates or unknown values. */
export function normalizeViewState(state: ViewState, known: Known): ViewState {
	return parseViewState(serializeViewState(state), known).state;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
	if (a === b) return true;
	const sa = new Set(a);
	const sb = new Set(b);
	return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Same view, whatever order the lists were picked in (so the URL is not rewritten needlessly). */
export function viewStateEquals(a: ViewState, b: ViewState): boolean {
	return (
		sameSet(a.themes, b.themes) &&
		a.match === b.match &&
		sameSet(a.levels, b.levels) &&
		sameSet(a.formats, b.formats) &&
		a.person === b.person &&
		a.place === b.place &&
		a.text === b.text &&
		a.dim === b.dim &&
		a.count === b.count &&
		a.scale === b.scale &&
		(a.range === b.range ||
			(a.range !== null &&
				b.range !== null &&
				a.range.start === b.range.start &&
				a.range.end === b.range.end)) &&
		a.event === b.event
	);
}
