import { describe, expect, it } from 'vitest';
import type { Members } from './clusters';
import { ClusterLooks, clusterLook, eventLook, itemLook, type Shown } from './looks';

const shown = (matching: string[], dim = false): Shown => ({ matching: new Set(matching), dim });
const members = (...ids: (string | null)[]): Members => ({
	eventIds: ids,
	starts: ids.map(() => 0),
	ends: ids.map(() => 0)
});

describe('eventLook', () => {
	it.each<[string, Shown, { hidden: boolean; dimmed: boolean }]>([
		['matches', shown(['a']), { hidden: false, dimmed: false }],
		['matches, dimming on', shown(['a'], true), { hidden: false, dimmed: false }],
		['does not match: hidden', shown(['b']), { hidden: true, dimmed: false }],
		['does not match, dimming on: dimmed', shown(['b'], true), { hidden: false, dimmed: true }]
	])('%s', (_, s, expected) => {
		expect(eventLook('a', s)).toEqual(expected);
	});
});

describe('clusterLook', () => {
	it.each<[string, Members, Shown, { hidden: boolean; dimmed: boolean; text: string }]>([
		[
			'some match',
			members('a', 'b'),
			shown(['a']),
			{ hidden: false, dimmed: false, text: '1 event' }
		],
		[
			'none matches: hidden',
			members('a', 'b'),
			shown([]),
			{ hidden: true, dimmed: false, text: '0 events' }
		],
		[
			'none matches, dimming on: dimmed',
			members('a', 'b'),
			shown([], true),
			{ hidden: false, dimmed: true, text: '0 of 2 events' }
		],
		[
			'milestones never hide nor dim',
			members(null, null),
			shown([], true),
			{ hidden: false, dimmed: false, text: '2 milestones' }
		]
	])('%s', (_, m, s, expected) => {
		expect(clusterLook(m, s)).toEqual(expected);
	});
});

describe('itemLook', () => {
	it.each<[string, string | undefined, Members | undefined, object]>([
		[
			'a cluster, whatever its element says',
			'a',
			members('b'),
			{ hidden: true, dimmed: false, text: '0 events' }
		],
		['an event', 'b', undefined, { hidden: true, dimmed: false }],
		['a milestone: plain', undefined, undefined, { hidden: false, dimmed: false }]
	])('%s', (_, eventId, m, expected) => {
		expect(itemLook(eventId, m, shown(['a']))).toEqual(expected);
	});
});

describe('ClusterLooks', () => {
	it('counts a cluster once while the filters stay, and anew when they change', () => {
		const looks = new ClusterLooks();
		const m = members('a', 'b', null);
		const s = shown(['a']);
		const first = looks.get(m, s);
		expect(first).toEqual(clusterLook(m, s));
		expect(looks.get(m, s)).toBe(first);
		// A filter change makes a new Shown (MeetingTimeline's effect): the look follows it.
		const none = shown([], true);
		const dimmed = looks.get(m, none);
		expect(dimmed).toEqual({ hidden: false, dimmed: false, text: '1 of 3 events' });
		expect(dimmed).not.toBe(first);
		expect(looks.get(m, s)).toEqual(first);
	});

	it('keeps each cluster apart', () => {
		const looks = new ClusterLooks();
		const s = shown(['a']);
		expect(looks.get(members('a'), s).text).toBe('1 event');
		expect(looks.get(members('b', 'c'), s)).toEqual({
			hidden: true,
			dimmed: false,
			text: '0 events'
		});
	});

	it('itemLook asks the cluster look it is given', () => {
		const looks = new ClusterLooks();
		const m = members('a');
		const s = shown(['a']);
		expect(itemLook(undefined, m, s, looks.get)).toBe(looks.get(m, s));
	});
});
