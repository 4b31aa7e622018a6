/**
 * What vis-timeline holds and hands back: our items with dates it can place exactly, and the
 * clusters it makes of them. Pure, so how a day becomes a position is tested without a browser.
 */
import { DAY } from './controller';
import type { TimelineItem } from './items';

/** What vis-timeline holds per item: the built item, with dates it can place exactly. */
export interface VisItem extends Omit<TimelineItem, 'start' | 'end' | 'type'> {
	type: 'point' | 'range';
	start: Date;
	end?: Date;
	/** vis-timeline types require it; the template draws the item instead. */
	content: '';
}

/** What vis-timeline hands the templates for a cluster of items. */
export interface VisCluster {
	isCluster: true;
	uiItems: { data: VisItem }[];
}

/** Midnight of the day, or its noon: an event stands on the middle of its day, not on the line between two. */
export function dayTime(iso: string, noon: boolean): Date {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + (noon ? DAY / 2 : 0));
}

/**
 * Events are points (a dot on the day, the label beside it) rather than vis-timeline's boxes:
 * a box's stem and dot are separate elements that the drawing cannot find again to hide with
 * it (see MeetingTimeline's paint), a point is one element. A range without an end is drawn as a
 * point too.
 */
export function toVisItem({ start, end, type, ...rest }: TimelineItem): VisItem {
	const period = type === 'range' && end !== undefined;
	return {
		...rest,
		type: period ? 'range' : 'point',
		start: dayTime(start, !period),
		...(period ? { end: dayTime(end, false) } : {}),
		content: ''
	};
}

export function isCluster(data: unknown): data is VisCluster {
	return typeof data === 'object' && data !== null && 'isCluster' in data && !!data.isCluster;
}
