/**
 * The one place that talks to chart.js: loads it (and the matrix chart type) in the browser when
 * a chart first needs it, registers only the parts the charts use, and exports a chart as a PNG.
 * The charts' contents come from the pure builders in chart-config.ts.
 */
import type { Chart, ChartConfiguration, ChartType, Plugin } from 'chart.js';
import { wrapLabel } from './captions';
import { INK, MUTED, type LabelPlacement } from './chart-config';

export type ChartConstructor = typeof Chart;

/** Paints the canvas white under the chart, so an exported PNG is not transparent. */
const whiteBackground: Plugin = {
	id: 'cjtBackground',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	}
};

/**
 * Writes each value on its bar or cell (options.plugins.valueLabels), so a chart reads without
 * colour and without hovering: the heatmaps' single hue only says "more", the number says how many.
 */
const valueLabels: Plugin = {
	id: 'valueLabels',
	afterDatasetsDraw(chart) {
		const options = chart.options.plugins?.valueLabels;
		if (!options) return;
		const { ctx } = chart;
		ctx.save();
		ctx.font = `600 ${options.size ?? 13}px ${chart.options.font?.family ?? 'sans-serif'}`;
		ctx.textBaseline = 'middle';
		const placement = options.placement ?? 'end';
		(options.texts ?? []).forEach((texts, d) => {
			const meta = chart.getDatasetMeta(d);
			if (meta.hidden) return;
			meta.data.forEach((element, i) => {
				const text = texts[i];
				if (!text) return;
				const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
				ctx.fillStyle = options.inks?.[d]?.[i] ?? '#1b1f24';
				placeText(ctx, text, x, y, placement, element);
			});
		});
		ctx.restore();
	}
};

function placeText(
	ctx: CanvasRenderingContext2D,
	text: string,
	x: number,
	y: number,
	placement: LabelPlacement,
	element: object
) {
	if (placement === 'end') {
		// A horizontal bar's x is where it ends: the number follows it.
		ctx.textAlign = 'left';
		ctx.fillText(text, x + 4, y);
		return;
	}
	// A matrix cell's x, y is its top left corner (anchor start); its centre is what counts.
	const cell = element as { getCenterPoint?: (final: boolean) => { x: number; y: number } };
	const centre = cell.getCenterPoint?.(true) ?? { x, y };
	ctx.textAlign = 'center';
	ctx.fillText(text, centre.x, centre.y);
}

let loading: Promise<ChartConstructor> | null = null;

/** chart.js with the parts the charts use, loaded once per visit. */
export function loadChartJs(): Promise<ChartConstructor> {
	loading ??= (async () => {
		const [c, matrix] = await Promise.all([import('chart.js'), import('chartjs-chart-matrix')]);
		c.Chart.register(
			c.BarController,
			c.BarElement,
			c.CategoryScale,
			c.LinearScale,
			c.Tooltip,
			c.Legend,
			// Off on screen (the figure has its heading); a PNG carries its title and caption.
			c.Title,
			c.SubTitle,
			matrix.MatrixController,
			matrix.MatrixElement,
			whiteBackground,
			valueLabels
		);
		// The page's own type and ink, a size that reads on a projector.
		const body = getComputedStyle(document.body);
		c.Chart.defaults.font.family = body.fontFamily;
		c.Chart.defaults.font.size = 14;
		c.Chart.defaults.color = '#1b1f24';
		return c.Chart;
	})();
	// A failed import is forgotten, so the next chart tries again.
	loading.catch(() => (loading = null));
	return loading;
}

export function prefersReducedMotion(): boolean {
	return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** What a picture says above the chart, in the page's language: the figure's title and caption. */
export interface PngHeading {
	title: string;
	caption: string;
}

/**
 * The chart drawn again, at twice its size on screen, on a canvas of its own, and handed back as
 * PNG bytes. A copy rather than the chart itself: its size on screen depends on the screen's pixel
 * ratio, and redrawing it at another would make it jump. With a heading, the picture says what it
 * is (a PNG leaves the page that explains it), in the same size: the plot gives up the room.
 */
export async function chartPng<T extends ChartType>(
	config: ChartConfiguration<T>,
	size: { width: number; height: number },
	heading?: PngHeading
): Promise<Blob> {
	const ChartJs = await loadChartJs();
	const { BasicPlatform } = await import('chart.js');
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(size.width);
	canvas.height = Math.round(size.height);
	const copy = new ChartJs(canvas, {
		...config,
		// Not in the page: no resize observer, no events; sized by the canvas attributes.
		platform: BasicPlatform,
		options: {
			...config.options,
			responsive: false,
			animation: false,
			devicePixelRatio: 2,
			events: [],
			plugins: {
				...config.options?.plugins,
				...(heading ? headingPlugins(heading, size.width) : {})
			}
		}
	} as ChartConfiguration<T>);
	try {
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('toBlob failed'))), 'image/png')
		);
	} finally {
		copy.destroy();
	}
}

/** chart.js's title and subtitle, set as the figure's heading and caption (about 7 px a character). */
function headingPlugins(heading: PngHeading, width: number) {
	const caption = wrapLabel(heading.caption, Math.max(24, Math.floor(width / 7.5)));
	return {
		title: {
			display: true,
			text: heading.title,
			align: 'start' as const,
			color: INK,
			font: { size: 17, weight: 'bold' as const },
			padding: { top: 4, bottom: 4 }
		},
		subtitle: {
			display: caption.length > 0,
			text: caption,
			align: 'start' as const,
			color: MUTED,
			font: { size: 13 },
			padding: { bottom: 12 }
		}
	};
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the URL after click() returns; a minute is long enough for any of them.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadCsv(text: string, name: string) {
	download(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}

/** Per source: a colour and a pattern, so sources are told apart without seeing colour. */
const SOURCE_LOOKS = [
	{ color: '#1f4e8c', pattern: 'solid' },
	{ color: '#a3480f', pattern: 'stripes' },
	{ color: '#1b6e4f', pattern: 'dots' },
	{ color: '#6b3fa0', pattern: 'cross' }
] as const;

/** The fill of source i's bars: a canvas pattern (solid, stripes, dots, cross-hatch). */
export function sourceFill(i: number): string | CanvasPattern {
	const look = SOURCE_LOOKS[i % SOURCE_LOOKS.length]!;
	if (look.pattern === 'solid') return look.color;
	const tile = document.createElement('canvas');
	tile.width = tile.height = 10;
	const ctx = tile.getContext('2d');
	if (!ctx) return look.color;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, 10, 10);
	ctx.strokeStyle = ctx.fillStyle = look.color;
	ctx.lineWidth = 3;
	ctx.beginPath();
	if (look.pattern === 'stripes') {
		// Diagonals that meet across tiles: one through the middle, two through the corners.
		for (const d of [-10, 0, 10]) {
			ctx.moveTo(d, 10);
			ctx.lineTo(d + 10, 0);
		}
		ctx.stroke();
	} else if (look.pattern === 'dots') {
		ctx.arc(5, 5, 2.6, 0, 2 * Math.PI);
		ctx.fill();
	} else {
		ctx.lineWidth = 2;
		ctx.moveTo(0, 5);
		ctx.lineTo(10, 5);
		ctx.moveTo(5, 0);
		ctx.lineTo(5, 10);
		ctx.stroke();
	}
	return ctx.createPattern(tile, 'repeat') ?? look.color;
}
