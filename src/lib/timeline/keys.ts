/**
 * The timeline's keys, which vis-timeline lacks: each key as a command, decided from the window,
 * the events the keyboard walks through and the one it is on. Pure, so every key is tested here;
 * the wrapper carries the command out.
 */
import { centreOn, pan, shiftPeriod, zoomIn, zoomOut, type Range } from './controller';
import type { TimelineItem } from './items';

/** What a key asks for. `none`: the key is the timeline's, but there is nothing to do. */
export type KeyCommand =
	| { kind: 'range'; range: Range }
	| { kind: 'go'; id: string; range: Range | null }
	| { kind: 'open'; eventId: string }
	| { kind: 'clear' }
	| { kind: 'none' };

export interface KeyState {
	/** The window shown now. */
	range: Range;
	/** The window the `0` key shows: every event. */
	allRange: Range;
	/** The events the keyboard walks through (those that match), in time order. */
	walkable: readonly TimelineItem[];
	/** The item the keyboard is on, if any. */
	active: TimelineItem | undefined;
}

/** The keys of a KeyboardEvent that matter here. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

const noon = (item: TimelineItem) => Date.parse(`${item.start}T12:00:00Z`);
const inWindow = (item: TimelineItem, r: Range) => noon(item) >= r.start && noon(item) < r.end;

/** Onto an event: the window follows, keeping its span, only when the event is out of it. */
export function goTo(item: TimelineItem, range: Range): KeyCommand {
	return {
		kind: 'go',
		id: item.id,
		range: inWindow(item, range) ? null : centreOn(range, item.start)
	};
}

/** The next (or previous) event from the active one, or from the window when none is walked. */
export function step(s: KeyState, direction: 1 | -1): KeyCommand {
	const list = s.walkable;
	const at = s.active ? list.findIndex((i) => i.id === s.active!.id) : -1;
	let next: TimelineItem | undefined;
	if (at >= 0) next = list[at + direction];
	else {
		const inView = list.filter((i) => inWindow(i, s.range));
		next = direction === 1 ? (inView[0] ?? list[0]) : (inView.at(-1) ?? list.at(-1));
	}
	return next ? goTo(next, s.range) : { kind: 'none' };
}

/**
 * The command for a key, or null when the key is not the timeline's (the browser keeps it). With
 * Alt, Ctrl or Meta a key is the browser's or the system's; Shift is allowed, since `+` and `_`
 * need it on many keyboards.
 */
export function timelineKey(e: KeyPress, s: KeyState): KeyCommand | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	const range = (r: Range): KeyCommand => ({ kind: 'range', range: r });
	const first = s.walkable[0];
	const last = s.walkable.at(-1);
	switch (e.key) {
		case '+':
		case '=':
			return range(zoomIn(s.range));
		case '-':
		case '_':
			return range(zoomOut(s.range));
		case 'ArrowLeft':
			return range(pan(s.range, -0.2));
		case 'ArrowRight':
			return range(pan(s.range, 0.2));
		case 'PageUp':
			return range(shiftPeriod(s.range, -1));
		case 'PageDown':
			return range(shiftPeriod(s.range, 1));
		case '0':
			return range(s.allRange);
		case 'Home':
			return first ? goTo(first, s.range) : { kind: 'none' };
		case 'End':
			return last ? goTo(last, s.range) : { kind: 'none' };
		case 'ArrowDown':
			return step(s, 1);
		case 'ArrowUp':
			return step(s, -1);
		case 'Enter':
		case ' ':
			return s.active?.eventId ? { kind: 'open', eventId: s.active.eventId } : step(s, 1);
		case 'Escape':
			// Nothing to leave: Escape goes on to whatever else listens (a dialog, the browser).
			return s.active ? { kind: 'clear' } : null;
		default:
			return null;
	}
}
