/**
 * Stage 2, split: cut blocks into sentences with offsets into the saved text. List items and
 * headings are sentences of their own, whatever their punctuation.
 *
 * English and French go through ICU (`Intl.Segmenter`) with corrections; Japanese is cut at its
 * full-width terminators by `japaneseCuts`. Either way a block is first cut into bounded pieces
 * (`boundedPieces`): V8's segment iterator slows down with the length of the string it walks, so
 * a 4.5 MB one-line page took minutes; pieces of at most a few thousand characters take
 * milliseconds.
 */
import type { Block, BlockKind } from './clean';

export interface Segment {
	text: string;
	start: number;
	end: number;
	kind: BlockKind;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU wrongly ends a sentence ("Ms. KAMIKAWA", "Dr. Jones"). */
const TITLE_ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Ms|Mrs|Dr|Hon|Rt|St|No|Nos|Prof|Gen|Lt|Col|Capt|Sgt|Adm|Sen|Rep|Amb|Gov|Jr|Sr|Inc|Ltd|Corp|Co|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|cf|Fig|Art|para)\.\s*$/;
/**
 * French months as newswire datelines shorten them ("OTTAWA, ON, le 9 févr. 2026 /CNW/"): they end
 * no sentence when a year follows.
 */
const FRENCH_MONTH = /(?:^|[\s(])(?:janv|févr|fév|avr|juil|juill|sept|oct|nov|déc)\.\s*$/;
/** Lower-case abbreviations that never end a sentence. */
const NEVER_FINAL = /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|ca)\.\s*$/i;
/** a.m., p.m., U.S., U.K., U.N.: end a sentence only before a capitalised word that is not a name. */
const INITIALISM = /(?:^|[\s(])(?:[A-Za-z]\.){2,}\s*$/;
const SINGLE_INITIAL = /(?:^|\s)[A-Z]\.\s*$/;

/** ICU ends a "sentence" after the marker of a numbered point: "1." then "Prime Minister …". */
const LIST_NUMBER = /^(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\([ivx]{1,4}\))$/;

/** The end of a sentence is all the join rules look at: a bounded tail keeps them linear. */
const TAIL = 80;

/** At most this many characters go to the segmenter at once. */
export const MAX_PIECE = 2000;

/** Full-width (and ASCII) sentence terminators of Japanese. */
const JA_TERMINATOR = /[。！？!?]/;
/** What may follow a terminator and still belong to its sentence: closing brackets and quotes. */
const JA_CLOSER = /[」』）)】〕〉》"”’]/;
const JA_OPENER = /[「『（(【〔〈《]/;
/** A bracket left open longer than this was a stray: the text goes on being cut. */
const MAX_BRACKET = 400;

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * [start, end) ranges that cover `text` in order, each at most `max` characters: cut after a
 * sentence terminator and the space or closing mark after it where the window has one, else at
 * the last space, else anywhere but inside a surrogate pair.
 */
export function boundedPieces(text: string, max = MAX_PIECE): [number, number][] {
	const out: [number, number][] = [];
	let pos = 0;
	while (text.length - pos > max) {
		const limit = pos + max;
		let cut = -1;
		let space = -1;
		// Only the second half of the window: a cut too early would make many small pieces.
		for (let i = limit; i > pos + max / 2; i--) {
			const c = text[i - 1]!;
			if (/[。！？]/.test(c) || (/[.!?]/.test(c) && /\s/.test(text[i] ?? ' '))) {
				cut = i;
				break;
			}
			if (space < 0 && /\s/.test(c)) space = i;
		}
		if (cut < 0) cut = space;
		if (cut < 0) cut = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
		out.push([pos, cut]);
		pos = cut;
	}
	if (pos < text.length || out.length === 0) out.push([pos, text.length]);
	return out;
}

/** Japanese prose: a block with kana, or with a Japanese full stop. */
export function isJapaneseText(text: string): boolean {
	return /[\u3041-\u30FA\u30FC-\u30FF\uFF66-\uFF9F。]/.test(text);
}

/**
 * Offsets in `text` after which a Japanese sentence ends: a terminator (。！？) outside brackets
 * and quotes, with the closing marks after it. "「…です。」と述べました。" is one sentence: the
 * first 。 is inside the quotation.
 */
export function japaneseCuts(text: string): number[] {
	const cuts: number[] = [];
	let depth = 0;
	let openedAt = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (JA_OPENER.test(c)) {
			if (depth === 0) openedAt = i;
			depth++;
			continue;
		}
		if (JA_CLOSER.test(c)) {
			if (depth > 0) depth--;
			continue;
		}
		if (depth > 0 && i - openedAt > MAX_BRACKET) depth = 0;
		if (depth > 0 || !JA_TERMINATOR.test(c)) continue;
		// "!" and "?" end a Japanese sentence only among Japanese text, not in "Yes!" quoted in it.
		if (
			/[!?]/.test(c) &&
			!/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text[i - 1] ?? '')
		)
			continue;
		let end = i + 1;
		while (end < text.length && (JA_TERMINATOR.test(text[end]!) || JA_CLOSER.test(text[end]!)))
			end++;
		cuts.push(end);
		i = end - 1;
	}
	return cuts;
}

function shouldJoin(prevTail: string, open: number, next: string): boolean {
	if (LIST_NUMBER.test(prevTail.trim())) return true;
	if (
		TITLE_ABBREVIATION.test(prevTail) ||
		NEVER_FINAL.test(prevTail) ||
		SINGLE_INITIAL.test(prevTail)
	)
		return true;
	if (INITIALISM.test(prevTail) && /^[\p{Ll}\d(,;]/u.test(next)) return true;
	if (FRENCH_MONTH.test(prevTail) && /^\d{4}\b/.test(next)) return true;
	// An unclosed parenthesis: "9:40 a.m. (local time; 11:40 p.m. Japan time), for …".
	if (open > 0) return true;
	return !/^[\p{Lu}\d"“'‘([]/u.test(next.trimStart());
}

function parenBalance(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 40) n++;
		else if (c === 41) n--;
	}
	return n;
}

/** [start, end) in the block text; `open`: a Japanese range that stops without a terminator. */
type Range = [number, number, boolean?];

/** Sentences of one English or French piece as [start, end) offsets into the block text. */
function icuRanges(text: string, from: number, to: number, out: Range[]): void {
	for (const seg of segmenter.segment(text.slice(from, to))) {
		const lead = seg.segment.length - seg.segment.trimStart().length;
		const trimmed = seg.segment.trim();
		if (!trimmed) continue;
		const start = from + seg.index + lead;
		out.push([start, start + trimmed.length]);
	}
}

/** Sentences of one Japanese piece, trimmed of the spaces (full-width too) around them. */
function japaneseRanges(text: string, from: number, to: number, out: Range[]): void {
	const piece = text.slice(from, to);
	const cuts = japaneseCuts(piece);
	const ends = cuts.at(-1) === piece.length ? cuts : [...cuts, piece.length];
	let last = 0;
	ends.forEach((cut, i) => {
		const raw = piece.slice(last, cut);
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		const open = i === cuts.length;
		if (trimmed) out.push([from + last + lead, from + last + lead + trimmed.length, open]);
		last = cut;
	});
}

export function splitSentences(blocks: readonly Block[]): Segment[] {
	const out: Segment[] = [];
	for (const block of blocks) {
		if (block.kind === 'heading') {
			out.push({ text: block.text, start: block.start, end: block.end, kind: block.kind });
			continue;
		}
		const text = block.text;
		const japanese = isJapaneseText(text);
		const ranges: Range[] = [];
		for (const [from, to] of boundedPieces(text))
			(japanese ? japaneseRanges : icuRanges)(text, from, to, ranges);
		// Re-join ICU's false breaks (and the cuts between pieces that fell mid-sentence). Japanese
		// needs none: its cuts are made here, at terminators only.
		const pieces: { start: number; end: number; open: number; unfinished: boolean }[] = [];
		for (const [start, end, unfinished = false] of ranges) {
			const piece = text.slice(start, end);
			const prev = pieces.at(-1);
			if (prev && !japanese) {
				const tail = text.slice(Math.max(prev.start, prev.end - TAIL), prev.end);
				if (shouldJoin(tail, prev.open, piece)) {
					prev.open += parenBalance(text.slice(prev.end, end));
					prev.end = end;
					continue;
				}
			}
			if (prev?.unfinished) {
				// A piece boundary fell inside a Japanese sentence.
				prev.end = end;
				prev.unfinished = unfinished;
				continue;
			}
			pieces.push({ start, end, open: Math.max(0, parenBalance(piece)), unfinished });
		}
		for (const p of pieces) {
			out.push({
				text: text.slice(p.start, p.end),
				start: block.start + p.start,
				end: block.start + p.end,
				kind: block.kind
			});
		}
	}
	return out;
}
