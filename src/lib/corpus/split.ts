/**
 * Stage 2, split: cut blocks into sentences with offsets into the saved text. List items and
 * headings are sentences of their own, whatever their punctuation.
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
/** Lower-case abbreviations that never end a sentence. */
const NEVER_FINAL = /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|ca)\.\s*$/i;
/** a.m., p.m., U.S., U.K., U.N.: end a sentence only before a capitalised word that is not a name. */
const INITIALISM = /(?:^|[\s(])(?:[A-Za-z]\.){2,}\s*$/;
const SINGLE_INITIAL = /(?:^|\s)[A-Z]\.\s*$/;

/** ICU ends a "sentence" after the marker of a numbered point: "1." then "Prime Minister …". */
const LIST_NUMBER = /^(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\([ivx]{1,4}\))$/;

function shouldJoin(prev: string, next: string): boolean {
	if (LIST_NUMBER.test(prev.trim())) return true;
	if (TITLE_ABBREVIATION.test(prev) || NEVER_FINAL.test(prev) || SINGLE_INITIAL.test(prev))
		return true;
	if (INITIALISM.test(prev) && /^[\p{Ll}\d(,;]/u.test(next)) return true;
	// An unclosed parenthesis: "9:40 a.m. (local time; 11:40 p.m. Japan time), for …".
	const open = (prev.match(/\(/g) ?? []).length;
	const close = (prev.match(/\)/g) ?? []).length;
	if (open > close) return true;
	return !/^[\p{Lu}\d"“'‘([]/u.test(next.trimStart());
}

export function splitSentences(blocks: readonly Block[]): Segment[] {
	const out: Segment[] = [];
	for (const block of blocks) {
		if (block.kind === 'heading') {
			out.push({ text: block.text, start: block.start, end: block.end, kind: block.kind });
			continue;
		}
		const pieces: { start: number; end: number }[] = [];
		for (const seg of segmenter.segment(block.text)) {
			const lead = seg.segment.length - seg.segment.trimStart().length;
			const trimmed = seg.segment.trim();
			if (!trimmed) continue;
			const start = block.start + seg.index + lead;
			const piece = { start, end: start + trimmed.length };
			const prev = pieces.at(-1);
			if (prev) {
				const prevText = block.text.slice(prev.start - block.start, prev.end - block.start);
				if (shouldJoin(prevText, trimmed)) {
					prev.end = piece.end;
					continue;
				}
			}
			pieces.push(piece);
		}
		for (const p of pieces) {
			out.push({
				text: block.text.slice(p.start - block.start, p.end - block.start),
				start: p.start,
				end: p.end,
				kind: block.kind
			});
		}
	}
	return out;
}
