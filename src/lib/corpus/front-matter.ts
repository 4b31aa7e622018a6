/**
 * Splits a source file into its YAML front matter and the saved text below it, and reads the front
 * matter with line numbers so every problem can point at the line to fix.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FrontMatter, type Problem } from './schema';
import { yamlValue } from './yaml-data';

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

const FIELDS = new Set(Object.keys(FrontMatter.shape));

/**
 * What to do when a file opening with "---" turns out not to hold front matter: a saved page can
 * itself begin with a horizontal rule, which a Markdown file reads as the opening fence.
 */
const NOT_FRONT_MATTER_FIX =
	'if the saved page itself begins with a "---" line (a horizontal rule), delete that line, or put front matter ("---", title: …, "---") above it';

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
			message:
				'opens with "---" but never closes: the file was read as front matter, with no closing "---" line',
			fix: `add a line "---" after the last front-matter field; ${NOT_FRONT_MATTER_FIX}`
		});
		return { source: { file, data: {}, body: '', bodyLine: 1, keyLines: {} }, problems };
	}
	const yamlText = rest.slice(0, m.index);
	const bodyStart = open + m.index + m[0].length;
	const bodyLine = 1 + (text.slice(0, bodyStart).match(/\n/g)?.length ?? 0);
	// The lines between the fences, as a reader counts them.
	const many = bodyLine - 2 > 2;
	const inner = many ? `lines 2–${bodyLine - 2}` : 'line 2';
	const empty = { file, data: {}, body: text.slice(bodyStart), bodyLine, keyLines: {} };
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	// Hostile YAML first (an alias bomb, a __proto__ key): its problem is the one worth reading.
	const parsed = doc.errors.length ? null : yamlValue(file, doc, lineCounter, 2);
	if (parsed?.problems.length) {
		problems.push(...parsed.problems.map((p) => ({ ...p, field: p.field ?? 'front matter' })));
		return { source: empty, problems };
	}

	// Lines between two "---" that hold none of the fields are a page that starts with a rule, not
	// front matter with mistakes: one problem that says so, rather than one per line of the page.
	const keys = isMap(doc.contents)
		? doc.contents.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []))
		: [];
	const hasContent =
		doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === null);
	if (hasContent && !keys.some((k) => FIELDS.has(k))) {
		problems.push({
			file,
			line: 1,
			field: 'front matter',
			message: `opens with "---", so ${inner} (up to the next "---") ${many ? 'were' : 'was'} read as front matter, but ${many ? 'they hold' : 'it holds'} none of its fields (title, issuer, url, published, …)`,
			fix: NOT_FRONT_MATTER_FIX
		});
		return { source: empty, problems };
	}

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
	// Null-prototype records: a key of the file can never reach Object.prototype through them.
	const keyLines: Record<string, number> = Object.create(null);
	if (isMap(doc.contents)) {
		for (const item of doc.contents.items) {
			const key = item.key;
			if (isScalar(key) && typeof key.value === 'string' && key.range)
				keyLines[key.value] = 1 + lineCounter.linePos(key.range[0]).line;
		}
	}
	let data: Record<string, unknown> = {};
	if (problems.length === 0) {
		const js = parsed?.value;
		if (js === null || js === undefined) data = {};
		else if (typeof js === 'object' && !Array.isArray(js))
			data = Object.assign(Object.create(null) as Record<string, unknown>, js);
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
