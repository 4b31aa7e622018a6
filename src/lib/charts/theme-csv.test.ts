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

describe('CSV downloads in French and Japanese', () => {
	const first = (csv: string) => csv.split('\r\n')[0];

	it.each<['fr' | 'ja', string, string, string]>([
		[
			'fr',
			'identifiant_theme,theme,evenements,phrases,evenements_comptes',
			'periode,debut_periode,fin_periode,identifiant_theme,theme,evenements,phrases,evenements_periode,part_evenements',
			'cadre,identifiant_domaine,domaine,annee,evenements,phrases,evenements_annee'
		],
		[
			'ja',
			'テーマID,テーマ,件数,文数,集計件数',
			'期間,期間開始日,期間終了日,テーマID,テーマ,件数,文数,期間内件数,件数割合',
			'枠組み,分野ID,分野,年,件数,文数,年内件数'
		]
	])('%s: the header row in the language, the rows as in English', (locale, freq, time, areas) => {
		expect(first(frequencyCsv(byYear, locale))).toBe(freq);
		expect(first(overTimeCsv(byYear, locale))).toBe(time);
		expect(first(areasCsv(byYear, locale))).toBe(areas);
		// Ids, numbers and shares stay machine-readable: only the header row changes.
		const rows = (csv: string) => csv.split('\r\n').slice(1);
		expect(rows(frequencyCsv(byYear, locale))).toEqual(rows(frequencyCsv(byYear, 'en')));
		expect(rows(overTimeCsv(byYear, locale))).toEqual(rows(overTimeCsv(byYear, 'en')));
	});

	it('a source column names issuer and title the language’s way', () => {
		const profile = sourceProfiles(profileSources, taxonomy);
		expect(first(profileCsv(profile, 'fr'))).toMatch(
			/^identifiant_theme,theme,.+\u00a0: .+,total$/
		);
		expect(first(profileCsv(profile, 'ja'))).toMatch(/^テーマID,テーマ,.+：.+,合計$/);
	});
});
