/**
 * The home page's view state and its mirror in the URL. The state changes at once, so the
 * timeline and the list answer a click in the same frame; the URL follows (debounced while the
 * reader drags or types), and a URL that changes under the page (back, forward, a link) is read
 * back into the state. Parsing and writing the parameters is view-state.ts's job; this class only
 * decides when.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { homePath } from '$lib/display/links';
import {
	defaultViewState,
	parseViewState,
	toQueryString,
	viewStateEquals,
	type Known,
	type ViewState
} from '$lib/filters/view-state';

/** How long the URL waits for a drag or a word to finish. */
export const URL_DELAY = 300;

export class ViewUrl {
	/** What the page shows. Replaced, never mutated: components compare it by identity. */
	current = $state.raw<ViewState>(defaultViewState());
	/**
	 * The view one frame later: what the list and the counts below the timeline show. The
	 * timeline answers a click first, in the frame after it; the list follows right after, so
	 * the two never make each other wait.
	 */
	settled = $state.raw<ViewState>(defaultViewState());
	/** What could not be used in the last URL read, in words, until dismissed. */
	notices = $state.raw<string[]>([]);

	#known: () => Known;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#frame = 0;

	/** `known`: the themes, people and events a URL may name (read when a URL is). */
	constructor(known: () => Known) {
		this.#known = known;
	}

	/** Takes the view from a URL the page arrived at; drops and reports what it cannot use. */
	read(url: URL) {
		clearTimeout(this.#timer);
		const { state, notices } = parseViewState(url.searchParams, this.#known());
		this.notices = notices;
		cancelAnimationFrame(this.#frame);
		if (!viewStateEquals(state, this.current)) this.current = state;
		this.settled = this.current;
		// Leave a link that says only what the page shows, so a copy of it shares the same view.
		if (notices.length) void this.#write();
	}

	/**
	 * Changes the view now, the list a frame later, and the URL after that (or `delay` ms later,
	 * restarted by every change, while the reader drags or types).
	 */
	set(patch: Partial<ViewState>, delay = 0) {
		const next = { ...this.current, ...patch };
		if (viewStateEquals(next, this.current)) return;
		this.current = next;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#settleSoon(() => {
			if (delay) this.#timer = setTimeout(() => void this.#write(), delay);
			else void this.#write();
		});
	}

	/** Opens an event's panel (with any other change), as a new history entry: Back closes it. */
	open(id: string, patch: Partial<ViewState> = {}) {
		clearTimeout(this.#timer);
		const wasOpen = this.current.event !== null;
		this.current = { ...this.current, ...patch, event: id };
		this.#settleSoon();
		// Moving from one open event to the next replaces the entry: Back closes the panel.
		if (wasOpen) void this.#write();
		else void this.#write({ push: true });
	}

	/**
	 * Closes the panel: back to the entry before it opened (the state follows when the page reads
	 * that URL, after SvelteKit has handled focus, so the panel can give focus back), or the same
	 * view without it.
	 */
	close() {
		if (this.current.event === null) return;
		clearTimeout(this.#timer);
		if (page.state.panel) {
			history.back();
			return;
		}
		this.current = { ...this.current, event: null };
		this.#settleSoon();
		void this.#write();
	}

	dismissNotices() {
		this.notices = [];
	}

	/** After the next frame (the timeline's redraw): the list, then `then` (the URL). */
	#settleSoon(then?: () => void) {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() =>
			setTimeout(() => {
				this.settled = this.current;
				then?.();
			})
		);
	}

	async #write({ push = false } = {}) {
		this.#timer = undefined;
		const query = toQueryString(this.current);
		if (!push && location.search === query) return;
		await goto(homePath(query), {
			replaceState: !push,
			keepFocus: true,
			noScroll: true,
			// A replaced entry stays what it was: the one the panel added, or not.
			state: push ? { panel: true } : page.state
		});
	}
}
