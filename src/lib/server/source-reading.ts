/**
 * What the event page shows of one source beyond its Document record: the editors' `basis` for
 * the facts they gave, and the cleaned text laid out in its paragraphs. Both need the saved file,
 * which only this folder may read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '$lib/corpus/clean';
import { parseSourceFile } from '$lib/corpus/front-matter';
import type { Document } from '$lib/corpus/schema';
import { toTextParts, type TextPart } from '$lib/display/source-text';
import { DATA_DIR } from './corpus';

export interface SourceReading {
	basis: string | null;
	parts: TextPart[];
}

/** A source's reading, or a version's (a version is read from its own file the same way). */
export function readSourceReading(
	document: Pick<Document, 'file' | 'title' | 'sentences'>,
	dir = DATA_DIR
): SourceReading {
	const file = `data/sources/${document.file}`;
	const { source } = parseSourceFile(
		file,
		readFileSync(join(dir, 'sources', document.file), 'utf8')
	);
	// The same call buildDocument makes (the title lets the cleaner drop the page's own title
	// line), so the blocks are the ones the sentence offsets were cut from.
	const { blocks } = cleanText(source.body, document.title || undefined);
	// loadCorpus has already checked the front matter, so a basis here is a string.
	const basis = typeof source.data.basis === 'string' ? source.data.basis : null;
	return { basis, parts: toTextParts(blocks, document.sentences) };
}
