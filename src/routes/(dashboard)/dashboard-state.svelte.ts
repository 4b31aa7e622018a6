/**
 * The dashboard's state: the view (in the URL, through ViewUrl) and everything the page derives
 * from it and its data, in one class with `$derived` fields, as shadcn-svelte's SidebarState
 * keeps a sidebar's. It never calls the router: the page hands it a ViewNavigation, so it can be
 * made and driven in a unit test.
 *
 * Two views are read: `view.current` (what the timeline shows, at once) and `view.settled` (the
 * same a frame later: the list, the counts and the charts). Each is read by part (filters,
 * display, range, open event), so a value is recomputed only when a part it reads changes.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- every Map and Set here is made whole by a
   $derived and never changed: a change of its inputs makes a new one, which $derived tracks. */
import { formats as FORMATS, levels as LEVELS } from '$lib/corpus/vocabulary';
import { describeView, eventCountPhrase } from '$lib/charts/captions';
import { yearOf } from '$lib/display/dates';
import { mark, MARKS } from '$lib/instrumentation/marks';
import { m } from '$paraglide/messages';
import { filterEvents, inRange, themeEventCounts } from '$lib/filters/apply';
import { knownPlaces, placeGroups } from '$lib/filters/places';
import type { SearchStatus } from '$lib/filters/search-texts.svelte';
import { clearedFilters, hasFilters, toggleTheme } from '$lib/filters/view-parts';
import { toQueryString, type ViewState } from '$lib/filters/view-state';
import { URL_DELAY, ViewUrl, type ViewNavigation } from '$lib/filters/view-url.svelte';
import {
	centreOn,
	defaultRange,
	fitRange,
	fromDateRange,
	rangeLabel,
	toDateRange,
	yearsOf,
	type Range
} from '$lib/timeline/controller';
import { unpackEvents, withOfficialText, type HomeEvent } from './home-events';
import type { PageData } from './$types';

/** The source texts the text filter searches (SearchTexts fits). */
export interface SearchSource {
	readonly texts: ReadonlyMap<string, string> | null;
	readonly status: SearchStatus;
	load(): Promise<void>;
}

export class DashboardState {
	readonly view: ViewUrl;
	readonly search: SearchSource;
	#data: () => PageData;

	constructor(data: () => PageData, nav: ViewNavigation, search: SearchSource) {
		this.#data = data;
		this.search = search;
		this.view = new ViewUrl(() => this.known, nav);
	}

	// ------------------------------------------------------------ the data
	// What reads the constructor's arguments (`#data`, `search`, `view`) is a function, `$derived.by`:
	// Svelte runs it later, but TypeScript takes a bare `$derived(expression)` in a field for one run
	// before the constructor, when they are not set yet.
	// SvelteKit hands the page a new `data` object on every navigation, even a change of query
	// string that loads nothing; its arrays stay the same, and these only change when they do.
	readonly events = $derived.by(() => unpackEvents(this.#data().events));
	readonly themeList = $derived.by(() => this.#data().themes);
	readonly people = $derived.by(() => this.#data().people);
	readonly themes = $derived(new Map(this.themeList.map((t) => [t.id, t])));
	readonly themeIds = $derived(this.themeList.map((t) => t.id));
	readonly byId = $derived(new Map(this.events.map((e) => [e.id, e])));
	readonly places = $derived(placeGroups(this.events));
	/** What a URL may name: anything else in it is dropped with a notice. */
	readonly known = $derived({
		themes: this.themeIds,
		people: new Set(this.people.map((p) => p.id)),
		events: new Set(this.events.map((e) => e.id)),
		places: knownPlaces(this.events)
	});
	readonly years = $derived.by(() => {
		const { from, to } = this.#data().span;
		return from && to ? `${yearOf(from)}–${yearOf(to)}` : '';
	});
	/** The first and last event dates, both or neither. */
	readonly span = $derived.by(() => {
		const { from, to } = this.#data().span;
		return from && to ? { from, to } : null;
	});
	readonly levels = $derived(LEVELS.filter((l) => this.events.some((e) => e.level === l)));
	readonly formats = $derived(FORMATS.filter((f) => this.events.some((e) => e.format === f)));
	readonly texts = $derived.by(() => this.search.texts);

	// ------------------------------------------------------------ the timeline
	// The window functions read every date they are given; what they need of 10,000 events is the
	// first and last date, and one date per year (ISO dates sort as strings).
	readonly #spanDates = $derived(this.span ? [this.span.from, this.span.to] : []);
	readonly homeRange = $derived(
		defaultRange(
			this.events.filter((e) => e.framework).map((e) => e.date),
			this.#spanDates
		)
	);
	readonly allRange = $derived(fitRange(this.#spanDates));
	readonly yearList = $derived(
		yearsOf([...new Map(this.events.map((e) => [e.date.slice(0, 4), e.date])).values()])
	);
	readonly range = $derived.by(() => this.#rangeOf(this.view.current.range));
	readonly matching = $derived.by(() =>
		filterEvents(this.events, this.view.current.filters, this.texts)
	);
	readonly matchingIds = $derived(new Set(this.matching.map((e) => e.id)));

	// ------------------------------------------------------------ the list, counts and charts
	/** The settled view whole, one object per change (what the charts' captions describe). */
	readonly settledView = $derived.by(() => this.view.settled.state);
	readonly listRange = $derived.by(() => this.#rangeOf(this.view.settled.range));
	readonly listRangeText = $derived(rangeLabel(this.listRange));
	/** The days the list covers, both ends included. */
	readonly listDays = $derived(toDateRange(this.listRange));
	readonly listMatching = $derived.by(() =>
		filterEvents(this.events, this.view.settled.filters, this.texts)
	);
	readonly inView = $derived(this.events.filter((e) => inRange(e, this.listDays)));
	readonly listed = $derived(this.listMatching.filter((e) => inRange(e, this.listDays)));
	/** Per theme, the events in view it would show given the other filters. */
	readonly counts = $derived.by(() =>
		themeEventCounts(this.inView, this.view.settled.filters, this.themeIds, this.texts)
	);
	readonly filtered = $derived.by(() => hasFilters(this.view.settled.filters));
	// The charts count the events with an official text: their bases leave record-only ones out.
	readonly chartListed = $derived(withOfficialText(this.listed));
	readonly chartMatching = $derived(withOfficialText(this.listMatching));

	// ------------------------------------------------------------ the panel
	readonly open = $derived.by(() => {
		const id = this.view.current.event;
		return id ? (this.byId.get(id) ?? null) : null;
	});
	/** Earlier and later among the events the filters show (all events, if it is not one). */
	readonly neighbours = $derived.by(() => {
		const open = this.open;
		if (!open) return { earlier: null, later: null };
		let list: readonly HomeEvent[] = this.matching;
		let i = list.findIndex((e) => e.id === open.id);
		if (i < 0) {
			list = this.events;
			i = list.findIndex((e) => e.id === open.id);
		}
		return { earlier: list[i + 1] ?? null, later: list[i - 1] ?? null };
	});

	// ------------------------------------------------------------ the selection, for print and slides
	readonly names = $derived(new Map(this.people.map((p) => [p.id, p.name])));
	readonly #themeNames = $derived(new Map(this.themeList.map((t) => [t.id, t.label])));
	/** The selection in words, for the first lines of a printed page. */
	readonly printSelection = $derived.by(() => {
		const f = this.view.settled.filters;
		const words = describeView(f, this.listRangeText, {
			people: this.names,
			themes: this.#themeNames,
			// The root layout's names of places in the page's language (absent on English pages).
			places: (this.#data() as { placeNames?: Record<string, string> }).placeNames
		});
		return m.dashboard_print_selection({ words, events: eventCountPhrase(this.listed.length) });
	});
	/** The slides of what the list shows: the same filters and window, nothing open. */
	readonly presentQuery = $derived(toQueryString({ ...this.settledView, event: null, dim: false }));

	#rangeOf(d: ViewState['range']): Range {
		return d ? fromDateRange(d) : this.homeRange;
	}

	// ------------------------------------------------------------ changes
	/** The page arrived at a URL it did not write (a link, Back, Forward). */
	read(url: URL) {
		this.view.read(url);
		if (this.view.current.filters.text) void this.search.load();
	}

	/** Changes the view; `delay`: how long the URL may wait (typing, dragging). */
	change = (patch: Partial<ViewState>, delay = 0) => this.view.set(patch, delay);

	/** Every filter off; the window, the display and the open event stay. */
	clearFilters = () => this.view.set(clearedFilters());

	/** A theme in or out of the filter, in taxonomy order (the filters and the charts share it). */
	toggleTheme = (id: string) =>
		this.view.set({ themes: toggleTheme(this.view.current.filters, id, this.themeIds) });

	/** Moves the timeline; `byUser`: a drag or a zoom, whose URL waits for the gesture to end. */
	setRange = (r: Range, byUser = false) => {
		const next = toDateRange(r);
		const now = this.view.current.range ?? toDateRange(this.homeRange);
		if (next.start === now.start && next.end === now.end) {
			// Nothing to move: say so at once, as a move would once drawn.
			if (!byUser) mark(MARKS.rangeApplied);
			return;
		}
		this.view.set({ range: next }, byUser ? URL_DELAY : 0);
	};

	openEvent = (id: string) => this.view.open(id);

	/** Another event in the open panel, with the timeline moved to keep it in sight. */
	stepTo = (id: string) => {
		const e = this.byId.get(id);
		const t = e ? Date.parse(`${e.date}T12:00:00Z`) : NaN;
		const range = this.range;
		const patch =
			e && (t < range.start || t >= range.end)
				? { range: toDateRange(centreOn(range, e.date)) }
				: {};
		this.view.open(id, patch);
	};

	close = () => this.view.close();

	dispose() {
		this.view.dispose();
	}
}
