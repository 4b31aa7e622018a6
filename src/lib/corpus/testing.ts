/**
 * Test support: the data files of a corpus folder, read from disk. Only tests import this (it
 * touches the file system, which the pipeline itself never does).
 *
 * Two folders: FIXTURE, the corpus the golden and validation tests own (a frozen copy of data/ as
 * of the five seed documents), and DATA, the live corpus that analysts grow, which tests only hold
 * to invariants (src/lib/corpus/invariants.ts), never to counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadReference, type DataFiles, type RawSource, type Reference } from './corpus';

/** The live corpus: data/, or the folder CJT_DATA_DIR names (as the build reads it). */
export const DATA = resolve(
	process.env.CJT_DATA_DIR ?? resolve(import.meta.dirname, '../../../data')
);

/** The corpus the golden tests own: adding a document to data/ never changes it. */
export const FIXTURE = resolve(import.meta.dirname, 'fixtures/corpus');

export function dataFiles(dir = DATA): DataFiles {
	const read = (n: string) => readFileSync(join(dir, n), 'utf8');
	return {
		themes: read('themes.yaml'),
		people: read('people.yaml'),
		places: read('places.yaml'),
		milestones: read('milestones.yaml'),
		record: existsSync(join(dir, 'record.yaml')) ? read('record.yaml') : undefined
	};
}

export function rawSources(dir = DATA): RawSource[] {
	return readdirSync(join(dir, 'sources'))
		.filter((n) => n.endsWith('.md'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, 'sources', name), 'utf8') }));
}

let reference: Reference | undefined;

/** Themes, people and places of data/: what extraction is tested against. */
export function realReference(): Reference {
	if (!reference) {
		const r = loadReference(dataFiles());
		if (!r.reference) throw new Error(r.problems.map((p) => p.message).join('\n'));
		reference = r.reference;
	}
	return reference;
}

let fixtureRef: Reference | undefined;

/** Themes, people and places of the fixture corpus. */
export function fixtureReference(): Reference {
	if (!fixtureRef) {
		const r = loadReference(dataFiles(FIXTURE));
		if (!r.reference) throw new Error(r.problems.map((p) => p.message).join('\n'));
		fixtureRef = r.reference;
	}
	return fixtureRef;
}
