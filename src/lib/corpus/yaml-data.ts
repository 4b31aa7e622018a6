/**
 * Reads the YAML data files (themes, people, places, milestones) against their schemas and turns
 * every zod issue into a problem that names the file, the line and the field.
 */
import { LineCounter, parseDocument, isNode, type Document as YamlDocument } from 'yaml';
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
	const parsed = schema.safeParse(doc.toJS());
	if (!parsed.success)
		return { value: null, problems: issueProblems(file, parsed.error.issues, lineOf), lineOf };
	return { value: parsed.data, problems, lineOf };
}
