import { describe, expect, it } from 'vitest';
import { isoDate } from './schema';
import { isCalendarDate } from './vocabulary';

describe('isCalendarDate', () => {
	it.each<[string, boolean]>([
		['2024-02-29', true],
		['2023-02-29', false],
		['2024-02-30', false],
		['2024-13-01', false],
		['2024-00-10', false],
		['1999-12-31', true],
		['2024-1-01', false],
		['2024-01-01T00:00', false],
		[' 2024-01-01', false],
		['', false],
		['yyyy-mm-dd', false]
	])('%j → %s', (value, expected) => {
		expect(isCalendarDate(value)).toBe(expected);
		// The pages' check (no zod) and the pipeline's schema agree on every case.
		expect(isoDate.safeParse(value).success).toBe(expected);
	});
});
