import { describe, expect, it } from 'vitest';
import { periodsFor, yearsOf } from './theme-periods';
import { span, year } from './testing';

// ------------------------------------------------------------------------------ periodsFor

describe('periodsFor', () => {
	it('writes years and quarters with both ends included', () => {
		expect(periodsFor({ start: '2024-01-01', end: '2024-12-31' }, span)).toEqual({
			bucket: 'quarter',
			periods: [
				{ key: '2024-Q1', label: 'Q1 2024', start: '2024-01-01', end: '2024-03-31' },
				{ key: '2024-Q2', label: 'Q2 2024', start: '2024-04-01', end: '2024-06-30' },
				{ key: '2024-Q3', label: 'Q3 2024', start: '2024-07-01', end: '2024-09-30' },
				{ key: '2024-Q4', label: 'Q4 2024', start: '2024-10-01', end: '2024-12-31' }
			]
		});
		expect(periodsFor({ start: '2015-01-01', end: '2030-12-31' }, span)).toEqual({
			bucket: 'year',
			periods: [2021, 2022, 2023, 2024].map(year)
		});
	});

	const keys = (start: string, end: string, s: { from: string; to: string } | null = span) => {
		const r = periodsFor({ start, end }, s);
		return [r.bucket, r.periods.map((p) => p.key).join(' ')];
	};

	it.each([
		// Wider than the data: clipped to 2021–2024, not 2015–2030.
		['2015-01-01', '2030-12-31', 'year', '2021 2022 2023 2024'],
		// 2023-01-01 … 2024-12-31 is 731 days (2024 is a leap year): still quarters.
		[
			'2023-01-01',
			'2024-12-31',
			'quarter',
			'2023-Q1 2023-Q2 2023-Q3 2023-Q4 2024-Q1 2024-Q2 2024-Q3 2024-Q4'
		],
		// 2022-01-01 … 2024-01-01 is 731 days; one day more and it is years.
		[
			'2022-01-01',
			'2024-01-01',
			'quarter',
			'2022-Q1 2022-Q2 2022-Q3 2022-Q4 2023-Q1 2023-Q2 2023-Q3 2023-Q4 2024-Q1'
		],
		['2022-01-01', '2024-01-02', 'year', '2022 2023 2024'],
		// Starts before the first event (2021-03-10): Q1 2021 is the first column, no 2020.
		['2020-06-01', '2021-05-01', 'quarter', '2021-Q1 2021-Q2'],
		['2021-03-10', '2021-03-10', 'quarter', '2021-Q1'],
		// Quarters with no events inside the span stay (2021-Q2, Q3).
		['2021-01-01', '2021-12-31', 'quarter', '2021-Q1 2021-Q2 2021-Q3 2021-Q4'],
		// Entirely before or after the data.
		['2025-01-01', '2025-12-31', 'quarter', ''],
		['2010-01-01', '2015-12-31', 'year', ''],
		['2021-01-01', '2021-03-09', 'quarter', '']
	])('%s … %s → %s: %s', (start, end, bucket, expected) => {
		expect(keys(start, end)).toEqual([bucket, expected]);
	});

	it('gives no columns without data', () => {
		expect(keys('2024-01-01', '2024-12-31', null)).toEqual(['quarter', '']);
		expect(keys('2015-01-01', '2030-12-31', null)).toEqual(['year', '']);
	});
});

describe('yearsOf', () => {
	it.each([
		[null, []],
		[span, [2021, 2022, 2023, 2024]],
		[{ from: '2024-01-01', to: '2024-12-31' }, [2024]]
	])('%o → %o', (s, expected) => expect(yearsOf(s)).toEqual(expected));
});

// ------------------------------------------------------------------------------ countThemes
