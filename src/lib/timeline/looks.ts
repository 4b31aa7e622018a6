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

/** A cluster: hidden when none of its members can be seen, dimmed when none matches; its label. */
export function clusterLook(m: Members, shown: Shown): Look & { text: string } {
	return {
		hidden: countShown(m, shown) === 0,
		dimmed: shown.dim && countMatching(m, shown) === 0,
		text: clusterText(m, shown)
	};
}

/** A drawn item's look: a cluster's (with its label), an event's, or a milestone's (plain). */
export function itemLook(
	eventId: string | undefined,
	members: Members | undefined,
	shown: Shown
): Look & { text?: string } {
	if (members) return clusterLook(members, shown);
	return eventId ? eventLook(eventId, shown) : PLAIN;
}
