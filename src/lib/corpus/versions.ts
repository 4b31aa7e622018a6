/**
 * Other-language versions of sources: the French text the Government of Canada published of an
 * English statement, saved as its own file with `translationOf: <the English file>`.
 *
 * A version is the same text, not another source: counting it would count the same sentences
 * twice. So it adds no event, no participant and no count; it is split and tagged like a source
 * only so that its text shows its theme marks where the pages show it. Pure, like the pipeline.
 */
import { cleanText } from './clean';
import type { Context, Given } from './document';
import { tagSegments } from './document';
import type { SourceFile } from './front-matter';
import {
	VERSION_FIELDS,
	type Document,
	type Lang,
	type Problem,
	type SourceVersion
} from './schema';
import { splitSentences } from './split';
import { detectLang } from './text';

/** Whether a parsed source file is a version (it names the source it translates). */
export function isVersion(source: SourceFile): boolean {
	return source.data.translationOf !== undefined;
}

/**
 * What a version may not say: facts about the event (its original's), and it must say its
 * language, since the pages choose a text by it.
 */
export function checkVersionFields(source: SourceFile): Problem[] {
	const problems: Problem[] = [];
	const of = String(source.data.translationOf);
	const allowed = new Set<string>(VERSION_FIELDS);
	for (const field of Object.keys(source.data))
		if (!allowed.has(field))
			problems.push({
				file: source.file,
				line: source.keyLines[field],
				field,
				message: `is a fact about the event, and a version (translationOf: ${of}) takes the event's facts from its original`,
				fix: `remove it; give it in ${of} if the event needs it`
			});
	if (source.data.lang === undefined)
		problems.push({
			file: source.file,
			line: source.keyLines.translationOf,
			field: 'lang',
			message:
				'is missing: a version must say its language, since each site shows the version in its own',
			fix: 'add "lang: fr" (or en, ja)'
		});
	return problems;
}

/** A version's record: its page, and its sentences tagged as a source's are. */
export function buildVersion(source: SourceFile, given: Given, ctx: Context): SourceVersion {
	const title = given.title ?? '';
	// The same calls buildDocument makes, so the reading view can cut the same blocks again.
	const { blocks } = cleanText(source.body, title || undefined);
	const segments = splitSentences(blocks);
	const { sentences, themes } = tagSegments(segments, ctx);
	return {
		file: source.file,
		translationOf: given.translationOf ?? '',
		title,
		issuer: given.issuer ?? '',
		url: given.url ?? '',
		published: given.published ?? '',
		lang: given.lang ?? detectLang(segments.map((s) => s.text).join(' ')),
		excerpt: given.excerpt ?? false,
		via: given.via ?? null,
		original: given.original ?? null,
		themes,
		sentences,
		warnings: segments.length ? [] : ['no official text found after removing page furniture']
	};
}

/** Where a version's `translationOf` and `lang` are written, for its problems. */
export interface VersionLines {
	translationOf?: number;
	lang?: number;
}

/**
 * The rules between files: the original is a source in data/sources/ (not a version itself), in
 * another language, and has at most one version per language. `versionFiles` maps every file
 * that says `translationOf` (even one with other problems) to the file it names, so that a
 * version of a version is named as such.
 */
export function checkVersions(
	versions: readonly (SourceVersion & { lines: VersionLines })[],
	documents: readonly Document[],
	versionFiles: ReadonlyMap<string, string>,
	sourceNames: ReadonlySet<string>
): Problem[] {
	const problems: Problem[] = [];
	const byFile = new Map(documents.map((d) => [d.file, d]));
	const taken = new Map<string, string>();
	for (const v of versions) {
		const file = `data/sources/${v.file}`;
		const of = v.translationOf;
		const line = v.lines.translationOf;
		const itsOriginal = versionFiles.get(of);
		if (itsOriginal !== undefined) {
			problems.push({
				file,
				line,
				field: 'translationOf',
				message: `${of} is itself a version (of ${itsOriginal}), not a source`,
				fix: `name the source: "translationOf: ${itsOriginal}"`
			});
			continue;
		}
		const original = byFile.get(of);
		if (!original) {
			// A source with problems of its own is reported there: only a missing file is reported here.
			if (!sourceNames.has(of))
				problems.push({
					file,
					line,
					field: 'translationOf',
					message: `"${of}" is not a file in data/sources/`,
					fix: 'name the file of the source this text is a version of'
				});
			continue;
		}
		if (original.lang === v.lang) {
			problems.push({
				file,
				line: v.lines.lang,
				field: 'lang',
				message: `is "${v.lang}", the language of its original ${of}: a version is the same text in another language`,
				fix: 'check "lang:", or save the text as a source of its own (without translationOf)'
			});
			continue;
		}
		const key = `${of}\u0000${v.lang}`;
		const first = taken.get(key);
		if (first !== undefined)
			problems.push({
				file,
				line,
				field: 'translationOf',
				message: `${of} already has a "${v.lang}" version, ${first}`,
				fix: 'keep one version of a source per language: remove one of the two'
			});
		else taken.set(key, v.file);
	}
	return problems;
}

/** The versions of each source, by the source's file name, in the order of `langs`. */
export function versionsBySource(versions: readonly SourceVersion[]): Map<string, SourceVersion[]> {
	const order: readonly Lang[] = ['en', 'fr', 'ja'];
	const map = new Map<string, SourceVersion[]>();
	for (const v of versions) map.set(v.translationOf, [...(map.get(v.translationOf) ?? []), v]);
	for (const list of map.values())
		list.sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
	return map;
}

// What a page shows of a source and in which order: a module of its own, with no runtime
// imports, so the pages can use it without the pipeline (and zod) in the browser.
export { readingOrder, versionFor } from './version-pick';
