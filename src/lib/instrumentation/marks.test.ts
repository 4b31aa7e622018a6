import { afterEach, describe, expect, it } from 'vitest';
import { ChartDraws, mark, marked, MARKS } from './marks';

const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('ChartDraws', () => {
	it('marks once per batch, only after every live chart has drawn', async () => {
		let marks = 0;
		const draws = new ChartDraws(() => marks++);
		const a = {};
		const b = {};
		draws.register(a);
		draws.register(b);
		draws.drew(a);
		await flush();
		expect(marks).toBe(0);
		draws.drew(b);
		draws.drew(a);
		await flush();
		expect(marks).toBe(1);
		draws.drew(a);
		await flush();
		expect(marks).toBe(2);
	});

	it('forgets a destroyed chart and ignores one never registered', async () => {
		let marks = 0;
		const draws = new ChartDraws(() => marks++);
		const a = {};
		const b = {};
		draws.register(a);
		const drop = draws.register(b);
		draws.drew(a);
		drop();
		draws.drew({});
		await flush();
		expect(marks).toBe(0);
		draws.drew(a);
		await flush();
		expect(marks).toBe(1);
	});
});

describe('marked', () => {
	// Marks are the process's, and the test files share one (vitest's isolate: false).
	afterEach(() => performance.clearMarks(MARKS.interactive));

	it('says whether the page has set a mark yet', () => {
		performance.clearMarks(MARKS.interactive);
		expect(marked(MARKS.interactive)).toBe(false);
		mark(MARKS.interactive);
		expect(marked(MARKS.interactive)).toBe(true);
	});
});
