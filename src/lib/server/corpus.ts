/**
 * The one place that reads data/ from disk (at build time). Any problem in the data fails the
 * build with every problem listed, each naming file, line and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCorpus, type Corpus, type DataFiles, type RawSource } from '../corpus/corpus';
import { formatProblem, type Problem } from '../corpus/schema';

export const DATA_DIR = resolve(process.env.CJT_DATA_DIR ?? 'data');

export function readDataFiles(dir = DATA_DIR): DataFiles {
	const read = (name: string) => readFileSync(join(dir, name), 'utf8');
	return {
		themes: read('themes.yaml'),
		people: read('people.yaml'),
		places: read('places.yaml'),
		milestones: read('milestones.yaml'),
		record: existsSync(join(dir, 'record.yaml')) ? read('record.yaml') : undefined
	};
}

export function readSources(dir = DATA_DIR): RawSource[] {
	return readdirSync(join(dir, 'sources'))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, 'sources', name), 'utf8') }));
}

export class CorpusError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The corpus in data/ has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
		);
	}
}

let cached: Corpus | undefined;

/** The validated corpus; throws CorpusError listing every problem. Built once per build. */
export function loadCorpus(dir = DATA_DIR): Corpus {
	if (cached && dir === DATA_DIR) return cached;
	const { corpus, problems } = buildCorpus(readDataFiles(dir), readSources(dir));
	if (!corpus) throw new CorpusError(problems);
	if (dir === DATA_DIR) cached = corpus;
	return corpus;
}
