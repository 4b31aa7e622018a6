/**
 * ThemeStats → chart.js configurations, and the rows of the tables beside the charts. Pure (no
 * DOM, no chart.js at run time: its types only), so what each chart draws is tested without a
 * browser; chart-js.ts and ThemeChart.svelte only draw what these return. The words they put
 * in place (plurals, shares, wrapped labels, sources' names) are captions.ts', in the page's
 * language when the configuration is made (a tooltip shown later says it in that language too).
 */
import type { ChartConfiguration, ChartType, Scale, TooltipItem } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import type { ChartCount, ChartScale } from '$lib/filters/view-state';
import { getLocale } from '$lib/i18n/locale';
import { formatNumber } from '$lib/i18n/numbers';
import { m } from '$paraglide/messages';
import {
	eventsText,
	percentOf,
	sentencesText,
	shareOfEvents,
	sourceNames,
	widthOf,
	wrapLabel
} from './captions';
import type { Count, ThemeStats } from './theme-counts';
import type { SourceProfile } from './theme-profiles';

export type LabelPlacement = 'end' | 'centre';

/** Numbers written on the bars or cells (the valueLabels plugin in chart-js.ts). */
export interface ValueLabelOptions {
	/** Per dataset, per element: the text ('' for none). */
	texts: string[][];
	/** Per dataset, per element: its colour (default: the page's ink). */
	inks?: string[][];
	/** 'end': after the end of a horizontal bar; 'centre': in the middle of a cell. */
	placement: LabelPlacement;
	/** In CSS pixels. */
	size?: number;
}

declare module 'chart.js' {
	// The parameter is chart.js's own; the options are the same for every chart type.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		valueLabels?: ValueLabelOptions;
	}
}

/** What ThemeChart.svelte draws: a bar chart or a heatmap, as the builders below make them. */
export type ThemeChartConfig =
	ChartConfiguration<'bar', number[], string | string[]> | ChartConfiguration<'matrix', HeatCell[]>;

/** The type size of a heatmap's column labels, and about the width of one of their characters. */
const TICK_SIZE = 13;
const TICK_CHAR = 7;

/**
 * The narrowest a heatmap's column may be, in CSS pixels: 60, or wider when a word of a column's
 * label is longer than that (« événements »), so that no label runs into the next.
 */
export function heatmapColumnWidth(map: Pick<Heatmap, 'cols'>, locale = getLocale()): number {
	const words = map.cols.flatMap((c) =>
		[c.label, eventsText(c.total, locale)].join(' ').split(/\s+/)
	);
	const longest = Math.max(0, ...words.map(widthOf));
	return Math.max(60, Math.ceil(longest * TICK_CHAR) + 8);
}

/** The page's colours (src/app.css), for what chart.js draws. */
export const INK = '#1b1f24';
export const MUTED = '#4b5563';
export const GRID = '#e3e7ec';

/**
 * A chart's height in CSS pixels: rows × row + axes, with taller rows on a narrow screen (NARROW),
 * where labels wrap onto more lines. Known from the number of rows alone, so before it is drawn.
 */
export interface ChartSize {
	rows: number;
	row: number;
	narrowRow?: number;
	axes: number;
}

/** The media query under which charts use their narrow layout; ThemeChart.svelte has its twin. */
export const NARROW = '(max-width: 40rem)';

/** How row labels are set: characters a line, and the type size in CSS pixels. */
export interface LabelLayout {
	width: number;
	size: number;
}

/**
 * Theme labels on wide and narrow screens. chart.js gives the labels at most half the chart's
 * width and lets a longer one run off the canvas: on a phone they are set smaller and narrower.
 */
export const THEME_LABELS = {
	wide: { width: 30, size: 14 },
	narrow: { width: 19, size: 12 }
} as const satisfies Record<string, LabelLayout>;

/**
 * The axes of a horizontal bar chart of themes: a count from zero along the bottom, named; the
 * themes down the side, every label shown (chart.js would skip some to save room).
 */
function horizontalBarScales(noun: string, labels: LabelLayout) {
	return {
		x: {
			beginAtZero: true,
			title: { display: true, text: noun, color: MUTED },
			ticks: { precision: 0, color: MUTED },
			grid: { color: GRID }
		},
		y: {
			ticks: { autoSkip: false, color: INK, font: { size: labels.size } },
			grid: { display: false }
		}
	};
}

// ---------------------------------------------------------------------------- colours

/** ColorBrewer's single-hue Blues, light to dark: darker means more, whatever the hue. */
const BLUES = [
	'#f7fbff',
	'#deebf7',
	'#c6dbef',
	'#9ecae1',
	'#6baed6',
	'#4292c6',
	'#2171b5',
	'#08519c',
	'#08306b'
] as const;

/** From this far up the scale, white text reads better on the cell than dark text. */
const WHITE_INK_FROM = 0.62;

function hex(c: string): [number, number, number] {
	return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

/** The colour of a cell at `fraction` (0..1) of the scale; an empty cell is white. */
export function heatColor(fraction: number): string {
	if (!(fraction > 0)) return '#ffffff';
	const f = Math.min(1, fraction);
	// A cell with anything in it starts one step up, so it never looks empty.
	const at = 1 + f * (BLUES.length - 2);
	const i = Math.min(BLUES.length - 2, Math.floor(at));
	const t = at - i;
	const a = hex(BLUES[i]!);
	const b = hex(BLUES[i + 1]!);
	return `#${a
		.map((v, k) =>
			Math.round(v + (b[k]! - v) * t)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

export function heatInk(fraction: number): string {
	return fraction >= WHITE_INK_FROM ? '#ffffff' : INK;
}

// ---------------------------------------------------------------------------- frequency

export interface FrequencyRow extends Count {
	id: string;
	label: string;
	color: string;
	/** What the bar shows: events or sentences. */
	value: number;
}

/** One row per theme, by the value shown (then as countThemes ordered them: events, sentences). */
export function frequencyRows(stats: ThemeStats, count: ChartCount): FrequencyRow[] {
	const rows = stats.themes.map((t) => ({
		...t,
		value: count === 'events' ? t.events : t.sentences
	}));
	// Array sort is stable: equal values keep countThemes' order.
	return rows.sort((a, b) => b.value - a.value);
}

export function toFrequencyChart(
	rows: readonly FrequencyRow[],
	count: ChartCount,
	/** The themes the filter has on: their bars get an outline. */
	selected: readonly string[],
	/** How the theme labels are set. */
	labels: LabelLayout = THEME_LABELS.wide
): ChartConfiguration<'bar', number[], string | string[]> {
	const locale = getLocale();
	const noun = count === 'events' ? m.charts_axis_events() : m.charts_axis_sentences();
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => wrapLabel(r.label, labels.width, locale)),
			datasets: [
				{
					label: noun,
					data: rows.map((r) => r.value),
					backgroundColor: rows.map((r) => r.color),
					borderColor: rows.map((r) => (selected.includes(r.id) ? INK : r.color)),
					borderWidth: rows.map((r) => (selected.includes(r.id) ? 3 : 0)),
					borderSkipped: false,
					barPercentage: 0.8,
					categoryPercentage: 0.9
				}
			]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			// Room after the longest bar for its number.
			layout: { padding: { right: 36 } },
			scales: horizontalBarScales(noun, labels),
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'bar'>[]) => rows[items[0]?.dataIndex ?? -1]?.label ?? '',
						label: (item: TooltipItem<'bar'>) => {
							const r = rows[item.dataIndex];
							if (!r) return '';
							return [eventsText(r.events, locale), sentencesText(r.sentences, locale)];
						},
						footer: (items: TooltipItem<'bar'>[]) => {
							const r = rows[items[0]?.dataIndex ?? -1];
							return r && selected.includes(r.id)
								? m.charts_click_unfilter({}, { locale })
								: m.charts_click_filter({}, { locale });
						}
					}
				},
				valueLabels: { texts: [rows.map((r) => formatNumber(r.value, locale))], placement: 'end' }
			}
		}
	};
}

// ---------------------------------------------------------------------------- heatmaps

/** One cell of a heatmap: where it is, what it says, how it looks. */
export interface HeatCell extends MatrixDataPoint {
	x: string;
	y: string;
	v: number;
	row: number;
	col: number;
	count: Count;
	/** The events it is a share of (the column's). */
	base: number;
	text: string;
	fill: string;
	ink: string;
}

export interface Heatmap {
	rows: { key: string; label: string }[];
	cols: { key: string; label: string; total: number }[];
	/** Row by row: cells[row * cols.length + col]. */
	cells: HeatCell[];
}

/** The cells' texts and colours: counts against the largest, shares against their base. */
function fillCells(
	rows: Heatmap['rows'],
	cols: Heatmap['cols'],
	countAt: (row: number, col: number) => Count,
	scale: ChartScale
): HeatCell[] {
	const locale = getLocale();
	const counts = rows.map((_, r) => cols.map((_, c) => countAt(r, c)));
	const max = Math.max(1, ...counts.flat().map((c) => c.events));
	return counts.flatMap((line, r) =>
		line.map((count, c): HeatCell => {
			const base = cols[c]!.total;
			const fraction =
				scale === 'count' ? count.events / max : base ? count.events / base : Number.NaN;
			return {
				x: cols[c]!.key,
				y: rows[r]!.key,
				v: scale === 'count' ? count.events : base ? count.events / base : 0,
				row: r,
				col: c,
				count,
				base,
				text:
					scale === 'count'
						? formatNumber(count.events, locale)
						: percentOf(count.events, base, locale),
				fill: heatColor(fraction),
				ink: heatInk(fraction)
			};
		})
	);
}

/** Themes (taxonomy order, so rows stay put when the filters change) × periods. */
export function overTimeHeatmap(
	stats: ThemeStats,
	themes: readonly { id: string; label: string }[],
	scale: ChartScale
): Heatmap {
	const rows = themes.map((t) => ({ key: t.id, label: t.label }));
	const cols = stats.periods.map((p) => ({
		key: p.period.key,
		label: p.period.label,
		total: p.total
	}));
	const none: Count = { events: 0, sentences: 0, eventIds: [] };
	const cells = fillCells(
		rows,
		cols,
		(r, c) => stats.periods[c]!.themes[rows[r]!.key] ?? none,
		scale
	);
	return { rows, cols, cells };
}

/** The framework areas (taxonomy order: the 2021 six, then the 2026 six) × years. */
export function areasHeatmap(stats: ThemeStats, scale: ChartScale): Heatmap {
	const rows = stats.areas.map((a) => ({
		key: a.area.id,
		label: `${a.area.year} · ${a.area.label}`
	}));
	const years = stats.areas[0]?.years ?? [];
	const cols = years.map((y) => ({ key: String(y.year), label: String(y.year), total: y.total }));
	const cells = fillCells(rows, cols, (r, c) => stats.areas[r]!.years[c]!, scale);
	return { rows, cols, cells };
}

export function toHeatmapChart(
	map: Heatmap,
	opts: {
		/** Counts or shares: what the dataset is called. */
		scale: ChartScale;
		/** How the row labels are set. */
		labels: LabelLayout;
	}
): ChartConfiguration<'matrix', HeatCell[]> {
	const { rows, cols, cells } = map;
	const gap = 2;
	const locale = getLocale();
	return {
		type: 'matrix',
		data: {
			datasets: [
				{
					label: opts.scale === 'count' ? m.charts_axis_events() : m.charts_axis_share(),
					data: cells,
					backgroundColor: (ctx) => cells[ctx.dataIndex]?.fill ?? '#ffffff',
					borderColor: GRID,
					borderWidth: 1,
					width: ({ chart }) => (chart.chartArea?.width ?? 0) / Math.max(1, cols.length) - gap,
					height: ({ chart }) => (chart.chartArea?.height ?? 0) / Math.max(1, rows.length) - gap
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				x: {
					type: 'category',
					labels: cols.map((c) => c.key),
					offset: true,
					position: 'top',
					grid: { display: false },
					border: { display: false },
					ticks: {
						autoSkip: false,
						maxRotation: 0,
						color: INK,
						// A size smaller than the rows': « événements » fits a column of 80 px.
						font: { size: TICK_SIZE },
						// The period, then its base on a line of its own, cut again where a column is too
						// narrow for it (« 12 événements » over 60 px), so no base runs into the next.
						callback(this: Scale | undefined, _value, i) {
							const c = cols[i];
							if (!c) return '';
							// `this` is the scale as chart.js calls it (a test may call the function bare).
							const column = this?.width ? this.width / Math.max(1, cols.length) : Infinity;
							const room = Math.max(4, Math.floor(column / TICK_CHAR));
							return [c.label, wrapLabel(eventsText(c.total, locale), room, locale)].flat();
						}
					}
				},
				y: {
					type: 'category',
					labels: rows.map((r) => r.key),
					offset: true,
					reverse: false,
					grid: { display: false },
					border: { display: false },
					ticks: {
						autoSkip: false,
						color: INK,
						font: { size: opts.labels.size },
						callback: (_value, i) => {
							const r = rows[i];
							return r ? wrapLabel(r.label, opts.labels.width, locale) : '';
						}
					}
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'matrix'>[]) => {
							const cell = cells[items[0]?.dataIndex ?? -1];
							return cell ? `${rows[cell.row]!.label} · ${cols[cell.col]!.label}` : '';
						},
						label: (item: TooltipItem<'matrix'>) => {
							const cell = cells[item.dataIndex];
							if (!cell) return '';
							return [
								shareOfEvents(cell.count.events, cell.base, locale),
								sentencesText(cell.count.sentences, locale)
							];
						},
						footer: () => m.charts_click_sentences({}, { locale })
					}
				},
				valueLabels: {
					texts: [cells.map((c) => c.text)],
					inks: [cells.map((c) => c.ink)],
					placement: 'centre'
				}
			}
		}
	};
}

// ---------------------------------------------------------------------------- one event

/** How a source's bars look: a colour, and (for more than one source) a pattern to tell them apart. */
export type SourceFill = string | CanvasPattern;

export function toProfileChart(
	profile: SourceProfile,
	/** The fill of source i's bars; one source: its bars take their theme's colour instead. */
	fillFor: (sourceIndex: number) => SourceFill,
	/** How the theme labels are set. */
	labels: LabelLayout = THEME_LABELS.wide
): ChartConfiguration<'bar', number[], string | string[]> {
	const { rows, sources } = profile;
	const locale = getLocale();
	const names = sourceNames(profile, locale);
	const single = sources.length === 1;
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => wrapLabel(r.label, labels.width, locale)),
			datasets: sources.map((_, i) => ({
				label: names[i]!,
				data: rows.map((r) => r.bySource[i] ?? 0),
				backgroundColor: single ? rows.map((r) => r.color) : fillFor(i),
				borderColor: single ? rows.map((r) => r.color) : INK,
				borderWidth: single ? 0 : 1,
				borderSkipped: false,
				barPercentage: 0.85,
				categoryPercentage: single ? 0.8 : 0.9
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			layout: { padding: { right: 32 } },
			scales: horizontalBarScales(m.charts_axis_sentences(), labels),
			plugins: {
				legend: {
					display: !single,
					position: 'top',
					align: 'start',
					labels: { color: INK, boxWidth: 28, boxHeight: 14 }
				},
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'bar'>[]) => rows[items[0]?.dataIndex ?? -1]?.label ?? '',
						label: (item: TooltipItem<'bar'>) => {
							const n = sentencesText(item.parsed.x ?? 0, locale);
							return single
								? n
								: m.charts_labelled(
										{ label: names[item.datasetIndex] ?? '', value: n },
										{ locale }
									);
						}
					}
				},
				valueLabels: {
					texts: sources.map((_, i) => rows.map((r) => formatNumber(r.bySource[i] ?? 0, locale))),
					placement: 'end',
					size: 12
				}
			}
		}
	};
}
