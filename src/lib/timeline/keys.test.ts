import { describe, expect, it } from 'vitest';
import { centreOn, pan, shiftPeriod, yearRange, zoomIn, zoomOut, type Range } from './controller';
import type { TimelineItem } from './items';
import { goTo, step, timelineKey, type KeyCommand, type KeyState } from './keys';

const item = (id: string, start: string, eventId: string | null = id): TimelineItem => ({
	id,
	group: eventId ? 'leaders' : 'milestones',
	start,
	type: 'point',
	className: '',
	mark: '',
	label: id,
	tooltip: id,
	eventId
});

const A = item('a', '2023-06-01');
const B = item('b', '2024-03-10');
const C = item('c', '2024-09-01');
const D = item('d', '2025-05-01');
const Y2024 = yearRange(2024);
const ALL: Range = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2027, 0, 1) };

const state = (change: Partial<KeyState> = {}): KeyState => ({
	range: Y2024,
	allRange: ALL,
	walkable: [A, B, C, D],
	active: undefined,
	...change
});
const press = (
	key: string,
	mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...mods
});
const go = (i: TimelineItem, range: Range | null = null): KeyCommand => ({
	kind: 'go',
	id: i.id,
	range
});

describe('timelineKey: the window', () => {
	it.each<[string, Range]>([
		['+', zoomIn(Y2024)],
		['=', zoomIn(Y2024)],
		['-', zoomOut(Y2024)],
		['_', zoomOut(Y2024)],
		['ArrowLeft', pan(Y2024, -0.2)],
		['ArrowRight', pan(Y2024, 0.2)],
		['PageUp', shiftPeriod(Y2024, -1)],
		['PageDown', shiftPeriod(Y2024, 1)],
		['0', ALL]
	])('%s asks for its window', (key, range) => {
		expect(timelineKey(press(key), state())).toEqual({ kind: 'range', range });
	});
});

describe('timelineKey: the events', () => {
	it.each<[string, string, Partial<KeyState>, KeyCommand | null]>([
		[
			'Home: the first event, the window centred on it',
			'Home',
			{},
			go(A, centreOn(Y2024, A.start))
		],
		['End: the last event', 'End', {}, go(D, centreOn(Y2024, D.start))],
		['Home with no event', 'Home', { walkable: [] }, { kind: 'none' }],
		['End with no event', 'End', { walkable: [] }, { kind: 'none' }],
		['ArrowDown from none: the first in the window, which stays', 'ArrowDown', {}, go(B)],
		['ArrowUp from none: the last in the window', 'ArrowUp', {}, go(C)],
		['ArrowDown from the active one: the next', 'ArrowDown', { active: B }, go(C)],
		[
			'ArrowUp from the active one: the previous, out of the window',
			'ArrowUp',
			{ active: B },
			go(A, centreOn(Y2024, A.start))
		],
		['ArrowDown at the last: nothing', 'ArrowDown', { active: D }, { kind: 'none' }],
		['ArrowUp at the first: nothing', 'ArrowUp', { active: A }, { kind: 'none' }],
		[
			'ArrowDown, none in the window: the first of all',
			'ArrowDown',
			{ range: yearRange(2022) },
			go(A, centreOn(yearRange(2022), A.start))
		],
		[
			'ArrowUp, none in the window: the last of all',
			'ArrowUp',
			{ range: yearRange(2022) },
			go(D, centreOn(yearRange(2022), D.start))
		],
		[
			'ArrowDown from an active event no longer walkable: from the window',
			'ArrowDown',
			{ active: A, walkable: [B, C] },
			go(B)
		],
		['ArrowDown with no event', 'ArrowDown', { walkable: [] }, { kind: 'none' }],
		['Enter on the active event opens it', 'Enter', { active: C }, { kind: 'open', eventId: 'c' }],
		['Space does the same', ' ', { active: C }, { kind: 'open', eventId: 'c' }],
		['Enter with none active: onto the next', 'Enter', {}, go(B)],
		[
			'Enter on a milestone: onto the next event',
			'Enter',
			{ active: item('m', '2024-01-01', null) },
			go(B)
		],
		['Escape leaves the active event', 'Escape', { active: B }, { kind: 'clear' }],
		['Escape with none active is not ours', 'Escape', {}, null],
		['another key is not ours', 'a', {}, null],
		['Tab is not ours', 'Tab', { active: B }, null]
	])('%s', (_, key, change, expected) => {
		expect(timelineKey(press(key), state(change))).toEqual(expected);
	});

	it.each(['altKey', 'ctrlKey', 'metaKey'] as const)('with %s, no key is ours', (mod) => {
		for (const key of ['+', '-', '0', 'Home', 'ArrowDown', 'Enter', 'Escape'])
			expect(timelineKey(press(key, { [mod]: true }), state({ active: B }))).toBeNull();
	});
});

describe('goTo and step', () => {
	it('goTo keeps the window for an event in it, centres on one outside it', () => {
		expect(goTo(B, Y2024)).toEqual(go(B));
		expect(goTo(D, Y2024)).toEqual(go(D, centreOn(Y2024, D.start)));
	});

	it('an event on the last day of the window is in it (its noon is before the end)', () => {
		const last = item('z', '2024-12-31');
		expect(goTo(last, Y2024)).toEqual(go(last));
	});

	it('step walks the whole list one event at a time', () => {
		let s = state({ range: ALL });
		const seen: string[] = [];
		for (;;) {
			const c = step(s, 1);
			if (c.kind !== 'go') break;
			seen.push(c.id);
			s = { ...s, active: s.walkable.find((i) => i.id === c.id) };
		}
		expect(seen).toEqual(['a', 'b', 'c', 'd']);
	});
});
