/**
 * How a source document is laid out for reading: its sentences put back into the blocks of the
 * cleaned text (paragraphs, list items, headings), and the phrase that tagged each theme found in
 * its sentence. Both work on plain strings; the page turns the result into text nodes, so nothing
 * from a source is ever parsed as markup.
 */
import type { Block } from '$lib/corpus/clean';
import type { Sentence } from '$lib/corpus/schema';

/** What the reading view needs of a sentence. */
export type ReadingSentence = Pick<Sentence, 'index' | 'text' | 'themes'>;

export type TextPart =
	| { kind: 'paragraph' | 'heading'; sentences: ReadingSentence[] }
	| { kind: 'list'; items: ReadingSentence[][] };

/**
 * Groups sentences (in text order) by the cleaned block that holds them. Consecutive list items
 * become one list. A sentence that falls in no block (the blocks and sentences disagree, which
 * the pipeline should never produce) still gets shown, as a paragraph of its own.
 */
export function toTextParts(
	blocks: readonly Pick<Block, 'kind' | 'start' | 'end'>[],
	sentences: readonly Sentence[]
): TextPart[] {
	const groups: { kind: Block['kind']; block: number; sentences: ReadingSentence[] }[] = [];
	let b = 0;
	for (const s of sentences) {
		while (b < blocks.length && blocks[b]!.end <= s.start) b++;
		const block = blocks[b];
		const inside = block !== undefined && block.start <= s.start && s.end <= block.end;
		const reading = { index: s.index, text: s.text, themes: s.themes };
		const last = groups.at(-1);
		if (inside && last && last.block === b) last.sentences.push(reading);
		else
			groups.push({
				kind: inside ? block.kind : s.kind,
				block: inside ? b : -1,
				sentences: [reading]
			});
	}
	const parts: TextPart[] = [];
	for (const g of groups) {
		const last = parts.at(-1);
		if (g.kind === 'list-item') {
			if (last?.kind === 'list') last.items.push(g.sentences);
			else parts.push({ kind: 'list', items: [g.sentences] });
		} else {
			parts.push({ kind: g.kind, sentences: g.sentences });
		}
	}
	return parts;
}

/** A run of a sentence's text, and the themes whose phrase covers it (none for plain text). */
export interface TextRun {
	text: string;
	themes: string[];
}

/**
 * A word character as the tagger's phrase patterns see one (\b and \w without the u flag: ASCII
 * letters, digits, _). Japanese has no spaces between words, so a phrase such as 経済安全保障 has no
 * word edges to keep: the tagger matches it anywhere, and so must this.
 */
const WORD = /\w/;

/**
 * Where `phrase` stands in `text`: the first occurrence that is a whole word at each end where
 * the phrase itself starts or ends with a word character ("trade" not inside "tradecraft"), else
 * the first occurrence at all. The tagger reports the earliest match, so this finds that match.
 */
export function findPhrase(text: string, phrase: string): number {
	if (!phrase) return -1;
	const wordStart = WORD.test(phrase[0]!);
	const wordEnd = WORD.test(phrase.at(-1)!);
	let first = -1;
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
		if (first < 0) first = at;
		const before = text[at - 1];
		const after = text[at + phrase.length];
		const okStart = !wordStart || before === undefined || !WORD.test(before);
		const okEnd = !wordEnd || after === undefined || !WORD.test(after);
		if (okStart && okEnd) return at;
	}
	return first;
}

/**
 * Splits a sentence into runs at the edges of its matched phrases. Phrases may overlap ("South
 * China Sea" and "China"): a run lists every theme covering it. Runs join back into `text`.
 */
export function markPhrases(
	text: string,
	matches: readonly { id: string; phrase: string }[]
): TextRun[] {
	const spans = matches.flatMap((m) => {
		const at = findPhrase(text, m.phrase);
		return at < 0 ? [] : [{ id: m.id, start: at, end: at + m.phrase.length }];
	});
	const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
		(a, b) => a - b
	);
	const runs: TextRun[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const start = cuts[i]!;
		const end = cuts[i + 1]!;
		const themes = spans.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);
		const last = runs.at(-1);
		if (last && last.themes.join() === themes.join()) last.text += text.slice(start, end);
		else runs.push({ text: text.slice(start, end), themes });
	}
	return runs;
}
