/**
 * The closing slide's chart: the dashboard's theme frequency chart (frequencyRows and
 * toFrequencyChart of $lib/charts) for the deck's events, cut to the themes they mention and set
 * in type that reads from the back of a room. Pure: the slide only draws what this returns.
 */
import { frequencyRows, toFrequencyChart, type FrequencyRow } from '$lib/charts/chart-config';
import type { ThemeStats } from '$lib/charts/theme-stats';
import type { ChartCount } from '$lib/filters/view-state';

export interface ClosingChart {
	/** The bars, most first: themes with a count above 0, at most `max`. */
	rows: FrequencyRow[];
	/** Themes mentioned but left out for room. */
	more: number;
	config: ReturnType<typeof toFrequencyChart>;
}

/**
 * Every theme the deck's events mention, most first: the rows of the closing chart before it is
 * cut to the room. The handout lists them all; it needs no chart, and building one for every theme
 * wrapped every label (Intl.Segmenter), most of the handout's cover at start-up.
 */
export function closingRows(stats: ThemeStats, count: ChartCount): FrequencyRow[] {
	return frequencyRows(stats, count).filter((r) => r.value > 0);
}

export function closingChart(
	stats: ThemeStats,
	count: ChartCount,
	selected: readonly string[],
	{
		max = 10,
		fontSize = 22,
		labelWidth = 30
	}: {
		max?: number;
		fontSize?: number;
		/** Characters a label's line holds before it wraps (a Japanese character counts two). */
		labelWidth?: number;
	} = {}
): ClosingChart {
	const mentioned = closingRows(stats, count);
	const rows = mentioned.slice(0, max);
	const config = toFrequencyChart(rows, count, selected, { width: labelWidth, size: fontSize });
	const font = { size: fontSize };
	const { x, y } = config.options!.scales as {
		x: { ticks: object; title: object };
		y: { ticks: object };
	};
	x.ticks = { ...x.ticks, font };
	x.title = { ...x.title, font };
	y.ticks = { ...y.ticks, font };
	const labels = config.options!.plugins!.valueLabels!;
	config.options!.plugins!.valueLabels = { ...labels, size: fontSize };
	config.options!.layout = { padding: { right: fontSize * 2.5 } };
	return { rows, more: mentioned.length - rows.length, config };
}
