/**
 * Applies the filters and the label fitting to what vis-timeline has drawn: measures every drawn
 * item, asks the pure rules (looks.ts, label-fit.ts), then writes classes and widths. The only DOM
 * work outside vis-timeline itself; the browser tests check its result on screen.
 *
 * vis-timeline keeps every item, filtered or not: an item that joins it again is rebuilt, drawn and
 * measured one at a time, which for thousands of events takes far longer than a reader should wait
 * for a toggle. This touches only what is drawn (a few dozen elements), after each redraw and each
 * filter change.
 */
import type { Members } from './clusters';
import { fitLabels, labelHidden, labelMaxWidth } from './label-fit';
import { clusterLook, itemLook, type ClusterLook, type Shown } from './looks';

export function paintDrawing(
	host: HTMLElement,
	clusters: WeakMap<Element, Members>,
	shown: Shown,
	lookOf: (m: Members, shown: Shown) => ClusterLook = clusterLook
): void {
	const contents = [...host.querySelectorAll<HTMLElement>('.vis-item-content')];
	// Every position is read before any class changes, so the browser lays out once.
	const edge = host.querySelector('.vis-center')?.getBoundingClientRect() ?? null;
	const fits = fitLabels(
		edge,
		contents.map((el) => ({
			box: el.parentElement?.getBoundingClientRect() ?? null,
			point: !!el.parentElement?.classList.contains('vis-point'),
			contentLeft: el.getBoundingClientRect().left,
			fullWidth: el.scrollWidth
		}))
	);
	contents.forEach((el, i) => {
		const item = el.closest('.vis-item');
		if (!item) return;
		const look = itemLook(el.dataset.eventId, clusters.get(el), shown, lookOf);
		const label = look.text === undefined ? null : el.querySelector('.cluster-label');
		if (label && label.textContent !== look.text) label.textContent = look.text!;
		item.classList.toggle('is-filtered', look.hidden);
		item.classList.toggle('is-dimmed', look.dimmed);
		// A label that would run past the right edge is shown left of its dot instead, or cut.
		item.classList.toggle('label-left', fits[i]!.left);
		item.classList.toggle('label-hidden', labelHidden(fits[i]!.room));
		const width = labelMaxWidth(fits[i]!.room, !!el.dataset.eventId);
		if (el.style.maxWidth !== width) el.style.maxWidth = width;
	});
}
