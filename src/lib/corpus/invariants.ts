/**
 * What must hold of any corpus, however many documents it has: the tests over data/ (which
 * analysts grow every day) assert these and never a count. Pure: the corpus folder's texts in, one
 * line per broken rule out (empty when all hold).
 */
import { buildCorpus, type Corpus, type DataFiles, type RawSource } from './corpus';
import { parseSourceFile } from './front-matter';
import {
	Document as DocumentSchema,
	EventRecord as EventSchema,
	formatProblem,
	isoDate,
	langs,
	SourceVersion as VersionSchema
} from './schema';
import { BIDI_CONTROL, EARLIEST_DATE, latestDate, todayIso } from './ingest';
import { urlKey } from './source-url';
import { normalizeForMatch } from './text';

const squash = (text: string) => normalizeForMatch(text).replace(/\s+/g, ' ').trim();

/**
 * Every rule a corpus keeps: it builds without a problem; every record validates; every source has
 * its language, issuer, address and publication date, within the accepted dates; every theme count
 * is the number of sentences carrying the theme, with those sentences' text as evidence; every
 * sentence is the saved text at its offsets; every milestone quote is in its source; no page is
 * saved twice; record-only events have no sources, no themes and a basis; excerpt and language
 * flags reach the events.
 */
export function corpusInvariants(
	files: DataFiles,
	sources: readonly RawSource[],
	today = todayIso()
): { corpus: Corpus | null; broken: string[] } {
	const { corpus, problems } = buildCorpus(files, sources);
	const broken = problems.map((p) => `does not build: ${formatProblem(p)}`);
	if (!corpus) return { corpus, broken };
	return { corpus, broken: [...broken, ...checkCorpus(corpus, sources, today)] };
}

/**
 * A version is a page of its own (its address in no other file), the text it was saved with (every
 * sentence at its offsets, every theme traced to its sentences), of a document in another
 * language, one per language; and it is counted nowhere: no event names it.
 */
function checkVersionRules(
	corpus: Corpus,
	bodies: ReadonlyMap<string, string>,
	urls: Map<string, string>
): string[] {
	const broken: string[] = [];
	const byFile = new Map(corpus.documents.map((d) => [d.file, d]));
	const counted = new Set(corpus.events.flatMap((e) => e.sources));
	const langsOf = new Map<string, Set<string>>();
	for (const v of corpus.versions) {
		const at = `data/sources/${v.file}`;
		const fail = (rule: string) => broken.push(`${at}: ${rule}`);
		if (!VersionSchema.safeParse(v).success) fail('the version record does not validate');
		if (counted.has(v.file)) fail('is a version, yet an event counts it as a source');
		const original = byFile.get(v.translationOf);
		if (!original) fail(`is a version of ${v.translationOf}, which is not a document`);
		else if (original.lang === v.lang) fail(`is in ${v.lang}, as its original is`);
		const seen = langsOf.get(v.translationOf) ?? new Set<string>();
		if (seen.has(v.lang)) fail(`is a second ${v.lang} version of ${v.translationOf}`);
		langsOf.set(v.translationOf, seen.add(v.lang));
		const held = urls.get(urlKey(v.url));
		if (held) fail(`url ${v.url} is also the address of ${held}`);
		else urls.set(urlKey(v.url), v.file);
		const body = bodies.get(v.file) ?? '';
		for (const s of v.sentences)
			if (body.slice(s.start, s.end) !== s.text)
				fail(`sentence ${s.index} is not the saved text at ${s.start}–${s.end}`);
		for (const t of v.themes) {
			const carrying = v.sentences.filter((s) => s.themes.some((m) => m.id === t.id));
			if (
				t.mentions !== carrying.length ||
				t.sentences.join() !== carrying.map((s) => s.index).join()
			)
				fail(`${t.id}: its count is not the sentences that carry it`);
		}
	}
	return broken;
}

/** The invariants of a built corpus, over the saved texts it was built from. */
export function checkCorpus(
	corpus: Corpus,
	sources: readonly RawSource[],
	today = todayIso()
): string[] {
	const broken: string[] = [];
	const fail = (where: string, rule: string) => broken.push(`${where}: ${rule}`);
	const latest = latestDate(today);
	const bodies = new Map(sources.map((s) => [s.name, parseSourceFile(s.name, s.text).source.body]));

	const urls = new Map<string, string>();
	for (const d of corpus.documents) {
		const at = `data/sources/${d.file}`;
		if (!DocumentSchema.safeParse(d).success) fail(at, 'the record does not validate');
		if (!(langs as readonly string[]).includes(d.lang))
			fail(at, `lang "${d.lang}" is not en, fr or ja`);
		if (!d.issuer.trim()) fail(at, 'has no issuer');
		if (!/^https?:\/\/[^\s/]+/.test(d.url)) fail(at, `url "${d.url}" is not an http(s) address`);
		for (const [field, date] of [
			['published', d.published],
			['date', d.date]
		] as const)
			if (!isoDate.safeParse(date).success || date < EARLIEST_DATE || date > latest)
				fail(at, `${field} ${date} is not a date from ${EARLIEST_DATE} to ${latest}`);
		const held = urls.get(urlKey(d.url));
		if (held) fail(at, `url ${d.url} is also the address of ${held}`);
		else urls.set(urlKey(d.url), d.file);

		const body = bodies.get(d.file) ?? '';
		if (BIDI_CONTROL.test(body)) fail(at, 'the saved text holds bidirectional control characters');
		for (const s of d.sentences)
			if (body.slice(s.start, s.end) !== s.text)
				fail(at, `sentence ${s.index} is not the saved text at ${s.start}–${s.end}`);

		for (const t of d.themes) {
			const carrying = d.sentences.filter((s) => s.themes.some((m) => m.id === t.id));
			if (t.mentions !== carrying.length)
				fail(at, `${t.id}: ${t.mentions} mentions, but ${carrying.length} sentences carry it`);
			if (JSON.stringify(t.sentences) !== JSON.stringify(carrying.map((s) => s.index)))
				fail(at, `${t.id}: its sentences are not those that carry it`);
			if (JSON.stringify(t.evidence) !== JSON.stringify(carrying.map((s) => s.text)))
				fail(at, `${t.id}: its evidence is not the text of its sentences`);
		}
		// Unless the front matter fixes the themes, every theme a sentence carries is counted.
		if (d.provenance.themes !== 'given') {
			const counted = new Set(d.themes.map((t) => t.id));
			for (const s of d.sentences)
				for (const m of s.themes)
					if (!counted.has(m.id)) fail(at, `${m.id}: sentence ${s.index} carries it, uncounted`);
		}
	}

	corpus.milestones.forEach((m) => {
		const body = bodies.get(m.source);
		if (body === undefined || !squash(body).includes(squash(m.quote)))
			fail(`data/milestones.yaml ${m.id}`, `the quote is not in ${m.source}`);
	});

	const byFile = new Map(corpus.documents.map((d) => [d.file, d]));
	const eventsOf = new Map<string, number>();
	for (const e of corpus.events) {
		const at = `event ${e.id}`;
		if (!EventSchema.safeParse(e).success) fail(at, 'the record does not validate');
		const docs = e.sources.map((f) => byFile.get(f));
		if (docs.some((d) => !d)) fail(at, 'names a source that is not a document');
		for (const f of e.sources) eventsOf.set(f, (eventsOf.get(f) ?? 0) + 1);
		if (e.recordOnly) {
			if (e.sources.length) fail(at, 'is record-only but has sources');
			if (e.themes.length) fail(at, 'is record-only but counts themes');
			if (!e.basis?.trim()) fail(at, 'is record-only without a basis');
			continue;
		}
		if (!e.sources.length) fail(at, 'has no source and is not record-only');
		const found = docs.filter((d) => d !== undefined);
		if (e.excerpt !== found.some((d) => d.excerpt))
			fail(at, `excerpt is ${e.excerpt}, unlike its sources`);
		const expectedLangs = [...new Set(found.map((d) => d.lang))];
		if (JSON.stringify(e.langs) !== JSON.stringify(expectedLangs))
			fail(at, `langs [${e.langs}] are not its sources' [${expectedLangs}]`);
		for (const t of e.themes) {
			const sum = found.reduce(
				(n, d) => n + (d.themes.find((x) => x.id === t.id)?.mentions ?? 0),
				0
			);
			if (t.mentions !== sum) fail(at, `${t.id}: ${t.mentions} mentions, its sources have ${sum}`);
		}
	}
	for (const d of corpus.documents) {
		const n = eventsOf.get(d.file) ?? 0;
		if (n !== 1) fail(`data/sources/${d.file}`, `is a source of ${n} events, not one`);
	}
	broken.push(...checkVersionRules(corpus, bodies, urls));
	return broken;
}
