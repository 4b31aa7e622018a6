/**
 * Stage 4, tag: give each sentence the themes whose patterns match it, keeping the matched phrase
 * as evidence. The patterns live in data/themes.yaml so an analyst can refine them without code.
 */
import type { Problem, Taxonomy, Theme } from './schema';
import { CJK, escapeRegExp, normalizeForMatch } from './text';

export interface CompiledTheme {
	id: string;
	patterns: RegExp[];
	exclude: RegExp[];
}

const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s;

/**
 * For a phrase pattern: the words a sentence must contain as whole words (runs of \w) for the
 * pattern to match it, in lower case. Looking them up among a sentence's words is much cheaper than
 * running the ~200 patterns on every sentence. Only plain \w words qualify, and not a final word
 * with a wildcard: a phrase puts \b or [\s-]+ around each of the others, and a case-insensitive
 * match of ASCII letters can only be the same ASCII letters.
 */
const requiredWords = new WeakMap<RegExp, string[]>();
/**
 * Patterns that can only match Japanese script ("防衛", "/防衛(?:大臣|相)/"): skipped on sentences
 * without any, which is every sentence of an English or French text.
 */
const needsJapanese = new WeakSet<RegExp>();

/** True when every match of a regular expression's source must contain kana or kanji. */
function onlyJapanese(source: string): boolean {
	if (!CJK.test(source)) return false;
	// Latin letters left once escapes (\b, \s, \p{…}) are removed could match on their own.
	return !/[A-Za-z]/.test(source.replace(/\\p\{[^}]*\}|\\[A-Za-z]/g, ''));
}
const WORD = /\w+/g;

function wordsOf(text: string): Set<string> {
	const words = new Set<string>();
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.add(m[0].toLowerCase());
	return words;
}

function hasAll(words: Set<string>, required: readonly string[]): boolean {
	for (const w of required) if (!words.has(w)) return false;
	return true;
}

/**
 * The letters of a Latin-script word: ASCII letters, digits and _ (\w) and the accented letters of
 * French (Latin-1 and Latin Extended-A/B: é, è, ç, œ, ï …, but not × and ÷). A phrase's word
 * boundaries are written with these rather than \b, which knows only ASCII: with \b, "mer" would
 * match inside "démer" (é is not \w) and "hydrogen" inside "hydrogène", and "énergie" could never
 * start at a boundary. Kana and kanji are not in the class, so "G7" still ends before "外相会合".
 */
const LATIN = 'A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LATIN_CHAR = new RegExp(`[${LATIN}]`);

/**
 * A phrase as a regular expression source: whole words, any dash or space between words, a
 * trailing `*` for any ending. A boundary only stands next to a Latin letter or digit: Japanese has
 * no spaces, so "防衛" must match inside "防衛協力". French elisions need nothing of their own:
 * "Indo-Pacifique" matches in « l'Indo-Pacifique » (and « l’Indo-Pacifique », the curly apostrophe
 * being read as a straight one), the apostrophe not being a letter.
 */
export function phrasePatternSource(phrase: string): string {
	const wildcard = phrase.endsWith('*');
	const words = normalizeForMatch(wildcard ? phrase.slice(0, -1) : phrase)
		.trim()
		.split(/[\s-]+/)
		.map(escapeRegExp);
	const body = words.join('[\\s-]+');
	const first = words[0]?.[0] ?? '';
	const last = words.at(-1)?.at(-1) ?? '';
	const start = LATIN_CHAR.test(first) ? `(?<![${LATIN}])` : '';
	const end = wildcard ? `[${LATIN}]*` : LATIN_CHAR.test(last) ? `(?![${LATIN}])` : '';
	return `${start}${body}${end}`;
}

/** A pattern from themes.yaml as a global RegExp, or the reason it is not one. */
export function compilePattern(pattern: string): RegExp | string {
	const m = REGEX_PATTERN.exec(pattern);
	try {
		if (m) {
			const flags = new Set(m[2]!.split(''));
			for (const f of flags)
				if (!'imsu'.includes(f)) return `flag "${f}" is not allowed (use i, m, s or u)`;
			flags.add('g');
			const re = new RegExp(m[1]!, [...flags].join(''));
			if (onlyJapanese(m[1]!)) needsJapanese.add(re);
			return re;
		}
		const re = new RegExp(phrasePatternSource(pattern), 'gi');
		const wildcard = pattern.endsWith('*');
		const words = normalizeForMatch(wildcard ? pattern.slice(0, -1) : pattern)
			.trim()
			.split(/[\s-]+/);
		const required = words
			.filter((w, i) => /^\w+$/.test(w) && !(wildcard && i === words.length - 1))
			.map((w) => w.toLowerCase());
		if (required.length) requiredWords.set(re, required);
		if (onlyJapanese(pattern)) needsJapanese.add(re);
		return re;
	} catch (e) {
		return `is not a valid regular expression: ${(e as Error).message}`;
	}
}

export function compileTaxonomy(
	themes: readonly Theme[],
	file = 'data/themes.yaml',
	lineOf: (path: (string | number)[]) => number | undefined = () => undefined
): { compiled: CompiledTheme[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const compiled = themes.map((theme, ti) => {
		const compileAll = (list: string[], key: 'patterns' | 'exclude') =>
			list.flatMap((p, pi) => {
				const re = compilePattern(p);
				if (typeof re === 'string') {
					problems.push({
						file,
						line: lineOf(['themes', ti, key, pi]),
						field: `themes.${theme.id}.${key}[${pi}]`,
						message: `pattern ${JSON.stringify(p)} ${re}`,
						fix: 'write a plain phrase, or a regular expression between slashes such as /\\bAI\\b/'
					});
					return [];
				}
				if (re.test('')) {
					problems.push({
						file,
						line: lineOf(['themes', ti, key, pi]),
						field: `themes.${theme.id}.${key}[${pi}]`,
						message: `pattern ${JSON.stringify(p)} matches empty text, so it would tag every sentence`,
						fix: 'make the pattern require at least one character'
					});
					return [];
				}
				return [re];
			});
		return {
			id: theme.id,
			patterns: compileAll(theme.patterns, 'patterns'),
			exclude: compileAll(theme.exclude, 'exclude')
		};
	});
	return { compiled, problems };
}

function spans(re: RegExp, text: string): [number, number][] {
	const out: [number, number][] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		out.push([m.index, m.index + m[0].length]);
	}
	return out;
}

/** A theme's patterns for a sentence without Japanese script: those that could match it. */
const latinPatterns = new WeakMap<CompiledTheme, RegExp[]>();
function patternsFor(theme: CompiledTheme, japanese: boolean): RegExp[] {
	if (japanese) return theme.patterns;
	let list = latinPatterns.get(theme);
	if (!list) {
		list = theme.patterns.filter((re) => !needsJapanese.has(re));
		latinPatterns.set(theme, list);
	}
	return list;
}

/** The themes of one sentence, each with the first phrase that matched, in taxonomy order. */
export function tagSentence(
	text: string,
	themes: readonly CompiledTheme[]
): { id: string; phrase: string }[] {
	const norm = normalizeForMatch(text);
	const japanese = CJK.test(norm);
	let words: Set<string> | null = null;
	const out: { id: string; phrase: string }[] = [];
	for (const theme of themes) {
		// Most sentences match no pattern of a theme: its exclusions are only worth finding on a match.
		let excluded: [number, number][] | null = null;
		let found: [number, number] | undefined;
		for (const re of patternsFor(theme, japanese)) {
			const need = requiredWords.get(re);
			if (need && !hasAll((words ??= wordsOf(norm)), need)) continue;
			re.lastIndex = 0;
			for (let m = re.exec(norm); m; m = re.exec(norm)) {
				if (m[0].length === 0) {
					re.lastIndex++;
					continue;
				}
				const s = m.index;
				const e = s + m[0].length;
				excluded ??= theme.exclude.flatMap((x) => spans(x, norm));
				if (excluded.some(([xs, xe]) => s >= xs && e <= xe)) continue;
				if (!found || s < found[0]) found = [s, e];
				break;
			}
			// Leave the pattern as a full scan would, for any other user of it.
			re.lastIndex = 0;
		}
		if (found) out.push({ id: theme.id, phrase: text.slice(found[0], found[1]) });
	}
	return out;
}

export type TaxonomyThemes = Taxonomy['themes'];
