/**
 * The timeline strip of an event's slide as a standalone SVG: the window the slide's timeline
 * shows around the event (eventWindow), laid out by the timeline's own first picture
 * (first-paint.ts sketchTimeline: the axis, lanes, clusters and stacking vis-timeline would draw),
 * then written with plain SVG shapes and text, with no stylesheet and no foreignObject, so that
 * PowerPoint, LibreOffice and a canvas all draw it the same. Pure: a string in, a string out.
 */
import { sketchTimeline, textWidth, type Sketch } from '$lib/timeline/first-paint';
import type { Range } from '$lib/timeline/controller';
import type { TimelineGroup, TimelineItem } from '$lib/timeline/items';
import type { Locale } from '$paraglide/runtime';
import { DECK_COLOURS } from './deck-look';

/** Pixels per inch the strip is laid out at: a CSS pixel, as the site's timeline. */
export const STRIP_DPI = 96;
/** The axis (larger unit, then ticks) and the lane names' column, in px. */
const AXIS = 46;
const NAMES = 120;
const FONT = 'Arial, Liberation Sans, Noto Sans CJK JP, Yu Gothic, sans-serif';

export interface StripInput {
	items: readonly TimelineItem[];
	/** The lanes to draw (deckLanes: the event's own). */
	groups: readonly TimelineGroup[];
	range: Range;
	/** The slide's event, drawn marked. */
	eventId: string;
	/** The deck's events: the others are not drawn, as on /present. */
	matching: ReadonlySet<string>;
	/** The picture's width in px. */
	width: number;
	locale: Locale;
}

export interface Strip {
	svg: string;
	width: number;
	height: number;
}

/** Text without the characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE/F). */
export function xmlSafe(text: string): string {
	// The characters XML 1.0 forbids are what this looks for.
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Text for an SVG text node or attribute: the five XML specials escaped, controls dropped. */
export function xmlText(text: string): string {
	return xmlSafe(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** `text` cut to `room` px of `font` px type, with an ellipsis when cut. */
function fitText(text: string, room: number, font: number, bold = false): string {
	if (textWidth(text, font, bold) <= room) return text;
	const chars = [...text];
	while (chars.length && textWidth(chars.join('') + '…', font, bold) > room) chars.pop();
	return chars.length ? chars.join('').trimEnd() + '…' : '';
}

const n = (x: number) => Math.round(x * 10) / 10;

/** The strip around one event, as an SVG document. */
export function stripSvg(input: StripInput): Strip {
	const plot = input.width - NAMES;
	const sketch: Sketch = sketchTimeline({
		items: input.items,
		groups: input.groups,
		range: input.range,
		width: plot,
		shown: { matching: input.matching, dim: false },
		locale: input.locale
	});
	const c = DECK_COLOURS;
	const lanesHeight = sketch.lanes.reduce((s, l) => s + Math.max(l.height, 40), 0);
	const height = Math.ceil(AXIS + lanesHeight + 2);
	const x = (at: number) => n(NAMES + at * plot);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="${height}" viewBox="0 0 ${input.width} ${height}" font-family="${FONT}">`,
		`<rect width="${input.width}" height="${height}" fill="#${c.paper}"/>`,
		`<rect x="${NAMES}" y="0" width="${plot}" height="${AXIS}" fill="#${c.surface}"/>`,
		// What reaches past the window's edges is cut there, as the live timeline cuts it.
		`<defs><clipPath id="plot"><rect x="${NAMES}" y="0" width="${plot}" height="${height}"/></clipPath></defs>`
	);
	// The ticks over the whole height, then their labels: the larger unit above, the tick's below.
	for (const t of sketch.minor) {
		if (t.at < 0 || t.at > 1) continue;
		out.push(
			`<line x1="${x(t.at)}" x2="${x(t.at)}" y1="${t.major ? 0 : 22}" y2="${height}" stroke="#${t.major ? c.muted : c.line}" stroke-width="1"/>`
		);
	}
	for (const t of sketch.minor) {
		const from = Math.max(0, t.at);
		const room = (Math.min(1, t.until) - from) * plot - 4;
		if (room < 12) continue;
		out.push(
			`<text x="${x(from) + 3}" y="${AXIS - 8}" font-size="13" fill="#${c.ink}">${xmlText(fitText(t.label, room, 13))}</text>`
		);
	}
	for (const mj of sketch.majorLabels)
		out.push(
			`<text x="${x(mj.at) + 3}" y="16" font-size="14" font-weight="bold" fill="#${c.ink}">${xmlText(mj.label)}</text>`
		);
	let top = AXIS;
	for (const lane of sketch.lanes) {
		const h = Math.max(lane.height, 40);
		out.push(
			`<line x1="0" x2="${input.width}" y1="${top}" y2="${top}" stroke="#${c.line}"/>`,
			`<text x="6" y="${top + 22}" font-size="14" font-weight="bold" fill="#${c.ink}">${xmlText(fitText(lane.name, NAMES - 12, 14, true))}</text>`,
			'<g clip-path="url(#plot)">'
		);
		for (const item of lane.items) {
			const y = top + item.top;
			if (item.kind === 'period') {
				const left = Math.max(0, item.at);
				const right = Math.min(1, item.until);
				out.push(
					`<rect x="${x(left)}" y="${n(y)}" width="${n((right - left) * plot)}" height="${item.height}" fill="#${c.surface}" stroke="#${c.line}"/>`,
					`<text x="${x(left) + 4}" y="${n(y + item.height / 2 + 4)}" font-size="12" fill="#${c.muted}">${xmlText(fitText(item.label, (right - left) * plot - 8, 12))}</text>`
				);
			} else if (item.kind === 'cluster') {
				const cx = item.until === null ? x(item.at) - item.width / 2 : x(item.at);
				out.push(
					`<rect x="${n(cx)}" y="${n(y)}" width="${n(item.width)}" height="${item.height}" rx="4" fill="#${c.surface}" stroke="#${c.muted}"/>`
				);
				// Its words only when they start inside the window: cut at the edge they would read wrong.
				if (cx + 6 >= NAMES)
					out.push(
						`<text x="${n(cx + 6)}" y="${n(y + item.height / 2 + 5)}" font-size="13" font-weight="bold" fill="#${c.ink}">${xmlText(fitText(item.text, input.width - cx - 8, 13, true))}</text>`
					);
			} else {
				const own = item.eventId === input.eventId;
				const cy = n(y + item.height / 2);
				const lx = item.labelLeft ? x(item.at) - 10 : x(item.at) + 8;
				// The label's room: its own, what label-fit left it, and no further than the window.
				const room = Math.min(
					item.room === null ? item.labelWidth : Math.max(0, item.room),
					item.labelLeft ? lx - NAMES : input.width - lx
				);
				const label =
					lx < NAMES
						? ''
						: fitText(`${item.mark ? item.mark + ' ' : ''}${item.label}`, room, 13, own);
				const anchor = item.labelLeft ? 'end' : 'start';
				if (own)
					out.push(
						`<rect x="${n(item.labelLeft ? lx - textWidth(label, 13, true) - 6 : lx - 4)}" y="${n(y)}" width="${textWidth(label, 13, true) + 10}" height="${item.height}" rx="3" fill="#${c.mark}" stroke="#${c.brand}" stroke-width="2"/>`
					);
				out.push(
					`<circle cx="${x(item.at)}" cy="${cy}" r="${own ? 6 : 4}" fill="#${own ? c.brand : item.eventId ? c.link : c.muted}"/>`
				);
				if (label)
					out.push(
						`<text x="${n(lx)}" y="${n(cy + 4.5)}" font-size="13"${own ? ' font-weight="bold"' : ''} text-anchor="${anchor}" fill="#${c.ink}">${xmlText(label)}</text>`
					);
			}
		}
		out.push('</g>');
		top += h;
	}
	out.push(
		`<rect x="0.5" y="0.5" width="${input.width - 1}" height="${height - 1}" fill="none" stroke="#${c.line}"/>`,
		'</svg>'
	);
	return { svg: out.join(''), width: input.width, height };
}

/** The SVG as a data URL pptxgenjs takes (`image/svg+xml;base64,…`), in Node and in a browser. */
export function svgDataUrl(svg: string): string {
	const bytes = new TextEncoder().encode(svg);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:image/svg+xml;base64,${btoa(binary)}`;
}
