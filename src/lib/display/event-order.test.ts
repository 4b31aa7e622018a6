import { describe, expect, it } from 'vitest';
import { neighbours, newestFirst } from './event-order';

const events = [
	{ id: 'a', date: '2022-02-08' },
	{ id: 'b', date: '2026-03-06' },
	{ id: 'c', date: '2021-05-03' },
	{ id: 'd', date: '2026-03-06' }
];

describe('newestFirst', () => {
	it('sorts by date, newest first, keeping same-day events in corpus order', () => {
		expect(newestFirst(events).map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
	});
	it('leaves its input alone', () => {
		newestFirst(events);
		expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('neighbours', () => {
	const ordered = newestFirst(events);
	it.each([
		['b', null, 'd'],
		['d', 'b', 'a'],
		['c', 'a', null],
		['missing', null, null]
	])('%s: later %s, earlier %s', (id, later, earlier) => {
		const n = neighbours(ordered, id);
		expect(n.later?.id ?? null).toBe(later);
		expect(n.earlier?.id ?? null).toBe(earlier);
	});
});
