import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '$lib/filters/view-state';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import { DECK_TYPE } from './deck-look';
import {
	barGroups,
	barLabelLines,
	deckFileName,
	LABEL_LINES_PER_SLIDE,
	fitTitle,
	paginate,
	paragraphHeight,
	planDeck,
	slug,
	type Paragraph
} from './deck-plan';
import { corpusDeckInput } from './testing';
import { BOX_INSET, breakPieces, linesHeight, wrapLines } from './text-fit';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

const TODAY = new Date('2026-11-28T12:00:00Z');
const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');

describe('deckFileName', () => {
	it.each([
		[{}, 'canada-japan-all-events-2026-11-28.pptx'],
		[{ themes: ['critical-minerals'] }, 'canada-japan-critical-minerals-2026-11-28.pptx'],
		[
			{ levels: ['leaders'], formats: ['call'], person: 'mark-carney' },
			'canada-japan-leaders-call-mark-carney-2026-11-28.pptx'
		],
		[
			{ place: 'Tokyo, Japan', text: 'Énergie & "gaz" <b>' },
			'canada-japan-tokyo-japan-energie-gaz-b-2026-11-28.pptx'
		],
		// Words with no Latin letter leave no part: the ids around them still name the file.
		[{ text: '重要鉱物' }, 'canada-japan-all-events-2026-11-28.pptx'],
		[
			{ range: { start: '2024-01-01', end: '2025-06-30' } },
			'canada-japan-2024-2025-2026-11-28.pptx'
		]
	] as const)('%j → %s', (view, name) => {
		expect(deckFileName({ ...defaultViewState(), ...view } as never, TODAY)).toBe(name);
	});

	it('stays short and safe whatever the view holds', () => {
		const name = deckFileName(
			{ ...defaultViewState(), text: 'a'.repeat(300) + '/../\\:*?' },
			TODAY
		);
		expect(name).toMatch(/^[a-z0-9-]+\.pptx$/);
		expect(name.length).toBeLessThan(100);
		expect(slug('  --Ça va ?--  ')).toBe('ca-va');
	});
});

describe('text fitting', () => {
	it('breaks Latin text between words and Japanese between characters, closing marks kept', () => {
		expect(breakPieces('Prime Minister Carney')).toEqual(['Prime ', 'Minister ', 'Carney']);
		expect(breakPieces('首脳会談。両首脳')).toEqual(['首', '脳', '会', '談。', '両', '首', '脳']);
		expect(breakPieces('G7広島')).toEqual(['G7', '広', '島']);
	});

	it('wraps to lines no wider than the box, keeping every character', () => {
		const long =
			'Canada and Japan reaffirmed their commitment to a free and open Indo-Pacific. '.repeat(4);
		const lines = wrapLines(long, 4.6, 24);
		expect(lines.length).toBeGreaterThan(4);
		expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(long.trim().replace(/\s+/g, ' '));
		const url = 'https://www.mofa.go.jp/' + 'x'.repeat(200);
		expect(wrapLines(url, 4.6, 24).join('')).toBe(url);
	});

	it.each([
		['Japan–Canada Summit Meeting', DECK_TYPE.heading, false],
		['A'.repeat(10) + ' ' + 'word '.repeat(18), DECK_TYPE.headingSmall, false],
		['word '.repeat(80), DECK_TYPE.headingSmall, true]
	])('fits title %# in its size, cut or not', (title, pt, cut) => {
		const fit = fitTitle(title.trim());
		expect(fit.pt).toBe(pt);
		expect(fit.cut).toBe(cut);
		expect(wrapLines(fit.text, 12.333, fit.pt, true).length).toBeLessThanOrEqual(3);
		if (cut) expect(fit.text.endsWith('…')).toBe(true);
	});
});

describe('paginate', () => {
	const p = (t: string, keep = false): Paragraph => ({
		runs: [{ text: t }],
		pt: 24,
		before: 8,
		keep
	});
	const long = p(
		'The two leaders discussed trade, energy and security at length. '.repeat(12).trim()
	);

	it('fills pages to their height and no further, losing no word', () => {
		const paragraphs = [
			p('Participants', true),
			p('Mark Carney'),
			long,
			p('Main themes', true),
			long
		];
		const pages = paginate(paragraphs, 4.6, 3, 5);
		expect(pages.length).toBeGreaterThan(2);
		pages.forEach((page, i) => {
			const used = page.reduce(
				(s, q, k) => s + paragraphHeight(k ? q : { ...q, before: 0 }, 4.6),
				0
			);
			expect(used).toBeLessThanOrEqual((i ? 5 : 3) + 1e-6);
			expect(page.length).toBeGreaterThan(0);
		});
		const words = (list: Paragraph[]) => list.map(text).join(' ').split(/\s+/);
		expect(words(pages.flat())).toEqual(words(paragraphs));
	});

	it('keeps a label with the paragraph after it', () => {
		const pages = paginate([long, p('Main themes', true), p('Trade')], 4.6, linesHeight(14, 24), 5);
		for (const page of pages) expect(text(page.at(-1)!)).not.toBe('Main themes');
	});

	it('keeps each run’s look across a split', () => {
		const runs: Paragraph = {
			runs: [{ text: '■ ', color: 'FF0000' }, { text: 'word '.repeat(60).trim() }],
			pt: 24,
			before: 0
		};
		const pages = paginate([runs], 4.6, linesHeight(3, 24), 5);
		expect(pages.length).toBe(2);
		expect(pages[0]![0]!.runs[0]).toEqual({ text: '■ ', color: 'FF0000' });
		expect(pages[1]![0]!.runs.every((r) => r.color === undefined)).toBe(true);
	});
});

describe('barGroups', () => {
	it('puts bars on a slide while their labels’ lines fit, in order, none lost', () => {
		const rows = [
			'Economic security, supply chains and technology, and a good deal more besides',
			...Array.from({ length: 12 }, (_, i) => `Theme ${i}`)
		].map((label) => ({ label }));
		const groups = barGroups(rows);
		expect(groups.flat()).toEqual(rows);
		for (const g of groups) {
			expect(g.length).toBeGreaterThan(0);
			expect(g.reduce((s, r) => s + barLabelLines(r.label), 0)).toBeLessThanOrEqual(
				LABEL_LINES_PER_SLIDE
			);
		}
		expect(barLabelLines(rows[0]!.label)).toBeGreaterThan(1);
		expect(groups[0]!.length).toBeLessThan(LABEL_LINES_PER_SLIDE);
		expect(barGroups([])).toEqual([]);
	});
});

describe('planDeck over the whole corpus', () => {
	it.each(['en', 'fr', 'ja'] as Locale[])(
		'leaves no text box too small for its text (%s)',
		(locale) => {
			overwriteGetLocale(() => locale);
			const plan = planDeck(corpusDeckInput('', locale), TODAY);
			let boxes = 0;
			for (const slide of plan.slides) {
				if (slide.kind !== 'event') continue;
				for (const part of [...slide.head, slide.left, slide.right]) {
					const used = part.paragraphs.reduce(
						(s, q, k) => s + paragraphHeight(k ? q : { ...q, before: 0 }, part.box.w),
						0
					);
					expect(used, `${slide.eventId} part ${slide.part}`).toBeLessThanOrEqual(
						part.box.h - 2 * BOX_INSET + 1e-6
					);
					for (const q of part.paragraphs) expect(q.pt).toBeGreaterThanOrEqual(DECK_TYPE.body);
					boxes++;
				}
				// Inside the slide, above the strip on the first part.
				const bottom = Math.max(
					slide.left.box.y + slide.left.box.h,
					slide.right.box.y + slide.right.box.h
				);
				expect(bottom).toBeLessThanOrEqual(slide.strip ? slide.strip.box.y : 7.5);
				if (slide.strip) expect(slide.strip.box.y + slide.strip.box.h).toBeLessThanOrEqual(7.5);
			}
			expect(boxes).toBeGreaterThan(0);
		}
	);
});
