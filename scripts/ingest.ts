/**
 * npm run ingest -- [options] FILE...
 *
 * Turns pages saved from the web into files for data/sources/. The work is done by
 * src/lib/corpus/ingest.ts; this shell parses the arguments, reads the files and writes the result.
 * Exit status: 0 done, 1 a problem with the input (nothing written), 2 a usage error, 130/143
 * interrupted (nothing written).
 */
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import {
	corpusFacts,
	planIngest,
	type IngestOptions,
	type StoredFacts
} from '../src/lib/corpus/ingest';
import type { IngestInput } from '../src/lib/corpus/ingest-input';
import { formatReport, resultJson } from '../src/lib/corpus/ingest-report';
import { formatProblem, type Problem } from '../src/lib/corpus/schema';
import {
	commitWrites,
	listSources,
	readCorpusUrls,
	readInput,
	readReference,
	undoWrites
} from './ingest-io';

const USAGE = `Usage: npm run ingest -- [options] FILE...

Reads pages saved from the web (UTF-8 text, with or without front matter) and writes each to
DATA/sources/<date>-<slug>.md: the publication facts as front matter, the extracted facts as
comments for review, and the saved text below, unchanged. Existing files are never overwritten,
nor is a page whose address is already in the corpus saved again; if any file has a problem,
nothing is written. FILE and --data are relative to the folder you run the command in.

Options:
  --published YYYY-MM-DD  publication date (else the date shown on the page, with a warning)
  --url URL               address of the original page (required unless --dry-run)
  --title TEXT            title as the page shows it (else its first heading, with a warning)
  --issuer TEXT           publisher (else guessed from the address, with a warning)
  --lang en|fr|ja         language of the text (else detected from it)
  --excerpt               the saved text is only the opening of the page
  --via NAME              who republished the official text at --url (a wire service)
  --original URL          the issuer's own address of a text republished at --url
  --translation-of FILE   the page is the other-language version (the French, say) of FILE in
                          DATA/sources/: written as FILE's name with .<lang>.md, shown beside
                          it, counted nowhere (needs --lang)
  --data DIR              data directory (default: the project's data/, or $CJT_DATA_DIR)
  --dry-run               write nothing; report what would be written
  --json                  print only a JSON array of the results on stdout
                          (through npm: npm run -s ingest -- --json …, so npm prints nothing)
  -h, --help              show this help

Exit status: 0 done, 1 a problem with the input (nothing written), 2 a usage error,
130 or 143 interrupted (nothing written).
`;

/** The project's data/, wherever the command is run from. */
const DEFAULT_DATA = resolve(import.meta.dirname, '..', 'data');

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters in a name would break a problem line in two: show them as escapes. */
function printable(text: string): string {
	return text.replace(
		/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu,
		(c) => ESCAPES[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`
	);
}

function usageError(message: string): number {
	process.stderr.write(`ingest: ${message}\n\n${USAGE}`);
	return 2;
}

/** The language of each file in data/sources/ and what it is a version of. */
function readCorpusFacts(sourcesDir: string, names: ReadonlySet<string>): Map<string, StoredFacts> {
	return corpusFacts(
		[...names]
			.filter((n) => n.endsWith('.md'))
			.sort()
			.map((name) => ({ name, text: readFileSync(join(sourcesDir, name), 'utf8') }))
	);
}

/** Lets a pending SIGINT or SIGTERM run its handler: the batch is interrupted only here. */
const checkpoint = () => new Promise<void>((done) => setImmediate(done));

/** Files this run has linked into data/sources/, until the run is done with them. */
let committed: string[] = [];
let finished = false;

function onSignal(signal: NodeJS.Signals): void {
	if (finished) return;
	undoWrites(committed);
	committed = [];
	process.stderr.write(`ingest: interrupted (${signal}): nothing written\n`);
	process.exit(signal === 'SIGINT' ? 130 : 143);
}

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				published: { type: 'string' },
				url: { type: 'string' },
				title: { type: 'string' },
				issuer: { type: 'string' },
				lang: { type: 'string' },
				excerpt: { type: 'boolean', default: false },
				via: { type: 'string' },
				original: { type: 'string' },
				'translation-of': { type: 'string' },
				data: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (e) {
		return usageError((e as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (!positionals.length) return usageError('no files given');

	// npm runs every script in the package root and says where the user was in INIT_CWD: paths the
	// user typed are relative to that folder.
	const here = process.env.INIT_CWD ?? process.cwd();
	const fromUser = (path: string) => (isAbsolute(path) ? path : resolve(here, path));
	const json = values.json;
	// How messages name the data folder: as the user gave it, or as the project names it.
	const dataShown = values.data ?? process.env.CJT_DATA_DIR ?? 'data';
	const dataDir =
		values.data !== undefined
			? fromUser(values.data)
			: process.env.CJT_DATA_DIR
				? resolve(process.env.CJT_DATA_DIR)
				: DEFAULT_DATA;
	const sourcesShown = join(printable(dataShown), 'sources');
	const sourcesDir = join(dataDir, 'sources');
	if (
		json &&
		process.env.npm_lifecycle_event === 'ingest' &&
		process.env.npm_config_loglevel !== 'silent'
	)
		process.stderr.write(
			'ingest: npm printed its "> ingest" banner on stdout before the JSON: run "npm run -s ingest -- …" for the JSON alone\n'
		);

	const { reference, problems: dataProblems } = readReference(dataDir);
	let existing: Set<string> = new Set();
	let urls = new Map<string, string>();
	let facts = new Map<string, StoredFacts>();
	try {
		existing = listSources(sourcesDir);
		urls = readCorpusUrls(sourcesDir);
		// Only a version is checked against other files' languages: read them only then.
		if (values['translation-of'] !== undefined) facts = readCorpusFacts(sourcesDir, existing);
	} catch {
		dataProblems.push({
			file: sourcesShown,
			message: 'is not a directory that can be read',
			fix: "point --data at a copy of the project's data/ directory"
		});
	}
	if (!reference || dataProblems.length) {
		if (json) process.stdout.write('[]\n');
		for (const p of dataProblems) process.stderr.write(`${formatProblem(p)}\n`);
		return 1;
	}

	const inputs: IngestInput[] = [];
	const problems: Problem[] = [];
	for (const typed of positionals) {
		const { input, problem } = readInput(printable(typed), fromUser(typed));
		if (input) inputs.push(input);
		if (problem) problems.push(problem);
	}
	await checkpoint();
	const options: IngestOptions = {
		published: values.published,
		url: values.url,
		title: values.title,
		issuer: values.issuer,
		lang: values.lang,
		excerpt: values.excerpt,
		via: values.via,
		original: values.original,
		translationOf: values['translation-of'],
		dryRun: values['dry-run'],
		sourcesDir: sourcesShown
	};
	const plan = planIngest(inputs, options, reference, existing, urls, facts);
	problems.push(...plan.problems);
	await checkpoint();

	const outputOf = (name: string) => join(sourcesShown, name);
	if (json)
		process.stdout.write(
			`${JSON.stringify(
				plan.results.map((r) => resultJson(r, outputOf(r.name))),
				null,
				2
			)}\n`
		);
	else
		for (const r of plan.results) process.stdout.write(`${formatReport(r, outputOf(r.name))}\n\n`);

	// Problems are reported in the order the files were named.
	const order = new Map(positionals.map((p, i) => [printable(p), i]));
	problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
	for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
	if (problems.length) {
		if (!json)
			process.stdout.write(`Nothing written: ${problems.length} problem(s), listed on stderr.\n`);
		return 1;
	}
	if (options.dryRun) {
		if (!json) process.stdout.write('Dry run: nothing written.\n');
		return 0;
	}
	const commit = commitWrites(sourcesDir, plan.writes);
	committed = commit.written;
	for (const p of commit.problems)
		process.stderr.write(
			`${formatProblem({ ...p, file: p.file.replace(sourcesDir, sourcesShown) })}\n`
		);
	if (commit.problems.length) return 1;
	// A signal that came during the writes is handled here, and removes them all again.
	await checkpoint();
	finished = true;
	if (!json)
		for (const path of commit.written)
			process.stdout.write(`Wrote ${path.replace(sourcesDir, sourcesShown)}\n`);
	return 0;
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
main(process.argv.slice(2)).then(
	(code) => {
		finished = true;
		process.exitCode = code;
	},
	(error: unknown) => {
		// A bug, not bad input: leave nothing behind, and show where it happened.
		undoWrites(committed);
		finished = true;
		process.stderr.write(
			`ingest: internal error, nothing written: ${(error as Error)?.stack ?? String(error)}\n`
		);
		process.exitCode = 1;
	}
);
