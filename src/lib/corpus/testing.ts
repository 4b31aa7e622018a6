/**
 * Test support: the real data files, read once. Only tests import this (it touches the file
 * system, which the pipeline itself never does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadReference, type DataFiles, type RawSource, type Reference } from './corpus';

export const DATA = resolve(import.meta.dirname, '../../../data');

export function dataFiles(): DataFiles {
	const read = (n: string) => readFileSync(join(DATA, n), 'utf8');
	return {
		themes: read('themes.yaml'),
		people: read('people.yaml'),
		places: read('places.yaml'),
		milestones: read('milestones.yaml')
	};
}

export function rawSources(): RawSource[] {
	return readdirSync(join(DATA, 'sources'))
		.filter((n) => n.endsWith('.md'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(DATA, 'sources', name), 'utf8') }));
}

let reference: Reference | undefined;

export function realReference(): Reference {
	if (!reference) {
		const r = loadReference(dataFiles());
		if (!r.reference) throw new Error(r.problems.map((p) => p.message).join('\n'));
		reference = r.reference;
	}
	return reference;
}
