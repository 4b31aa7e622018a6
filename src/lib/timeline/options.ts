/**
 * The options vis-timeline is made with: the limits of controller.ts, UTC days, clusters, our
 * templates, and the axis in the page's language. Pure (moment and the templates are passed in),
 * so each choice is tested here.
 */
import type moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { getLocale, type Locale } from '$lib/i18n/locale';
import { axisFormat } from './calendar-words';
import { LIMIT_END, LIMIT_START, MAX_SPAN, MIN_SPAN, type Range } from './controller';
import type { Templates } from './templates';

/** Framework documents never join a cluster: they are what the reader looks for first. */
export function clusterCriteria(a: { className?: string }, b: { className?: string }): boolean {
	return !a.className?.includes('framework') && !b.className?.includes('framework');
}

/** Space between items and between the axis and a lane's first row, in px (also first-paint.ts). */
export const ITEM_MARGIN = { item: { horizontal: 6, vertical: 6 }, axis: 8 };

/**
 * Two items at most per ~100 px of a lane (vis-timeline's cluster window): with the whole record
 * at "All", more would stack each lane into rows taller than the timeline.
 */
export const CLUSTER_MAX_ITEMS = 2;

export function timelineOptions(
	range: Range,
	momentFn: typeof moment,
	templates: Templates,
	locale: Locale = getLocale()
): TimelineOptions {
	return {
		// The corpus holds calendar days; UTC keeps each on its day whatever the reader's zone.
		moment: (...args: Parameters<typeof moment>) => momentFn(...args).utc(),
		// The axis in the page's language, written by Intl (moment knows English only, and its
		// locale files are not shipped). vis-timeline's own words (for editing and the current
		// time, neither of which is shown) follow `locale`: it has en, fr and ja built in.
		// (Its types say a Date and any string; it hands a moment and one of its scales.)
		format: axisFormat(locale) as unknown as TimelineOptions['format'],
		locale,
		start: range.start,
		end: range.end,
		min: LIMIT_START,
		max: LIMIT_END,
		zoomMin: MIN_SPAN,
		zoomMax: MAX_SPAN,
		height: '100%',
		orientation: { axis: 'top', item: 'top' },
		stack: true,
		selectable: true,
		multiselect: false,
		editable: false,
		showCurrentTime: false,
		verticalScroll: true,
		horizontalScroll: false,
		margin: structuredClone(ITEM_MARGIN),
		groupOrder: 'order',
		// Thousands of items drawn one by one block the page for seconds; clustered, they do not.
		cluster: {
			maxItems: CLUSTER_MAX_ITEMS,
			showStipes: false,
			fitOnDoubleClick: false,
			clusterCriteria
		},
		// No `xss` option: vis-timeline's filter stays on (our templates give it elements of text).
		template: templates.item as TimelineOptions['template'],
		groupTemplate: templates.group as TimelineOptions['groupTemplate'],
		tooltip: {
			followMouse: false,
			overflowMethod: 'cap',
			delay: 200,
			// vis-timeline appends an element as it is (Popup.setText); the types only say string.
			template: templates.tooltip as unknown as (item: unknown) => string
		}
	};
}
