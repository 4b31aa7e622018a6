/**
 * The message files themselves (messages/<area>/{en,fr,ja}.json): every key in all three
 * languages with the same inputs, French typography, nothing left untranslated by copy, and
 * every area known to Paraglide. Invariants over the files, so adding a message needs no edit here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MESSAGES = join(ROOT, 'messages');
const LOCALES = ['en', 'fr', 'ja'] as const;
type Locale = (typeof LOCALES)[number];

/** A message as the inlang message format stores it: a text, or variants with declarations. */
type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];

const areas = readdirSync(MESSAGES, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

function read(area: string, locale: Locale): Record<string, Message> {
	const json = JSON.parse(readFileSync(join(MESSAGES, area, `${locale}.json`), 'utf8')) as Record<
		string,
		Message
	>;
	delete json.$schema;
	return json;
}

/** Every text a message can show (each variant's). */
function texts(message: Message): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
}

/** The names a message takes from its caller: `input` declarations and `{placeholders}`. */
function inputs(message: Message): string[] {
	const names = new Set<string>();
	const locals = new Set<string>();
	if (typeof message !== 'string')
		for (const v of message)
			for (const d of v.declarations ?? []) {
				const input = /^input (\w+)$/.exec(d);
				const local = /^local (\w+) =/.exec(d);
				if (input) names.add(input[1]!);
				if (local) locals.add(local[1]!);
			}
	for (const text of texts(message))
		for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (!locals.has(name!)) names.add(name!);
	return [...names].sort();
}

/**
 * French typography (the Government of Canada's style guide): a no-break space (U+00A0, or the
 * narrow U+202F) before : ; ! ? and », and after «. Returns each offending spot, quoted.
 */
export function frenchSpacingProblems(text: string): string[] {
	const problems: string[] = [];
	const nbsp = /[\u00a0\u202f]/;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		const before = text[i - 1];
		const after = text[i + 1];
		const around = text.slice(Math.max(0, i - 8), i + 8);
		if ('!?;»'.includes(c) && before !== undefined && !nbsp.test(before))
			problems.push(`no no-break space before "${c}" in "${around}"`);
		// A colon between digits is a time (10:00) or a ratio, not punctuation.
		if (c === ':' && before !== undefined && !nbsp.test(before) && !/\d/.test(before))
			problems.push(`no no-break space before ":" in "${around}"`);
		if (c === '«' && (after === undefined || !nbsp.test(after)))
			problems.push(`no no-break space after "«" in "${around}"`);
	}
	return problems;
}

describe('frenchSpacingProblems', () => {
	it.each([
		['Thème\u00a0: défense', 0],
		['Thème : défense', 1],
		['Thème: défense', 1],
		['«\u00a0Compte rendu\u00a0»', 0],
		['« Compte rendu »', 2],
		['Quoi\u202f?', 0],
		['à 10:00', 0]
	])('%j has %i problem(s)', (text, count) => {
		expect(frenchSpacingProblems(text)).toHaveLength(count);
	});
});

describe('messages/', () => {
	it('every area is compiled: project.inlang lists each folder of messages/', () => {
		const settings = JSON.parse(
			readFileSync(join(ROOT, 'project.inlang', 'settings.json'), 'utf8')
		) as { locales: string[]; 'plugin.inlang.messageFormat': { pathPattern: string[] } };
		expect([...settings.locales].sort()).toEqual([...LOCALES].sort());
		const listed = settings['plugin.inlang.messageFormat'].pathPattern
			.map((p) => /^\.\/messages\/([^/]+)\/\{locale\}\.json$/.exec(p)?.[1])
			.sort();
		expect(listed).toEqual(areas);
	});

	describe.each(areas)('%s', (area) => {
		const files = Object.fromEntries(LOCALES.map((l) => [l, read(area, l)])) as Record<
			Locale,
			Record<string, Message>
		>;

		it('keys start with the area, and all three languages hold the same keys', () => {
			const keys = Object.keys(files.en).sort();
			for (const key of keys) expect(key.startsWith(`${area}_`), key).toBe(true);
			expect(Object.keys(files.fr).sort()).toEqual(keys);
			expect(Object.keys(files.ja).sort()).toEqual(keys);
		});

		it('a message takes the same inputs in every language', () => {
			for (const [key, message] of Object.entries(files.en))
				for (const locale of ['fr', 'ja'] as const) {
					const other = files[locale][key];
					if (other !== undefined)
						expect(inputs(other), `${locale} ${key}`).toEqual(inputs(message));
				}
		});

		it('French puts a no-break space where French typography wants one', () => {
			const problems = Object.entries(files.fr).flatMap(([key, message]) =>
				texts(message).flatMap((t) => frenchSpacingProblems(t).map((p) => `${key}: ${p}`))
			);
			expect(problems).toEqual([]);
		});

		it('nothing of three words or more is left in English in French or Japanese', () => {
			const left: string[] = [];
			for (const [key, message] of Object.entries(files.en)) {
				const english = texts(message);
				for (const locale of ['fr', 'ja'] as const) {
					const other = files[locale][key];
					if (other === undefined) continue;
					for (const text of texts(other))
						if (
							english.includes(text) &&
							text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 3
						)
							left.push(`${locale} ${key}: "${text}"`);
				}
			}
			expect(left).toEqual([]);
		});

		it('Japanese text is written in Japanese', () => {
			// A Japanese message with letters but no kana or kanji is an untranslated one (names and
			// abbreviations such as "CSV" and "PNG" are short and pass).
			const latinOnly = Object.entries(files.ja).flatMap(([key, message]) =>
				texts(message)
					.filter(
						(t) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(t) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t)
					)
					.map((t) => `${key}: "${t}"`)
			);
			expect(latinOnly).toEqual([]);
		});
	});
});
