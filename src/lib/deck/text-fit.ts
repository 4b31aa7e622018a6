/**
 * How much room a text takes on a slide, estimated without a font: PowerPoint and LibreOffice
 * wrap the text themselves, so the deck only has to know, before it writes a slide, whether a
 * paragraph fits in its box. The widths are the timeline's (first-paint.ts `textWidth`: a CJK
 * character an em, a Latin letter 0.58–0.66 em), which are wider than Arial's and Yu Gothic's own,
 * so an estimate that fits leaves the real text room to spare.
 */
import { textWidth } from '$lib/timeline/first-paint';

/** Points per inch: pptxgenjs places boxes in inches and sizes type in points. */
export const PT = 72;
/** A line's height, as a multiple of the type's size (PowerPoint's single spacing is about 1.2). */
export const LINE_HEIGHT = 1.2;
/** A text box's inner margins, left + right and top + bottom, in inches (set on every box). */
export const BOX_INSET = 0.1;

/** A Japanese character is a line-break opportunity of its own; a Latin word is not. */
const BREAKABLE = /[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * The pieces a line may break between: words with the spaces after them, and each CJK character
 * alone (with a closing mark kept with the character before it, as kinsoku does).
 */
export function breakPieces(text: string): string[] {
	const pieces: string[] = [];
	let current = '';
	for (const ch of text) {
		if (/\s/u.test(ch)) {
			current += ch;
			pieces.push(current);
			current = '';
		} else if (BREAKABLE.test(ch) && !/[、。，．）」』！？：；・ー…]/u.test(ch)) {
			if (current) pieces.push(current);
			current = ch;
		} else {
			// A Latin character after a CJK one starts a new piece, so a run of Latin stays whole.
			if (current && BREAKABLE.test([...current].at(-1)!) && !BREAKABLE.test(ch)) {
				pieces.push(current);
				current = '';
			}
			current += ch;
		}
	}
	if (current) pieces.push(current);
	return pieces;
}

/** Width of `text` at `pt` points, in inches. */
export function widthOf(text: string, pt: number, bold = false): number {
	return textWidth(text, pt, bold) / PT;
}

/**
 * The lines `text` wraps to in a box `width` inches wide (inner margins taken off), at `pt`
 * points: greedy, as word processors wrap; a piece wider than a line is cut by characters.
 */
export function wrapLines(text: string, width: number, pt: number, bold = false): string[] {
	const room = width - BOX_INSET * 2;
	const lines: string[] = [];
	let line = '';
	const push = () => {
		if (line.trim()) lines.push(line.trimEnd());
		line = '';
	};
	for (const piece of breakPieces(text)) {
		if (widthOf((line + piece).trimEnd(), pt, bold) <= room) {
			line += piece;
			continue;
		}
		push();
		if (widthOf(piece.trimEnd(), pt, bold) <= room) {
			line = piece;
			continue;
		}
		// A URL or a long word: cut where the line is full.
		for (const ch of piece) {
			if (widthOf((line + ch).trimEnd(), pt, bold) > room) push();
			line += ch;
		}
	}
	push();
	return lines.length ? lines : [''];
}

/** Height of `lines` lines at `pt` points, in inches. */
export function linesHeight(lines: number, pt: number): number {
	return (lines * pt * LINE_HEIGHT) / PT;
}
