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
import { parseSourceFile, formatSourceFile, type SourceFile } from './front-matter';
import type { Format, Level, Problem, Provenance } from './schema';
import { slugify } from './text';

/** A saved page is tens of kilobytes; anything this big is not one. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface IngestInput {
	/** As the user named it: every problem and result names the file this way. */
	path: string;
	/** The file's bytes, or its first MAX_BYTES + 1 bytes when it is bigger. */
	bytes: Uint8Array;
}

/** The publication facts from the command line, which override the file's own front matter. */
export interface PublicationOptions {
	title?: string;
	issuer?: string;
	url?: string;
	published?: string;
}

export interface IngestOptions extends PublicationOptions {
	/** Nothing will be written: what would stop a write is only a warning. */
	dryRun?: boolean;
	/** How messages name the directory of the stored files (default "data/sources"). */
	sourcesDir?: string;
}

export interface IngestResult {
	/** The input path. */
	file: string;
	/** The file name it gets in data/sources/. */
	name: string;
	title: string | null;
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

const PUBLICATION_KEYS = ['title', 'issuer', 'url', 'published'] as const;
type PublicationKey = (typeof PUBLICATION_KEYS)[number];

const OPTION_OF: Record<PublicationKey, string> = {
	title: '--title',
	issuer: '--issuer',
	url: '--url',
	published: '--published'
};

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

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const c = bytes[i]!;
		if (c < 0x80) {
			i++;
			continue;
		}
		// The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
		let extra: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf) extra = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			extra = 2;
			if (c === 0xe0) lo = 0xa0;
			if (c === 0xed) hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			extra = 3;
			if (c === 0xf0) lo = 0x90;
			if (c === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k <= extra; k++) {
			const b = bytes[i + k];
			if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return i;
		}
		i += extra + 1;
	}
	return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
	return line;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a saved page, or the problems that make the bytes no saved text at all. */
export function decodeInput(input: IngestInput): { text: string | null; problems: Problem[] } {
	const { path: file, bytes } = input;
	if (bytes.length > MAX_BYTES)
		return {
			text: null,
			problems: [
				{
					file,
					message: 'is larger than 5 MB, too big for a saved page',
					fix: "save only the page's text"
				}
			]
		};
	if (bytes.length === 0)
		return {
			text: null,
			problems: [{ file, message: 'is empty', fix: "save the page's text into it" }]
		};
	const nul = bytes.indexOf(0);
	if (nul >= 0)
		return {
			text: null,
			problems: [
				{
					file,
					line: lineOfByte(bytes, nul),
					message: 'contains NUL bytes: it is a binary file (or UTF-16), not a saved text',
					fix: "save the page's text as UTF-8"
				}
			]
		};
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return {
			text: null,
			problems: [
				{
					file,
					line: at >= 0 ? lineOfByte(bytes, at) : undefined,
					message: 'is not valid UTF-8: it is a binary file or another encoding',
					fix: "save the page's text as UTF-8"
				}
			]
		};
	}
	// The BOM says nothing about the page; the stored file starts at its first character.
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	if (!text.trim())
		return {
			text: null,
			problems: [{ file, message: 'is empty', fix: "save the page's text into it" }]
		};
	return { text, problems: [] };
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

function oneLine(text: string): string {
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
	publication: Record<PublicationKey, string | undefined>,
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
	const out = [doc.toString({ lineWidth: 0 }).trimEnd()];
	if (lines.length) out.push('# extracted — uncomment a line to override it:', ...lines);
	out.push(
		`# themes found: ${
			result.themes.length ? result.themes.map((t) => `${t.id} (${t.mentions})`).join(', ') : 'none'
		}`
	);
	if (result.warnings.length)
		out.push('# warnings:', ...result.warnings.map((w) => `#   - ${oneLine(w)}`));
	else out.push('# warnings: none');
	return out.join('\n');
}

interface Planned {
	result: IngestResult | null;
	problems: Problem[];
	write: IngestWrite | null;
}

function planOne(
	input: IngestInput,
	options: IngestOptions,
	reference: Reference,
	taken: ReadonlyMap<string, string>,
	existing: ReadonlySet<string>
): Planned {
	const file = input.path;
	const fail = (problems: Problem[]): Planned => ({ result: null, problems, write: null });
	const decoded = decodeInput(input);
	if (decoded.text === null) return fail(decoded.problems);
	const text = decoded.text;

	const parsed = parseSourceFile(file, text);
	if (parsed.problems.length) return fail(parsed.problems);
	const body = parsed.source.body;
	if (!body.trim())
		return fail([
			{
				file,
				line: parsed.source.bodyLine,
				message: 'has no text below its front matter',
				fix: 'paste the saved page below the closing "---"'
			}
		]);

	const data: Record<string, unknown> = { ...parsed.source.data };
	const keyLines = { ...parsed.source.keyLines };
	const fromOption = new Set<PublicationKey>();
	for (const key of PUBLICATION_KEYS) {
		const value = options[key];
		if (value === undefined) continue;
		data[key] = value;
		fromOption.add(key);
		// The value no longer comes from that line of the file.
		delete keyLines[key];
	}

	const warnings: string[] = [];
	const problems: Problem[] = [];
	// A fact that a real run cannot do without: fatal when writing, a warning in a dry run.
	const needed = (field: PublicationKey, message: string, fix: string) => {
		if (options.dryRun) warnings.push(`${message}: ${fix}`);
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

	const source: SourceFile = { ...parsed.source, data, keyLines };
	const checked = checkFrontMatter(source, reference.context, true);
	const seen = new Set<string>();
	for (const problem of checked.problems) {
		// "13/01/2024" is neither written YYYY-MM-DD nor a calendar date: one value, one problem.
		if (problem.field !== undefined && seen.has(problem.field)) continue;
		if (problem.field !== undefined) seen.add(problem.field);
		const key = PUBLICATION_KEYS.find((k) => problem.field === k);
		problems.push(
			key && fromOption.has(key)
				? { ...problem, message: `${problem.message} (${OPTION_OF[key]} ${String(data[key])})` }
				: problem
		);
	}
	if (problems.length) return fail(problems);

	const given: Given = checked.given;
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
	const name = `${document.date}-${slugify(title ?? '')}.md`;
	const result: IngestResult = {
		file,
		name,
		title,
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
		warnings: [...warnings, ...document.warnings]
	};

	const stored = `${options.sourcesDir ?? 'data/sources'}/${name}`;
	if (existing.has(name)) {
		if (options.dryRun)
			result.warnings.push(`${stored} already exists: a real run would refuse to overwrite it`);
		else
			problems.push({
				file,
				message: `${stored} already exists: not overwritten`,
				fix: 'remove or rename that file first if this page replaces it'
			});
	}
	const clash = taken.get(name);
	if (clash !== undefined) {
		if (options.dryRun)
			result.warnings.push(
				`${stored} is also the name of ${clash}: a real run would refuse to write either`
			);
		else
			problems.push({
				file,
				message: `would be stored as ${stored}, like ${clash} in the same call`,
				fix: 'ingest one of them, or give them different titles'
			});
	}
	if (problems.length) return fail(problems);
	if (options.dryRun) return { result, problems, write: null };

	const publication = Object.fromEntries(
		PUBLICATION_KEYS.map((k) => [k, typeof data[k] === 'string' ? data[k] : undefined])
	) as Record<PublicationKey, string | undefined>;
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
		return fail(
			storedProblems.map((p) => ({
				file,
				field: p.field,
				message: `the file to be written would not validate: ${p.message}`,
				fix: p.fix
			}))
		);
	return { result, problems, write: { name, text: out } };
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
	existingNames: ReadonlySet<string>
): IngestPlan {
	const results: IngestResult[] = [];
	const problems: Problem[] = [];
	const writes: IngestWrite[] = [];
	const taken = new Map<string, string>();
	for (const input of inputs) {
		const planned = planOne(input, options, reference, taken, existingNames);
		problems.push(...planned.problems);
		if (planned.result) {
			results.push(planned.result);
			taken.set(planned.result.name, input.path);
		}
		if (planned.write) writes.push(planned.write);
	}
	return { results, problems, writes: problems.length || options.dryRun ? [] : writes };
}

/** The JSON record of one result, as `--json` prints it. */
export function resultJson(result: IngestResult, output: string) {
	return {
		file: result.file,
		output,
		title: result.title,
		date: result.date,
		format: result.format,
		level: result.level,
		location: result.location,
		participants: result.participants.map(({ name, office, country }) => ({
			name,
			office,
			country
		})),
		themes: result.themes,
		warnings: result.warnings
	};
}

/** The human-readable report of one result. */
export function formatReport(result: IngestResult, output: string): string {
	const lines = [`${result.file} → ${output}`];
	const row = (label: string, value: string) => lines.push(`  ${`${label}:`.padEnd(14)}${value}`);
	row('title', result.title ?? '(none)');
	row(
		'date',
		`${result.date}${
			result.provenance.date === 'given'
				? '  (given in front matter)'
				: result.dateEvidence
					? `  (from "${oneLine(result.dateEvidence)}")`
					: ''
		}`
	);
	if (result.dateJapan) row('date in Japan', result.dateJapan);
	row('format', result.format);
	row('level', result.level);
	row('location', result.location ?? '(none)');
	row(
		'participants',
		result.participants.length
			? result.participants.map((p) => `${p.name} (${p.office ?? 'no office'})`).join('; ')
			: '(none)'
	);
	if (result.framework) row('framework', result.framework);
	row(
		'themes',
		result.themes.length ? result.themes.map((t) => `${t.id} ${t.mentions}`).join(', ') : '(none)'
	);
	if (result.warnings.length) {
		lines.push('  warnings:');
		for (const w of result.warnings) lines.push(`    - ${w}`);
	}
	return lines.join('\n');
}
