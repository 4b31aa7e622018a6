/**
 * The slides and the presenter view as two windows of one deck: either may move, and both show
 * the same slide. They talk over a BroadcastChannel (same origin, no server, works offline); this
 * module is the protocol — the messages, how they are checked, and which move wins when both
 * windows move at once — and a thin wrapper around the channel.
 *
 * Moves are stamped (a Lamport clock and the window's id): a window takes a move only when its
 * stamp is later than the last one it knows. Two moves made at the same moment then settle on the
 * same slide in both windows (the one whose stamp is later), where applying every move as it
 * arrives would leave each window on the other's slide.
 */

/** The name of the presenter view's window: a second "Presenter view" reuses it, not a third window. */
export const PRESENTER_WINDOW = 'cjt-presenter';

/** When a move was made: a Lamport clock, and the window that made it to break ties. */
export interface Stamp {
	clock: number;
	from: string;
}

/**
 * What the windows say:
 * - `move`: show slide `slide` (1-based, as the address writes it) — the sender moved there;
 * - `hello`: a window has just opened and asks where the deck is (the others answer with `move`);
 * - `leave`: the presenter left the deck (Esc): the presenter view closes.
 */
export type SyncMessage =
	| { kind: 'move'; slide: number; stamp: Stamp }
	| { kind: 'hello'; from: string }
	| { kind: 'leave'; from: string };

/** True when `incoming` was made after `last`: the clock, then the window id, decide. */
export function isLater(incoming: Stamp, last: Stamp | null): boolean {
	if (!last) return true;
	if (incoming.clock !== last.clock) return incoming.clock > last.clock;
	return incoming.from > last.from;
}

function isId(v: unknown): v is string {
	return typeof v === 'string' && v.length > 0 && v.length <= 64;
}

/**
 * `data` as a message, or null for anything else: another page of the same site could post on
 * the channel, so nothing is taken on trust — a slide is a whole number from 1, a clock a whole
 * number, an id a short string.
 */
export function readSyncMessage(data: unknown): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const d = data as Record<string, unknown>;
	if (d.kind === 'hello' || d.kind === 'leave')
		return isId(d.from) ? { kind: d.kind, from: d.from } : null;
	if (d.kind !== 'move') return null;
	const { slide, stamp } = d;
	if (!Number.isSafeInteger(slide) || (slide as number) < 1) return null;
	if (typeof stamp !== 'object' || stamp === null) return null;
	const { clock, from } = stamp as Record<string, unknown>;
	if (!Number.isSafeInteger(clock) || (clock as number) < 0 || !isId(from)) return null;
	return { kind: 'move', slide: slide as number, stamp: { clock: clock as number, from } };
}

/** The channel of the deck at `base` (the site's base path): two sites on one host do not mix. */
export function channelName(base: string): string {
	return `cjt-deck:${base || '/'}`;
}

/** What a window does with what the other says. */
export interface DeckLinkHandlers {
	/** Show slide `slide` (1-based). Not called for the window's own moves. */
	onmove: (slide: number) => void;
	/** A window opened and asks where the deck is: answer with `move(current)` if this one knows. */
	onhello?: () => void;
	/** The presenter left the deck. */
	onleave?: () => void;
}

/** A random id for this window, to tell its own moves from the other's. */
function windowId(): string {
	return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}

/**
 * One window's end of the deck's channel. `move` when this window's reader moves; a move from the
 * other window reaches `onmove` only if it is later than every move this window knows of.
 */
export class DeckLink {
	readonly id = windowId();
	#channel: BroadcastChannel;
	#last: Stamp | null = null;
	/** The slide this window last showed or was told of; null before the first. */
	#slide: number | null = null;

	constructor(name: string, handlers: DeckLinkHandlers) {
		this.#channel = new BroadcastChannel(name);
		this.#channel.onmessage = (e: MessageEvent) => {
			const msg = readSyncMessage(e.data);
			if (!msg) return;
			if (msg.kind === 'move') {
				if (msg.stamp.from === this.id || !isLater(msg.stamp, this.#last)) return;
				this.#last = msg.stamp;
				this.#slide = msg.slide;
				handlers.onmove(msg.slide);
			} else if (msg.from !== this.id) {
				if (msg.kind === 'hello') handlers.onhello?.();
				else if (msg.kind === 'leave') handlers.onleave?.();
			}
		};
	}

	/**
	 * This window shows slide `slide` (1-based) now: the other window follows if it is a move of
	 * this window's reader — not the first slide the window opened at, and not a move the other
	 * window made (that one is known already). Call it whenever the slide shown changes.
	 */
	show(slide: number): void {
		const first = this.#slide === null;
		if (slide === this.#slide) return;
		this.#slide = slide;
		if (!first) this.move(slide);
	}

	/** Tell the other windows that this one is at slide `slide` (1-based), as a new move. */
	move(slide: number): void {
		const stamp = { clock: (this.#last?.clock ?? 0) + 1, from: this.id };
		this.#last = stamp;
		this.#slide = slide;
		this.#post({ kind: 'move', slide, stamp });
	}

	/** Ask the other windows where the deck is. */
	hello(): void {
		this.#post({ kind: 'hello', from: this.id });
	}

	/** The presenter left the deck. */
	leave(): void {
		this.#post({ kind: 'leave', from: this.id });
	}

	close(): void {
		this.#channel.close();
	}

	#post(msg: SyncMessage): void {
		this.#channel.postMessage(msg);
	}
}
