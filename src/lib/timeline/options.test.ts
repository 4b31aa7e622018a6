import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { LIMIT_END, LIMIT_START, MAX_SPAN, MIN_SPAN, yearRange } from './controller';
import { clusterCriteria, timelineOptions } from './options';
import type { Templates } from './templates';

const templates: Templates = {
	item: () => ({}) as HTMLElement,
	tooltip: () => ({}) as HTMLElement,
	group: () => ({}) as HTMLElement
};
const options = timelineOptions(yearRange(2024), moment, templates);

describe('timelineOptions', () => {
	it('opens on the range asked for, inside the limits of controller.ts', () => {
		expect(options).toMatchObject({
			start: yearRange(2024).start,
			end: yearRange(2024).end,
			min: LIMIT_START,
			max: LIMIT_END,
			zoomMin: MIN_SPAN,
			zoomMax: MAX_SPAN
		});
	});

	it('reads and writes every date in UTC, whatever the reader’s zone', () => {
		const m = options.moment!(Date.UTC(2024, 2, 10, 23, 30)) as moment.Moment;
		expect(m.isUTC()).toBe(true);
		expect(m.format('YYYY-MM-DD HH:mm')).toBe('2024-03-10 23:30');
	});

	it('keeps vis-timeline’s XSS filter on', () => {
		expect(options.xss).toBeUndefined();
	});

	it('is read-only to the reader: selectable, not editable, one selection at a time', () => {
		expect(options).toMatchObject({ selectable: true, multiselect: false, editable: false });
	});

	it('draws with our templates (elements of text), and the tooltip with its own', () => {
		expect(options.template).toBe(templates.item);
		expect(options.groupTemplate).toBe(templates.group);
		expect(options.tooltip?.template).toBe(templates.tooltip);
	});

	it('writes its axis in the language asked for, with Intl, and tells vis-timeline that language', () => {
		const fr = timelineOptions(yearRange(2024), moment, templates, 'fr');
		const ja = timelineOptions(yearRange(2024), moment, templates, 'ja');
		expect([fr.locale, ja.locale]).toEqual(['fr', 'ja']);
		// vis-timeline hands its format functions a moment in UTC; they read its instant.
		const march = moment.utc('2024-03-01');
		const minor = (o: typeof fr) =>
			(o.format?.minorLabels as (...a: unknown[]) => string)(march, 'month', 1);
		const major = (o: typeof fr) =>
			(o.format?.majorLabels as (...a: unknown[]) => string)(march, 'day', 1);
		expect([minor(options), minor(fr), minor(ja)]).toEqual(['Mar', 'mars', '3月']);
		expect([major(options), major(fr), major(ja)]).toEqual([
			'March 2024',
			'mars 2024',
			'2024年3月'
		]);
	});

	it('clusters two at most, never framework documents', () => {
		expect(options.cluster).toMatchObject({ maxItems: 2, clusterCriteria });
	});
});

describe('clusterCriteria', () => {
	it.each<[string | undefined, string | undefined, boolean]>([
		['event format-meeting', 'event format-call', true],
		['milestone', 'milestone', true],
		[undefined, 'milestone', true],
		['event format-document framework', 'event format-meeting', false],
		['event format-meeting', 'event format-document framework', false],
		['event framework', 'event framework', false]
	])('%s + %s → %s', (a, b, expected) => {
		expect(clusterCriteria({ className: a }, { className: b })).toBe(expected);
	});
});
