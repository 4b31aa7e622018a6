/**
 * Splits a source file into its YAML front matter and the saved text below it, and reads the front
 * matter with line numbers so every problem can point at the line to fix.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './schema';

export interface SourceFile {
	file: string;
	/** The front matter as parsed YAML, not yet validated. */
	data: Record<string, unknown>;
	/** The saved text, unchanged: sentence offsets point into this string. */
	body: string;
	/** 1-based line of the file on which `body` starts. */
	bodyLine: number;
	/** 1-based line of each top-level front-matter key. */
	keyLines: Record<string, number>;
}

const FENCE = /^---[ \t]*\r?\n/;

/** Parses `---\n yaml \n---\n body`. A file without front matter is all body. */
export function parseSourceFile(
	file: string,
	raw: string
): { source: SourceFile; problems: Problem[] } {
	const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
	const problems: Problem[] = [];
	if (!FENCE.test(text)) {
		return { source: { file, data: {}, body: text, bodyLine: 1, keyLines: {} }, problems };
	}
	const open = text.match(FENCE)![0].length;
	const close = /^---[ \t]*(?:\r?\n|$)/m;
	const rest = text.slice(open);
	const m = close.exec(rest);
	if (!m) {
		problems.push({
			file,
			line: 1,
			field: 'front matter',
			message: 'opens with "---" but never closes',
			fix: 'add a line "---" after the last front-matter field'
		});
		return { source: { file, data: {}, body: '', bodyLine: 1, keyLines: {} }, problems };
	}
	const yamlText = rest.slice(0, m.index);
	const bodyStart = open + m.index + m[0].length;
	const bodyLine = 1 + (text.slice(0, bodyStart).match(/\n/g)?.length ?? 0);
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	for (const err of [...doc.errors, ...doc.warnings]) {
		const pos = err.pos?.[0] ?? 0;
		problems.push({
			file,
			line: 1 + lineCounter.linePos(pos).line,
			field: 'front matter',
			message: `is not valid YAML: ${err.message.split('\n')[0]}`,
			fix: 'check quotes, colons and indentation on that line'
		});
	}
	const keyLines: Record<string, number> = {};
	const contents = doc.contents;
	if (contents && 'items' in contents && Array.isArray(contents.items)) {
		for (const item of contents.items as {
			key?: { value?: unknown; range?: [number, number, number] };
		}[]) {
			const key = item.key;
			if (key && typeof key.value === 'string' && key.range) {
				keyLines[key.value] = 1 + lineCounter.linePos(key.range[0]).line;
			}
		}
	}
	let data: Record<string, unknown> = {};
	if (problems.length === 0) {
		const js: unknown = doc.toJS();
		if (js === null || js === undefined) data = {};
		else if (typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
		else
			problems.push({
				file,
				line: 2,
				field: 'front matter',
				message: 'must be a list of "key: value" fields',
				fix: 'write one field per line, e.g. "title: …"'
			});
	}
	return { source: { file, data, body: text.slice(bodyStart), bodyLine, keyLines }, problems };
}

/** Serializes front matter and body back into a source file. */
export function formatSourceFile(frontMatter: string, body: string): string {
	return `---\n${frontMatter.trimEnd()}\n---\n${body}`;
}
