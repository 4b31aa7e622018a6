/**
 * How the filters change what is drawn, decided from ids and counts alone: an event that does not
 * match is hidden (or dimmed), a cluster counts only what matches and hides itself when nothing
 * can be seen. MeetingTimeline applies these as classes; vis-timeline keeps every item (see paint).
 */
import { clusterText, countMatching, countShown, type Members } from './clusters';

/** What the filters let the drawing show now. */
export interface Shown {
	/** Ids of the events that match; milestones always show. */
	matching: ReadonlySet<string>;
	/** Dim the events that do not match instead of hiding them. */
	dim: boolean;
}

/** The classes an item gets: `is-filtered` (not drawn) and `is-dimmed`. */
export interface Look {
	hidden: boolean;
	dimmed: boolean;
}

/** A milestone: always drawn as it is. */
export const PLAIN: Look = { hidden: false, dimmed: false };

export function eventLook(eventId: string, shown: Shown): Look {
	const match = shown.matching.has(eventId);
	return { hidden: !match && !shown.dim, dimmed: !match && shown.dim };
}

/** A cluster's classes and label. */
export type ClusterLook = Look & { text: string };

/** A cluster: hidden when none of its members can be seen, dimmed when none matches; its label. */
export function clusterLook(m: Members, shown: Shown): ClusterLook {
	return {
		hidden: countShown(m, shown) === 0,
		dimmed: shown.dim && countMatching(m, shown) === 0,
		text: clusterText(m, shown)
	};
}

/**
 * A drawn item's look: a cluster's (with its label, by `lookOf`: clusterLook or a ClusterLooks'
 * remembered one), an event's, or a milestone's (plain).
 */
export function itemLook(
	eventId: string | undefined,
	members: Members | undefined,
	shown: Shown,
	lookOf: (m: Members, shown: Shown) => ClusterLook = clusterLook
): Look & { text?: string } {
	if (members) return lookOf(members, shown);
	return eventId ? eventLook(eventId, shown) : PLAIN;
}

/**
 * clusterLook, remembered per cluster until the filters change (a new `shown`). A cluster of
 * thousands of events is counted three times for its look, and each zoom step asks again for every
 * drawn cluster: by the template at each of vis-timeline's redraws and by each paint after them.
 * One per timeline: its page has one language, in which the label is said.
 */
export class ClusterLooks {
	#byMembers = new WeakMap<Members, { shown: Shown; look: ClusterLook }>();

	get = (m: Members, shown: Shown): ClusterLook => {
		const known = this.#byMembers.get(m);
		if (known?.shown === shown) return known.look;
		const look = clusterLook(m, shown);
		this.#byMembers.set(m, { shown, look });
		return look;
	};
}
