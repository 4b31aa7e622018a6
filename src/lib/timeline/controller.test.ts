import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState } from '$lib/filters/view-state';
import {
	DAY,
	LIMIT_END,
	LIMIT_START,
	MAX_SPAN,
	MIN_SPAN,
	centreOn,
	clampRange,
	defaultRange,
	fitRange,
	fromDateRange,
	pan,
	rangeLabel,
	shiftPeriod,
	toDateRange,
	yearRange,
	yearsOf,
	zoom,
	zoomIn,
	zoomOut,
	type Range
} from './controller';

/** "2024-03-01" or "2024-03-01T12:00" as epoch ms, UTC. */
const t = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : `${s}:00Z`);
const r = (start: string, end: string): Range => ({ start: t(start), end: t(end) });
const span = (x: Range) => x.end - x.start;
const mid = (x: Range) => (x.start + x.end) / 2;
const iso = (x: Range) => ({
	start: new Date(x.start).toISOString().slice(0, 16),
	end: new Date(x.end).toISOString().slice(0, 16)
});

describe('constants', () => {
	it('MIN_SPAN is a week and MAX_SPAN thirty years of 365.25 days', () => {
		expect(MIN_SPAN).toBe(604_800_000);
		expect(MAX_SPAN).toBe(30 * 365.25 * 86_400_000);
	});
});

describe('clampRange', () => {
	it.each<[string, Range, Range]>([
		['a legal range is unchanged', r('2024-01-01', '2025-01-01'), r('2024-01-01', '2025-01-01')],
		['exactly a week is legal', r('2024-03-01', '2024-03-08'), r('2024-03-01', '2024-03-08')],
		[
			'one day widens to a week around its centre',
			r('2024-03-10', '2024-03-11'),
			r('2024-03-07', '2024-03-14')
		],
		[
			'a reversed range is turned round',
			r('2025-01-01', '2024-01-01'),
			r('2024-01-01', '2025-01-01')
		],
		[
			'before 1950 moves to 1950',
			r('1940-01-01', '1945-01-01'),
			{ start: LIMIT_START, end: LIMIT_START + (t('1945-01-01') - t('1940-01-01')) }
		],
		[
			'after 2100 moves back',
			r('2099-01-01', '2105-01-01'),
			{ start: LIMIT_END - (t('2105-01-01') - t('2099-01-01')), end: LIMIT_END }
		],
		['NaN becomes the fallback', { start: NaN, end: 0 }, r('2021-01-01', '2027-01-01')],
		['Infinity becomes the fallback', { start: 0, end: Infinity }, r('2021-01-01', '2027-01-01')]
	])('%s', (_name, input, expected) => {
		expect(clampRange(input)).toEqual(expected);
	});

	it('narrows a 40-year range to thirty years around its centre', () => {
		const wide = r('2000-01-01', '2040-01-01');
		const out = clampRange(wide);
		expect(span(out)).toBe(MAX_SPAN);
		expect(Math.abs(mid(out) - mid(wide))).toBeLessThanOrEqual(1);
	});

	it('narrows a 200-year range to thirty years inside 1950–2100', () => {
		const out = clampRange(r('1900-01-01', '2100-01-01'));
		expect(span(out)).toBe(MAX_SPAN);
		expect(out.start).toBeGreaterThanOrEqual(LIMIT_START);
		expect(out.end).toBeLessThanOrEqual(LIMIT_END);
	});

	it('always gives a legal range, and is idempotent', () => {
		const ms = fc.double({ min: -1e14, max: 1e14, noNaN: true });
		fc.assert(
			fc.property(ms, ms, (start, end) => {
				const out = clampRange({ start, end });
				expect(span(out)).toBeGreaterThanOrEqual(MIN_SPAN);
				expect(span(out)).toBeLessThanOrEqual(MAX_SPAN);
				expect(out.start).toBeGreaterThanOrEqual(LIMIT_START);
				expect(out.end).toBeLessThanOrEqual(LIMIT_END);
				expect(clampRange(out)).toEqual(out);
			})
		);
	});
});

describe('zoom', () => {
	const year = r('2024-01-01', '2025-01-01');

	it.each<[string, Range, number, number | undefined, Range]>([
		[
			'in around the centre',
			r('2024-01-01', '2024-01-31'),
			0.5,
			undefined,
			r('2024-01-08T12:00', '2024-01-23T12:00')
		],
		[
			'out around the centre',
			r('2024-01-10', '2024-01-20'),
			2,
			undefined,
			r('2024-01-05', '2024-01-25')
		],
		[
			'in around the start: the start stays put',
			r('2024-01-01', '2024-03-01'),
			0.5,
			t('2024-01-01'),
			r('2024-01-01', '2024-01-31')
		],
		[
			'in around the end: the end stays put',
			r('2024-01-01', '2024-03-01'),
			0.5,
			t('2024-03-01'),
			r('2024-01-31', '2024-03-01')
		],
		[
			'in around a point a quarter in',
			r('2024-01-01', '2024-01-29'),
			0.5,
			t('2024-01-08'),
			r('2024-01-04T12:00', '2024-01-18T12:00')
		],
		[
			'stops at a week',
			r('2024-01-01', '2024-01-11'),
			0.1,
			undefined,
			r('2024-01-02T12:00', '2024-01-09T12:00')
		],
		[
			'a week cannot zoom in',
			r('2024-01-01', '2024-01-08'),
			0.5,
			undefined,
			r('2024-01-01', '2024-01-08')
		],
		['factor 1 changes nothing', year, 1, undefined, year],
		['factor 0 is ignored', year, 0, undefined, year],
		['negative factor is ignored', year, -2, undefined, year],
		['NaN factor is ignored', year, NaN, undefined, year],
		[
			'a NaN centre means the middle',
			r('2024-01-10', '2024-01-20'),
			2,
			NaN,
			r('2024-01-05', '2024-01-25')
		],
		[
			'out at the 2100 edge stays inside',
			r('2100-01-01', '2101-01-01'),
			2,
			undefined,
			{ start: LIMIT_END - 2 * (t('2101-01-01') - t('2100-01-01')), end: LIMIT_END }
		]
	])('%s', (_name, input, factor, centre, expected) => {
		expect(iso(zoom(input, factor, centre))).toEqual(iso(expected));
	});

	it('stops at thirty years', () => {
		const out = zoom(r('2000-01-01', '2020-01-01'), 10);
		expect(span(out)).toBe(MAX_SPAN);
		expect(span(zoomOut(out))).toBe(MAX_SPAN);
	});

	it('zoomIn halves and zoomOut doubles the span around the centre', () => {
		expect(span(zoomIn(year))).toBe(span(year) / 2);
		expect(mid(zoomIn(year))).toBe(mid(year));
		expect(span(zoomOut(year))).toBe(span(year) * 2);
		expect(mid(zoomOut(year))).toBe(mid(year));
		expect(zoomOut(zoomIn(year))).toEqual(year);
	});
});

describe('pan', () => {
	const year = r('2024-01-01', '2025-01-01');
	it.each<[string, Range, number, Range]>([
		['right by a fifth', r('2024-01-01', '2024-01-11'), 0.2, r('2024-01-03', '2024-01-13')],
		['left by a fifth', r('2024-01-11', '2024-01-21'), -0.2, r('2024-01-09', '2024-01-19')],
		['by a whole span', r('2024-01-01', '2024-01-11'), 1, r('2024-01-11', '2024-01-21')],
		['zero', year, 0, year],
		['NaN is ignored', year, NaN, year],
		['stops at 2100', r('2100-01-01', '2101-01-01'), 0.2, r('2100-01-01', '2101-01-01')],
		['stops at 1950', r('1950-01-11', '1950-01-21'), -1.5, r('1950-01-01', '1950-01-11')]
	])('%s', (_name, input, fraction, expected) => {
		expect(iso(pan(input, fraction))).toEqual(iso(expected));
	});
});

describe('shiftPeriod', () => {
	it.each<[string, Range, -1 | 1, Range]>([
		['a year to the next', r('2024-01-01', '2025-01-01'), 1, r('2025-01-01', '2026-01-01')],
		['a year to the previous', r('2024-01-01', '2025-01-01'), -1, r('2023-01-01', '2024-01-01')],
		[
			'a month to the next (February → all of March)',
			r('2024-02-01', '2024-03-01'),
			1,
			r('2024-03-01', '2024-04-01')
		],
		[
			'a month to the previous across a year',
			r('2024-01-01', '2024-02-01'),
			-1,
			r('2023-12-01', '2024-01-01')
		],
		['December to January', r('2024-12-01', '2025-01-01'), 1, r('2025-01-01', '2025-02-01')],
		['ten days by ten days', r('2024-01-05', '2024-01-15'), 1, r('2024-01-15', '2024-01-25')],
		['ten days back', r('2024-01-05', '2024-01-15'), -1, r('2023-12-26', '2024-01-05')],
		[
			'twelve months from March: by the span',
			r('2024-03-01', '2025-03-01'),
			1,
			r('2025-03-01', '2026-03-01')
		],
		[
			'two calendar years: by the span (731 days)',
			r('2024-01-01', '2026-01-01'),
			1,
			r('2026-01-01', '2028-01-02')
		],
		[
			'a year starting at noon: by the span',
			r('2024-01-01T12:00', '2025-01-01T12:00'),
			1,
			r('2025-01-01T12:00', '2026-01-02T12:00')
		],
		[
			'the year 2100 cannot go further',
			r('2100-01-01', '2101-01-01'),
			1,
			r('2100-01-01', '2101-01-01')
		],
		[
			'the year 1950 cannot go back',
			r('1950-01-01', '1951-01-01'),
			-1,
			r('1950-01-01', '1951-01-01')
		],
		[
			'January 1950 cannot go back',
			r('1950-01-01', '1950-02-01'),
			-1,
			r('1950-01-01', '1950-02-01')
		]
	])('%s', (_name, input, direction, expected) => {
		expect(iso(shiftPeriod(input, direction))).toEqual(iso(expected));
	});
});

describe('yearRange', () => {
	it.each<[number, Range]>([
		[2024, r('2024-01-01', '2025-01-01')],
		[2026, r('2026-01-01', '2027-01-01')],
		[1969, r('1969-01-01', '1970-01-01')]
	])('%i', (year, expected) => {
		expect(yearRange(year)).toEqual(expected);
	});
});

describe('fitRange and defaultRange', () => {
	/** start − margin … last day + 1 + margin, margin = max(30 days, 5% of that span). */
	const fitted = (first: string, last: string): Range => {
		const start = t(first);
		const end = t(last) + DAY;
		const margin = Math.max(30 * DAY, Math.round((end - start) * 0.05));
		return { start: start - margin, end: end + margin };
	};

	it.each<[string, string[], Range]>([
		['one date: 30 days each side of that day', ['2024-01-13'], r('2023-12-14', '2024-02-13')],
		['a short span: 30 days', ['2024-01-13', '2024-03-01'], r('2023-12-14', '2024-04-01')],
		[
			'the corpus: 5% of the span',
			['2026-03-06', '2021-05-03', '2024-01-13'],
			fitted('2021-05-03', '2026-03-06')
		],
		['no dates: 2021–2026', [], r('2021-01-01', '2027-01-01')],
		['bad dates are ignored', ['2024-13-01', 'soon', '2024-01-13'], r('2023-12-14', '2024-02-13')],
		['only bad dates: 2021–2026', ['2024-02-30'], r('2021-01-01', '2027-01-01')]
	])('fitRange: %s', (_name, dates, expected) => {
		expect(iso(fitRange(dates))).toEqual(iso(expected));
	});

	it('a 5% margin is used once it is more than 30 days', () => {
		const out = fitRange(['2021-05-03', '2026-03-06']);
		expect(t('2021-05-03') - out.start).toBeGreaterThan(30 * DAY);
		expect(rangeLabel(out)).toBe('Feb 2021 – Jun 2026');
	});

	it('wider than thirty years is clamped', () => {
		expect(span(fitRange(['1960-01-01', '2090-01-01']))).toBe(MAX_SPAN);
	});

	it.each<[string, string[], string[], Range]>([
		[
			'from the first framework to the last',
			['2026-03-06', '2021-05-03'],
			['2020-01-01', '2026-03-06'],
			fitted('2021-05-03', '2026-03-06')
		],
		[
			'without frameworks: the events',
			[],
			['2022-02-08', '2024-01-13'],
			fitted('2022-02-08', '2024-01-13')
		],
		[
			'with only bad framework dates: the events',
			['x'],
			['2024-01-13'],
			r('2023-12-14', '2024-02-13')
		],
		['with nothing: 2021–2026', [], [], r('2021-01-01', '2027-01-01')]
	])('defaultRange: %s', (_name, frameworks, events, expected) => {
		expect(iso(defaultRange(frameworks, events))).toEqual(iso(expected));
	});
});

describe('centreOn', () => {
	it.each<[string, Range, string, Range]>([
		[
			'keeps the span, centred on the middle of the day',
			r('2024-01-01', '2024-01-11'),
			'2026-03-06',
			r('2026-03-01T12:00', '2026-03-11T12:00')
		],
		[
			'a bad date changes nothing',
			r('2024-01-01', '2024-01-11'),
			'2026-02-30',
			r('2024-01-01', '2024-01-11')
		],
		[
			'stays inside the limits',
			r('2024-01-01', '2026-01-01'),
			'2100-12-31',
			{ start: LIMIT_END - (t('2026-01-01') - t('2024-01-01')), end: LIMIT_END }
		]
	])('%s', (_name, input, date, expected) => {
		expect(iso(centreOn(input, date))).toEqual(iso(expected));
	});
});

describe('rangeLabel', () => {
	it.each<[Range, string]>([
		[yearRange(2024), 'Jan – Dec 2024'],
		[yearRange(2026), 'Jan – Dec 2026'],
		[r('2024-03-01', '2024-07-01'), 'Mar – Jun 2024'],
		[r('2024-03-15', '2024-06-20'), 'Mar – Jun 2024'],
		[r('2026-03-03', '2026-03-10'), '3 – 9 Mar 2026'],
		[r('2026-03-03T12:00', '2026-03-10T12:00'), '3 – 10 Mar 2026'],
		[r('2026-02-28', '2026-03-07'), '28 Feb – 6 Mar 2026'],
		[r('2025-12-28', '2026-01-04'), '28 Dec 2025 – 3 Jan 2026'],
		[r('2026-03-06', '2026-03-07'), '6 Mar 2026'],
		[r('2024-02-01', '2024-03-01'), '1 – 29 Feb 2024'],
		// 45 days is still written in days, 46 in months.
		[r('2024-01-01', '2024-02-15'), '1 Jan – 14 Feb 2024'],
		[r('2024-01-01', '2024-02-16'), 'Jan – Feb 2024'],
		[r('2021-03-01', '2026-05-01'), 'Mar 2021 – Apr 2026'],
		[r('2024-11-01', '2025-03-01'), 'Nov 2024 – Feb 2025'],
		// One millisecond into 2025 shows 2025.
		[{ start: t('2024-01-01'), end: t('2025-01-01') + 1 }, 'Jan 2024 – Jan 2025'],
		[{ start: NaN, end: 0 }, ''],
		[r('2025-01-01', '2024-01-01'), '']
	])('%j → %s', (input, expected) => {
		expect(rangeLabel(input)).toBe(expected);
	});
});

describe('toDateRange and fromDateRange', () => {
	it.each<[Range, { start: string; end: string }]>([
		[yearRange(2024), { start: '2024-01-01', end: '2024-12-31' }],
		[r('2024-02-01', '2024-03-01'), { start: '2024-02-01', end: '2024-02-29' }],
		// Days partly shown count as shown.
		[r('2024-03-03T12:00', '2024-03-10T12:00'), { start: '2024-03-03', end: '2024-03-10' }],
		// A DateRange needs start < end, so a range within one day gets two.
		[r('2024-03-03T06:00', '2024-03-03T18:00'), { start: '2024-03-03', end: '2024-03-04' }],
		[r('1955-06-01', '1955-06-08'), { start: '1955-06-01', end: '1955-06-07' }],
		[
			{ start: NaN, end: 0 },
			{ start: '2021-01-01', end: '2026-12-31' }
		],
		// Far outside the years anyone draws, still dates (toISOString would throw).
		[
			{ start: -1e16, end: 1e16 },
			{ start: '1900-01-01', end: '2100-12-31' }
		]
	])('toDateRange(%j) → %j', (input, expected) => {
		expect(toDateRange(input)).toEqual(expected);
	});

	it.each<[{ start: string; end: string }, Range]>([
		[{ start: '2024-01-01', end: '2024-12-31' }, yearRange(2024)],
		[{ start: '2024-03-03', end: '2024-03-04' }, r('2024-03-03', '2024-03-05')],
		[{ start: 'bad', end: '2024-01-01' }, r('2021-01-01', '2027-01-01')]
	])('fromDateRange(%j)', (input, expected) => {
		expect(fromDateRange(input)).toEqual(expected);
	});

	it('toDateRange(fromDateRange(d)) == d for any range of days', () => {
		const day = fc
			.integer({ min: t('1900-01-01') / DAY, max: t('2100-12-31') / DAY })
			.map((n) => new Date(n * DAY).toISOString().slice(0, 10));
		fc.assert(
			fc.property(day, day, (a, b) => {
				fc.pre(a !== b);
				const d = a < b ? { start: a, end: b } : { start: b, end: a };
				expect(toDateRange(fromDateRange(d))).toEqual(d);
			})
		);
	});
});

describe('the URL', () => {
	it('any window the timeline can show writes a range the URL parser accepts', () => {
		const known = { themes: [], people: new Set<string>(), events: new Set<string>() };
		const ms = fc.double({ min: -1e13, max: 1e13, noNaN: true });
		fc.assert(
			fc.property(ms, ms, (start, end) => {
				const d = toDateRange(clampRange({ start, end }));
				const params = new URLSearchParams({ from: d.start, to: d.end });
				const { state, notices } = parseViewState(params, known);
				expect(notices).toEqual([]);
				expect(state.range).toEqual(d);
			})
		);
	});
});

describe('yearsOf', () => {
	it.each<[string[], number[]]>([
		[[], []],
		[
			['2026-03-06', '2021-05-03', '2026-01-01', '2024-01-13'],
			[2021, 2024, 2026]
		],
		[['2024-13-01', 'x', '2022-02-08'], [2022]]
	])('%j → %j', (dates, expected) => {
		expect(yearsOf(dates)).toEqual(expected);
	});
});
