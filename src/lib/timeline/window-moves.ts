/**
 * How the wrapper moves vis-timeline's window: parked while it is given its items, animated or
 * not, and not moved back by the page's echo of the reader's own move. Written against the two
 * methods it uses, so a fake records the calls in the tests.
 */
import { DAY, LIMIT_START, MIN_SPAN, type Range } from './controller';

/** The window methods of vis-timeline's Timeline, with the callback its types leave out. */
export interface WindowWidget {
	getWindow(): { start: Date; end: Date };
	setWindow(
		start: number,
		end: number,
		options: { animation: WindowAnimation },
		callback?: () => void
	): void;
}

export type WindowAnimation = false | { duration: number; easingFunction: 'easeInOutQuad' };

/** A week in 1950: no event is that old, so nothing is drawn there (see whileParked). */
export const PARKED: Range = { start: LIMIT_START, end: LIMIT_START + MIN_SPAN };

/**
 * Runs `work` (giving vis-timeline its items) with the window parked where no item is.
 * vis-timeline draws and measures each item it is given that falls in the window, one at a
 * time, forcing a layout each: 10,000 at once would block the page for many seconds. Parked,
 * none is in the window; the window then comes back without a redraw in between (redraws wait
 * for the next frame), and that redraw draws what is in view, clustered, in one pass.
 */
export function whileParked(widget: WindowWidget, work: () => void): void {
	const w = widget.getWindow();
	widget.setWindow(PARKED.start, PARKED.end, { animation: false });
	try {
		work();
	} finally {
		widget.setWindow(w.start.getTime(), w.end.getTime(), { animation: false });
	}
}

/** The widget shows exactly `r` (setWindow would not call back for it). */
export function showsRange(widget: WindowWidget, r: Range): boolean {
	const w = widget.getWindow();
	return w.start.getTime() === r.start && w.end.getTime() === r.end;
}

/** A short ease, unless the move is not to be animated or the reader asked for less motion. */
export function windowAnimation(animate: boolean, reducedMotion: boolean): WindowAnimation {
	return !animate || reducedMotion ? false : { duration: 350, easingFunction: 'easeInOutQuad' };
}

/**
 * The page's range is the reader's own move coming back: the page keeps whole days, so a window
 * the reader dragged to comes back rounded to them, and moving there again would jolt it.
 */
export function isOwnMoveBack(own: Range | null, r: Range): boolean {
	return own !== null && Math.abs(own.start - r.start) < DAY && Math.abs(own.end - r.end) < DAY;
}
