/**
 * The PowerPoint deck as plain data, before any PowerPoint library is loaded: which slides, what
 * text each box holds and where, which paragraphs go on to a continuation slide, the strip and
 * the notes of each event, the closing chart's bars and the file's name. Pure (no pptxgenjs, no
 * DOM), so each rule is tested with a string; build-pptx.ts only writes what this returns.
 *
 * Text that does not fit is never left to overflow: an event's title takes 32 pt on two lines,
 * else 28 pt on three, else it is cut at three lines with its whole wording in the notes; the
 * facts and the quotations run on to "(continued)" slides, split between lines. Body text stays
 * at 24 pt.
 */
import type { FrequencyRow } from '$lib/charts/chart-config';
import type { Format } from '$lib/corpus/schema';
import { formatDate } from '$lib/display/dates';
import { FORMAT_LABELS, LEVEL_LABELS, placeText } from '$lib/display/labels';
import { recordOnlyTitle } from '$lib/display/source-notes';
import type { ChartCount, ViewState } from '$lib/filters/view-state';
import { officeAround } from '$lib/i18n/data-labels-office';
import { eventTitleLang } from '$lib/i18n/data-labels-lang';
import type { DeckEvent, ThemeLook } from '$lib/present/deck-data';
import { deckLanes, eventWindow, quoted, topThemes, type KeySentence } from '$lib/present/slides';
import type { TimelineGroup, TimelineItem } from '$lib/timeline/items';
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';
import { DECK_COLOURS, DECK_TYPE, SLIDE } from './deck-look';
import { stripSvg, type Strip } from './strip-svg';
import { BOX_INSET, linesHeight, widthOf, wrapLines } from './text-fit';

/** What the deck is made of: what /present's PresentState already holds for its slides. */
export interface DeckInput {
	/** The deck's events, oldest first (PresentState.selected). */
	events: readonly DeckEvent[];
	/** Each event's key sentences, by id (PresentState.sentences). */
	sentences: ReadonlyMap<string, readonly KeySentence[]>;
	/** Label and colour of every theme (PresentState.themes). */
	themes: ThemeLook;
	/** The selection in words and its period (PresentState.selection, .period). */
	selection: string;
	period: string;
	/** Every theme the events mention, most first (PresentState.themeRows): the closing chart. */
	rows: readonly FrequencyRow[];
	/** What a bar counts (PresentState.counted). */
	counted: ChartCount;
	/** The view the deck was made from (PresentState.view): the file is named after it. */
	view: ViewState;
	/** The timeline's items and every lane (PresentState.items; toTimelineGroups of every event). */
	items: readonly TimelineItem[];
	lanes: readonly TimelineGroup[];
	/** A place's name in the page's language (the layout's placeNames); none: as recorded. */
	placeNames?: Readonly<Record<string, string>>;
}

/** A run of text with its own look; `lang` for a source's words (a quotation, a title). */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	color?: string;
	lang?: string;
}

/** A paragraph: its runs, its size, the room above it (pt); `keep`: not left alone at a page's end. */
export interface Paragraph {
	runs: Run[];
	pt: number;
	before: number;
	keep?: boolean;
}

/** A text box in inches. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface TitleSlidePlan {
	kind: 'title';
	kicker: string;
	title: string;
	lines: Paragraph[];
}

export interface EventSlidePlan {
	kind: 'event';
	eventId: string;
	/** 0 for the event's slide, 1, 2… for its continuations. */
	part: number;
	head: { box: Box; paragraphs: Paragraph[] }[];
	left: { box: Box; paragraphs: Paragraph[] };
	right: { box: Box; paragraphs: Paragraph[] };
	strip: (Strip & { box: Box; alt: string }) | null;
	notes: string;
}

export interface ClosingSlidePlan {
	kind: 'closing';
	kicker: string;
	heading: string;
	rows: FrequencyRow[];
	/** The value axis' end: the same on every part of a split chart. */
	max: number;
	note: string;
	notes: string;
}

export type SlidePlan = TitleSlidePlan | EventSlidePlan | ClosingSlidePlan;

export interface DeckPlan {
	slides: SlidePlan[];
	fileName: string;
	locale: Locale;
	title: string;
}

const W = SLIDE.w - 2 * SLIDE.margin;
const BODY = DECK_TYPE.body;
/** The facts' and the quotations' columns. */
const LEFT_W = 4.6;
const GAP = 0.3;
const RIGHT_W = W - LEFT_W - GAP;
/** The strip's box at the bottom of an event's first slide. */
const STRIP_H = 1.35;
/**
 * Lines of bar labels a closing slide holds, at 24 pt: a viewer short of room leaves every other
 * label out (LibreOffice did at eight single lines in Japanese, and at seven bars when one label
 * took two lines), so a slide takes bars while their labels' lines fit.
 */
export const LABEL_LINES_PER_SLIDE = 7;
/** The width a bar's label wraps to, in inches: LibreOffice gave a label about 4.9 of the chart's 12.3, and the estimate is wider than the type. */
export const BAR_LABEL_WIDTH = 5.5;

/** Lines a bar's label takes at 24 pt. */
export function barLabelLines(label: string): number {
	return wrapLines(label, BAR_LABEL_WIDTH, DECK_TYPE.body).length;
}

/** The rows, in order, in groups whose labels' lines fit a slide (at least one row a group). */
export function barGroups<R extends { label: string }>(rows: readonly R[]): R[][] {
	const groups: R[][] = [];
	let lines = Infinity;
	for (const r of rows) {
		const n = barLabelLines(r.label);
		if (lines + n > LABEL_LINES_PER_SLIDE) {
			groups.push([]);
			lines = 0;
		}
		groups.at(-1)!.push(r);
		lines += n;
	}
	return groups;
}

// ---------------------------------------------------------------------------- the file's name

/** Lower-case ASCII letters, digits and hyphens: safe on every file system and in every mail. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * "canada-japan-critical-minerals-2026-11-28.pptx": the view's ids (themes, levels, formats,
 * person, place, text, years), which are the same in every language, then the day it was made.
 */
export function deckFileName(view: ViewState, today: Date): string {
	const parts = [
		...view.themes,
		...view.levels,
		...view.formats,
		view.person ?? '',
		view.place ?? '',
		view.text,
		view.range ? `${view.range.start.slice(0, 4)}-${view.range.end.slice(0, 4)}` : ''
	]
		.map(slug)
		.filter(Boolean);
	let name = parts.join('-') || 'all-events';
	if (name.length > 60) name = name.slice(0, 60).replace(/-[^-]*$/, '') || name.slice(0, 60);
	const day = today.toISOString().slice(0, 10);
	return `canada-japan-${name}-${day}.pptx`;
}

// ---------------------------------------------------------------------------- paragraphs

const para = (runs: Run[] | string, pt: number = BODY, before = 0, keep = false): Paragraph => ({
	runs: typeof runs === 'string' ? [{ text: runs }] : runs,
	pt,
	before,
	keep
});

const textOf = (p: Paragraph) => p.runs.map((r) => r.text).join('');

/** Lines a paragraph takes in a box `width` inches wide. */
export function paragraphLines(p: Paragraph, width: number): string[] {
	return wrapLines(
		textOf(p),
		width,
		p.pt,
		p.runs.every((r) => r.bold)
	);
}

/** Height of a paragraph, room above included, in inches. */
export function paragraphHeight(p: Paragraph, width: number): number {
	return linesHeight(paragraphLines(p, width).length, p.pt) + p.before / 72;
}

/** Runs cut at character `at` of their joined text, each piece keeping its run's look. */
function splitRuns(runs: readonly Run[], at: number): [Run[], Run[]] {
	const head: Run[] = [];
	const tail: Run[] = [];
	let pos = 0;
	for (const r of runs) {
		const end = pos + r.text.length;
		if (end <= at) head.push(r);
		else if (pos >= at) tail.push(r);
		else {
			head.push({ ...r, text: r.text.slice(0, at - pos) });
			tail.push({ ...r, text: r.text.slice(at - pos) });
		}
		pos = end;
	}
	const trim = (list: Run[], side: 'start' | 'end') => {
		const i = side === 'end' ? list.length - 1 : 0;
		if (list[i])
			list[i] = {
				...list[i]!,
				text: side === 'end' ? list[i]!.text.trimEnd() : list[i]!.text.trimStart()
			};
		return list.filter((r) => r.text !== '');
	};
	return [trim(head, 'end'), trim(tail, 'start')];
}

/** The paragraph cut after its `n`-th line: the head, and the rest. */
function splitParagraph(p: Paragraph, lines: string[], n: number): [Paragraph, Paragraph] {
	const text = textOf(p);
	let at = 0;
	for (const line of lines.slice(0, n)) at = text.indexOf(line, at) + line.length;
	const [head, tail] = splitRuns(p.runs, at);
	return [
		{ ...p, runs: head, keep: false },
		{ ...p, runs: tail, before: 0 }
	];
}

/**
 * Paragraphs into pages: the first `first` inches high, the others `rest`, `width` wide. A
 * paragraph that does not fit is split between lines (two lines at least on each side when it
 * can), a `keep` paragraph (a label) goes with the next one.
 */
export function paginate(
	paragraphs: readonly Paragraph[],
	width: number,
	first: number,
	rest: number
): Paragraph[][] {
	const pages: Paragraph[][] = [[]];
	let room = first;
	const queue = [...paragraphs];
	const newPage = () => {
		pages.push([]);
		room = rest;
	};
	while (queue.length) {
		const p = queue.shift()!;
		const page = pages.at(-1)!;
		const before = page.length ? p.before / 72 : 0;
		const lines = paragraphLines(p, width);
		const line = linesHeight(1, p.pt);
		const height = before + lines.length * line;
		const next = queue[0];
		const keepRoom =
			p.keep && next
				? next.before / 72 + linesHeight(Math.min(2, paragraphLines(next, width).length), next.pt)
				: 0;
		if (height + keepRoom <= room + 1e-6) {
			page.push(page.length ? p : { ...p, before: 0 });
			room -= height;
			continue;
		}
		const fits = Math.floor((room - before + 1e-6) / line);
		if (!p.keep && fits >= 2 && lines.length - fits >= 1) {
			const [head, tail] = splitParagraph(p, lines, Math.min(fits, lines.length - 1));
			page.push(page.length ? head : { ...head, before: 0 });
			queue.unshift(tail);
			newPage();
			continue;
		}
		if (!page.length) {
			// Taller than a whole page with no room to split well: split where the page ends.
			const [head, tail] = splitParagraph(p, lines, Math.max(1, fits));
			page.push({ ...head, before: 0 });
			queue.unshift(tail);
			newPage();
			continue;
		}
		queue.unshift(p);
		newPage();
	}
	return pages;
}

// ---------------------------------------------------------------------------- the slides

function titleSlide(input: DeckInput, today: Date, locale: Locale): TitleSlidePlan {
	const count = input.events.length;
	const made = formatDate(today.toISOString().slice(0, 10), locale);
	return {
		kind: 'title',
		kicker: m.present_kicker(),
		title: m.present_deck_title(),
		lines: [
			para(input.selection, 28),
			para(
				[
					{
						text: input.period
							? m.present_events_period({ count, period: input.period })
							: m.present_events_count({ count }),
						color: DECK_COLOURS.muted
					}
				],
				BODY,
				12
			),
			para([{ text: m.deck_made({ date: made }), color: DECK_COLOURS.muted }], BODY, 24)
		]
	};
}

/** The title at 32 pt on two lines, else 28 pt on three, else cut at three lines. */
export function fitTitle(title: string, width = W): { text: string; pt: number; cut: boolean } {
	if (wrapLines(title, width, DECK_TYPE.heading, true).length <= 2)
		return { text: title, pt: DECK_TYPE.heading, cut: false };
	const pt = DECK_TYPE.headingSmall;
	const lines = wrapLines(title, width, pt, true);
	if (lines.length <= 3) return { text: title, pt, cut: false };
	let at = 0;
	for (const line of lines.slice(0, 3)) at = title.indexOf(line, at) + line.length;
	let text = title.slice(0, at).trimEnd();
	// Room for the ellipsis on the last line.
	while (text && wrapLines(text + '…', width, pt, true).length > 3)
		text = [...text].slice(0, -2).join('');
	return { text: text.trimEnd() + '…', pt, cut: true };
}

function kindLine(e: DeckEvent): string {
	return [
		FORMAT_LABELS[e.format as Format],
		LEVEL_LABELS[e.level],
		...(e.framework ? [m.present_framework({ framework: e.framework })] : [])
	].join(' · ');
}

function whenLine(e: DeckEvent, place: string, locale: Locale): string {
	const japan =
		e.dateJapan && e.dateJapan !== e.date
			? ` ${m.present_date_japan({ date: formatDate(e.dateJapan, locale) })}`
			: '';
	return `${formatDate(e.date, locale)}${japan} · ${place}`;
}

/** The facts column: the people, the main themes (with their colour), those also taking part. */
function factParagraphs(
	e: DeckEvent,
	themes: ThemeLook,
	locale: Locale,
	titleLang: string
): Paragraph[] {
	const label = (text: string, before: number) =>
		para([{ text, bold: true, color: DECK_COLOURS.muted }], BODY, before, true);
	const [before, after] = officeAround(locale, 'listed');
	const out: Paragraph[] = [label(m.present_participants(), 0)];
	for (const p of e.participants)
		out.push(
			para([
				{ text: p.name },
				...(p.office ? [{ text: `${before}${p.office}${after}`, color: DECK_COLOURS.muted }] : [])
			])
		);
	if (!e.participants.length) out.push(para('—'));
	if (e.themes.length) {
		out.push(label(m.present_main_themes(), 12));
		// One paragraph, theme after theme: a line each would take the column's room for five.
		out.push(
			para(
				topThemes(e.themes, 5).flatMap((t, i) => {
					const look = themes.get(t.id);
					return [
						{
							text: `${i ? '   ' : ''}■\u00a0`,
							color: (look?.color ?? '#777777').replace('#', '').toUpperCase()
						},
						{ text: m.present_theme_mentions({ label: look?.label ?? t.id, count: t.mentions }) }
					];
				})
			)
		);
	}
	if (e.others.length) {
		out.push(label(m.present_others(), 12));
		out.push(para([{ text: e.others.join(m.present_list_separator()), lang: titleLang }]));
	}
	return out;
}

/** The quotations column: each key sentence in its marks, then its source named. */
function quoteParagraphs(e: DeckEvent, sentences: readonly KeySentence[]): Paragraph[] {
	if (e.recordOnly)
		return [
			para([{ text: recordOnlyTitle(), bold: true }]),
			para(
				[{ text: m.present_basis_reports({ basis: e.basis ?? '' }), color: DECK_COLOURS.muted }],
				BODY,
				8
			)
		];
	if (!sentences.length)
		return [para([{ text: m.present_no_sentence(), color: DECK_COLOURS.muted }])];
	return sentences.flatMap((s, i) => [
		para([{ text: quoted(s.text, s.source.lang), lang: s.source.lang }], BODY, i ? 16 : 0),
		para(
			[
				{ text: `— ${s.source.issuer}, `, color: DECK_COLOURS.muted },
				...(s.source.excerpt
					? [{ text: `(${m.present_excerpt_flag()}) `, color: DECK_COLOURS.muted }]
					: []),
				{ text: s.source.title, italic: true, color: DECK_COLOURS.muted, lang: s.source.lang }
			],
			BODY,
			4
		)
	]);
}

/** What the presenter reads: the whole title when cut, every key sentence, every source's address. */
function eventNotes(e: DeckEvent, sentences: readonly KeySentence[], cut: boolean): string {
	const lines: string[] = [];
	if (cut) lines.push(m.deck_notes_title({ title: e.title }), '');
	for (const s of sentences)
		lines.push(
			quoted(s.text, s.source.lang),
			`— ${s.source.issuer}, ${s.source.title}`,
			s.source.url,
			''
		);
	lines.push(m.deck_notes_sources());
	for (const s of e.sources) lines.push(`${s.issuer}: ${s.title}`, s.url);
	return lines.join('\n');
}

function eventSlides(input: DeckInput, e: DeckEvent, locale: Locale): EventSlidePlan[] {
	const x = SLIDE.margin;
	const titleLang = eventTitleLang(e, locale);
	const sentences = input.sentences.get(e.id) ?? [];
	const title = fitTitle(e.title);
	const place = placeText(e, (l) => input.placeNames?.[l] ?? l, locale);
	const when = whenLine(e, place, locale);

	// The head: what kind of event, the title, when and where; each box as tall as its text.
	const lines = (p: Paragraph) => ({ p, h: paragraphHeight(p, W) + 2 * BOX_INSET });
	const headParts = [
		lines(para([{ text: kindLine(e), bold: true, color: DECK_COLOURS.muted }])),
		lines(para([{ text: title.text, bold: true, lang: titleLang }], title.pt)),
		lines(para([{ text: when, bold: true }]))
	];
	let y = 0.3;
	const head: EventSlidePlan['head'] = [];
	for (const part of headParts) {
		head.push({ box: { x, y, w: W, h: part.h }, paragraphs: [part.p] });
		y += part.h;
	}
	y += 0.1;

	// The strip at the bottom of the first slide.
	const range = eventWindow(e.date);
	const stripW = Math.round(W * 96);
	const strip = stripSvg({
		items: input.items,
		groups: deckLanes(input.lanes, [e]),
		range,
		eventId: e.id,
		matching: new Set(input.events.map((ev) => ev.id)),
		width: stripW,
		locale
	});
	const stripH = Math.min(STRIP_H, (strip.height / strip.width) * W);
	const stripBox = {
		x,
		y: SLIDE.h - 0.2 - stripH,
		w: (strip.width / strip.height) * stripH,
		h: stripH
	};
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
	const alt = m.deck_strip_alt({
		from: formatDate(iso(range.start), locale),
		to: formatDate(iso(range.end - 86_400_000), locale),
		title: e.title,
		date: formatDate(e.date, locale)
	});

	// The continuation's head: the title and "(continued)", the title cut to leave room for it.
	const suffix = widthOf(m.deck_continued({ title: '' }), DECK_TYPE.heading, true);
	const contFit = fitTitle(e.title, W - suffix);
	const contTitle = lines(
		para(
			[{ text: m.deck_continued({ title: contFit.text }), bold: true, lang: titleLang }],
			contFit.pt
		)
	);
	const contH = contTitle.h;
	const contTop = 0.3 + contH + 0.1;
	const bottom = SLIDE.h - 0.3;

	const firstRoom = stripBox.y - 0.1 - y;
	const restRoom = bottom - contTop;
	// The columns' text has the box less its inner margins.
	const inner = (room: number) => room - 2 * BOX_INSET;
	const left = paginate(
		factParagraphs(e, input.themes, locale, titleLang),
		LEFT_W,
		inner(firstRoom),
		inner(restRoom)
	);
	const right = paginate(quoteParagraphs(e, sentences), RIGHT_W, inner(firstRoom), inner(restRoom));
	const parts = Math.max(left.length, right.length);
	const notes = eventNotes(e, sentences, title.cut);
	return Array.from({ length: parts }, (_, part) => {
		const top = part ? contTop : y;
		const room = part ? restRoom : firstRoom;
		return {
			kind: 'event' as const,
			eventId: e.id,
			part,
			head: part
				? [
						{
							box: { x, y: 0.3, w: W, h: contH },
							paragraphs: [contTitle.p]
						}
					]
				: head,
			left: { box: { x, y: top, w: LEFT_W, h: room }, paragraphs: left[part] ?? [] },
			right: {
				box: { x: x + LEFT_W + GAP, y: top, w: RIGHT_W, h: room },
				paragraphs: right[part] ?? []
			},
			strip: part ? null : { ...strip, box: stripBox, alt },
			notes
		};
	});
}

function closingSlides(input: DeckInput): ClosingSlidePlan[] {
	const count = input.events.length;
	const rows = [...input.rows];
	const heading = m.present_closing_heading({ count });
	const max = Math.max(1, ...rows.map((r) => r.value));
	const note = m.present_closing_note({ mode: input.counted });
	const notes = rows.map((r) => `${r.label}: ${r.value}`).join('\n');
	if (!rows.length)
		return [
			{
				kind: 'closing',
				kicker: input.selection,
				heading,
				rows: [],
				max,
				note: m.present_closing_none(),
				notes
			}
		];
	return barGroups(rows).map((group, i) => ({
		kind: 'closing' as const,
		kicker: input.selection,
		heading: i ? m.deck_continued({ title: heading }) : heading,
		rows: group,
		max,
		note,
		notes
	}));
}

/** The whole deck: a title slide, each event's slides, the closing slides; and its file name. */
export function planDeck(input: DeckInput, today = new Date()): DeckPlan {
	const locale = getLocale();
	return {
		slides: [
			titleSlide(input, today, locale),
			...input.events.flatMap((e) => eventSlides(input, e, locale)),
			...closingSlides(input)
		],
		fileName: deckFileName(input.view, today),
		locale,
		title: `${m.present_deck_title()} — ${input.selection}`
	};
}
