/**
 * vis-timeline's clusters as our members, counted and said in words under the filters, and what
 * opening one does. Pure: the wrapper keeps each drawn cluster's members and asks these.
 */
import { m } from '$paraglide/messages';
import { clampRange, DAY, type Range } from './controller';
import type { Shown } from './looks';
import type { VisCluster } from './vis-items';

/** A drawn cluster's members, in vis-timeline's order: null event ids are milestones. */
export interface Members {
	eventIds: (string | null)[];
	starts: number[];
	ends: number[];
}

/**
 * Members by the cluster's list of items. At 10,000 events a cluster holds thousands, and
 * vis-timeline hands each drawn cluster to the template at every redraw (two or three a zoom
 * step): reading them again each time was a tenth of a step's script. vis-timeline keeps a
 * cluster's list as long as its members stay (ClusterGenerator caches clusters per zoom level;
 * setUiItems and new items give a new list), so the list itself is the key.
 */
const membersByList = new WeakMap<VisCluster['uiItems'], Members>();

export function membersOf(c: VisCluster): Members {
	let members = membersByList.get(c.uiItems);
	if (!members) {
		members = {
			eventIds: c.uiItems.map((u) => u.data.eventId),
			starts: c.uiItems.map((u) => u.data.start.getTime()),
			ends: c.uiItems.map((u) => (u.data.end ?? u.data.start).getTime())
		};
		membersByList.set(c.uiItems, members);
	}
	return members;
}

/** Members a reader can see now: milestones, and the events that match (or all, dimmed). */
export function countShown(m: Members, shown: Shown): number {
	return m.eventIds.filter((id) => id === null || shown.dim || shown.matching.has(id)).length;
}

/** Milestones and the events that match. */
export function countMatching(m: Members, shown: Shown): number {
	return m.eventIds.filter((id) => id === null || shown.matching.has(id)).length;
}

/**
 * "3 events", "1 event" (the others filtered out), "1 of 4 events" (dimmed: the others are drawn
 * too), "2 milestones"; in the page's language.
 */
export function clusterText(members: Members, shown: Shown): string {
	const count = countMatching(members, shown);
	const total = members.eventIds.length;
	if (shown.dim && count < total) return m.timeline_cluster_of({ count, total });
	// Named by what is counted: a milestone beside an event filtered out is "1 milestone".
	const events = members.eventIds.some((id) => id !== null && shown.matching.has(id));
	return events || count === 0
		? m.timeline_cluster_events({ count })
		: m.timeline_cluster_milestones({ count });
}

/** The cluster's tooltip, a line each. */
export function clusterTooltip(members: Members, shown: Shown): string[] {
	return [
		m.timeline_cluster_close_together({ count: clusterText(members, shown) }),
		m.timeline_cluster_zoom_hint()
	];
}

/**
 * Opening a cluster: the window around the members a reader can see, with a margin of a tenth of
 * their span (a day at least); 'list' when that is no closer than the window now (the list below
 * has them one by one); null when none can be seen.
 */
export function clusterZoom(m: Members, shown: Shown, now: Range): Range | 'list' | null {
	let start = Infinity;
	let end = -Infinity;
	m.eventIds.forEach((id, i) => {
		if (id !== null && !shown.dim && !shown.matching.has(id)) return;
		start = Math.min(start, m.starts[i]!);
		end = Math.max(end, m.ends[i]!);
	});
	if (!Number.isFinite(start)) return null;
	const pad = Math.max(DAY, (end - start) * 0.1);
	const next = clampRange({ start: start - pad, end: end + pad });
	return next.end - next.start >= now.end - now.start ? 'list' : next;
}
