import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '$lib/display/dates';
import { m } from '$paraglide/messages';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import { buildDeck, type BuiltDeck } from './build-pptx';
import {
	barGroups,
	planDeck,
	type DeckInput,
	type DeckPlan,
	type EventSlidePlan
} from './deck-plan';
import { paragraphTexts, readPptx, runTexts, xmlProblems, type PptxParts } from './pptx-reading';
import { PresentState } from '$lib/present/present-state.svelte';
import { deckInput } from './deck-input';
import { corpusDeckData, corpusDeckInput } from './testing';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const TODAY = new Date('2026-11-28T12:00:00Z');
/** The leaders' engagements: enough events for continuations, few enough to build fast. */
const QUERY = '?level=leaders';

/** The deck of `query` in `locale`, built and read back as the zip it is. */
async function deckIn(locale: Locale, query = QUERY, edit?: (input: DeckInput) => DeckInput) {
	overwriteGetLocale(() => locale);
	let input = corpusDeckInput(query, locale);
	if (edit) input = edit(input);
	const plan = planDeck(input, TODAY);
	const built = await buildDeck(input, { today: TODAY });
	return { input, plan, built, pptx: await readPptx(built.data) };
}

const eventSlides = (plan: DeckPlan) =>
	plan.slides
		.map((s, i) => ({ s, i }))
		.filter((x): x is { s: EventSlidePlan; i: number } => x.s.kind === 'event');

describe('the PowerPoint deck, built from the corpus (English)', () => {
	let input: DeckInput;
	let plan: DeckPlan;
	let built: BuiltDeck;
	let pptx: PptxParts;
	beforeAll(async () => {
		({ input, plan, built, pptx } = await deckIn('en'));
	});

	it('has a title slide, each event’s slides in order, and the closing slides', () => {
		expect(input.events.length).toBeGreaterThan(2);
		const continuations = eventSlides(plan).filter((x) => x.s.part > 0).length;
		const closing = plan.slides.filter((s) => s.kind === 'closing').length;
		expect(closing).toBe(Math.max(1, barGroups(input.rows).length));
		expect(pptx.slides).toHaveLength(1 + input.events.length + continuations + closing);
		expect(built.slides).toBe(pptx.slides.length);
		expect(plan.slides[0]!.kind).toBe('title');
		expect(plan.slides.at(-1)!.kind).toBe('closing');
		// Every event once, in the deck's order, its continuations right after it.
		const firsts = eventSlides(plan).filter((x) => x.s.part === 0);
		expect(firsts.map((x) => x.s.eventId)).toEqual(input.events.map((e) => e.id));
	});

	it('is 16:9', () => {
		const presentation = pptx.parts.get('ppt/presentation.xml')!;
		const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
		expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 3);
	});

	it('says what was selected on the title slide', () => {
		const text = runTexts(pptx.slides[0]!).join('\n');
		expect(text).toContain('Canada–Japan relations');
		expect(text).toContain(input.selection);
		expect(text).toContain(`${input.events.length} events`);
		expect(text).toContain(input.period);
	});

	it('writes each event’s title, date, place and people as text on its slide', () => {
		for (const { s, i } of eventSlides(plan).filter((x) => x.s.part === 0)) {
			const event = input.events.find((e) => e.id === s.eventId)!;
			const slide = pptx.slides[i]!;
			const text = paragraphTexts(slide).join('\n');
			const title = s.head[1]!.paragraphs[0]!.runs[0]!.text;
			expect(title === event.title || title.endsWith('…')).toBe(true);
			expect(text).toContain(title);
			expect(text).toContain(formatDate(event.date, 'en'));
			if (event.location) expect(text).toContain(event.location);
			// The people are on the slide or, when the column runs over, on its continuation.
			const all = pptx.slides
				.slice(i, i + eventSlides(plan).filter((x) => x.s.eventId === s.eventId).length)
				.flatMap(paragraphTexts)
				.join('\n');
			for (const p of event.participants) expect(all).toContain(p.name);
			// Not a picture of them: the strip is the slide's only picture.
			expect(slide.match(/<p:pic>/g) ?? []).toHaveLength(1);
		}
	});

	it('quotes the key sentences with their source named', () => {
		for (const event of input.events) {
			const own = eventSlides(plan).filter((x) => x.s.eventId === event.id);
			const text = own
				.flatMap((x) => paragraphTexts(pptx.slides[x.i]!))
				.join(' ')
				.replace(/\s+/g, ' ');
			for (const s of input.sentences.get(event.id) ?? []) {
				// Its opening (a split between slides falls between lines, never inside it).
				const words = [...s.text].slice(0, 16).join('').trim();
				expect(text).toContain(words);
				expect(text).toContain(`— ${s.source.issuer}`);
			}
		}
	});

	it('sets body text at 24 pt or more, headings larger', () => {
		for (const slide of pptx.slides) {
			const sizes = [...slide.matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((x) => Number(x[1]));
			expect(sizes.length).toBeGreaterThan(0);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2400);
		}
	});

	it('puts every source’s address in the event’s notes', () => {
		const notes = [...pptx.parts.keys()].filter((p) =>
			/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p)
		);
		expect(notes.length).toBe(pptx.slides.length);
		for (const { s, i } of eventSlides(plan)) {
			const event = input.events.find((e) => e.id === s.eventId)!;
			const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!;
			const note = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!;
			const text = runTexts(pptx.parts.get(`ppt/notesSlides/${note}`)!).join('\n');
			for (const source of event.sources) expect(text).toContain(source.url);
		}
	});

	it('gives each event’s strip a picture part and alt text naming the event', () => {
		for (const { s, i } of eventSlides(plan).filter((x) => x.s.part === 0)) {
			const event = input.events.find((e) => e.id === s.eventId)!;
			const descr = /<p:pic>\s*<p:nvPicPr><p:cNvPr [^>]*descr="([^"]*)"/.exec(pptx.slides[i]!);
			expect(descr, `slide ${i + 1}`).not.toBeNull();
			expect(runTexts(`<a:t>${descr![1]}</a:t>`)[0]).toBe(s.strip!.alt);
			expect(s.strip!.alt).toContain(event.title);
			expect(s.strip!.alt).toContain(formatDate(event.date, 'en'));
			const rels = pptx.parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!;
			expect(rels).toMatch(/Target="\.\.\/media\/[^"]+\.svg"/);
		}
	});

	it('draws the closing chart as a native bar chart with the ThemeBars counts', () => {
		const charts = [...pptx.parts.keys()].filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
		const closing = plan.slides.filter((s) => s.kind === 'closing');
		expect(charts).toHaveLength(closing.length);
		const xml = charts.map((p) => pptx.parts.get(p)!).join('');
		expect(xml).toContain('<c:barChart>');
		expect(xml).toContain('<c:barDir val="bar"/>');
		const values = [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)]
			.flatMap((v) => [...v[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((x) => Number(x[1])))
			.sort((a, b) => a - b);
		expect(values).toEqual(input.rows.map((r) => r.value).sort((a, b) => a - b));
		const labels = [...xml.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)].flatMap((c) =>
			runTexts(c[0].replace(/c:v>/g, 'a:t>'))
		);
		expect(labels.sort()).toEqual(input.rows.map((r) => r.label).sort());
	});

	it('is named from the selection and the day', () => {
		expect(built.fileName).toBe('canada-japan-leaders-2026-11-28.pptx');
	});

	it('writes well-formed XML in every part', () => {
		for (const [path, xml] of pptx.parts) expect(xmlProblems(xml), path).toEqual([]);
	});
});

describe('corpusDeckInput', () => {
	it.each([
		['en', QUERY],
		['fr', '?themes=p2021-energy-security&count=sentences'],
		['ja', '']
	] as const)('is what /present’s state gives (%s %s)', (locale, query) => {
		overwriteGetLocale(() => locale);
		const { data, placeNames } = corpusDeckData(locale);
		const state = new PresentState({
			data: () => data,
			placeNames: () => placeNames,
			search: () => query,
			texts: { texts: null, status: 'idle' },
			navigate: () => {}
		});
		expect(corpusDeckInput(query, locale)).toEqual(deckInput(state, placeNames));
	});
});

describe('the deck in French and Japanese', () => {
	it.each([
		['fr', 'Thèmes principaux'],
		['ja', '主なテーマ']
	] as const)('speaks %s: its labels, dates and chart', async (locale, mainThemes) => {
		const { input, plan, pptx } = await deckIn(locale);
		overwriteGetLocale(() => locale);
		const all = pptx.slides.flatMap(runTexts).join('\n');
		expect(all).toContain(m.present_participants());
		expect(all).toContain(mainThemes);
		expect(all).not.toContain('Main themes');
		expect(all).toContain(m.present_deck_title());
		const first = eventSlides(plan)[0]!;
		expect(paragraphTexts(pptx.slides[first.i]!).join('\n')).toContain(
			formatDate(input.events[0]!.date, locale)
		);
		const chart = [...pptx.parts].find(([p]) => p.startsWith('ppt/charts/chart'))![1];
		expect(chart).toContain(input.rows[0]!.label.replace(/&/g, '&amp;'));
		const note = m.present_closing_note({ mode: input.counted });
		expect(all).toContain(note);
	});
});

describe('hostile text', () => {
	const HOSTILE = `<script>alert("x")</script> & 'quotes' "dq" \u202eمرحبا\u202c 😀🇯🇵 𠮷 ]]> \u0007`;

	it('ends up as escaped text in well-formed XML', async () => {
		const { pptx, plan } = await deckIn('en', '?level=leaders', (input) => {
			const [first, ...rest] = input.events;
			const event = {
				...first!,
				title: `${HOSTILE} title`,
				participants: [{ ...first!.participants[0]!, name: `${HOSTILE} name` }],
				others: [HOSTILE],
				sources: first!.sources.map((s) => ({ ...s, url: `${s.url}?a=1&b="2"<x>` }))
			};
			const sentences = new Map(input.sentences);
			sentences.set(event.id, [
				{
					text: `${HOSTILE} sentence`,
					themes: [],
					source: { ...first!.sources[0]!, title: HOSTILE }
				}
			]);
			return { ...input, events: [event, ...rest.slice(0, 1)], sentences, selection: HOSTILE };
		});
		for (const [path, xml] of pptx.parts) expect(xmlProblems(xml), path).toEqual([]);
		const everything = [...pptx.parts.values()].join('');
		expect(everything).not.toContain('<script>');
		const slide = paragraphTexts(pptx.slides[1]!).join('\n');
		// What the reader sees is the text itself, control character left out.
		const shown = HOSTILE.replace('\u0007', '');
		expect(slide).toContain(`${shown} title`);
		expect(slide).toContain(`${shown} name`);
		expect(paragraphTexts(pptx.slides[0]!).join('\n')).toContain(shown);
		const note = eventSlides(plan)[0]!;
		const rels = pptx.parts.get(`ppt/slides/_rels/slide${note.i + 1}.xml.rels`)!;
		const notes = pptx.parts.get(
			`ppt/notesSlides/${/notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1]}`
		)!;
		expect(runTexts(notes).join('\n')).toContain('?a=1&b="2"<x>');
	});
});
