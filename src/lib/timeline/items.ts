/**
 * Events and milestones as vis-timeline lanes and items. Pure, so what the timeline draws is
 * tested without a browser; the wrapper only hands these objects to vis-timeline.
 *
 * Labels and tooltips are plain text: the wrapper puts them in the DOM as text, never as HTML.
 */
import type { Format, Lang, Level } from '$lib/corpus/schema';
import { addDays, slugify } from '$lib/corpus/text';
import { titleLang } from '$lib/corpus/title-lang';
import { formatDate, formatMonth } from '$lib/display/dates';
import { kindLabel, LEVEL_LABELS } from '$lib/display/labels';
import { recordOnlyTitle } from '$lib/display/source-notes';
import { m } from '$paraglide/messages';

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
	/** A mark for its kind, drawn before the label (see FORMAT_MARKS); '' for none. */
	mark: string;
	label: string;
	/** Lines: the title, then when and what; in the page's language but for the title. */
	tooltip: string;
	/**
	 * The language of the tooltip's first line, an event's title from its source (rule 9 of
	 * src/lib/i18n/README.md); absent when it is in the page's language (milestones, record-only
	 * events, whose titles the data translates).
	 */
	titleLang?: Lang;
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
	/** No official text located: drawn in its own style, and its tooltip says so. */
	recordOnly?: boolean;
	/** Its sources' languages (HomeEvent's), which give its title's (titleLang). */
	langs?: readonly Lang[];
}

/**
 * One mark per format, drawn before each label, in the key and on the format filters: the kind
 * reads without colour (and in forced colours, where every colour is the system's), and each mark
 * is a character every system font has (geometric shapes and dingbats, no emoji).
 */
export const FORMAT_MARKS: Record<Format, string> = {
	meeting: '●',
	call: '☎',
	'courtesy-call': '◉',
	statement: '❝',
	document: '▤',
	signing: '✎',
	'entry-into-force': '◆'
};

/** The mark of a framework document, which stands out from every other document. */
export const FRAMEWORK_MARK = '★';

/**
 * Kinds a mark alone would leave a reader guessing at: the label says them in words ("Signed:
 * Joly–Kamikawa · Tokyo"). Meetings and calls are most of the timeline and read from their marks.
 * `said`: the label (the corpus's, in English) already says it.
 */
const KIND_WORDS: Partial<Record<Format, { word: () => string; said: RegExp }>> = {
	'courtesy-call': { word: m.timeline_kind_courtesy_call, said: /courtesy/i },
	statement: { word: m.timeline_kind_statement, said: /statement|condolence|message/i },
	signing: { word: m.timeline_kind_signed, said: /sign/i },
	'entry-into-force': { word: m.timeline_kind_in_force, said: /in(to)? force|takes effect/i }
};

/** The label with its kind in words where the mark is not enough and the label does not say it. */
export function itemLabel(e: Pick<TimelineEventInput, 'label' | 'format'>): string {
	const kind = KIND_WORDS[e.format];
	return kind && !kind.said.test(e.label)
		? m.timeline_item_label_with_kind({ kind: kind.word(), label: e.label })
		: e.label;
}

export interface TimelineMilestoneInput {
	id?: string;
	date: string;
	/** The last day of the period, included. */
	end?: string;
	precision?: 'day' | 'month' | 'year';
	title: string;
}

/**
 * Leaders, Ministers, then Officials and Governments only when some event is at that level, then
 * Milestones. Acts of the two governments (an agreement entering into force, with no meeting or
 * signatory) get a lane of their own rather than a place among the officials': the lane's name is
 * the level filter's word, so lane, filter and list say the same, and the items in it say "In
 * force" themselves.
 */
export function toTimelineGroups(events: readonly TimelineEventInput[]): TimelineGroup[] {
	const lanes: { id: LaneId; content: string }[] = [
		{ id: 'leaders', content: LEVEL_LABELS.leaders },
		{ id: 'ministers', content: LEVEL_LABELS.ministers }
	];
	// An empty lane would suggest there were no such events, when none is in the corpus yet.
	for (const level of ['officials', 'government'] as const)
		if (events.some((e) => e.level === level))
			lanes.push({ id: level, content: LEVEL_LABELS[level] });
	lanes.push({ id: 'milestones', content: m.timeline_lane_milestones() });
	return lanes.map((lane, order) => ({ ...lane, className: `lane lane-${lane.id}`, order }));
}

/**
 * "2026-01-01" at its precision, in the page's language: "1 January 2026", "January 2026", "2026"
 * (« 1er janvier 2026 », « janvier 2026 »; 2026年1月1日, 2026年1月).
 */
export function formatMilestoneDate(date: string, precision: 'day' | 'month' | 'year' = 'day') {
	if (precision === 'year') return date.slice(0, 4);
	// A month-precision date has a made-up day: the month alone is written.
	return precision === 'month' ? formatMonth(date) : formatDate(date);
}

function eventItem(e: TimelineEventInput): TimelineItem {
	// "Meeting, leaders", « Rencontre, dirigeants », 首脳会談: the pages' own words for a kind.
	const kind = kindLabel(e);
	return {
		id: e.id,
		group: e.level,
		start: e.date,
		// A point, not a box: a box's stem and dot are elements the wrapper cannot hide with it.
		type: 'point',
		className: `event format-${e.format}${e.framework ? ' framework' : ''}${e.recordOnly ? ' record-only' : ''}`,
		mark: e.framework ? FRAMEWORK_MARK : FORMAT_MARKS[e.format],
		label: itemLabel(e),
		tooltip: [
			e.title,
			m.timeline_item_when({ date: formatDate(e.date), kind }),
			...(e.recordOnly ? [recordOnlyTitle()] : [])
		].join('\n'),
		// A record-only event's title is the team's, given in the page's language by the data.
		...(e.recordOnly || !e.langs ? {} : { titleLang: titleLang(e.langs) }),
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

function milestoneItem(milestone: TimelineMilestoneInput, id: string): TimelineItem {
	const when = milestone.end
		? m.timeline_range({
				start: formatMilestoneDate(milestone.date, milestone.precision),
				end: formatDate(milestone.end)
			})
		: formatMilestoneDate(milestone.date, milestone.precision);
	return {
		id,
		group: 'milestones',
		start: milestone.date,
		...(milestone.end ? { end: addDays(milestone.end, 1) } : {}),
		type: milestone.end ? 'range' : 'point',
		className: 'milestone',
		mark: '',
		label: milestone.title,
		tooltip: `${milestone.title}\n${when}`,
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
	for (const milestone of milestones) {
		const base = `milestone:${milestone.id ?? slugify(milestone.title)}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		items.push(milestoneItem(milestone, id));
	}
	// Array.prototype.sort is stable, so equal starts keep events first, then input order.
	return items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
