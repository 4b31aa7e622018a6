import { describe, expect, it } from 'vitest';
import { DAY, LIMIT_START, MIN_SPAN, type Range } from './controller';
import {
	isOwnMoveBack,
	PARKED,
	showsRange,
	whileParked,
	windowAnimation,
	type WindowWidget
} from './window-moves';

/** A widget that shows what it was last told and records every move. */
function fakeWidget(start: number, end: number) {
	const moves: [number, number][] = [];
	let shown = { start, end };
	const widget: WindowWidget = {
		getWindow: () => ({ start: new Date(shown.start), end: new Date(shown.end) }),
		setWindow: (s, e) => {
			moves.push([s, e]);
			shown = { start: s, end: e };
		}
	};
	return { widget, moves, shown: () => shown };
}

const Y2024: Range = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };

describe('whileParked', () => {
	it('PARKED is a week in 1950, before any event', () => {
		expect(PARKED).toEqual({ start: LIMIT_START, end: LIMIT_START + MIN_SPAN });
	});

	it('runs the work with the window parked, then puts the window back', () => {
		const w = fakeWidget(Y2024.start, Y2024.end);
		let during: Range | null = null;
		whileParked(w.widget, () => (during = w.shown()));
		expect(during).toEqual(PARKED);
		expect(w.moves).toEqual([
			[PARKED.start, PARKED.end],
			[Y2024.start, Y2024.end]
		]);
		expect(w.shown()).toEqual(Y2024);
	});

	it('puts the window back when the work throws', () => {
		const w = fakeWidget(Y2024.start, Y2024.end);
		expect(() =>
			whileParked(w.widget, () => {
				throw new Error('bad item');
			})
		).toThrow('bad item');
		expect(w.shown()).toEqual(Y2024);
	});
});

describe('showsRange', () => {
	it.each<[string, Range, boolean]>([
		['the same window', Y2024, true],
		['a millisecond off', { ...Y2024, end: Y2024.end - 1 }, false],
		['another window', { start: Y2024.start + DAY, end: Y2024.end + DAY }, false]
	])('%s → %s', (_, r, expected) => {
		expect(showsRange(fakeWidget(Y2024.start, Y2024.end).widget, r)).toBe(expected);
	});
});

describe('windowAnimation', () => {
	it.each<[boolean, boolean, ReturnType<typeof windowAnimation>]>([
		[true, false, { duration: 350, easingFunction: 'easeInOutQuad' }],
		[true, true, false],
		[false, false, false],
		[false, true, false]
	])('animate %s, reduced motion %s', (animate, reduced, expected) => {
		expect(windowAnimation(animate, reduced)).toEqual(expected);
	});
});

describe('isOwnMoveBack', () => {
	const dragged: Range = { start: Y2024.start + 5 * 3_600_000, end: Y2024.end + 7 * 3_600_000 };
	it.each<[string, Range | null, Range, boolean]>([
		['no move of the reader pending', null, Y2024, false],
		['the same window', Y2024, Y2024, true],
		['the dragged window rounded to whole days', dragged, Y2024, true],
		['a day or more off at the start', dragged, { ...Y2024, start: Y2024.start - DAY }, false],
		['a day or more off at the end', Y2024, { ...Y2024, end: Y2024.end + DAY }, false]
	])('%s → %s', (_, own, r, expected) => {
		expect(isOwnMoveBack(own, r)).toBe(expected);
	});
});
