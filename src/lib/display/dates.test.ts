import { describe, expect, it } from 'vitest';
import { formatDate, yearOf } from './dates';

describe('formatDate', () => {
	it.each([
		['2026-03-06', '6 March 2026'],
		['2022-02-09', '9 February 2022'],
		['2021-12-31', '31 December 2021'],
		['2024-01-13', '13 January 2024'],
		// Not a date the corpus would hold: shown as written rather than as "undefined".
		['2024-13-01', '2024-13-01'],
		['6 March 2026', '6 March 2026']
	])('%s → %s', (iso, expected) => {
		expect(formatDate(iso)).toBe(expected);
	});
});

describe('yearOf', () => {
	it('reads the year', () => expect(yearOf('2021-05-03')).toBe(2021));
});
