/**
 * Where each label goes at the right edge of the timeline's window, decided from rectangles alone
 * (the wrapper measures, this decides, the wrapper writes): a point's label that would run past the
 * edge moves left of its dot when there is room there, else it is cut at the edge (or before the
 * next item in its row) with an ellipsis,
 * so it reads as shortened rather than sliced (the tooltip, the list and, for milestones, the
 * milestone list give it in full).
 */

/** A rectangle in CSS pixels, as getBoundingClientRect gives it. */
export interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
	width: number;
}

/** One drawn label, measured. */
export interface LabelBox {
	/** The item's box (dot and label); null when it has none. */
	box: Rect | null;
	/** A point (a dot with its label beside it), not a range or a cluster. */
	point: boolean;
	/** Where the label's content starts. */
	contentLeft: number;
	/** The label's full width (scrollWidth), not its box, which is already cut once a limit is set. */
	fullWidth: number;
}

export interface LabelFit {
	/** Shown left of its dot. */
	left: boolean;
	/** The width it may take, in px; null: no limit of ours. */
	room: number | null;
}

/** Clearance kept between a cut label and the window's edge, in px. */
const EDGE_GAP = 6;

/**
 * Every label's place. `edge` is the window (vis-timeline's centre panel); null before it exists,
 * when nothing moves. Each label is judged against every other box, so the caller measures all of
 * them before writing any (the browser then lays out once).
 */
export function fitLabels(
	edge: Pick<Rect, 'left' | 'right'> | null,
	labels: LabelBox[]
): LabelFit[] {
	const boxes = labels.map((l) => l.box);
	return labels.map((label, i) => {
		const r = label.box;
		if (!edge || !r || !label.point) return { left: false, room: null };
		if (movesLeft(edge, r, boxes, i)) return { left: true, room: null };
		if (!r.width || r.left >= edge.right) return { left: false, room: null };
		const limits = [edge.right - label.contentLeft - EDGE_GAP];
		const next = nextInRow(r, boxes, i);
		if (next !== null) limits.push(next - label.contentLeft - EDGE_GAP);
		const space = Math.floor(Math.min(...limits));
		return { left: false, room: label.fullWidth > space ? Math.max(0, space) : null };
	});
}

/**
 * Where the next box in the same row starts, right of this one, or null. vis-timeline stacks items
 * by the widths it measured last; a label cut for an earlier window and given back its room now can
 * be wider than the gap vis-timeline left for it (seen at "All" with the whole record), so a label
 * also stops before the next box in its row, as it stops before the edge.
 */
function nextInRow(r: Rect, boxes: (Rect | null)[], i: number): number | null {
	let next: number | null = null;
	boxes.forEach((o, j) => {
		if (o === null || j === i || !o.width) return;
		if (!(o.top < r.bottom && o.bottom > r.top) || o.left <= r.left) return;
		if (next === null || o.left < next) next = o.left;
	});
	return next;
}

/** Its dot in the window, its label past the edge, and room on the left: inside the window, over nothing else drawn. */
function movesLeft(
	edge: Pick<Rect, 'left' | 'right'>,
	r: Rect,
	boxes: (Rect | null)[],
	i: number
): boolean {
	if (!(r.left < edge.right && r.right > edge.right)) return false;
	const left = r.left - r.width;
	if (left < edge.left) return false;
	return !boxes.some(
		(o, j) =>
			o !== null &&
			j !== i &&
			o.top < r.bottom &&
			o.bottom > r.top &&
			o.left < r.left &&
			o.right > left
	);
}

/**
 * Below this room, in px, a cut label shows nothing but its own padding and border (about 17 px at
 * the default size: the label is border-box) and maybe an ellipsis, and that box still crosses the
 * edge: the label is hidden instead, and its dot stays (the tooltip and the list name it). Which
 * labels end up this close to the edge depends on how vis-timeline stacked its rows after earlier
 * cuts, so on a busy machine it happens at times where an idle one moved the label left.
 */
export const MIN_LABEL_ROOM = 32;

/** Whether a label cut to `room` (fitLabels) is hidden rather than shown as a sliver. */
export function labelHidden(room: number | null): boolean {
	return room !== null && room < MIN_LABEL_ROOM;
}

/**
 * The label's max-width for its room: none, the room itself for an event, and for a milestone
 * never wider than the stylesheet's own limit (15rem).
 */
export function labelMaxWidth(room: number | null, event: boolean): string {
	if (room === null) return '';
	return event ? `${room}px` : `min(15rem, ${room}px)`;
}
