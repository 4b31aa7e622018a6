/**
 * Ingest: a page saved from the web becomes a file for data/sources/, with the publication facts
 * as front matter and everything the pipeline extracts written beside them as comments for review.
 *
 * Pure: bytes in, file names and texts out. scripts/ingest.ts reads and writes the files, and
 * scripts/bench-ingest.ts times this same code.
 */
import { Document as YamlDocument, isMap, isScalar, parseDocument, YAMLMap, type Pair } from 'yaml';
import { cleanText, type Block, type Dropped } from './clean';
import type { Reference } from './corpus';
import { buildDocument, checkFrontMatter, type Given } from './document';
import { extractDate, formatLocation } from './extract';
import { decodeInput, type IngestInput } from './ingest-input';
import { parseSourceFile, formatSourceFile, type SourceFile } from './front-matter';
import {
	isoDate,
	type Format,
	type Lang,
	type Level,
	type Document,
	type Problem,
	type Provenance
} from './schema';
import { urlKey } from './source-url';
import { addDays, detectLang, slugify } from './text';
import { checkVersionFields } from './versions';

/**
 * Bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). A page
 * has no use for them, and they can make a sentence display in another order than it is stored
 * ("Trojan Source"): ingest removes them from the text before anything is read or written.
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** Characters no one-line fact (a title, an address) may hold: controls, line breaks, bidi. */
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** The earliest publication or event date the corpus accepts (the record starts in 2021). */
export const EARLIEST_DATE = '2000-01-01';

/** The latest date accepted on `today`: a year ahead, for an agreement announced to take effect. */
export function latestDate(today: string): string {
	const [y, m, d] = today.split('-');
	const next = `${Number(y) + 1}-${m}-${d}`;
	// A year after 29 February is 1 March.
	return isoDate.safeParse(next).success ? next : addDays(`${Number(y) + 1}-${m}-28`, 1);
}

/** Today's date (UTC), written as the corpus writes dates. */
export function todayIso(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** The publication facts from the command line, which override the file's own front matter. */
export interface PublicationOptions {
	title?: string;
	issuer?: string;
	url?: string;
	published?: string;
	/** Who republished the official text at `url` (a wire service), when not the issuer. */
	via?: string;
	/** The issuer's own address of a text republished at `url`. */
	original?: string;
	/** The language of the text (else detected from it); checked against the schema. */
	lang?: string;
	/** The saved text is only the opening of the page. */
	excerpt?: boolean;
	/**
	 * The page is the other-language version of this file of data/sources/ (the French of an
	 * English statement): it is written as `<that file's name>.<lang>.md`, and counted nowhere.
	 */
	translationOf?: string;
}

export interface IngestOptions extends PublicationOptions {
	/** Nothing will be written: what would stop a write is only a warning. */
	dryRun?: boolean;
	/** How messages name the directory of the stored files (default "data/sources"). */
	sourcesDir?: string;
	/** Today, YYYY-MM-DD: dates after a year from now are refused (default: the clock's today). */
	today?: string;
}

export interface IngestResult {
	/** The input path. */
	file: string;
	/** The file name it gets in data/sources/. */
	name: string;
	title: string | null;
	/** Given (--lang, lang:) or detected from the text. */
	lang: Lang;
	/** For a version (--translation-of): the file of data/sources/ it is the version of. */
	translationOf: string | null;
	excerpt: boolean;
	via: string | null;
	original: string | null;
	date: string;
	/** The words the date was read from, when it was read from the text. */
	dateEvidence: string | null;
	dateJapan: string | null;
	format: Format;
	level: Level;
	location: string | null;
	participants: { id: string; name: string; office: string | null; country: string }[];
	framework: string | null;
	themes: { id: string; mentions: number; evidence: string[] }[];
	provenance: Provenance;
	warnings: string[];
}

export interface IngestWrite {
	/** File name in data/sources/. */
	name: string;
	text: string;
}

export interface IngestPlan {
	/** One per input without problems, in input order. */
	results: IngestResult[];
	problems: Problem[];
	/** Empty whenever there is a problem or a dry run: a call writes all its files or none. */
	writes: IngestWrite[];
}

/** The facts about the page (not the event), in the order the stored front matter lists them. */
const PUBLICATION_KEYS = [
	'title',
	'issuer',
	'url',
	'published',
	'via',
	'original',
	'lang',
	'excerpt',
	'translationOf'
] as const;
type PublicationKey = (typeof PUBLICATION_KEYS)[number];

const OPTION_OF: Record<PublicationKey, string> = {
	title: '--title',
	issuer: '--issuer',
	url: '--url',
	published: '--published',
	via: '--via',
	original: '--original',
	lang: '--lang',
	excerpt: '--excerpt',
	translationOf: '--translation-of'
};

/** Front-matter fields that hold one line of text: no control character belongs in them. */
const ONE_LINE_FIELDS = [
	'title',
	'issuer',
	'url',
	'via',
	'original',
	'published',
	'date',
	'dateJapan',
	'location',
	'framework',
	'event',
	'translationOf'
] as const;

/** A value as a problem line shows it: quoted with escapes when it holds control characters. */
function shown(value: unknown): string {
	const text = String(value);
	return NOT_ONE_LINE.test(text) ? JSON.stringify(text) : text;
}

/** "U+000A (a line break)" for the first character of `text` that no one-line fact may hold. */
function firstControl(text: string): string | null {
	const m = NOT_ONE_LINE.exec(text);
	if (!m) return null;
	const cp = m[0].codePointAt(0)!;
	const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
	const what =
		cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029
			? 'a line break'
			: cp === 9
				? 'a tab'
				: BIDI_CONTROL.test(m[0])
					? 'a bidirectional control'
					: 'a control character';
	return `${hex} (${what})`;
}

/** Who publishes at each address: [host, path prefix, issuer]. */
const ISSUERS: [string, string, string][] = [
	['pm.gc.ca', '/', "Prime Minister's Office, Canada"],
	['mofa.go.jp', '/', 'Ministry of Foreign Affairs of Japan'],
	['mod.go.jp', '/', 'Ministry of Defense of Japan'],
	['canada.ca', '/en/global-affairs', 'Global Affairs Canada'],
	['canada.ca', '/en/department-national-defence', 'National Defence, Canada']
];

/** The issuer a page's address implies, or null for an address not listed above. */
export function issuerFromUrl(url: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	const host = parsed.hostname.toLowerCase();
	const path = parsed.pathname.toLowerCase();
	for (const [domain, prefix, issuer] of ISSUERS) {
		const hostMatches = host === domain || host.endsWith(`.${domain}`);
		const pathMatches = prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
		if (hostMatches && pathMatches) return issuer;
	}
	return null;
}

/**
 * The file name's words: the title's, or for a title with no Latin letters (a Japanese page) the
 * language and the page's address ("ja-mofa-page4-005607"), so that two Japanese pages of one day
 * do not both become "untitled" (or "6-6-14", the digits of a Japanese date).
 */
function fileSlug(title: string | null, url: string | undefined, lang: string): string {
	const fromTitle = slugify(title ?? '');
	if (/[a-z]/.test(fromTitle) || !url) return fromTitle;
	try {
		const u = new URL(url);
		const host = u.hostname.replace(/^www\./, '').split('.')[0] ?? '';
		const page =
			u.pathname
				.split('/')
				.filter(Boolean)
				.pop()
				?.replace(/\.[a-z]+$/i, '') ?? '';
		return slugify(`${lang} ${host} ${page}`);
	} catch {
		return fromTitle;
	}
}

/**
 * The page's own title: the longest heading above the first paragraph, since breadcrumbs
 * ("Japan-Canada Relations") stand above the title and are shorter than it.
 */
function headingTitle(blocks: readonly Block[]): string | null {
	let best: string | null = null;
	for (const block of blocks) {
		if (block.kind !== 'heading') break;
		if (!best || block.text.length > best.length) best = block.text;
	}
	return best;
}

/** The date a page carries in its header or newswire dateline ("January 13, 2024"). */
function pageDate(dropped: readonly Dropped[]): { date: string; evidence: string } | null {
	const found = extractDate([], dropped, null);
	return found.date ? { date: found.date, evidence: found.evidence ?? found.date } : null;
}

/** The YAML between the fences of a file that has front matter, else ''. */
function frontMatterYaml(text: string, body: string): string {
	const head = text.slice(0, text.length - body.length);
	return head.replace(/^---[ \t]*\r?\n/, '').replace(/(?:^|\n)---[ \t]*(?:\r?\n)?$/, '\n');
}

/** A multi-line value on one line, as a report or a YAML comment shows it. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A value as it would be written after "key: ", so that uncommenting the line just works. */
function yamlValue(value: string): string {
	return new YamlDocument(value).toString({ lineWidth: 0 }).trimEnd();
}

/**
 * The front matter of the stored file: the input's own fields kept (with their comments), the
 * publication facts first, then the extracted facts as comments. Extracted values are not written
 * as fields: a field is an override, and the record would call them "given".
 */
function renderFrontMatter(
	inputYaml: string,
	publication: Record<PublicationKey, string | boolean | undefined>,
	result: IngestResult
): string {
	const doc = inputYaml.trim() ? parseDocument(inputYaml) : new YamlDocument({});
	const old = isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
	const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));
	const map = new YAMLMap();
	for (const key of PUBLICATION_KEYS) {
		const value = publication[key];
		const pair = old.find((p) => keyOf(p) === key);
		if (pair && value !== undefined) pair.value = doc.createNode(value);
		if (pair) map.items.push(pair);
		else if (value !== undefined) map.items.push(doc.createPair(key, value));
	}
	for (const pair of old)
		if (!(PUBLICATION_KEYS as readonly string[]).includes(keyOf(pair))) map.items.push(pair);
	if (isMap(doc.contents)) map.comment = doc.contents.comment;
	doc.contents = map;

	const p = result.provenance;
	const lines: string[] = [];
	const out = [doc.toString({ lineWidth: 0 }).trimEnd()];
	if (result.translationOf) {
		// What was extracted from a version is not its event's facts: those are its original's.
		out.push(`# a version of ${result.translationOf}: the event's facts are that file's`);
		return [...out, ...themesAndWarnings(result)].join('\n');
	}
	const field = (name: keyof Provenance, value: string, note?: string) => {
		if (p[name] !== 'given') lines.push(`# ${name}: ${value}${note ? `   # ${note}` : ''}`);
	};
	field(
		'date',
		result.date,
		p.date === 'extracted'
			? result.dateEvidence
				? `from "${oneLine(result.dateEvidence)}"`
				: undefined
			: 'not in the text: the publication date'
	);
	if (result.dateJapan) field('dateJapan', result.dateJapan);
	field('format', result.format, p.format === 'missing' ? 'not recognised' : undefined);
	field('level', result.level, p.level === 'missing' ? 'not recognised' : undefined);
	field(
		'location',
		result.location === null ? 'null' : yamlValue(result.location),
		result.location === null ? 'none found' : undefined
	);
	field(
		'participants',
		`[${result.participants.map((x) => x.id).join(', ')}]`,
		result.participants.length ? undefined : 'none found'
	);
	if (result.framework) field('framework', yamlValue(result.framework));
	field('lang', result.lang, 'detected from the text');
	if (lines.length) out.push('# extracted — uncomment a line to override it:', ...lines);
	return [...out, ...themesAndWarnings(result)].join('\n');
}

/** The closing comment lines of a written file: the themes found, and the warnings. */
function themesAndWarnings(result: IngestResult): string[] {
	const out = [
		`# themes found: ${
			result.themes.length ? result.themes.map((t) => `${t.id} (${t.mentions})`).join(', ') : 'none'
		}`
	];
	if (result.warnings.length)
		out.push('# warnings:', ...result.warnings.map((w) => `#   - ${oneLine(w)}`));
	else out.push('# warnings: none');
	return out;
}

interface Planned {
	result: IngestResult | null;
	/** The page's address, once it is known to be valid. */
	url?: string;
	problems: Problem[];
	write: IngestWrite | null;
}

/** What a phase made of its input, or the problems that stop this input there. */
type Outcome<T> = { value: T } | { problems: Problem[] };

/** What a new file must not repeat: the corpus's names and addresses, and this call's so far. */
interface Occupied {
	/** File names in data/sources/. */
	names: ReadonlySet<string>;
	/** urlKey → the file in data/sources/ that holds that address. */
	urls: ReadonlyMap<string, string>;
	/** File name → the input path planned under it earlier in this call. */
	namesInCall: ReadonlyMap<string, string>;
	/** urlKey → the input path with that address earlier in this call. */
	urlsInCall: ReadonlyMap<string, string>;
	/** What a version must be checked against: the language of each file, and what it translates. */
	facts: ReadonlyMap<string, StoredFacts>;
}

/** Of a file in data/sources/: its language, and the file it is a version of (or null). */
export interface StoredFacts {
	lang: Lang;
	translationOf: string | null;
}

/**
 * Something a real run refuses and a dry run only reports: the dry run shows everything a real
 * run would stop at, and still says what it would write.
 */
interface Refusal {
	problem: Problem;
	warning: string;
}

/**
 * Phase 1, read: the bytes as the text that will be stored. A phase of its own because every later
 * offset (sentences, evidence) counts in this text, so the bidirectional controls go first.
 */
function readPage(input: IngestInput): Outcome<{ text: string; warnings: string[] }> {
	const decoded = decodeInput(input);
	if (decoded.text === null) return { problems: decoded.problems };
	const bidi = decoded.text.match(BIDI_CONTROLS) ?? [];
	if (!bidi.length) return { value: { text: decoded.text, warnings: [] } };
	const kinds = [...new Set(bidi)]
		.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)
		.join(', ');
	return {
		value: {
			text: decoded.text.replace(BIDI_CONTROLS, ''),
			warnings: [
				`removed ${bidi.length} bidirectional control character(s) (${kinds}) that can make text display in another order than it is stored: the file is written without them, and sentence offsets count in that text`
			]
		}
	};
}

/**
 * Phase 2, parse: the front matter and the text below it. Its own phase because a file whose
 * fences or YAML are broken, or that holds no text, can be checked no further.
 */
function parsePage(file: string, text: string): Outcome<SourceFile> {
	const parsed = parseSourceFile(file, text);
	if (parsed.problems.length) return { problems: parsed.problems };
	if (!parsed.source.body.trim())
		return {
			problems: [
				{
					file,
					line: parsed.source.bodyLine,
					message: 'has no text below its front matter',
					fix: 'paste the saved page below the closing "---"'
				}
			]
		};
	return { value: parsed.source };
}

/**
 * Phase 3, the command line over the file: each publication fact given as an option replaces the
 * file's own. Its own phase because the messages after it must say where a value came from (the
 * option, or a line of the file), and `fromOption` is what tells them.
 */
function withOptions(
	source: SourceFile,
	options: PublicationOptions
): { source: SourceFile; fromOption: Set<PublicationKey> } {
	const data: Record<string, unknown> = { ...source.data };
	const keyLines = { ...source.keyLines };
	const fromOption = new Set<PublicationKey>();
	for (const key of PUBLICATION_KEYS) {
		const value = options[key];
		// --excerpt is a flag: absent means "not said", not "not an excerpt".
		if (value === undefined || value === false) continue;
		data[key] = value;
		fromOption.add(key);
		// The value no longer comes from that line of the file.
		delete keyLines[key];
	}
	return { source: { ...source, data, keyLines }, fromOption };
}

/** " (--url https://…)" after a message about a value the command line gave, else ''. */
function optionNote(
	field: string,
	data: Record<string, unknown>,
	fromOption: ReadonlySet<PublicationKey>
): string {
	const key = PUBLICATION_KEYS.find((k) => field === k);
	return key && fromOption.has(key)
		? ` (${OPTION_OF[key]}${typeof data[key] === 'boolean' ? '' : ` ${shown(data[key])}`})`
		: '';
}

/**
 * Phase 4, complete the publication facts: a missing title, issuer or publication date is read
 * from the page (its heading, its address, its dateline) and the user told to check it. Its own
 * phase because it is the only one that guesses, and every guess is a warning.
 */
function completePublication(
	source: SourceFile,
	dryRun: boolean
): { data: Record<string, unknown>; warnings: string[]; problems: Problem[] } {
	const { file, body } = source;
	const data = { ...source.data };
	const warnings: string[] = [];
	const problems: Problem[] = [];
	// A fact that a real run cannot do without: fatal when writing, a warning in a dry run.
	const needed = (field: PublicationKey, message: string, fix: string) => {
		if (dryRun) warnings.push(`${message}: ${fix}`);
		else problems.push({ file, field, message, fix });
	};
	// Without a title yet: only to find the title and the page's date, when they are not given.
	let plain: ReturnType<typeof cleanText> | null = null;
	const cleaned = () => (plain ??= cleanText(body));

	if (data.title === undefined) {
		const heading = headingTitle(cleaned().blocks);
		if (heading) {
			data.title = heading;
			warnings.push(`no --title given: using the heading "${heading}" (check it)`);
		} else
			needed(
				'title',
				'no title given and no heading found in the text',
				'give --title "the title as the page shows it"'
			);
	}
	if (data.url === undefined)
		needed(
			'url',
			'no address of the original page',
			'give --url https://… (every fact must trace to the original page)'
		);
	if (data.issuer === undefined) {
		const guess = typeof data.url === 'string' ? issuerFromUrl(data.url) : null;
		if (guess) {
			data.issuer = guess;
			warnings.push(`no --issuer given: "${guess}", from the address of the page (check it)`);
		} else
			needed(
				'issuer',
				typeof data.url === 'string'
					? `no issuer given, and the address ${data.url} does not say who published it`
					: 'no issuer given, and no address to tell it from',
				'give --issuer "Global Affairs Canada" (or whoever published the page)'
			);
	}
	if (data.published === undefined) {
		const found = pageDate(cleaned().dropped);
		if (found) {
			data.published = found.date;
			warnings.push(
				`no --published given: using the date on the page, ${found.date} (from "${oneLine(found.evidence)}")`
			);
		} else
			problems.push({
				file,
				field: 'published',
				message: 'no publication date given, and the page shows none',
				fix: 'give --published YYYY-MM-DD'
			});
	}
	return { data, warnings, problems };
}

/**
 * Phase 5, check the front matter as the build will: one-line facts, the schema, and dates from
 * EARLIEST_DATE to `latest`. Its own phase because it gives each field at most one problem, named
 * by the option or line it came from, and yields the facts the pipeline takes as given.
 */
function checkFacts(
	source: SourceFile,
	fromOption: ReadonlySet<PublicationKey>,
	reference: Reference,
	latest: string
): { given: Given; problems: Problem[] } {
	const { file, data, keyLines } = source;
	const note = (field: string) => optionNote(field, data, fromOption);
	const problems: Problem[] = [];
	const seen = new Set<string>();
	// A newline in --url would split the problem line, and in the file it would end the field.
	for (const field of ONE_LINE_FIELDS) {
		const value = data[field];
		const control = typeof value === 'string' ? firstControl(value) : null;
		if (!control) continue;
		seen.add(field);
		problems.push({
			file,
			line: keyLines[field],
			field,
			message: `contains ${control}, which a one-line fact cannot hold${note(field)}`,
			fix: 'give the value on one line, without control characters'
		});
	}
	const checked = checkFrontMatter(source, reference.context, true);
	for (const problem of checked.problems) {
		// "13/01/2024" is neither written YYYY-MM-DD nor a calendar date: one value, one problem.
		if (problem.field !== undefined && seen.has(problem.field)) continue;
		if (problem.field !== undefined) seen.add(problem.field);
		problems.push(
			problem.field ? { ...problem, message: `${problem.message}${note(problem.field)}` } : problem
		);
	}
	for (const field of ['published', 'date', 'dateJapan'] as const) {
		const value = checked.given[field];
		if (value === undefined || seen.has(field) || (value >= EARLIEST_DATE && value <= latest))
			continue;
		seen.add(field);
		problems.push({
			file,
			line: keyLines[field],
			field,
			message: `${value} is not a date from ${EARLIEST_DATE} to ${latest} (a year from today)${note(field)}`,
			fix: 'check the year'
		});
	}
	return { given: checked.given, problems };
}

/**
 * Phase 5b, a version (--translation-of): of a source already in data/sources/ (not of a version),
 * in a language it gives, other than its original's, and the first in that language. Its own phase
 * because these are facts about other files, which the build checks the same way (versions.ts).
 */
function versionProblems(
	source: SourceFile,
	fromOption: ReadonlySet<PublicationKey>,
	occupied: Occupied
): Problem[] {
	const { file, data, keyLines } = source;
	const of = data.translationOf;
	if (typeof of !== 'string') return [];
	const note = (field: string) => optionNote(field, data, fromOption);
	const problems = checkVersionFields(source).map((p) =>
		p.field === 'lang'
			? { ...p, file, fix: 'give --lang fr (or en, ja): the language of the text' }
			: { ...p, file }
	);
	const line = keyLines.translationOf;
	const at = (message: string, fix: string) =>
		problems.push({
			file,
			line,
			field: 'translationOf',
			message: `${message}${note('translationOf')}`,
			fix
		});
	const original = occupied.facts.get(of);
	if (!occupied.names.has(of))
		at(
			`"${of}" is not a file in data/sources/`,
			'name the file of the source this text is a version of (ingest that source first)'
		);
	else if (original?.translationOf)
		at(
			`${of} is itself a version (of ${original.translationOf}), not a source`,
			`name the source: --translation-of ${original.translationOf}`
		);
	else if (original && original.lang === data.lang)
		problems.push({
			file,
			line: keyLines.lang,
			field: 'lang',
			message: `is "${original.lang}", the language of its original ${of}: a version is the same text in another language${note('lang')}`,
			fix: 'check --lang, or ingest the text as a source of its own (without --translation-of)'
		});
	else {
		const twin = [...occupied.facts].find(
			([, f]) => f.translationOf === of && f.lang === data.lang
		)?.[0];
		if (twin)
			at(
				`${of} already has a "${String(data.lang)}" version, ${twin}`,
				'keep one version of a source per language: remove that file first if this one replaces it'
			);
	}
	return problems;
}

/**
 * Phase 6, describe: the pipeline's document, the words its date was read from, and the file
 * name it gets. Its own phase because it is the pipeline proper, run once the input is sound, and
 * what it yields is the report the user reviews.
 */
function describePage(
	source: SourceFile,
	given: Given,
	reference: Reference,
	warnings: readonly string[]
): { document: Document; result: IngestResult } {
	const { file, body } = source;
	const { document } = buildDocument(source, given, reference.context);
	let dateEvidence: string | null = null;
	if (document.provenance.date === 'extracted') {
		const opening = document.sentences
			.filter((s) => s.kind !== 'heading')
			.slice(0, 3)
			.map((s) => s.text);
		const published = given.published ?? null;
		// The dateline is only consulted when the opening sentences carry no date.
		let found = extractDate(opening, [], published);
		if (found.date !== document.date)
			found = extractDate(opening, cleanText(body, given.title).dropped, published);
		if (found.date === document.date) dateEvidence = found.evidence;
	}
	const title = given.title ?? null;
	const of = given.translationOf ?? null;
	const result: IngestResult = {
		file,
		// A version is named after its original, so the two sort side by side.
		name: of
			? `${of.replace(/\.md$/, '')}.${document.lang}.md`
			: `${document.date}-${fileSlug(title, given.url, document.lang)}.md`,
		title,
		lang: document.lang,
		translationOf: of,
		excerpt: document.excerpt,
		via: document.via,
		original: document.original,
		date: document.date,
		dateEvidence,
		dateJapan: document.dateJapan,
		format: document.format,
		level: document.level,
		location: formatLocation(document.location),
		participants: document.participants,
		framework: document.framework,
		themes: document.themes.map(({ id, mentions, evidence }) => ({ id, mentions, evidence })),
		provenance: document.provenance,
		// A version's date, people and place are its original's: what the text lacks of them is moot.
		warnings: [...warnings, ...(of ? [] : document.warnings)]
	};
	return { document, result };
}

/**
 * Phase 7a, is the page new: an event date read from the text within the accepted years, and an
 * address that neither the corpus nor an earlier input of this call holds. Before the name is
 * looked at, because a page already in the corpus makes its name beside the point.
 */
function pageRefusals(
	source: SourceFile,
	document: Document,
	note: (field: string) => string,
	occupied: Occupied,
	sourcesDir: string,
	latest: string
): Refusal[] {
	const { file, data, keyLines } = source;
	const refusals: Refusal[] = [];
	// A date read from the text ("On January 13, 1999") is held to the dates a given one is.
	if (
		document.provenance.date === 'extracted' &&
		(document.date < EARLIEST_DATE || document.date > latest)
	) {
		const message = `the event date read from the text, ${document.date}, is not a date from ${EARLIEST_DATE} to ${latest}`;
		refusals.push({
			warning: `${message}: a real run would refuse it`,
			problem: { file, field: 'date', message, fix: 'give the right "date:" in front matter' }
		});
	}
	if (typeof data.url === 'string') {
		const key = urlKey(data.url);
		const held = occupied.urls.get(key);
		const also = occupied.urlsInCall.get(key);
		const message =
			held !== undefined
				? `${data.url} is already in the corpus: ${sourcesDir}/${held} holds it`
				: also !== undefined
					? `${data.url} is also the address of ${also} in the same call`
					: null;
		if (message)
			refusals.push({
				warning: `${message}: a real run would refuse it`,
				problem: {
					file,
					line: keyLines.url,
					field: 'url',
					message: `${message}${note('url')}`,
					fix:
						held !== undefined
							? 'this page is saved already: review that file, or remove it first if this copy replaces it'
							: 'ingest the page once'
				}
			});
	}
	return refusals;
}

/**
 * Phase 7b, is the name free: no file of data/sources/ and no earlier input of this call has it.
 * Its own phase because a file is never overwritten, and two inputs never share one name.
 */
function nameRefusals(file: string, name: string, stored: string, occupied: Occupied): Refusal[] {
	const refusals: Refusal[] = [];
	if (occupied.names.has(name))
		refusals.push({
			warning: `${stored} already exists: a real run would refuse to overwrite it`,
			problem: {
				file,
				message: `${stored} already exists: not overwritten`,
				fix: 'remove or rename that file first if this page replaces it'
			}
		});
	const clash = occupied.namesInCall.get(name);
	if (clash !== undefined)
		refusals.push({
			warning: `${stored} is also the name of ${clash}: a real run would refuse to write either`,
			problem: {
				file,
				message: `would be stored as ${stored}, like ${clash} in the same call`,
				fix: 'ingest one of them, or give them different titles'
			}
		});
	return refusals;
}

/**
 * Phase 8, plan the write: the stored file's text, read back and checked as the build will read
 * it. Its own phase because a file that would not validate, or whose text would change, is never
 * written.
 */
function planWrite(
	text: string,
	source: SourceFile,
	stored: string,
	result: IngestResult,
	reference: Reference
): Outcome<IngestWrite> {
	const { file, data, body } = source;
	const publication = Object.fromEntries(
		PUBLICATION_KEYS.map((k) => [
			k,
			typeof data[k] === 'string' || typeof data[k] === 'boolean' ? data[k] : undefined
		])
	) as Record<PublicationKey, string | boolean | undefined>;
	const out = formatSourceFile(
		renderFrontMatter(frontMatterYaml(text, body), publication, result),
		body
	);
	// The stored file must read back as complete front matter over the very same text.
	const reread = parseSourceFile(stored, out);
	const storedProblems = [
		...reread.problems,
		...(reread.problems.length ? [] : checkFrontMatter(reread.source, reference.context).problems)
	];
	if (reread.source.body !== body && !storedProblems.length)
		storedProblems.push({ file, message: 'the text below the front matter would change' });
	if (storedProblems.length)
		return {
			problems: storedProblems.map((p) => ({
				file,
				field: p.field,
				message: `the file to be written would not validate: ${p.message}`,
				fix: p.fix
			}))
		};
	return { value: { name: result.name, text: out } };
}

/** One input through the phases, stopping at the first phase that finds a problem. */
function planOne(
	input: IngestInput,
	options: IngestOptions,
	reference: Reference,
	occupied: Occupied
): Planned {
	const file = input.path;
	const fail = (problems: Problem[]): Planned => ({ result: null, problems, write: null });
	const read = readPage(input);
	if ('problems' in read) return fail(read.problems);
	const parsed = parsePage(file, read.value.text);
	if ('problems' in parsed) return fail(parsed.problems);
	const { source: optioned, fromOption } = withOptions(parsed.value, options);
	const completed = completePublication(optioned, options.dryRun ?? false);
	const source: SourceFile = { ...optioned, data: completed.data };
	const latest = latestDate(options.today ?? todayIso());
	const checked = checkFacts(source, fromOption, reference, latest);
	const problems = [...completed.problems, ...checked.problems];
	if (problems.length) return fail(problems);
	const asVersion = versionProblems(source, fromOption, occupied);
	if (asVersion.length) return fail(asVersion);

	const { document, result } = describePage(source, checked.given, reference, [
		...read.value.warnings,
		...completed.warnings
	]);
	const sourcesDir = options.sourcesDir ?? 'data/sources';
	const stored = `${sourcesDir}/${result.name}`;
	// A dry run reports what a real run refuses, and goes on.
	const refused = (refusals: Refusal[]): Problem[] => {
		if (!options.dryRun) return refusals.map((r) => r.problem);
		result.warnings.push(...refusals.map((r) => r.warning));
		return [];
	};
	const note = (field: string) => optionNote(field, source.data, fromOption);
	const notNew = refused(pageRefusals(source, document, note, occupied, sourcesDir, latest));
	if (notNew.length) return fail(notNew);
	const nameTaken = refused(nameRefusals(file, result.name, stored, occupied));
	if (nameTaken.length) return fail(nameTaken);
	const url = typeof source.data.url === 'string' ? source.data.url : undefined;
	if (options.dryRun) return { result, url, problems: [], write: null };

	const write = planWrite(read.value.text, source, stored, result, reference);
	if ('problems' in write) return fail(write.problems);
	return { result, url, problems: [], write: write.value };
}

/**
 * Plans the ingest of `inputs` into data/sources/, whose current file names are `existingNames`.
 * Every input is checked before anything is planned for writing, so that a call with one bad
 * file writes none: `writes` is empty unless `problems` is.
 */
export function planIngest(
	inputs: readonly IngestInput[],
	options: IngestOptions,
	reference: Reference,
	existingNames: ReadonlySet<string>,
	existingUrls: ReadonlyMap<string, string> = new Map(),
	existingFacts: ReadonlyMap<string, StoredFacts> = new Map()
): IngestPlan {
	const results: IngestResult[] = [];
	const problems: Problem[] = [];
	const writes: IngestWrite[] = [];
	const taken = new Map<string, string>();
	const takenUrls = new Map<string, string>();
	for (const input of inputs) {
		const planned = planOne(input, options, reference, {
			names: existingNames,
			urls: existingUrls,
			namesInCall: taken,
			urlsInCall: takenUrls,
			facts: existingFacts
		});
		problems.push(...planned.problems);
		if (planned.result) {
			results.push(planned.result);
			taken.set(planned.result.name, input.path);
		}
		if (planned.url !== undefined && !takenUrls.has(urlKey(planned.url)))
			takenUrls.set(urlKey(planned.url), input.path);
		if (planned.write) writes.push(planned.write);
	}
	return { results, problems, writes: problems.length || options.dryRun ? [] : writes };
}

/**
 * The addresses of the files already in data/sources/, as `planIngest` compares them: urlKey →
 * file name. A file whose front matter does not parse holds no address here (the build reports it).
 */
export function corpusUrls(
	sources: readonly { name: string; text: string }[]
): Map<string, string> {
	const urls = new Map<string, string>();
	for (const s of sources) {
		const url = parseSourceFile(s.name, s.text).source.data.url;
		if (typeof url === 'string' && !urls.has(urlKey(url))) urls.set(urlKey(url), s.name);
	}
	return urls;
}

/**
 * The language of each file already in data/sources/ (given, or read from its text as the build
 * reads it) and what it is a version of, so that ingest can check a version against its original.
 */
export function corpusFacts(
	sources: readonly { name: string; text: string }[]
): Map<string, StoredFacts> {
	const facts = new Map<string, StoredFacts>();
	for (const s of sources) {
		const { source } = parseSourceFile(s.name, s.text);
		const { lang, translationOf, title } = source.data;
		const given = typeof lang === 'string' && ['en', 'fr', 'ja'].includes(lang);
		const text = given
			? ''
			: cleanText(source.body, typeof title === 'string' ? title : undefined)
					.blocks.map((b) => b.text)
					.join(' ');
		facts.set(s.name, {
			lang: given ? (lang as Lang) : detectLang(text),
			translationOf: typeof translationOf === 'string' ? translationOf : null
		});
	}
	return facts;
}
