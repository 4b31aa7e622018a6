/**
 * Writes the deck's plan (deck-plan.ts) as a PowerPoint file with PptxGenJS, in the browser or in
 * Node, with nothing sent anywhere. This module is the only one that imports pptxgenjs, and the
 * pages import it with `await import()` when a reader asks for the file, so the library stays out
 * of every page's first download (tests/deck.spec.ts holds it).
 */
import PptxGenJS from 'pptxgenjs';
import { m } from '$paraglide/messages';
import { DECK_COLOURS, DECK_TYPE, deckFont, SLIDE } from './deck-look';
import {
	planDeck,
	type ClosingSlidePlan,
	type DeckInput,
	type DeckPlan,
	type EventSlidePlan,
	type Paragraph
} from './deck-plan';
import { svgDataUrl, xmlSafe } from './strip-svg';
import { BOX_INSET, LINE_HEIGHT } from './text-fit';

export const PPTX_TYPE =
	'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface BuildOptions {
	/** The day the deck is made (its file name and title slide); today by default. */
	today?: Date;
}

export interface BuiltDeck {
	data: Uint8Array;
	fileName: string;
	/** How many slides it has. */
	slides: number;
}

const tag = (lang: string | undefined) =>
	lang === 'ja' ? 'ja-JP' : lang === 'fr' ? 'fr-CA' : lang === 'en' ? 'en-CA' : undefined;

/** Paragraphs as pptxgenjs' text runs: a paragraph ends with a line break, runs keep their look. */
function textRuns(paragraphs: readonly Paragraph[], font: string): PptxGenJS.TextProps[] {
	return paragraphs.flatMap((p, i) =>
		p.runs.map((r, k) => ({
			// pptxgenjs escapes the five XML specials but passes a control character through.
			text: xmlSafe(r.text),
			options: {
				fontFace: font,
				fontSize: p.pt,
				bold: r.bold ?? false,
				italic: r.italic ?? false,
				color: r.color ?? DECK_COLOURS.ink,
				...(tag(r.lang) ? { lang: tag(r.lang) } : {}),
				...(k === 0 && i > 0 && p.before ? { paraSpaceBefore: p.before } : {}),
				breakLine: k === p.runs.length - 1 && i < paragraphs.length - 1
			}
		}))
	);
}

/** A text box that never grows or shrinks its text: the plan has made sure it fits. */
function boxOptions(box: {
	x: number;
	y: number;
	w: number;
	h: number;
}): PptxGenJS.TextPropsOptions {
	return {
		...box,
		valign: 'top',
		margin: BOX_INSET * 72,
		fit: 'none',
		lineSpacingMultiple: LINE_HEIGHT / 1.2,
		wrap: true
	};
}

function addEvent(pptx: PptxGenJS, plan: EventSlidePlan, font: string) {
	const slide = pptx.addSlide();
	slide.background = { color: DECK_COLOURS.paper };
	for (const part of plan.head)
		slide.addText(textRuns(part.paragraphs, font), boxOptions(part.box));
	for (const column of [plan.left, plan.right])
		if (column.paragraphs.length)
			slide.addText(textRuns(column.paragraphs, font), boxOptions(column.box));
	if (plan.strip) {
		// As SVG: pptxgenjs adds a PNG of it in a browser (in Node, a placeholder PowerPoint never shows).
		const { svg, box, alt } = plan.strip;
		slide.addImage({ data: svgDataUrl(svg), ...box, altText: xmlSafe(alt) });
	}
	slide.addNotes(xmlSafe(plan.notes));
}

function addClosing(pptx: PptxGenJS, plan: ClosingSlidePlan, font: string) {
	const slide = pptx.addSlide();
	slide.background = { color: DECK_COLOURS.paper };
	const x = SLIDE.margin;
	const w = SLIDE.w - 2 * SLIDE.margin;
	slide.addText(
		[
			{
				text: xmlSafe(plan.kicker),
				options: {
					fontFace: font,
					fontSize: DECK_TYPE.body,
					bold: true,
					color: DECK_COLOURS.muted,
					breakLine: true
				}
			},
			{
				text: plan.heading,
				options: {
					fontFace: font,
					fontSize: DECK_TYPE.heading,
					bold: true,
					color: DECK_COLOURS.ink
				}
			}
		],
		boxOptions({ x, y: 0.3, w, h: 1.5 })
	);
	if (plan.rows.length) {
		// Bars top to bottom as the list reads: PowerPoint draws a bar chart's first category at the bottom.
		const rows = [...plan.rows].reverse();
		slide.addChart(
			pptx.ChartType.bar,
			[
				{
					name: plan.note,
					labels: rows.map((r) => xmlSafe(r.label)),
					values: rows.map((r) => r.value)
				}
			],
			{
				x,
				y: 1.8,
				w,
				h: SLIDE.h - 1.8 - 0.95,
				barDir: 'bar',
				chartColors: rows.map((r) => r.color.replace('#', '').toUpperCase()),
				// One colour per bar needs two at least for pptxgenjs to write them per point.
				...(rows.length === 1
					? { chartColors: [rows[0]!.color.replace('#', ''), rows[0]!.color.replace('#', '')] }
					: {}),
				catAxisLabelFontSize: DECK_TYPE.body,
				// Every label: a viewer short of room would otherwise skip every other one.
				catAxisLabelFrequency: '1',
				catAxisLabelFontFace: font,
				catAxisLabelColor: DECK_COLOURS.ink,
				valAxisLabelFontSize: 18,
				valAxisLabelFontFace: font,
				valAxisMinVal: 0,
				valAxisMaxVal: plan.max,
				valAxisLabelFormatCode: '0',
				valGridLine: { color: DECK_COLOURS.line, size: 1 },
				showValue: true,
				dataLabelFontSize: 20,
				dataLabelFontFace: font,
				dataLabelColor: DECK_COLOURS.ink,
				dataLabelPosition: 'outEnd',
				showLegend: false,
				barGapWidthPct: 40
			}
		);
	}
	slide.addText(
		[
			{
				text: plan.note,
				options: { fontFace: font, fontSize: DECK_TYPE.body, color: DECK_COLOURS.muted }
			}
		],
		boxOptions({ x, y: SLIDE.h - 0.95, w, h: 0.6 })
	);
	slide.addNotes(xmlSafe(plan.notes));
}

/** The plan written as a .pptx. */
export async function writeDeck(plan: DeckPlan): Promise<BuiltDeck> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = xmlSafe(plan.title);
	pptx.subject = xmlSafe(plan.title);
	pptx.company = m.present_deck_title();
	pptx.theme = { headFontFace: deckFont(plan.locale), bodyFontFace: deckFont(plan.locale) };
	const font = deckFont(plan.locale);
	for (const s of plan.slides) {
		if (s.kind === 'event') addEvent(pptx, s, font);
		else if (s.kind === 'closing') addClosing(pptx, s, font);
		else {
			const slide = pptx.addSlide();
			slide.background = { color: DECK_COLOURS.paper };
			slide.addShape(pptx.ShapeType.rect, {
				x: 0,
				y: 0,
				w: 0.25,
				h: SLIDE.h,
				fill: { color: DECK_COLOURS.brand },
				line: { color: DECK_COLOURS.brand }
			});
			slide.addText(
				[
					{
						text: s.kicker,
						options: {
							fontFace: font,
							fontSize: DECK_TYPE.body,
							bold: true,
							color: DECK_COLOURS.muted,
							breakLine: true
						}
					},
					{
						text: s.title,
						options: {
							fontFace: font,
							fontSize: DECK_TYPE.title,
							bold: true,
							color: DECK_COLOURS.brand
						}
					}
				],
				boxOptions({ x: 1, y: 1.2, w: SLIDE.w - 2, h: 2 })
			);
			slide.addText(textRuns(s.lines, font), boxOptions({ x: 1, y: 3.3, w: SLIDE.w - 2, h: 3.6 }));
		}
	}
	const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return { data, fileName: plan.fileName, slides: plan.slides.length };
}

/** The deck of `input`, planned and written. */
export async function buildDeck(input: DeckInput, options: BuildOptions = {}): Promise<BuiltDeck> {
	return writeDeck(planDeck(input, options.today));
}
