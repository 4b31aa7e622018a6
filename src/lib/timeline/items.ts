/**
 * Events and milestones as vis-timeline lanes and items. Pure, so what the timeline draws is
 * tested without a browser; the wrapper only hands these objects to vis-timeline.
 *
 * Labels and tooltips are plain text: the wrapper puts them in the DOM as text, never as HTML.
 */
import type { Format, Level } from '$lib/corpus/schema';
import { addDays, slugify } from '$lib/corpus/text';
import { formatDate } from '$lib/display/dates';
import { LEVEL_LABELS } from '$lib/display/labels';

export type LaneId = 'leaders' | 'ministers' | 'officials' | 'government' | 'milestones';

export interface TimelineGroup {
	id: LaneId;
	content: string;
	className: string;
	order: number;
}

export interface TimelineItem {
	id: string;
	group: LaneId;
	/** A day, YYYY-MM-DD. */
	start: string;
	/** Exclusive: the day after the last day of a period, so vis-timeline draws that day whole. */
	end?: string;
	type: 'point' | 'range';
	className: string;
	label: string;
	tooltip: string;
	/** The event the item opens; null for milestones, which have no page. */
	eventId: string | null;
}

export interface TimelineEventInput {
	id: string;
	date: string;
	label: string;
	title: string;
	format: Format;
	level: Level;
	framework: string | null;
	location: string | null;
}

export interface TimelineMilestoneInput {
	id?: string;
	date: string;
	/** The last day of the period, included. */
	end?: string;
	precision?: 'day' | 'month' | 'year';
	title: string;
}

/** Leaders, Ministers, Officials only when some event is at that level, Milestones. */
export function toTimelineGroups(events: readonly TimelineEventInput[]): TimelineGroup[] {
	const lanes: { id: LaneId; content: string }[] = [
		{ id: 'leaders', content: LEVEL_LABELS.leaders },
		{ id: 'ministers', content: LEVEL_LABELS.ministers }
	];
	// No officials' meetings are in the corpus yet; an empty lane would suggest there were none.
	if (events.some((e) => e.level === 'officials')) {
		lanes.push({ id: 'officials', content: LEVEL_LABELS.officials });
	}
	lanes.push({ id: 'milestones', content: 'Milestones' });
	return lanes.map((lane, order) => ({ ...lane, className: `lane lane-${lane.id}`, order }));
}

/** "2026-01-01" at its precision: "1 January 2026", "January 2026", "2026". */
export function formatMilestoneDate(date: string, precision: 'day' | 'month' | 'year' = 'day') {
	if (precision === 'year') return date.slice(0, 4);
	const day = formatDate(date);
	// formatDate writes "1 January 2026"; a month-precision date drops the made-up day.
	return precision === 'month' ? day.replace(/^\d{1,2} /, '') : day;
}

function eventItem(e: TimelineEventInput): TimelineItem {
	return {
		id: e.id,
		group: e.level,
		start: e.date,
		// A point, not a box: a box's stem and dot are elements the wrapper cannot hide with it.
		type: 'point',
		className: `event format-${e.format}${e.framework ? ' framework' : ''}`,
		label: e.label,
		tooltip: `${e.title}\n${formatDate(e.date)}`,
		eventId: e.id
	};
}

/**
 * What the timeline needs of each milestone of data/milestones.yaml (the page data of every page
 * that draws the timeline): no quote or source, which only the downloads carry.
 */
export function toTimelineMilestones(
	milestones: readonly (TimelineMilestoneInput & { id: string })[]
): (TimelineMilestoneInput & { id: string })[] {
	return milestones.map(({ id, date, end, precision, title }) => ({
		id,
		date,
		...(precision ? { precision } : {}),
		title,
		...(end ? { end } : {})
	}));
}

function milestoneItem(m: TimelineMilestoneInput, id: string): TimelineItem {
	const when = m.end
		? `${formatMilestoneDate(m.date, m.precision)} – ${formatDate(m.end)}`
		: formatMilestoneDate(m.date, m.precision);
	return {
		id,
		group: 'milestones',
		start: m.date,
		...(m.end ? { end: addDays(m.end, 1) } : {}),
		type: m.end ? 'range' : 'point',
		className: 'milestone',
		label: m.title,
		tooltip: `${m.title}\n${when}`,
		eventId: null
	};
}

/**
 * One point per event in its level's lane, one point or range per milestone, sorted by start (events
 * before milestones on the same day, each in input order). vis-timeline rejects a repeated id, so
 * a milestone whose id repeats another gets a numbered suffix rather than breaking the timeline.
 */
export function toTimelineItems(
	events: readonly TimelineEventInput[],
	milestones: readonly TimelineMilestoneInput[]
): TimelineItem[] {
	const items = events.map(eventItem);
	const used = new Set(items.map((i) => i.id));
	for (const m of milestones) {
		const base = `milestone:${m.id ?? slugify(m.title)}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		items.push(milestoneItem(m, id));
	}
	// Array.prototype.sort is stable, so equal starts keep events first, then input order.
	return items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
