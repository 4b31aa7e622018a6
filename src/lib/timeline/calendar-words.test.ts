import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locale';
import {
	axisFormat,
	majorAxisLabel,
	minorAxisLabel,
	rangeWords,
	type AxisScale
} from './calendar-words';
import { rangeLabel } from './controller';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** What vis-timeline hands the format functions: a moment, of which only valueOf is read. */
const at = (iso: string) => ({ valueOf: () => t(iso) });

describe('minorAxisLabel: the label under each tick', () => {
	it.each<[AxisScale, string, Locale, string]>([
		['month', '2024-01-01', 'en', 'Jan'],
		['month', '2024-09-01', 'en', 'Sep'],
		['month', '2024-01-01', 'fr', 'janv.'],
		['month', '2024-09-01', 'fr', 'sept.'],
		['month', '2024-01-01', 'ja', '1月'],
		['month', '2024-12-01', 'ja', '12月'],
		['year', '2024-01-01', 'en', '2024'],
		['year', '2024-01-01', 'fr', '2024'],
		['year', '2024-01-01', 'ja', '2024年'],
		['day', '2024-03-07', 'en', '7'],
		['day', '2024-03-07', 'fr', '7'],
		['day', '2024-03-01', 'fr', '1er'],
		['day', '2024-03-07', 'ja', '7日'],
		['weekday', '2024-01-07', 'en', 'Sun 7'],
		['weekday', '2024-01-07', 'fr', 'dim. 7'],
		['weekday', '2024-01-07', 'ja', '7日(日)'],
		// Weeks by the day they start, not by a week number; a 1st that starts no week stays blank.
		['week', '2024-01-07', 'en', '7'],
		['week', '2024-01-07', 'ja', '7日'],
		['week', '2024-02-01', 'fr', ''],
		['week', '2024-09-01', 'fr', '1er'],
		['hour', '2024-01-07', 'en', '00:00'],
		['hour', '2024-01-07', 'ja', '00:00'],
		['hour', '2024-01-07', 'fr', '00 h 00']
	])('%s %s in %s → %j', (scale, iso, locale, expected) => {
		expect(minorAxisLabel(at(iso), scale, locale)).toBe(expected);
	});
});

describe('majorAxisLabel: the label above the ticks', () => {
	it.each<[AxisScale, string, Locale, string]>([
		['day', '2024-01-07', 'en', 'January 2024'],
		['day', '2024-01-07', 'fr', 'janv. 2024'],
		['day', '2024-01-07', 'ja', '2024年1月'],
		['week', '2024-03-03', 'fr', 'mars 2024'],
		['weekday', '2024-03-03', 'ja', '2024年3月'],
		['month', '2024-03-01', 'en', '2024'],
		['month', '2024-03-01', 'fr', '2024'],
		['month', '2024-03-01', 'ja', '2024年'],
		['year', '2024-01-01', 'en', ''],
		['year', '2024-01-01', 'ja', ''],
		['hour', '2024-01-07', 'en', 'Sun 7 January'],
		['hour', '2024-01-07', 'fr', 'dim. 7 janvier'],
		['hour', '2024-01-07', 'ja', '1月7日(日)']
	])('%s %s in %s → %j', (scale, iso, locale, expected) => {
		expect(majorAxisLabel(at(iso), scale, locale)).toBe(expected);
	});

	it('axisFormat gives vis-timeline both, in the language asked for', () => {
		const fr = axisFormat('fr');
		expect(fr.minorLabels(at('2024-02-01'), 'month')).toBe('févr.');
		expect(fr.majorLabels(at('2024-02-05'), 'day')).toBe('févr. 2024');
		expect(axisFormat('ja').minorLabels(at('2024-02-01'), 'month')).toBe('2月');
	});
});

describe('rangeWords and rangeLabel: what is shown, in words', () => {
	// [start, end (exclusive), English, French, Japanese]
	it.each<[string, string, string, string, string]>([
		['2024-01-01', '2025-01-01', 'Jan – Dec 2024', 'janv. – déc. 2024', '2024年1月～12月'],
		['2024-03-01', '2024-07-01', 'Mar – Jun 2024', 'mars – juin 2024', '2024年3月～6月'],
		[
			'2021-03-01',
			'2026-05-01',
			'Mar 2021 – Apr 2026',
			'mars 2021 – avr. 2026',
			'2021年3月～2026年4月'
		],
		['2026-03-03', '2026-03-10', '3 – 9 Mar 2026', '3 – 9 mars 2026', '2026年3月3日～9日'],
		['2026-03-01', '2026-03-10', '1 – 9 Mar 2026', '1er – 9 mars 2026', '2026年3月1日～9日'],
		[
			'2026-02-28',
			'2026-03-07',
			'28 Feb – 6 Mar 2026',
			'28 févr. – 6 mars 2026',
			'2026年2月28日～3月6日'
		],
		[
			'2025-12-28',
			'2026-01-04',
			'28 Dec 2025 – 3 Jan 2026',
			'28 déc. 2025 – 3 janv. 2026',
			'2025年12月28日～2026年1月3日'
		]
	])('%s … %s', (start, end, en, fr, ja) => {
		const r = { start: t(start), end: t(end) };
		expect(rangeLabel(r, 'en')).toBe(en);
		expect(rangeLabel(r, 'fr')).toBe(fr);
		expect(rangeLabel(r, 'ja')).toBe(ja);
	});

	it('one day is that day', () => {
		const noon = t('2026-03-06') + 12 * 3_600_000;
		expect(rangeWords(noon, noon, 'en')).toBe('6 Mar 2026');
		expect(rangeWords(noon, noon, 'fr')).toBe('6 mars 2026');
		expect(rangeWords(noon, noon, 'ja')).toBe('2026年3月6日');
	});
});
