/**
 * The one place that reads data/ from disk (at build time). Any problem in the data fails the
 * build with every problem listed, each naming file, line and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCorpus, type Corpus, type DataFiles, type RawSource } from '../corpus/corpus';
import { RECORD_FILE } from '../corpus/record';
import {
	formatProblem,
	IssuersFile,
	RecordFile,
	type Issuer,
	type Problem
} from '../corpus/schema';
import { parseYaml } from '../corpus/yaml-data';
import {
	localizeCorpus,
	placeNamesOf,
	recordTitleKey,
	type RecordTitles
} from '../i18n/data-labels';
import type { Locale } from '$paraglide/runtime';

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

/**
 * The French and Japanese titles and `others` of data/record.yaml's events. The pipeline's events
 * keep the English alone (the downloads are built from them), so the translations are read here.
 */
export function readRecordTitles(dir = DATA_DIR): RecordTitles {
	const text = readDataFiles(dir).record;
	// loadCorpus has refused a record.yaml with any problem, so a value is always there.
	const events = text ? (parseYaml(RECORD_FILE, text, RecordFile).value?.events ?? []) : [];
	return new Map(
		events.map((e) => [
			recordTitleKey(e),
			{
				fr: { title: e.title_fr, others: e.others_fr },
				ja: { title: e.title_ja, others: e.others_ja }
			}
		])
	);
}

export const ISSUERS_FILE = 'issuers.yaml';

/**
 * The issuers' French and Japanese names (data/issuers.yaml; optional: a site without it shows the
 * issuers as the sources write them). A mistake in the file fails the build, naming its line.
 */
export function readIssuers(dir = DATA_DIR): Issuer[] {
	const path = join(dir, ISSUERS_FILE);
	if (!existsSync(path)) return [];
	const { value, problems } = parseYaml(ISSUERS_FILE, readFileSync(path, 'utf8'), IssuersFile);
	if (!value) throw new CorpusError(problems);
	return value.issuers;
}

/**
 * The government each source belongs to, by file: its issuer's `country` in data/issuers.yaml
 * (the English issuer, as the front matter writes it). A source whose issuer is not listed has
 * none, and nothing is said about it.
 */
export function sourceCountries(dir = DATA_DIR): Map<string, string> {
	const byIssuer = new Map(readIssuers(dir).map((i) => [i.name, i.country]));
	const countries = new Map<string, string>();
	for (const d of loadCorpus(dir).documents) {
		const country = byIssuer.get(d.issuer);
		if (country) countries.set(d.file, country);
	}
	return countries;
}

const localized = new Map<Locale, Corpus>();

/**
 * The corpus as a page in `locale` shows it: theme labels and definitions, framework names and
 * area labels, milestone and record-only event titles in that language (src/lib/i18n/
 * data-labels.ts). Every page's load passes getLocale(); one per language per build. The downloads
 * in /data/ use loadCorpus(): they are data, in English whatever page links them.
 */
export function loadLocalizedCorpus(locale: Locale): Corpus {
	let corpus = localized.get(locale);
	if (!corpus) {
		corpus = localizeCorpus(loadCorpus(), readRecordTitles(), locale, readIssuers());
		localized.set(locale, corpus);
	}
	return corpus;
}

const placeNames = new Map<Locale, Record<string, string>>();

/** Every location of the record, named in `locale` where that differs from the English. */
export function loadPlaceNames(locale: Locale): Record<string, string> {
	let names = placeNames.get(locale);
	if (!names) {
		const corpus = loadCorpus();
		names = placeNamesOf(
			corpus.events.map((e) => e.location),
			corpus.people.countries,
			locale
		);
		placeNames.set(locale, names);
	}
	return names;
}
