/**
 * The timeline's first picture, laid out without a browser: what vis-timeline will draw for a
 * window at a given width (axis ticks, lanes, points, clusters, milestone periods), so that the
 * prerendered page shows it before any script runs and vis-timeline then takes over in place.
 *
 * Pure, and built from the same rules the live timeline follows: the options it is made with
 * (options.ts: margins, clusters of at most `maxItems`, framework documents never clustered), its
 * items (vis-items.ts: a day's noon), the looks of the filters (looks.ts), label fitting at the
 * right edge (label-fit.ts) and the axis words (calendar-words.ts). What vis-timeline measures in
 * the browser (a label's width) is estimated from its characters here, so the picture can differ
 * from the live drawing by a row where a label's real width crosses another's; positions across
 * the window are exact, as fractions of its width.
 *
 * The three parts below follow vis-timeline 8's own (ClusterGenerator.getClusters, TimeStep's
 * setMinimumStep and stack.js's performStacking), reduced to the options this site sets.
 */
import { getLocale, type Locale } from '$lib/i18n/locale';
import { majorAxisLabel, minorAxisLabel, type AxisScale } from './calendar-words';
import { clusterText, type Members } from './clusters';
import { DAY, type Range } from './controller';
import type { LaneId, TimelineGroup, TimelineItem } from './items';
import { fitLabels, type Rect } from './label-fit';
import { eventLook, itemLook, type Shown } from './looks';
import { CLUSTER_MAX_ITEMS, clusterCriteria, ITEM_MARGIN } from './options';
import { dayTime } from './vis-items';

const MARGIN = ITEM_MARGIN;
const MAX_ITEMS = CLUSTER_MAX_ITEMS;

/** The root font size the stylesheet's rem are of, in px. */
const REM = 16;
/** Items' text (meeting-timeline.css: 0.875rem; milestones 0.8125rem), line height 1.3. */
const ITEM_FONT = 0.875 * REM;
const MILESTONE_FONT = 0.8125 * REM;
const LINE = 1.3;
/** A label's padding (0.15rem 0.45rem), the mark before it (1.1em + 0.25em), its gap from the dot (0.35rem). */
const PAD_X = 0.45 * REM;
const PAD_Y = 0.15 * REM;
const MARK_EM = 1.35;
const DOT = 8;
const DOT_GAP = 0.35 * REM;
/** The widest a label may be (16rem; a milestone's 15rem). */
const MAX_LABEL = 16 * REM;
const MAX_MILESTONE = 15 * REM;
/** vis-timeline gives each minor label room for 7 characters of the axis's font (its "0": 0.64em). */
const AXIS_CHAR = 0.64 * 0.875 * REM;
const MAX_MINOR_CHARS = 7;

/** A drawn thing's place: its left edge in px from the window's left, as vis-timeline's. */
interface Placed {
	left: number;
	width: number;
	height: number;
	top: number;
}

export interface SketchPoint extends Placed {
	kind: 'point';
	id: string;
	eventId: string | null;
	/** Where its day is, as a fraction of the window's width (0 left edge, 1 right edge). */
	at: number;
	className: string;
	mark: string;
	label: string;
	/** The label's box, mark and padding included, in px. */
	labelWidth: number;
	/** The label is drawn left of its dot (it would run past the right edge). */
	labelLeft: boolean;
	/** The width label-fit leaves it at the right edge, in px; null: its own. */
	room: number | null;
	dimmed: boolean;
}

export interface SketchPeriod extends Placed {
	kind: 'period';
	id: string;
	/** Start and end, fractions of the window's width (either may be outside 0–1). */
	at: number;
	until: number;
	className: string;
	label: string;
}

export interface SketchCluster extends Placed {
	kind: 'cluster';
	/** Its centre (a cluster of points), or its start with `until` its end (one with periods). */
	at: number;
	until: number | null;
	text: string;
	dimmed: boolean;
}

export type SketchItem = SketchPoint | SketchPeriod | SketchCluster;

export interface SketchLane {
	id: LaneId;
	name: string;
	className: string;
	/** The height its items take (vis-timeline's group height before the label's own). */
	height: number;
	items: SketchItem[];
}

export interface SketchTick {
	/** A fraction of the window's width. */
	at: number;
	/** Up to the next tick, a fraction of the width. */
	until: number;
	label: string;
	/** A tick that starts a larger unit (a year of months): drawn darker, as vis-timeline does. */
	major: boolean;
}

export interface Sketch {
	/** The window's width in px it was laid out for. */
	width: number;
	scale: AxisScale;
	minor: SketchTick[];
	/** The larger unit's labels (the year over months); empty at the year scale. */
	majorLabels: { at: number; label: string }[];
	lanes: SketchLane[];
}

export interface SketchInput {
	items: readonly TimelineItem[];
	groups: readonly TimelineGroup[];
	range: Range;
	/** The width of vis-timeline's window (its centre panel), in px. */
	width: number;
	/** What the filters show; everything when absent (the prerendered page has no filters). */
	shown?: Shown;
	locale?: Locale;
}

/**
 * A label's width in px, estimated: CJK and full-width characters are an em, others about half
 * one (a little more in bold). A real font differs by a few percent, within a label's padding.
 */
export function textWidth(text: string, fontPx: number, bold = false): number {
	let ems = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || c >= 0xac00)) ems += 1;
		else if (c === 0x20 || ch === '.' || ch === ',' || ch === '·' || ch === 'i' || ch === 'l')
			ems += 0.3;
		else if (ch >= 'A' && ch <= 'Z') ems += 0.66;
		else ems += 0.58;
	}
	return Math.ceil(ems * fontPx * (bold ? 1.15 : 1));
}

/** The label box's height by its border (meeting-timeline.css), in px. */
function pointHeight(className: string): number {
	if (className.includes('milestone')) return Math.ceil(MILESTONE_FONT * LINE + 2 * PAD_Y);
	const border = className.includes('framework')
		? 3
		: className.includes('format-document')
			? 4
			: /format-(call|courtesy-call|signing|entry-into-force)|record-only/.test(className)
				? 2
				: 1;
	return Math.ceil(ITEM_FONT * LINE + 2 * PAD_Y + 2 * border);
}

const CLUSTER_HEIGHT = Math.ceil(ITEM_FONT * LINE + 2 * PAD_Y + 4);

/** An item as vis-timeline keeps it: its times and centre (ClusterGenerator's `center`). */
interface Timed {
	item: TimelineItem;
	start: number;
	end: number | null;
	center: number;
}

function timed(item: TimelineItem): Timed {
	const period = item.type === 'range' && item.end !== undefined;
	const start = dayTime(item.start, !period).getTime();
	const end = period ? dayTime(item.end!, false).getTime() : null;
	return { item, start, end, center: end === null ? start : (start + end) / 2 };
}

/**
 * vis-timeline's clusters at `scale` px per ms, per lane: an item with more than `maxItems`
 * neighbours within the cluster window (a power of two of ms near 100 px) starts a cluster of
 * the excess. (vis-timeline also counts the clusters already made within the window, but reads a
 * `center` its clusters never have, so that count is always 0 and is left out here.) Returns the
 * lane's clusters, then its items that no cluster took.
 */
export function clusterLane(lane: Timed[], scale: number): (Timed | Timed[])[] {
	if (scale >= 1) return lane;
	const level = Math.abs(Math.round(Math.log(100 / scale) / Math.log(2)));
	const window = Math.pow(2, level);
	const inCluster = new Set<Timed>();
	const out: (Timed | Timed[])[] = [];
	const criteria = (a: Timed, b: Timed) => clusterCriteria(a.item, b.item);
	let i = 0;
	while (i < lane.length) {
		const item = lane[i]!;
		let neighbours = 1;
		for (let j = i - 1; j >= 0 && item.center - lane[j]!.center < window / 2; j--)
			if (!inCluster.has(lane[j]!) && criteria(item, lane[j]!)) neighbours++;
		for (let k = i + 1; k < lane.length && lane[k]!.center - item.center < window / 2; k++)
			if (criteria(item, lane[k]!)) neighbours++;
		if (neighbours > MAX_ITEMS) {
			const num = neighbours - MAX_ITEMS + 1;
			const members: Timed[] = [];
			for (let m = i; members.length < num && m < lane.length; m++)
				if (criteria(lane[i]!, lane[m]!)) members.push(lane[m]!);
			members.forEach((m) => inCluster.add(m));
			out.push(members);
			i += num;
		} else {
			i += 1;
		}
	}
	// The items no cluster took, in order, after the clusters (vis-timeline draws both).
	return [...out, ...lane.filter((t) => !inCluster.has(t))];
}

const MONTH = 30 * DAY;
/** TimeStep's steps, largest first: the smallest whose span exceeds the minimum step wins. */
const STEPS: { scale: AxisScale; step: number; span: number }[] = [
	...[1000, 500, 100, 50, 10, 5, 1].map((step) => ({
		scale: 'year' as const,
		step,
		span: 1000 * 60 * 60 * 24 * 30 * 12 * step
	})),
	{ scale: 'month', step: 3, span: 3 * MONTH },
	{ scale: 'month', step: 1, span: MONTH },
	{ scale: 'day', step: 2, span: 2 * DAY },
	{ scale: 'day', step: 1, span: DAY }
];

/** The axis: vis-timeline's scale for room for seven characters per label, its ticks, its labels. */
export function axisTicks(
	range: Range,
	width: number,
	locale: Locale
): Pick<Sketch, 'scale' | 'minor' | 'majorLabels'> {
	const span = range.end - range.start;
	const minimumStep = ((AXIS_CHAR * MAX_MINOR_CHARS) / width) * span;
	let chosen = STEPS[0]!;
	for (const s of STEPS) if (s.span > minimumStep) chosen = s;
	const { scale, step } = chosen;
	const d = new Date(range.start);
	// The first tick at or before the window's start, on a multiple of the step.
	let t =
		scale === 'year'
			? Date.UTC(d.getUTCFullYear() - (d.getUTCFullYear() % step), 0, 1)
			: scale === 'month'
				? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % step), 1)
				: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
	const next = (x: number) => {
		const n = new Date(x);
		if (scale === 'year') return Date.UTC(n.getUTCFullYear() + step, 0, 1);
		if (scale === 'month') return Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + step, 1);
		return x + step * DAY;
	};
	const at = (x: number) => (x - range.start) / span;
	const minor: SketchTick[] = [];
	const majorLabels: Sketch['majorLabels'] = [];
	for (let n = 0; t < range.end && n < 1000; n++) {
		const u = next(t);
		const day = new Date(t);
		const major =
			scale === 'month'
				? day.getUTCMonth() === 0
				: scale === 'day'
					? day.getUTCDate() === 1
					: false;
		minor.push({ at: at(t), until: at(u), label: minorAxisLabel(day, scale, locale), major });
		if (major && t >= range.start)
			majorLabels.push({ at: at(t), label: majorAxisLabel(day, scale, locale) });
		t = u;
	}
	// vis-timeline writes the larger unit at the left edge too, unless a major tick is near it.
	const first = majorAxisLabel(new Date(range.start), scale, locale);
	if (first && !(majorLabels[0] && majorLabels[0].at * width < 100))
		majorLabels.unshift({ at: 0, label: first });
	return { scale, minor, majorLabels };
}

/**
 * Places a lane's drawables as vis-timeline stacks them: its items in order of their left edges,
 * then its clusters (a group's clusters join its visible items after them), each at the axis
 * margin, pushed below every earlier one it overlaps (with the horizontal margin). Returns the
 * lane's height: the lowest bottom, plus half the vertical margin.
 */
export function stackLane(placed: (Placed & { kind?: string })[]): number {
	const margin = MARGIN.item;
	const done: Placed[] = [];
	const order = (p: { kind?: string }) => (p.kind === 'cluster' ? 1 : 0);
	for (const p of [...placed].sort((a, b) => order(a) - order(b) || a.left - b.left)) {
		p.top = MARGIN.axis;
		const end = (q: Placed) => q.left + q.width + margin.horizontal;
		const colliding = done
			.filter((o) => p.left < end(o) && o.left < end(p))
			.sort((a, b) => a.top - b.top);
		for (const o of colliding)
			if (p.top - margin.vertical < o.top + o.height && p.top + p.height + margin.vertical > o.top)
				p.top = o.top + o.height + margin.vertical;
		done.push(p);
	}
	if (done.length === 0) return 0;
	return Math.ceil(Math.max(...done.map((p) => p.top + p.height)) + margin.vertical / 2);
}

function membersOf(list: Timed[]): Members {
	return {
		eventIds: list.map((t) => t.item.eventId),
		starts: list.map((t) => t.start),
		ends: list.map((t) => t.end ?? t.start)
	};
}

/** The first picture of the timeline for a window at a width: axis, lanes and their items. */
export function sketchTimeline({
	items,
	groups,
	range,
	width,
	shown,
	locale = getLocale()
}: SketchInput): Sketch {
	const span = range.end - range.start;
	const scale = width / span;
	const px = (t: number) => (t - range.start) * scale;
	const seen: Shown = shown ?? {
		matching: new Set(items.flatMap((i) => (i.eventId ? [i.eventId] : []))),
		dim: false
	};
	const byLane = new Map<LaneId, Timed[]>(groups.map((g) => [g.id, []]));
	// A cluster takes neighbours within its window (about 100 px) only, so items more than a
	// window's span away from it change nothing on screen: thousands of events cost a filter.
	const near = { start: range.start - span, end: range.end + span };
	for (const item of items) {
		const t = timed(item);
		if ((t.end ?? t.start) >= near.start && t.start <= near.end) byLane.get(item.group)?.push(t);
	}

	const lanes = groups.map((g): SketchLane => {
		const lane = byLane.get(g.id)!.sort((a, b) => a.center - b.center);
		const drawn: SketchItem[] = [];
		for (const entry of clusterLane(lane, scale)) {
			if (Array.isArray(entry)) {
				const members = membersOf(entry);
				const look = itemLook(undefined, members, seen);
				if (look.hidden) continue;
				const text = clusterText(members, seen);
				const w = textWidth(text, ITEM_FONT, true) + 2 * PAD_X + 4;
				// A cluster of points stands on their mean centre; one holding a period spans them all.
				const periods = entry.some((t) => t.end !== null);
				const start = Math.min(...members.starts);
				const end = Math.max(...members.ends);
				const center = entry.reduce((s, t) => s + t.center, 0) / entry.length;
				const left = periods ? px(start) : px(center) - w / 2;
				const boxWidth = periods ? Math.max(px(end) - px(start), w) : w;
				if (left + boxWidth < 0 || left > width) continue;
				drawn.push({
					kind: 'cluster',
					at: (periods ? px(start) : px(center)) / width,
					until: periods ? px(end) / width : null,
					text,
					dimmed: look.dimmed,
					left,
					width: boxWidth,
					height: CLUSTER_HEIGHT,
					top: 0
				});
				continue;
			}
			const { item, start, end } = entry;
			const look = item.eventId
				? eventLook(item.eventId, seen)
				: itemLook(undefined, undefined, seen);
			if (look.hidden) continue;
			if (end !== null) {
				const left = px(start);
				const w = Math.max(px(end) - left, 1);
				if (left + w < 0 || left > width) continue;
				drawn.push({
					kind: 'period',
					id: item.id,
					at: left / width,
					until: px(end) / width,
					className: item.className,
					label: item.label,
					left,
					width: w,
					height: pointHeight(item.className) + 2,
					top: 0
				});
				continue;
			}
			const milestone = item.eventId === null;
			const bold = item.className.includes('framework');
			const font = milestone ? MILESTONE_FONT : ITEM_FONT;
			const full =
				textWidth(item.label, font, bold) + 2 * PAD_X + 2 + (item.mark ? MARK_EM * font : 0);
			const labelWidth = Math.min(full, milestone ? MAX_MILESTONE : MAX_LABEL);
			const x = px(start);
			const left = x - DOT / 2;
			const w = DOT + DOT_GAP + labelWidth;
			if (left + w < 0 || left > width) continue;
			drawn.push({
				kind: 'point',
				id: item.id,
				eventId: item.eventId,
				at: x / width,
				className: item.className,
				mark: item.mark,
				label: item.label,
				labelWidth,
				labelLeft: false,
				room: null,
				dimmed: look.dimmed,
				left,
				width: w,
				height: pointHeight(item.className),
				top: 0
			});
		}
		return {
			id: g.id,
			name: g.content,
			className: g.className,
			height: stackLane(drawn),
			items: drawn
		};
	});

	// Labels at the right edge, as paint() fits the live ones (all lanes at once: rows are per lane,
	// so each lane's boxes are offset by the lanes above it).
	const boxes: { p: SketchPoint; box: Rect }[] = [];
	let offset = 0;
	for (const lane of lanes) {
		for (const p of lane.items)
			if (p.kind === 'point') {
				const top = offset + p.top;
				const box = {
					left: p.left,
					right: p.left + p.width,
					top,
					bottom: top + p.height,
					width: p.width
				};
				boxes.push({ p, box });
			}
		offset += lane.height + 1;
	}
	const fits = fitLabels(
		{ left: 0, right: width },
		boxes.map(({ p, box }) => ({
			box,
			point: true,
			contentLeft: p.left + DOT + DOT_GAP,
			fullWidth: p.labelWidth
		}))
	);
	boxes.forEach(({ p }, i) => {
		p.labelLeft = fits[i]!.left;
		const room = fits[i]!.room;
		p.room = room === null ? null : p.eventId === null ? Math.min(MAX_MILESTONE, room) : room;
	});

	return { width, ...axisTicks(range, width, locale), lanes };
}

/**
 * The widths the picture is laid out for, by the width of the timeline's box (its container
 * queries in first-paint.css pick one, with the same bounds): a phone, a tablet, the laptop the
 * dashboard is laid out for, a wide screen. Clusters change at powers of two of the scale, so four
 * layouts keep the picture's clusters those vis-timeline draws across each band.
 */
export const FIRST_PAINT_BANDS = [
	{ below: 460, box: 358 },
	{ below: 680, box: 560 },
	{ below: 950, box: 800 },
	{ below: Infinity, box: 1100 }
] as const;

/** The lane names' column, as vis-timeline sizes it: the widest name and its padding. */
export function laneColumnWidth(groups: readonly TimelineGroup[], box: number): number {
	// meeting-timeline.css: 0.75rem each side, 0.4rem and 0.875rem text under 40rem.
	const phone = box < 40 * REM;
	const font = phone ? 0.875 * REM : REM;
	const pad = phone ? 0.4 * REM : 0.75 * REM;
	return Math.max(0, ...groups.map((g) => textWidth(g.content, font, true))) + 2 * pad + 1;
}

/** The band a box of this width (px) shows: the same bounds as first-paint.css's container queries. */
export function bandOf(box: number): number {
	return FIRST_PAINT_BANDS.findIndex((b) => box < b.below);
}

/**
 * One sketch per band: the window laid out at the width it has in a box of the band's width.
 * `only`: lay out that band alone, the others are null (the browser, where the box has one width).
 */
export function sketchBands(
	input: Omit<SketchInput, 'width'>,
	only: number | null = null
): (Sketch | null)[] {
	return FIRST_PAINT_BANDS.map(({ box }, band) =>
		only === null || only === band
			? sketchTimeline({ ...input, width: box - 2 - laneColumnWidth(input.groups, box) })
			: null
	);
}
