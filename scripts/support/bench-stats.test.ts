import { describe, expect, it } from 'vitest';
import {
	chunkRuns,
	compareTimes,
	mannWhitney,
	meetsTarget,
	sideBySideTable,
	summarize,
	verdict
} from './bench-stats';

describe('summarize', () => {
	it.each([
		{ values: [3], median: 3, p90: 3, min: 3, max: 3 },
		{ values: [4, 1, 3, 2], median: 2.5, p90: 4, min: 1, max: 4 },
		// Nearest rank: the 9th of ten.
		{ values: [10, 1, 2, 3, 4, 5, 6, 7, 8, 9], median: 5.5, p90: 9, min: 1, max: 10 }
	])('$values', ({ values, ...expected }) => {
		expect(summarize(values)).toEqual({ ...expected, n: values.length });
	});

	it('refuses an empty sample', () => expect(() => summarize([])).toThrow(/no values/));
});

describe('chunkRuns', () => {
	it.each([
		{ total: 20, rounds: 1, unit: 2, chunks: [20] },
		{ total: 20, rounds: 5, unit: 2, chunks: [4, 4, 4, 4, 4] },
		{ total: 10, rounds: 5, unit: 2, chunks: [2, 2, 2, 2, 2] },
		// Earlier rounds take the remainder, a whole unit at a time.
		{ total: 20, rounds: 3, unit: 2, chunks: [8, 6, 6] },
		{ total: 7, rounds: 3, unit: 1, chunks: [3, 2, 2] },
		{ total: 2, rounds: 3, unit: 2, chunks: [2, 0, 0] }
	])('$total runs in $rounds rounds of $unit', ({ total, rounds, unit, chunks }) => {
		const got = chunkRuns(total, rounds, unit);
		expect(got).toEqual(chunks);
		expect(got.reduce((s, c) => s + c, 0)).toBe(total);
	});

	it('refuses runs that do not split into whole units', () =>
		expect(() => chunkRuns(5, 2, 2)).toThrow(/do not split/));
});

describe('mannWhitney', () => {
	// Expected p values from scipy.stats.mannwhitneyu(a, b, method='asymptotic').
	it.each([
		{ a: [1, 2, 3, 4, 5], b: [6, 7, 8, 9, 10], u: 0, p: 0.012185780355344813 },
		{ a: [6, 7, 8, 9, 10], b: [1, 2, 3, 4, 5], u: 25, p: 0.012185780355344813 },
		{ a: [1, 2, 2, 3, 5], b: [2, 3, 4, 4, 6, 7], u: 6.5, p: 0.13862587987892763 },
		{ a: [10, 11, 12], b: [10, 11, 12], u: 4.5, p: 1 },
		{ a: [5, 5], b: [5, 5, 5], u: 3, p: 1 }
	])('$a vs $b', ({ a, b, u, p }) => {
		const got = mannWhitney(a, b);
		expect(got.u).toBe(u);
		expect(got.p).toBeCloseTo(p, 6);
	});
});

describe('compareTimes and verdict', () => {
	const labels = { a: 'base', b: 'current' };
	const slow = [100, 104, 98, 101, 99, 103, 97, 102];
	const fast = slow.map((v) => v / 2);

	it('names the faster build and by how much', () => {
		const c = compareTimes(slow, fast);
		expect(c.faster).toBe('b');
		expect(c.ratio).toBeCloseTo(0.5, 6);
		expect(verdict(c, labels)).toMatch(/^current faster by 50% \(p<0\.001\)$/);
		const back = compareTimes(fast, slow);
		expect(back.faster).toBe('a');
		expect(back.ratio).toBeCloseTo(2, 6);
		expect(verdict(back, labels)).toMatch(/^base faster by 50% /);
	});

	it('calls no winner when the runs overlap', () => {
		const c = compareTimes(
			slow,
			[...slow].reverse().map((v) => v + 0.5)
		);
		expect(c.faster).toBeNull();
		expect(verdict(c, labels)).toMatch(/^no clear difference \(p=0\.\d+\)$/);
	});
});

describe('meetsTarget', () => {
	it.each([
		// The targets read "≤": a median on the target meets it.
		{ values: [40, 50, 60], targetMs: 50, meets: true },
		{ values: [40, 51, 60], targetMs: 50, meets: false },
		{ values: [10, 20], targetMs: 15, meets: true },
		{ values: [10, 20], targetMs: null, meets: null }
	])('$values against $targetMs', ({ values, targetMs, meets }) => {
		expect(meetsTarget(values, targetMs)).toBe(meets);
	});
});

describe('sideBySideTable', () => {
	it('lines up the target, both medians, p90 and verdicts on the target, the ratio and the verdict; says what was not measured', () => {
		const lines = sideBySideTable(
			[
				{ name: 'zoom step', targetMs: 30, a: [40, 42, 41, 43, 44], b: [20, 21, 22, 23, 24] },
				{ name: 'time to interactive', targetMs: 1500, a: [900], b: { failure: 'no mark' } },
				{ name: 'year button', targetMs: null, a: [60, 61], b: [59, 60] }
			],
			{ a: 'base', b: 'current' }
		);
		expect(lines[0]).toMatch(
			/^scenario\s+target\s+base median\s+p90\s+met\?\s+current median\s+p90\s+met\?\s+current\/base\s+verdict$/
		);
		expect(lines[2]).toMatch(
			/^zoom step\s+≤ 30\.0 ms\s+42\.0 ms\s+44\.0 ms\s+NOT met\s+22\.0 ms\s+24\.0 ms\s+met\s+0\.52\s+current faster by 48% \(p=0\.01\d\)$/
		);
		expect(lines[3]).toMatch(
			/^time to interactive\s+≤ 1\.50 s\s+900\.0 ms\s+900\.0 ms\s+met\s+not measured\s+–\s+–\s+not compared: no mark$/
		);
		expect(lines[4]).toMatch(
			/^year button\s+–\s+60\.5 ms\s+61\.0 ms\s+–\s+59\.5 ms\s+60\.0 ms\s+–\s+0\.98\s+no clear/
		);
		// Every row's columns start where the header's do.
		const at = lines[0]!.indexOf('verdict');
		expect(lines[2]!.indexOf('current faster')).toBe(at);
		expect(lines[3]!.indexOf('not compared')).toBe(at);
	});
});
