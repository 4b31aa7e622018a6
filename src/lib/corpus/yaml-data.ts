/**
 * Reads the YAML data files (themes, people, places, milestones) against their schemas and turns
 * every zod issue into a problem that names the file, the line and the field.
 */
import {
	isScalar,
	LineCounter,
	parseDocument,
	isNode,
	visit,
	type Document as YamlDocument
} from 'yaml';
import type { z } from 'zod';
import type { Problem } from './schema';

export interface ParsedYaml<T> {
	value: T | null;
	problems: Problem[];
	/** 1-based line of the node at a path, or of its nearest existing parent. */
	lineOf: (path: (string | number)[]) => number | undefined;
}

export function nodeLine(
	doc: YamlDocument,
	counter: LineCounter,
	path: (string | number)[]
): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
	}
	return undefined;
}

export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
		.join('');
}

export function issueProblems(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	lineOf: (p: (string | number)[]) => number | undefined,
	prefix = ''
): Problem[] {
	return issues.map((issue) => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const field = prefix + fieldPath(path);
		let message = issue.message;
		let fix: string | undefined;
		let line = lineOf(path);
		if (issue.code === 'unrecognized_keys') {
			message = `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
			fix = 'check the spelling against data/README.md';
			line = lineOf([...path, issue.keys[0] ?? '']) ?? line;
		} else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
			message = `is missing (${issue.expected} expected)`;
			fix = 'add the field';
		} else if (issue.code === 'invalid_value' && 'values' in issue) {
			message = 'is not one of the allowed values';
			fix = `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		}
		return { file, line, field: field || undefined, message, fix };
	});
}

/**
 * How many times the YAML of one file may use an alias (*name). The data files use none; the
 * limit stops a "billion laughs" file, whose few lines of nested aliases expand to billions of
 * values, before it exhausts memory.
 */
export const MAX_ALIASES = 50;

/** Keys that would reach Object.prototype in code that copies the parsed value naively. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * The plain value of a parsed YAML document, or the problem that stops it: too many aliases, a
 * `__proto__` key. Never throws, so a hostile file gives a problem line rather than a stack trace.
 * `firstLine` is the line of the file on which the YAML starts (front matter starts on line 2).
 */
export function yamlValue(
	file: string,
	doc: YamlDocument,
	counter: LineCounter,
	firstLine = 1
): { value: unknown; problems: Problem[] } {
	const problems: Problem[] = [];
	const lineAt = (offset: number | undefined) => firstLine - 1 + counter.linePos(offset ?? 0).line;
	let aliases = 0;
	let firstAlias: number | undefined;
	visit(doc, {
		Alias(_, node) {
			aliases++;
			firstAlias ??= node.range?.[0];
		},
		Pair(_, pair) {
			const key = pair.key;
			if (!isScalar(key) || typeof key.value !== 'string' || !FORBIDDEN_KEYS.has(key.value)) return;
			problems.push({
				file,
				line: lineAt(key.range?.[0]),
				field: key.value,
				message: `unknown field "${key.value}"`,
				fix: 'remove it: no field has that name'
			});
		}
	});
	if (problems.length) return { value: null, problems };
	try {
		return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems };
	} catch (e) {
		// yaml throws a ReferenceError when the aliases expand past maxAliasCount.
		const bomb = aliases > 0;
		return {
			value: null,
			problems: [
				{
					file,
					line: lineAt(firstAlias),
					message: bomb
						? `expands YAML aliases (*name) past ${MAX_ALIASES} values: refused as a possible "billion laughs" attack`
						: `cannot be read as YAML (${e instanceof Error ? e.message : String(e)})`,
					fix: bomb
						? 'write each value out instead of using anchors (&name) and aliases (*name)'
						: undefined
				}
			]
		};
	}
}

export function parseYaml<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S
): ParsedYaml<z.infer<S>> {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const lineOf = (path: (string | number)[]) => nodeLine(doc, counter, path);
	const problems: Problem[] = [...doc.errors, ...doc.warnings].map((err) => ({
		file,
		line: counter.linePos(err.pos?.[0] ?? 0).line,
		message: `is not valid YAML: ${err.message.split('\n')[0]}`,
		fix: 'check quotes, colons and indentation on that line'
	}));
	if (problems.length) return { value: null, problems, lineOf };
	const js = yamlValue(file, doc, counter);
	if (js.problems.length) return { value: null, problems: js.problems, lineOf };
	const parsed = schema.safeParse(js.value);
	if (!parsed.success)
		return { value: null, problems: issueProblems(file, parsed.error.issues, lineOf), lineOf };
	return { value: parsed.data, problems, lineOf };
}
