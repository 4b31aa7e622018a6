/**
 * The whole pipeline over the whole corpus: read the data files, build every document, group
 * them into events, and validate everything, collecting every problem before failing.
 */
import { buildDocument, checkFrontMatter, type Context } from './document';
import { parseSourceFile } from './front-matter';
import { groupEvents } from './group';
import { buildPeopleIndex, type PeopleIndex } from './people';
import {
	Document as DocumentSchema,
	EventRecord as EventSchema,
	MilestonesFile,
	PeopleFile,
	PlacesFile,
	SourceVersion as VersionSchema,
	Taxonomy,
	type Document,
	type EventRecord,
	type Lead,
	type Milestone,
	type Problem,
	type SourceVersion
} from './schema';
import { loadRecord, RECORD_FILE } from './record';
import { urlKey } from './source-url';
import { compileTaxonomy } from './tag';
import { daysBetween, normalizeForMatch } from './text';
import {
	buildVersion,
	checkVersionFields,
	checkVersions,
	isVersion,
	type VersionLines
} from './versions';
import { issueProblems, parseYaml } from './yaml-data';

/** The theme ids the product is built around; labels and patterns are free to change. */
export const REQUIRED_THEMES = [
	'indo-pacific',
	'defence',
	'rule-of-law',
	'north-korea',
	'china-taiwan',
	'russia-ukraine',
	'middle-east',
	'trade-investment',
	'economic-security',
	'energy-food',
	'climate-environment',
	'health',
	'peace-humanitarian',
	'cyber',
	'people-to-people',
	'multilateral'
] as const;

export interface DataFiles {
	themes: string;
	people: string;
	places: string;
	milestones: string;
	/** data/record.yaml: record-only events and leads; optional so older data folders still load. */
	record?: string;
}

export interface RawSource {
	/** File name in data/sources/. */
	name: string;
	text: string;
}

export interface Corpus {
	taxonomy: Taxonomy;
	people: PeopleIndex;
	documents: Document[];
	/**
	 * Other-language versions of documents (`translationOf`): shown beside their original, counted
	 * nowhere, so `documents` and `events` are what they would be without them.
	 */
	versions: SourceVersion[];
	events: EventRecord[];
	milestones: Milestone[];
	/** Engagements referred to but not located at all (data/record.yaml `leads`). */
	leads: Lead[];
}

export interface Reference {
	taxonomy: Taxonomy;
	context: Context;
}

function duplicates<T>(items: readonly T[], key: (t: T) => string): string[] {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const it of items) {
		const k = key(it);
		if (seen.has(k)) dup.add(k);
		seen.add(k);
	}
	return [...dup];
}

/** Themes, people and places: what every document is read against. */
export function loadReference(files: Omit<DataFiles, 'milestones' | 'record'>): {
	reference: Reference | null;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const tax = parseYaml('data/themes.yaml', files.themes, Taxonomy);
	const ppl = parseYaml('data/people.yaml', files.people, PeopleFile);
	const plc = parseYaml('data/places.yaml', files.places, PlacesFile);
	problems.push(...tax.problems, ...ppl.problems, ...plc.problems);
	if (tax.value) {
		const ids = new Set(tax.value.themes.map((t) => t.id));
		for (const id of REQUIRED_THEMES)
			if (!ids.has(id))
				problems.push({
					file: 'data/themes.yaml',
					line: tax.lineOf(['themes']),
					field: 'themes',
					message: `theme "${id}" is missing`,
					fix: 'theme ids are fixed: restore it (labels and patterns may change)'
				});
		for (const id of duplicates(tax.value.themes, (t) => t.id))
			problems.push({
				file: 'data/themes.yaml',
				field: `themes.${id}`,
				message: `theme id "${id}" is used twice`,
				fix: 'give each theme its own id'
			});
		const areas = new Set(tax.value.frameworks.map((f) => f.id));
		tax.value.themes.forEach((t, ti) =>
			t.frameworks.forEach((f, fi) => {
				if (!areas.has(f))
					problems.push({
						file: 'data/themes.yaml',
						line: tax.lineOf(['themes', ti, 'frameworks', fi]),
						field: `themes.${t.id}.frameworks[${fi}]`,
						message: `unknown framework area "${f}"`,
						fix: `use an id listed under "frameworks:": ${[...areas].join(', ')}`
					});
			})
		);
	}
	if (ppl.value) {
		const offices = new Set(ppl.value.offices.map((o) => o.id));
		const roles = new Set(ppl.value.roles.map((r) => r.id));
		const countries = new Set(plc.value?.countries.map((c) => c.code) ?? []);
		for (const id of duplicates(ppl.value.people, (p) => p.id))
			problems.push({
				file: 'data/people.yaml',
				field: `people.${id}`,
				message: `person id "${id}" is used twice`,
				fix: 'give each person one entry with all their terms'
			});
		ppl.value.offices.forEach((o, oi) => {
			if (!roles.has(o.role))
				problems.push({
					file: 'data/people.yaml',
					line: ppl.lineOf(['offices', oi, 'role']),
					field: `offices.${o.id}.role`,
					message: `unknown role "${o.role}"`,
					fix: `use one of ${[...roles].join(', ')}`
				});
			if (plc.value && !countries.has(o.country))
				problems.push({
					file: 'data/people.yaml',
					line: ppl.lineOf(['offices', oi, 'country']),
					field: `offices.${o.id}.country`,
					message: `country "${o.country}" is not in data/places.yaml`,
					fix: 'add the country to data/places.yaml'
				});
		});
		ppl.value.people.forEach((p, pi) =>
			p.terms.forEach((t, ti) => {
				if (!offices.has(t.office))
					problems.push({
						file: 'data/people.yaml',
						line: ppl.lineOf(['people', pi, 'terms', ti, 'office']),
						field: `people.${p.id}.terms[${ti}].office`,
						message: `unknown office "${t.office}"`,
						fix: `use one of ${[...offices].join(', ')}`
					});
			})
		);
	}
	if (!tax.value || !ppl.value || !plc.value) return { reference: null, problems };
	const compiled = compileTaxonomy(tax.value.themes, 'data/themes.yaml', tax.lineOf);
	problems.push(...compiled.problems);
	const people = buildPeopleIndex(ppl.value, plc.value.countries);
	return {
		reference: { taxonomy: tax.value, context: { people, themes: compiled.compiled } },
		problems
	};
}

function squash(text: string): string {
	return normalizeForMatch(text).replace(/\s+/g, ' ').trim();
}

/** Builds and validates the corpus. `corpus` is null when any problem was found. */
export function buildCorpus(
	files: DataFiles,
	sources: readonly RawSource[]
): { corpus: Corpus | null; problems: Problem[] } {
	const { reference, problems } = loadReference(files);
	const ms = parseYaml('data/milestones.yaml', files.milestones, MilestonesFile);
	problems.push(...ms.problems);
	if (!reference) return { corpus: null, problems };

	const documents: Document[] = [];
	const versions: (SourceVersion & { lines: VersionLines })[] = [];
	// Every file that says what it is a version of, even one with problems, by the file it names.
	const versionFiles = new Map<string, string>();
	const bodies = new Map<string, string>();
	for (const raw of sources) {
		const file = `data/sources/${raw.name}`;
		const parsed = parseSourceFile(file, raw.text);
		problems.push(...parsed.problems);
		if (parsed.problems.length) continue;
		if (!parsed.source.body.trim())
			problems.push({
				file,
				line: parsed.source.bodyLine,
				message: 'has no text below its front matter',
				fix: 'paste the saved page below the closing "---"'
			});
		const version = isVersion(parsed.source);
		if (version) versionFiles.set(raw.name, String(parsed.source.data.translationOf));
		const { given, problems: fm } = checkFrontMatter(parsed.source, reference.context);
		if (version) fm.push(...checkVersionFields(parsed.source));
		problems.push(...fm);
		if (fm.length) continue;
		bodies.set(raw.name, parsed.source.body);
		if (version) {
			const { keyLines } = parsed.source;
			const built = { ...buildVersion(parsed.source, given, reference.context), file: raw.name };
			const check = VersionSchema.safeParse(built);
			if (!check.success)
				problems.push(...issueProblems(file, check.error.issues, () => undefined, 'record.'));
			versions.push({
				...built,
				lines: { translationOf: keyLines.translationOf, lang: keyLines.lang }
			});
			continue;
		}
		const { document } = buildDocument(parsed.source, given, reference.context);
		const check = DocumentSchema.safeParse(document);
		if (!check.success)
			problems.push(...issueProblems(file, check.error.issues, () => undefined, 'record.'));
		documents.push({ ...document, file: raw.name });
	}

	const milestones = ms.value?.milestones ?? [];
	milestones.forEach((m, i) => {
		const body = bodies.get(m.source);
		const line = ms.lineOf(['milestones', i, 'quote']);
		if (body === undefined) {
			if (!sources.some((s) => s.name === m.source))
				problems.push({
					file: 'data/milestones.yaml',
					line: ms.lineOf(['milestones', i, 'source']),
					field: `milestones.${m.id}.source`,
					message: `source "${m.source}" is not a file in data/sources/`,
					fix: 'name a file that exists'
				});
		} else if (!squash(body).includes(squash(m.quote))) {
			problems.push({
				file: 'data/milestones.yaml',
				line,
				field: `milestones.${m.id}.quote`,
				message: `the quote is not in ${m.source}`,
				fix: 'copy the words exactly from that document (spacing and dash styles may differ)'
			});
		}
	});
	for (const id of duplicates(milestones, (m) => m.id))
		problems.push({
			file: 'data/milestones.yaml',
			field: `milestones.${id}`,
			message: `milestone id "${id}" is used twice`,
			fix: 'give each milestone its own id'
		});

	const record = loadRecord(files.record, reference.context);
	problems.push(...record.problems);
	problems.push(
		...checkVersions(versions, documents, versionFiles, new Set(sources.map((s) => s.name)))
	);
	const urls = new Map<string, string>();
	// A version is its own page, at its own address: the same rule of one file per page.
	for (const d of [...documents, ...versions]) {
		const held = urls.get(urlKey(d.url));
		if (held)
			problems.push({
				file: `data/sources/${d.file}`,
				field: 'url',
				message: `the address ${d.url} is already the source of ${held}`,
				fix: 'keep one file per page: remove one of the two'
			});
		else urls.set(urlKey(d.url), d.file);
	}
	const sourced = groupEvents(documents, reference.context.people);
	for (const r of record.events) {
		const twin = sourced.find(
			(e) =>
				Math.abs(daysBetween(e.date, r.date)) <= 1 &&
				e.format === r.format &&
				r.participants.length > 0 &&
				r.participants.every((p) => e.participants.some((q) => q.id === p.id))
		);
		if (twin)
			problems.push({
				file: RECORD_FILE,
				field: `events (${r.date} ${r.title})`,
				message: `is the same engagement as ${twin.id}, which has official text (${twin.sources.join(', ')})`,
				fix: 'remove the record-only entry now that a text is saved'
			});
	}
	const events = [...sourced, ...record.events].sort(
		(a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
	);
	for (const id of duplicates(events, (e) => e.id))
		problems.push({
			file: RECORD_FILE,
			message: `event id "${id}" is used twice`,
			fix: 'a record-only event repeats an event of data/sources/ or another record-only event: remove one, or change its title'
		});
	for (const e of events) {
		const check = EventSchema.safeParse(e);
		if (!check.success)
			problems.push(...issueProblems(`event ${e.id}`, check.error.issues, () => undefined));
	}
	if (problems.length) return { corpus: null, problems };
	return {
		corpus: {
			taxonomy: reference.taxonomy,
			people: reference.context.people,
			documents,
			versions: versions.map(({ lines: _lines, ...v }) => v),
			events,
			milestones,
			leads: record.leads
		},
		problems
	};
}
