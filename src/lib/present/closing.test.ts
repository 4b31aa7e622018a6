import { describe, expect, it } from 'vitest';
import { countThemes } from '$lib/charts/theme-stats';
import { closingChart, closingRows } from './closing';

const taxonomy = {
	themes: ['a', 'b', 'c', 'd'].map((id) => ({
		id,
		label: `Theme ${id}`,
		color: '#123456',
		frameworks: []
	})),
	frameworks: []
};
const stats = countThemes(
	[
		{
			id: 'e1',
			date: '2024-01-01',
			themes: [
				{ id: 'a', mentions: 1 },
				{ id: 'b', mentions: 5 }
			]
		},
		{ id: 'e2', date: '2025-01-01', themes: [{ id: 'b', mentions: 2 }] }
	],
	taxonomy,
	{ periods: [], years: [] }
);

describe('closingChart', () => {
	it('draws the themes the events mention, most first, none at 0', () => {
		const chart = closingChart(stats, 'events', []);
		expect(chart.rows.map((r) => [r.id, r.value])).toEqual([
			['b', 2],
			['a', 1]
		]);
		expect(chart.more).toBe(0);
		expect(chart.config.data.datasets[0]!.data).toEqual([2, 1]);
	});
	it('counts sentences when asked', () => {
		expect(closingChart(stats, 'sentences', []).rows.map((r) => r.value)).toEqual([7, 1]);
	});
	it('keeps at most `max` bars and says how many more', () => {
		const chart = closingChart(stats, 'events', [], { max: 1 });
		expect(chart.rows.map((r) => r.id)).toEqual(['b']);
		expect(chart.more).toBe(1);
	});
	it('sets the type for a projector', () => {
		const { config } = closingChart(stats, 'events', ['a'], { fontSize: 30 });
		const scales = config.options!.scales as Record<string, { ticks: { font: { size: number } } }>;
		expect(scales.x!.ticks.font.size).toBe(30);
		expect(scales.y!.ticks.font.size).toBe(30);
		expect(config.options!.plugins!.valueLabels!.size).toBe(30);
		// The filter's themes keep their outline, as on the dashboard.
		const borders = config.data.datasets[0]!.borderWidth as number[];
		expect(borders).toEqual([0, 3]);
	});
	it('draws nothing for no events', () => {
		const empty = countThemes([], taxonomy, { periods: [], years: [] });
		expect(closingChart(empty, 'events', []).rows).toEqual([]);
	});
});

describe('closingRows', () => {
	it('gives every mentioned theme, as an uncut chart would, without a chart', () => {
		for (const count of ['events', 'sentences'] as const)
			expect(closingRows(stats, count)).toEqual(
				closingChart(stats, count, [], { max: Infinity }).rows
			);
		expect(closingRows(stats, 'events').map((r) => r.id)).toEqual(['b', 'a']);
	});
});
