import { describe, expect, it } from 'vitest';
import { countThemes } from './theme-counts';
import { areasCsv, frequencyCsv, overTimeCsv, profileCsv } from './theme-csv';
import type { Period } from './theme-periods';
import { sourceProfiles } from './theme-profiles';
import { byYear, events, profileSources, taxonomy, year } from './testing';

const HOSTILE = `"'=HYPERLINK(""http://evil"",""x"")"`;

describe('CSV downloads', () => {
	it('frequency: one row per theme in chart order', () => {
		expect(frequencyCsv(byYear)).toBe(
			[
				'theme_id,theme_label,events,sentences,events_counted',
				'defence,Defence,3,6,6',
				'trade,"Trade, investment",3,5,6',
				'cyber,Cyber,3,5,6',
				`health,${HOSTILE},1,9,6`,
				'arctic,Arctic,0,0,6',
				''
			].join('\r\n')
		);
	});

	it('over time: shares to 3 decimals, empty when the period has no events', () => {
		// 2021–2022 holds e1, e2, e3: defence 2 of 3 events (2 + 3 sentences), trade, cyber and
		// health 1 of 3 each.
		const periods: Period[] = [
			{ key: '2021-2022', label: '2021–2022', start: '2021-01-01', end: '2022-12-31' },
			year(2025)
		];
		const stats = countThemes(events, taxonomy, { periods, years: [] });
		expect(overTimeCsv(stats)).toBe(
			[
				'period,period_start,period_end,theme_id,theme_label,events,sentences,events_in_period,share_of_events',
				'2021-2022,2021-01-01,2022-12-31,defence,Defence,2,5,3,0.667',
				'2021-2022,2021-01-01,2022-12-31,trade,"Trade, investment",1,3,3,0.333',
				'2021-2022,2021-01-01,2022-12-31,cyber,Cyber,1,1,3,0.333',
				`2021-2022,2021-01-01,2022-12-31,health,${HOSTILE},1,9,3,0.333`,
				'2021-2022,2021-01-01,2022-12-31,arctic,Arctic,0,0,3,0',
				'2025,2025-01-01,2025-12-31,defence,Defence,0,0,0,',
				'2025,2025-01-01,2025-12-31,trade,"Trade, investment",0,0,0,',
				'2025,2025-01-01,2025-12-31,cyber,Cyber,0,0,0,',
				`2025,2025-01-01,2025-12-31,health,${HOSTILE},0,0,0,`,
				'2025,2025-01-01,2025-12-31,arctic,Arctic,0,0,0,',
				''
			].join('\r\n')
		);
	});

	it('over time: a share of one whole and of a half', () => {
		const csv = overTimeCsv(countThemes(events, taxonomy, { periods: [year(2024)], years: [] }));
		// 2024: e5, e6; trade and cyber in both, defence in e6 only.
		expect(csv.split('\r\n').slice(1, 4)).toEqual([
			'2024,2024-01-01,2024-12-31,defence,Defence,1,1,2,0.5',
			'2024,2024-01-01,2024-12-31,trade,"Trade, investment",2,2,2,1',
			'2024,2024-01-01,2024-12-31,cyber,Cyber,2,4,2,1'
		]);
	});

	it('areas: one row per area and year', () => {
		expect(areasCsv(byYear)).toBe(
			[
				'framework,area_id,area_label,year,events,sentences,events_in_year',
				'Shared priorities,sec,Security,2021,1,3,2',
				'Shared priorities,sec,Security,2022,1,3,1',
				'Shared priorities,sec,Security,2023,0,0,1',
				'Shared priorities,sec,Security,2024,2,5,2',
				'Shared priorities,econ,Economy,2021,2,4,2',
				'Shared priorities,econ,Economy,2022,0,0,1',
				'Shared priorities,econ,Economy,2023,0,0,1',
				'Shared priorities,econ,Economy,2024,2,6,2',
				''
			].join('\r\n')
		);
	});

	it('writes the CSV with one column per source', () => {
		expect(profileCsv(sourceProfiles(profileSources, taxonomy))).toBe(
			[
				'theme_id,theme_label,"PMO: Readout, 6 March",\'=MOFA: Press release,total',
				'defence,Defence,1,3,4',
				'trade,"Trade, investment",0,3,3',
				'cyber,Cyber,2,1,3',
				''
			].join('\r\n')
		);
	});
});
