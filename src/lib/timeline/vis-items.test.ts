import { describe, expect, it } from 'vitest';
import type { TimelineItem } from './items';
import { dayTime, isCluster, toVisItem } from './vis-items';

const base: TimelineItem = {
	id: 'e1',
	group: 'leaders',
	start: '2024-03-10',
	type: 'point',
	className: 'event format-meeting',
	mark: '●',
	label: 'Carney–Takaichi · Tokyo',
	tooltip: 'A meeting\n10 March 2024 · Meeting, leaders',
	eventId: 'e1'
};

describe('dayTime', () => {
	it.each([
		['2024-03-10', false, '2024-03-10T00:00:00.000Z'],
		['2024-03-10', true, '2024-03-10T12:00:00.000Z'],
		['2024-12-31', true, '2024-12-31T12:00:00.000Z'],
		['2024-02-29', false, '2024-02-29T00:00:00.000Z']
	])('%s (noon: %s) is %s, in UTC', (iso, noon, expected) => {
		expect(dayTime(iso, noon).toISOString()).toBe(expected);
	});
});

describe('toVisItem', () => {
	it.each<[string, Partial<TimelineItem>, { type: string; start: string; end?: string }]>([
		['an event is a point at noon', {}, { type: 'point', start: '2024-03-10T12:00:00.000Z' }],
		[
			'a period is a range from midnight to the midnight of its exclusive end',
			{ type: 'range', end: '2024-03-13' },
			{ type: 'range', start: '2024-03-10T00:00:00.000Z', end: '2024-03-13T00:00:00.000Z' }
		],
		[
			'a range without an end is a point at noon',
			{ type: 'range' },
			{ type: 'point', start: '2024-03-10T12:00:00.000Z' }
		],
		[
			'a point with an end stays a point (the end is dropped)',
			{ end: '2024-03-13' },
			{ type: 'point', start: '2024-03-10T12:00:00.000Z' }
		]
	])('%s', (_, change, expected) => {
		const v = toVisItem({ ...base, ...change });
		expect({
			type: v.type,
			start: v.start.toISOString(),
			...(v.end ? { end: v.end.toISOString() } : {})
		}).toEqual(expected);
		expect('end' in v).toBe(expected.end !== undefined);
	});

	it('keeps everything else, and gives vis-timeline no content of ours (the template draws it)', () => {
		const v = toVisItem(base);
		expect(v).toMatchObject({
			id: 'e1',
			group: 'leaders',
			className: 'event format-meeting',
			mark: '●',
			label: base.label,
			tooltip: base.tooltip,
			eventId: 'e1',
			content: ''
		});
	});
});

describe('isCluster', () => {
	it.each<[string, unknown, boolean]>([
		['a cluster', { isCluster: true, uiItems: [] }, true],
		['an item', toVisItem(base), false],
		['isCluster false', { isCluster: false }, false],
		['null', null, false],
		['a string', 'isCluster', false]
	])('%s → %s', (_, data, expected) => {
		expect(isCluster(data)).toBe(expected);
	});
});
