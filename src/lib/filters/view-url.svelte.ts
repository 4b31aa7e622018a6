/**
 * The home page's view state and its mirror in the URL. The state changes at once, so the
 * timeline and the list answer a click in the same frame; the URL follows (debounced while the
 * reader drags or types), and a URL that changes under the page (back, forward, a link) is read
 * back into the state. Parsing and writing the parameters is view-state.ts's job; this class only
 * decides when. It never calls the router itself: the page hands it a ViewNavigation, so it runs
 * (and is tested) without one.
 */
import { afterOthers } from '$lib/start-up/tasks';
import {
	displayOf,
	filtersOf,
	sameDisplay,
	sameFilters,
	sameRange,
	type DisplayState,
	type FilterState
} from './view-parts';
import {
	defaultViewState,
	parseViewState,
	toQueryString,
	viewStateEquals,
	type DateRange,
	type Known,
	type ViewState
} from './view-state';

/** How long the URL waits for a drag or a word to finish. */
export const URL_DELAY = 300;

/** What ViewUrl needs of the router. */
export interface ViewNavigation {
	/** The query string the address shows now ('' or "?…"). */
	query(): string;
	/** Shows `query` in the address: a new history entry (`push`: the panel opened) or the same one. */
	navigate(query: string, opts: { push: boolean }): Promise<unknown> | void;
	/** Goes back if the entry now is one the panel pushed, and says whether it did. */
	backFromPanel(): boolean;
}

/**
 * A view in parts, each replaced only when one of its fields changes: a `$derived` that reads
 * `filters` is not woken by a move of the range, with no key or `untrack` to say so.
 */
export class ViewParts {
	filters = $state.raw<FilterState>(filtersOf(defaultViewState()));
	display = $state.raw<DisplayState>(displayOf(defaultViewState()));
	range = $state.raw<DateRange | null>(null);
	event = $state<string | null>(null);

	/** The whole view (for the URL): reading it depends on every part. */
	get state(): ViewState {
		return { ...this.filters, ...this.display, range: this.range, event: this.event };
	}

	/** Takes the view `v`, replacing only the parts that differ. */
	assign(v: ViewState) {
		if (!sameFilters(v, this.filters)) this.filters = filtersOf(v);
		if (!sameDisplay(v, this.display)) this.display = displayOf(v);
		if (!sameRange(v.range, this.range)) this.range = v.range;
		this.event = v.event;
	}

	/** Takes the parts of `other` that differ from these: the same objects, not copies. */
	follow(other: ViewParts) {
		if (!sameFilters(other.filters, this.filters)) this.filters = other.filters;
		if (!sameDisplay(other.display, this.display)) this.display = other.display;
		if (!sameRange(other.range, this.range)) this.range = other.range;
		this.event = other.event;
	}
}

export class ViewUrl {
	/** What the page shows now. */
	readonly current = new ViewParts();
	/**
	 * The view one frame later: what the list and the counts below the timeline show. The
	 * timeline answers a click first, in the frame after it; the list follows right after, so
	 * the two never make each other wait.
	 */
	readonly settled = new ViewParts();
	/** What could not be used in the last URL read, in words, until dismissed. */
	notices = $state.raw<string[]>([]);

	#known: () => Known;
	#nav: ViewNavigation;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	#frame = 0;
	/** Cancels the URL write waiting behind other tasks (afterOthers), if there is one. */
	#cancelWrite = () => {};
	#disposed = false;

	/** `known`: the themes, people, places and events a URL may name (read when a URL is). */
	constructor(known: () => Known, nav: ViewNavigation) {
		this.#known = known;
		this.#nav = nav;
	}

	/** Takes the view from a URL the page arrived at; drops and reports what it cannot use. */
	read(url: URL) {
		if (this.#disposed) return;
		this.#cancel();
		const { state, notices } = parseViewState(url.searchParams, this.#known());
		this.notices = notices;
		if (!viewStateEquals(state, this.current.state)) this.current.assign(state);
		this.settled.follow(this.current);
		// Leave a link that says only what the page shows, so a copy of it shares the same view.
		if (notices.length) void this.#write();
	}

	/**
	 * Changes the view now, the list a frame later, and the URL after that (or `delay` ms later,
	 * restarted by every change, while the reader drags or types).
	 */
	set(patch: Partial<ViewState>, delay = 0) {
		if (this.#disposed) return;
		const now = this.current.state;
		const next = { ...now, ...patch };
		if (viewStateEquals(next, now)) return;
		this.current.assign(next);
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#settleSoon(() => {
			if (delay) this.#timer = setTimeout(() => void this.#write(), delay);
			else void this.#write();
		});
	}

	/** Opens an event's panel (with any other change), as a new history entry: Back closes it. */
	open(id: string, patch: Partial<ViewState> = {}) {
		if (this.#disposed) return;
		clearTimeout(this.#timer);
		const wasOpen = this.current.event !== null;
		this.current.assign({ ...this.current.state, ...patch, event: id });
		this.#settleSoon();
		// Moving from one open event to the next replaces the entry: Back closes the panel.
		void this.#write({ push: !wasOpen });
	}

	/**
	 * Closes the panel: back to the entry before it opened (the state follows when the page reads
	 * that URL, after SvelteKit has handled focus, so the panel can give focus back), or the same
	 * view without it.
	 */
	close() {
		if (this.#disposed || this.current.event === null) return;
		clearTimeout(this.#timer);
		if (this.#nav.backFromPanel()) return;
		this.current.event = null;
		this.#settleSoon();
		void this.#write();
	}

	dismissNotices() {
		this.notices = [];
	}

	/**
	 * The page is gone: nothing pending may run, and nothing called later may write. A URL written
	 * after the reader has left would take them back to the dashboard.
	 */
	dispose() {
		this.#disposed = true;
		this.#cancel();
	}

	#cancel() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		clearTimeout(this.#settleTimer);
		cancelAnimationFrame(this.#frame);
		this.#cancelWrite();
	}

	/**
	 * After the next frame (the timeline's redraw): the counts and the charts (and the list, which
	 * follows them a frame later: EventList.svelte); then, after the frame that paints them, `then`
	 * (the URL). Writing the URL in their task kept their paint waiting for SvelteKit's navigation,
	 * which reads the scroll position and so forces a layout of the list just changed (a sixth of
	 * that task in profiles of a filter at 10,000 events). The URL goes after every other task
	 * waiting then (afterOthers): a reader's next click, or anything else timed from that frame,
	 * need not wait for SvelteKit's navigation.
	 */
	#settleSoon(then?: () => void) {
		cancelAnimationFrame(this.#frame);
		clearTimeout(this.#settleTimer);
		this.#cancelWrite();
		this.#frame = requestAnimationFrame(() => {
			this.#settleTimer = setTimeout(() => {
				this.settled.follow(this.current);
				if (!then) return;
				this.#frame = requestAnimationFrame(() => {
					this.#cancelWrite = afterOthers(then);
				});
			});
		});
	}

	async #write({ push = false } = {}) {
		this.#timer = undefined;
		if (this.#disposed) return;
		const query = toQueryString(this.current.state);
		if (!push && this.#nav.query() === query) return;
		await this.#nav.navigate(query, { push });
	}
}
