import { describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$paraglide/runtime';
import {
	areasHeatmap,
	frequencyRows,
	heatmapColumnWidth,
	heatColor,
	heatInk,
	overTimeHeatmap,
	toFrequencyChart,
	toHeatmapChart,
	toProfileChart
} from './chart-config';
import { countThemes, type StatsEvent, type StatsTaxonomy } from './theme-counts';
import type { Period } from './theme-periods';
import { sourceProfiles } from './theme-profiles';

const taxonomy: StatsTaxonomy = {
	themes: [
		{
			id: 'defence',
			label: 'Defence and security cooperation',
			color: '#332288',
			frameworks: ['a']
		},
		{ id: 'trade', label: 'Trade', color: '#117733', frameworks: ['b'] },
		{ id: 'health', label: 'Health', color: '#cc6677', frameworks: ['a'] }
	],
	frameworks: [
		{ id: 'a', framework: 'Priorities', year: 2021, label: 'Security' },
		{ id: 'b', framework: 'Roadmap', year: 2026, label: 'Trade and Investment' }
	]
};

const events: StatsEvent[] = [
	{ id: 'e3', date: '2026-03-06', themes: [{ id: 'trade', mentions: 5 }] },
	{
		id: 'e2',
		date: '2024-01-13',
		themes: [
			{ id: 'defence', mentions: 1 },
			{ id: 'trade', mentions: 1 }
		]
	},
	{
		id: 'e1',
		date: '2024-05-01',
		themes: [
			{ id: 'defence', mentions: 4 },
			{ id: 'health', mentions: 2 }
		]
	}
];

const years: Period[] = [2024, 2025, 2026].map((y) => ({
	key: `${y}`,
	label: `${y}`,
	start: `${y}-01-01`,
	end: `${y}-12-31`
}));
const stats = countThemes(events, taxonomy, { periods: years, years: [2024, 2025, 2026] });

describe('heat colours', () => {
	it('is white for nothing and darkens with the value', () => {
		expect(heatColor(0)).toBe('#ffffff');
		expect(heatColor(Number.NaN)).toBe('#ffffff');
		const lum = (c: string) =>
			[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).reduce((a, b) => a + b, 0);
		const steps = [0.01, 0.25, 0.5, 0.75, 1].map(heatColor);
		for (let i = 1; i < steps.length; i++) expect(lum(steps[i]!)).toBeLessThan(lum(steps[i - 1]!));
		expect(heatColor(1)).toBe('#08306b');
		expect(heatColor(7)).toBe('#08306b');
		expect(heatColor(0.001)).not.toBe('#ffffff');
	});

	it('writes white on the dark end only', () => {
		expect(heatInk(0)).not.toBe('#ffffff');
		expect(heatInk(0.3)).not.toBe('#ffffff');
		expect(heatInk(0.9)).toBe('#ffffff');
	});
});

describe('theme frequency', () => {
	it('sorts by events, or by sentences, keeping every theme', () => {
		// Equal events: more sentences first (countThemes' order).
		expect(frequencyRows(stats, 'events').map((r) => [r.id, r.value])).toEqual([
			['trade', 2],
			['defence', 2],
			['health', 1]
		]);
		expect(frequencyRows(stats, 'sentences').map((r) => [r.id, r.value])).toEqual([
			['trade', 6],
			['defence', 5],
			['health', 2]
		]);
	});

	it('draws one bar per theme in its colour, the selected outlined, each with its number', () => {
		const rows = frequencyRows(stats, 'events');
		const config = toFrequencyChart(rows, 'events', ['trade'], { width: 20, size: 12 });
		const dataset = config.data.datasets[0]!;
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.labels).toEqual([
			'Trade',
			['Defence and security', 'cooperation'],
			'Health'
		]);
		expect(dataset.data).toEqual([2, 2, 1]);
		expect(dataset.backgroundColor).toEqual(['#117733', '#332288', '#cc6677']);
		expect(dataset.borderWidth).toEqual([3, 0, 0]);
		expect(config.options?.plugins?.valueLabels?.texts).toEqual([['2', '2', '1']]);
		expect(config.options?.scales?.x?.title).toMatchObject({ text: 'Events' });
	});

	it('says both numbers in the tooltip', () => {
		const rows = frequencyRows(stats, 'sentences');
		const label = toFrequencyChart(rows, 'sentences', []).options?.plugins?.tooltip?.callbacks
			?.label as unknown as (item: { dataIndex: number }) => string[];
		expect(label({ dataIndex: 0 })).toEqual(['2 events', '6 sentences']);
	});
});

describe('heatmaps', () => {
	it('themes × periods in taxonomy order, counts against the largest', () => {
		const map = overTimeHeatmap(stats, taxonomy.themes, 'count');
		expect(map.rows.map((r) => r.key)).toEqual(['defence', 'trade', 'health']);
		expect(map.cols).toEqual([
			{ key: '2024', label: '2024', total: 2 },
			{ key: '2025', label: '2025', total: 0 },
			{ key: '2026', label: '2026', total: 1 }
		]);
		expect(map.cells.map((c) => c.text)).toEqual(['2', '0', '0', '1', '0', '1', '1', '0', '0']);
		const defence2024 = map.cells[0]!;
		expect(defence2024).toMatchObject({ x: '2024', y: 'defence', row: 0, col: 0, base: 2 });
		expect(defence2024.count.eventIds).toEqual(['e2', 'e1']);
		expect(defence2024.fill).toBe(heatColor(1));
		expect(map.cells[3]!.fill).toBe(heatColor(0.5));
		expect(map.cells[1]!.fill).toBe('#ffffff');
	});

	it('shares against the column, with no share where the column is empty', () => {
		const map = overTimeHeatmap(stats, taxonomy.themes, 'share');
		expect(map.cells.map((c) => c.text)).toEqual([
			'100%',
			'–',
			'0%',
			'50%',
			'–',
			'100%',
			'50%',
			'–',
			'0%'
		]);
		expect(map.cells[3]!.fill).toBe(heatColor(0.5));
		expect(map.cells[1]!.fill).toBe('#ffffff');
	});

	it('areas × years, labelled with their framework year', () => {
		const map = areasHeatmap(stats, 'count');
		expect(map.rows).toEqual([
			{ key: 'a', label: '2021 · Security' },
			{ key: 'b', label: '2026 · Trade and Investment' }
		]);
		expect(map.cols.map((c) => c.key)).toEqual(['2024', '2025', '2026']);
		// Area a (defence, health) in 2024: e2 and e1, counted once each.
		expect(map.cells.map((c) => c.count.events)).toEqual([2, 0, 0, 1, 0, 1]);
	});

	it('makes a matrix chart: cells in row order, the period and its base on two lines', () => {
		const map = overTimeHeatmap(stats, taxonomy.themes, 'share');
		const config = toHeatmapChart(map, { scale: 'share', labels: { width: 20, size: 12 } });
		expect(config.type).toBe('matrix');
		expect(config.data.datasets[0]!.data).toBe(map.cells);
		const x = config.options!.scales!.x as unknown as {
			labels: string[];
			ticks: { callback: (v: unknown, i: number) => unknown };
		};
		expect(x.labels).toEqual(['2024', '2025', '2026']);
		expect(x.ticks.callback(null, 0)).toEqual(['2024', '2 events']);
		// In a column too narrow for its base (3 columns over 150 px), the base takes two lines.
		const tick = x.ticks.callback as (this: { width: number }, v: unknown, i: number) => unknown;
		expect(tick.call({ width: 150 }, null, 0)).toEqual(['2024', '2', 'events']);
		expect(tick.call({ width: 600 }, null, 0)).toEqual(['2024', '2 events']);
		const y = config.options!.scales!.y as unknown as {
			ticks: { callback: (v: unknown, i: number) => unknown };
		};
		expect(y.ticks.callback(null, 0)).toEqual(['Defence and security', 'cooperation']);
		expect(config.options?.plugins?.valueLabels?.texts?.[0]).toEqual(map.cells.map((c) => c.text));
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
			dataIndex: number;
		}) => string[];
		expect(label({ dataIndex: 3 })).toEqual(['1 of 2 events (50%)', '1 sentence']);
	});
});

describe('one event', () => {
	const sources = [
		{ file: 'a.md', title: 'Readout', issuer: 'PMO', themes: [{ id: 'trade', mentions: 2 }] },
		{
			file: 'b.md',
			title: 'Statement',
			issuer: 'MOFA',
			themes: [
				{ id: 'trade', mentions: 1 },
				{ id: 'defence', mentions: 3 }
			]
		}
	];

	it('one dataset per source, each with its fill, and a legend', () => {
		const profile = sourceProfiles(sources, taxonomy);
		const config = toProfileChart(profile, (i) => ['solid', 'stripes'][i]!);
		expect(config.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
			['PMO', [0, 2], 'solid'],
			['MOFA', [3, 1], 'stripes']
		]);
		expect(config.options?.plugins?.legend?.display).toBe(true);
	});

	it('one source: the theme colours, no legend', () => {
		const profile = sourceProfiles(sources.slice(1), taxonomy);
		const config = toProfileChart(profile, () => 'unused');
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]!.backgroundColor).toEqual(['#332288', '#117733']);
		expect(config.options?.plugins?.legend?.display).toBe(false);
	});
});

describe('heatmapColumnWidth', () => {
	it('is 60 px, or as wide as the longest word of a column’s label', () => {
		const cols = [{ key: '2024', label: '2024', total: 12 }];
		expect(heatmapColumnWidth({ cols }, 'en')).toBe(60);
		expect(heatmapColumnWidth({ cols }, 'ja')).toBe(60);
		// « événements »: ten characters of 7 px, and a margin.
		expect(heatmapColumnWidth({ cols }, 'fr')).toBe(78);
	});
});

describe('in French and Japanese', () => {
	it('says the axes, ticks and tooltips in the page’s language', () => {
		const map = overTimeHeatmap(stats, taxonomy.themes, 'count');
		try {
			overwriteGetLocale(() => 'fr');
			const fr = toHeatmapChart(map, { scale: 'count', labels: { width: 20, size: 12 } });
			const x = fr.options!.scales!.x as unknown as {
				ticks: { callback: (this: { width: number }, v: unknown, i: number) => unknown };
			};
			expect(x.ticks.callback.call({ width: 600 }, null, 0)).toEqual(['2024', '2 événements']);
			expect(x.ticks.callback.call({ width: 180 }, null, 0)).toEqual(['2024', '2', 'événements']);
			expect(fr.data.datasets[0]!.label).toBe('Événements');
			const bars = toFrequencyChart(frequencyRows(stats, 'events'), 'events', []);
			expect((bars.options!.scales!.x as { title: { text: string } }).title.text).toBe(
				'Événements'
			);
			overwriteGetLocale(() => 'ja');
			const ja = toHeatmapChart(map, { scale: 'share', labels: { width: 20, size: 12 } });
			const jx = ja.options!.scales!.x as unknown as {
				ticks: { callback: (v: unknown, i: number) => unknown };
			};
			expect(jx.ticks.callback(null, 0)).toEqual(['2024', '2件']);
			expect(ja.data.datasets[0]!.label).toBe('件数の割合');
			const footer = ja.options?.plugins?.tooltip?.callbacks?.footer as unknown as () => string;
			expect(footer()).toBe('クリック：該当する文を表示');
		} finally {
			overwriteGetLocale(() => baseLocale);
		}
	});
});
