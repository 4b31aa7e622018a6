/**
 * What vis-timeline draws for an item, a cluster, a lane name and a tooltip. Item content and
 * tooltips are built as DOM nodes holding text (textContent), never as strings of HTML: an element
 * bypasses vis-timeline's XSS filter, so nothing from a source may become markup on the way.
 */
import { clusterText, clusterTooltip, membersOf, type Members } from './clusters';
import type { TimelineGroup } from './items';
import type { ClusterLook, Shown } from './looks';
import { isCluster, type VisCluster, type VisItem } from './vis-items';

export interface TemplateContext {
	/** What the filters show now: a cluster's label counts only that. */
	shown: () => Shown;
	/** Keeps a drawn cluster's members by its content element (the wrapper repaints and opens it). */
	remember: (content: HTMLElement, members: Members) => void;
	/** A cluster's look under `shown` (its label): ClusterLooks' remembered one, by default counted anew. */
	look?: (members: Members, shown: Shown) => Pick<ClusterLook, 'text'>;
	/** Where elements are made; the page's document unless a test passes its own. */
	doc?: Pick<Document, 'createElement'>;
}

export interface Templates {
	item: (data: VisItem | VisCluster, element: HTMLElement) => HTMLElement;
	tooltip: (data: VisItem | VisCluster) => HTMLElement;
	group: (group: TimelineGroup | null) => HTMLElement;
}

export function makeTemplates({ shown, remember, look, doc }: TemplateContext): Templates {
	const label = (members: Members) =>
		look ? look(members, shown()).text : clusterText(members, shown());
	const make = <K extends keyof HTMLElementTagNameMap>(tag: K) =>
		(doc ?? document).createElement(tag);
	return {
		item(data, element) {
			const span = make('span');
			if (isCluster(data)) {
				const members = membersOf(data);
				remember(element, members);
				span.className = 'cluster-label';
				span.textContent = label(members);
				return span;
			}
			if (data.eventId) element.dataset.eventId = data.eventId;
			else element.dataset.milestoneId = data.id;
			// The kind's mark is drawn by the stylesheet from this attribute (::before), so the
			// label's text stays the label alone, and the marks are defined once (FORMAT_MARKS).
			if (data.mark) element.dataset.mark = data.mark;
			else delete element.dataset.mark;
			span.className = 'item-label';
			span.textContent = data.label;
			return span;
		},
		tooltip(data) {
			const tip = make('span');
			tip.className = 'tip';
			const lines = isCluster(data)
				? clusterTooltip(membersOf(data), shown())
				: data.tooltip.split('\n');
			lines.forEach((line, i) => {
				const el = make(i === 0 ? 'strong' : 'span');
				el.textContent = line;
				// An event's title is its source's words, in its source's language.
				if (i === 0 && !isCluster(data) && data.titleLang) el.lang = data.titleLang;
				tip.append(el);
			});
			return tip;
		},
		group(group) {
			const span = make('span');
			span.textContent = group?.content ?? '';
			return span;
		}
	};
}
