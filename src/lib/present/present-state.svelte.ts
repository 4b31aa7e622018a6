/**
 * The briefing deck's state: what the URL asks for, the slides it gives, where the timeline looks,
 * the closing chart and the notices, all `$derived` from the page's data and its query string, and
 * the moves that change them. The page hands in the query string and how to navigate (SvelteKit's
 * `goto` in the browser, a plain function in a test), so the class runs in Node without a browser,
 * as shadcn-svelte's SidebarState does.
 */
import { countThemes } from '$lib/charts/theme-stats';
import type { SearchStatus } from '$lib/filters/search-texts.svelte';
import { fitRange, type Range } from '$lib/timeline/controller';
import { toTimelineGroups, toTimelineItems } from '$lib/timeline/items';
import { deckLanes } from './slides';
import { closingChart, closingRows } from './closing';
import type { DeckData } from './deck-data';
import { deckLookups } from './deck-lookups';
import { deckKey } from './deck-keys';
import {
	dashboardQuery,
	eventWindow,
	idsOf,
	keySentencesById,
	parseSlide,
	periodText,
	presentQuery,
	readDeckQuery,
	selectEvents,
	selectionText,
	type PresentTheme
} from './slides';

/** The source texts a text filter searches (SearchTexts in the browser). */
export interface DeckTexts {
	readonly texts: ReadonlyMap<string, string> | null;
	readonly status: SearchStatus;
}

export interface PresentStateInit {
	/** The page's data (read on every use: it is a prop). */
	data: () => DeckData;
	/** The root layout's names of places in the page's language (none on English pages). */
	placeNames?: () => Readonly<Record<string, string>> | undefined;
	/** The query string ('' or "?…"), or null while it cannot be read (prerendering, before mount). */
	search: () => string | null;
	/** The source texts, for a deck filtered by text. */
	texts: DeckTexts;
	/** Shows the deck at this query string ("?…&slide=n"), replacing the current history entry. */
	navigate: (query: string) => void;
}

/** At most this many bars on the closing slide; the handout lists the rest. */
export const CHART_ROWS = 8;
/** Room the closing chart's axes take, in pixels, beside its rows. */
export const CHART_AXES = 70;
/** The thinnest bar, in pixels: room for a label on two lines of the chart's smallest type. */
export const CHART_MIN_ROW = 48;

export class PresentState {
	readonly #init: PresentStateInit;

	constructor(init: PresentStateInit) {
		this.#init = init;
	}

	// Read through getters: the fields below are made before the constructor's body runs, and
	// each reads these only when first asked for its value.
	get #data(): DeckData {
		return this.#init.data();
	}
	get #placeNames(): Readonly<Record<string, string>> | undefined {
		return this.#init.placeNames?.();
	}
	get #texts(): DeckTexts {
		return this.#init.texts;
	}

	// ------------------------------------------------------------ the data
	events = $derived.by(() => this.#data.events);
	#lookups = $derived.by(() => deckLookups(this.#data));
	/** Label and colour of every theme, by id. */
	themes = $derived(this.#lookups.themes);

	// ------------------------------------------------------------ the URL
	search = $derived.by(() => this.#init.search());
	#query = $derived(readDeckQuery(this.search ?? '', this.#lookups.known));
	/** The dashboard's view the deck was opened with. */
	view = $derived(this.#query.view);
	/** The deck's colours. */
	colours = $derived(this.#query.theme);
	/** The handout prints the presenter's notes. */
	notes = $derived(this.#query.notes);
	/** The dashboard's address for the same view: the deck's own parameters left out. */
	homeQuery = $derived(dashboardQuery(this.search ?? ''));
	/** The view filters by text: the source texts must be fetched. */
	needsTexts = $derived(this.view.text !== '');

	/** The URL has been read and whatever it needs has arrived: the deck is final. */
	ready = $derived(
		this.search !== null &&
			(!this.view.text || this.#texts.status === 'ready' || this.#texts.status === 'failed')
	);

	// ------------------------------------------------------------ the slides
	/** The deck's events, oldest first; none until it is ready. */
	selected = $derived(this.ready ? selectEvents(this.events, this.view, this.#texts.texts) : []);
	/** A title slide, one per event, a closing slide; one slide ("Preparing…") until ready. */
	total = $derived(this.ready ? this.selected.length + 2 : 1);
	#slideParam = $derived(parseSlide(this.#query.slide, this.total));
	/** The slide shown, 0-based. */
	index = $derived(this.ready ? this.#slideParam.index : 0);
	/** The event of the slide shown, if it is an event's. */
	current = $derived(
		this.index >= 1 && this.index <= this.selected.length ? this.selected[this.index - 1]! : null
	);
	closing = $derived(this.ready && this.index === this.total - 1);

	/** What the handout prints: the deck's events, or every event before the URL is read. */
	printed = $derived(this.ready ? this.selected : this.events);
	/** The selection in words, and the period it covers. */
	selection = $derived(
		selectionText(this.view, { ...this.#lookups.names, places: this.#placeNames })
	);
	period = $derived(periodText(this.printed.map((e) => e.date)));
	/** The sentences each event's slide and handout block quote, by event id. */
	sentences = $derived(keySentencesById(this.printed, this.view.themes));

	// ------------------------------------------------------------ the closing chart
	#stats = $derived(
		countThemes(
			this.printed,
			{ themes: this.#data.themes, frameworks: [] },
			{ periods: [], years: [] }
		)
	);
	/** The closing chart's room, measured on the slide: its rows and type grow with the screen. */
	chartRoom = $state(0);
	/** The chart's width, measured on the slide: its labels wrap to it. */
	chartWidth = $state(0);
	/** Every theme the deck's events mention, most first: the handout lists them all. */
	themeRows = $derived(closingRows(this.#stats, this.view.count));
	/**
	 * The bars the room holds, each tall enough for a label on two lines (a French label wraps
	 * more often than an English one); the most, before the room is measured.
	 */
	#barCount = $derived(
		Math.min(
			this.themeRows.length,
			this.chartRoom > 0
				? Math.max(
						3,
						Math.min(CHART_ROWS, Math.floor((this.chartRoom - CHART_AXES) / CHART_MIN_ROW))
					)
				: CHART_ROWS
		)
	);
	/** The height of one bar, in pixels. */
	chartRow = $derived(
		Math.floor(
			Math.max(
				CHART_MIN_ROW,
				Math.min(90, (this.chartRoom - CHART_AXES) / Math.max(1, this.#barCount))
			)
		)
	);
	#chartFont = $derived(Math.round(Math.max(20, Math.min(32, this.chartRow * 0.42))));
	/**
	 * Characters a label's line holds: chart.js gives the labels half the chart's width and lets
	 * a longer line run off the canvas. A character of this type is taken at 0.6 of its size.
	 */
	#labelWidth = $derived(
		this.chartWidth > 0
			? Math.max(10, Math.min(30, Math.floor(this.chartWidth / 2 / (this.#chartFont * 0.6))))
			: 30
	);
	chart = $derived(
		closingChart(this.#stats, this.view.count, this.view.themes, {
			max: this.#barCount,
			fontSize: this.#chartFont,
			labelWidth: this.#labelWidth
		})
	);
	/** What a bar counts (events or sentences): the slides and the handout word it per language. */
	counted = $derived(this.view.count);

	// ------------------------------------------------------------ notices
	/** The reader dismissed the notices, or moved on from the slide they came with. */
	dismissed = $state(false);
	/** What the URL asked for that the deck could not do. */
	notices = $derived(
		this.ready && !this.dismissed
			? [...this.#query.notices, ...(this.#slideParam.notice ? [this.#slideParam.notice] : [])]
			: []
	);

	// ------------------------------------------------------------ the timeline
	/**
	 * The deck's own events (and the milestones): the others would be hidden anyway, and left in
	 * they still take rows of the strip, pushing the slide's event out of sight below them.
	 */
	items = $derived(
		toTimelineItems(this.selected.length ? this.selected : this.events, this.#data.milestones)
	);
	#lanes = $derived(toTimelineGroups(this.events));
	/**
	 * The lanes the strip shows: the slide's event's own, else those its events are in. The strip
	 * is a quarter of the screen, room for one lane or two: with every lane, an event below the
	 * first was out of sight on its own slide.
	 */
	groups = $derived(deckLanes(this.#lanes, this.current ? [this.current] : this.selected));
	selectedIds = $derived(idsOf(this.selected));
	allRange = $derived(fitRange(this.events.map((e) => e.date)));
	#overview = $derived(
		this.selected.length ? fitRange(this.selected.map((e) => e.date)) : this.allRange
	);
	/** Where the reader dragged the timeline on this slide; a new slide puts it back. */
	#dragged = $state.raw<{ slide: number; range: Range } | null>(null);
	#slideRange = $derived(this.current ? eventWindow(this.current.date) : this.#overview);
	/** The timeline's window: the event's year either side, the deck's span, or where it was dragged. */
	range = $derived(
		this.#dragged && this.#dragged.slide === this.index ? this.#dragged.range : this.#slideRange
	);

	// ------------------------------------------------------------ moves
	/** Digits typed, waiting for Enter: the slide to jump to. */
	typed = $state('');

	/**
	 * Shows slide `to` (0-based, clamped to the deck) in `theme`, the handout with or without the
	 * notes; moving on dismisses the notices.
	 */
	go(to: number, theme: PresentTheme = this.colours, notes = this.notes): void {
		if (this.search === null) return;
		const n = Math.min(this.total - 1, Math.max(0, to));
		if (n !== this.index) this.dismissed = true;
		this.#init.navigate(presentQuery(this.search, n + 1, theme, notes));
	}

	/** The timeline was dragged to `range` on the slide shown. */
	drag(range: Range): void {
		this.#dragged = { slide: this.index, range };
	}

	/** An event was opened on the timeline: its slide, if it is in the deck. */
	openEvent(id: string): void {
		const at = this.selected.findIndex((e) => e.id === id);
		if (at >= 0) this.go(at + 1);
	}

	/**
	 * A key for the deck (deckKey): moves, or keeps the digits typed. Returns what is left for the
	 * page to do ('fullscreen', 'presenter', 'leave'), 'done' when the deck took the key, null when
	 * it did not.
	 */
	press(key: string, onControl = false): 'done' | 'fullscreen' | 'presenter' | 'leave' | null {
		if (!this.ready) return null;
		const result = deckKey(
			key,
			{ index: this.index, total: this.total, typed: this.typed },
			onControl
		);
		if (!result) return null;
		this.typed = result.typed;
		if (result.go !== undefined) this.go(result.go);
		if (result.fullscreen) return 'fullscreen';
		if (result.presenter) return 'presenter';
		return result.leave ? 'leave' : 'done';
	}

	#printAsked = false;
	#downloadAsked = false;

	/**
	 * `?download=pptx` (the dashboard's "Download these N events as PowerPoint"): true once, when
	 * the deck is final; the caller builds the file, after `go(index)` drops the parameter.
	 */
	claimDownload(): boolean {
		if (!this.ready || this.#downloadAsked || !this.#query.download) return false;
		this.#downloadAsked = true;
		return true;
	}

	/**
	 * `?print=1` (the dashboard's "Print a handout"): true once, when the deck is final; the caller
	 * prints, after `go(index)` drops the parameter so that a reload or Back does not print again.
	 */
	claimPrint(): boolean {
		if (!this.ready || this.#printAsked || !this.#query.print) return false;
		this.#printAsked = true;
		return true;
	}
}
