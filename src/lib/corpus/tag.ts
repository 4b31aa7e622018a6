/**
 * Stage 4, tag: give each sentence the themes whose patterns match it, keeping the matched phrase
 * as evidence. The patterns live in data/themes.yaml so an analyst can refine them without code.
 */
import type { Problem, Taxonomy, Theme } from './schema';
import { normalizeForMatch, phraseSource } from './text';

export interface CompiledTheme {
	id: string;
	patterns: RegExp[];
	exclude: RegExp[];
}

const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s;

/** A pattern from themes.yaml as a global RegExp, or the reason it is not one. */
export function compilePattern(pattern: string): RegExp | string {
	const m = REGEX_PATTERN.exec(pattern);
	try {
		if (m) {
			const flags = new Set(m[2]!.split(''));
			for (const f of flags)
				if (!'imsu'.includes(f)) return `flag "${f}" is not allowed (use i, m, s or u)`;
			flags.add('g');
			return new RegExp(m[1]!, [...flags].join(''));
		}
		return new RegExp(phraseSource(pattern), 'gi');
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

/** The themes of one sentence, each with the first phrase that matched, in taxonomy order. */
export function tagSentence(
	text: string,
	themes: readonly CompiledTheme[]
): { id: string; phrase: string }[] {
	const norm = normalizeForMatch(text);
	const out: { id: string; phrase: string }[] = [];
	for (const theme of themes) {
		const excluded = theme.exclude.flatMap((re) => spans(re, norm));
		let found: [number, number] | undefined;
		for (const re of theme.patterns) {
			for (const [s, e] of spans(re, norm)) {
				if (excluded.some(([xs, xe]) => s >= xs && e <= xe)) continue;
				if (!found || s < found[0]) found = [s, e];
				break;
			}
		}
		if (found) out.push({ id: theme.id, phrase: text.slice(found[0], found[1]) });
	}
	return out;
}

export type TaxonomyThemes = Taxonomy['themes'];
