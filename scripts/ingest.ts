/**
 * npm run ingest -- [options] FILE...
 *
 * Turns pages saved from the web into files for data/sources/. The work is done by
 * src/lib/corpus/ingest.ts; this shell parses the arguments, reads the files and writes the result.
 * Exit status: 0 done, 1 a problem with the input (nothing written), 2 a usage error.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	formatReport,
	planIngest,
	resultJson,
	type IngestInput,
	type IngestOptions
} from '../src/lib/corpus/ingest';
import { formatProblem, type Problem } from '../src/lib/corpus/schema';
import { commitWrites, listSources, readInput, readReference } from './ingest-io';

const USAGE = `Usage: npm run ingest -- [options] FILE...

Reads pages saved from the web (UTF-8 text, with or without front matter) and writes each to
DATA/sources/<date>-<slug>.md: the publication facts as front matter, the extracted facts as
comments for review, and the saved text below, unchanged. Existing files are never overwritten;
if any file has a problem, nothing is written.

Options:
  --published YYYY-MM-DD  publication date (else the date shown on the page, with a warning)
  --url URL               address of the original page (required unless --dry-run)
  --title TEXT            title as the page shows it (else its first heading, with a warning)
  --issuer TEXT           publisher (else guessed from the address, with a warning)
  --data DIR              data directory (default: data)
  --dry-run               write nothing; report what would be written
  --json                  print only a JSON array of the results on stdout
  -h, --help              show this help

Exit status: 0 done, 1 a problem with the input (nothing written), 2 a usage error.
`;

function usageError(message: string): number {
	process.stderr.write(`ingest: ${message}\n\n${USAGE}`);
	return 2;
}

function main(argv: string[]): number {
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
				data: { type: 'string', default: 'data' },
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

	const json = values.json;
	const dataDir = values.data;
	const sourcesDir = join(dataDir, 'sources');
	if (
		json &&
		process.env.npm_lifecycle_event === 'ingest' &&
		process.env.npm_config_loglevel !== 'silent'
	)
		process.stderr.write(
			'ingest: npm printed its "> ingest" banner on stdout before the JSON: run "npm run -s ingest -- …"\n'
		);

	const { reference, problems: dataProblems } = readReference(dataDir);
	let existing: Set<string> = new Set();
	try {
		existing = listSources(sourcesDir);
	} catch {
		dataProblems.push({
			file: sourcesDir,
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
	for (const path of positionals) {
		const { input, problem } = readInput(path);
		if (input) inputs.push(input);
		if (problem) problems.push(problem);
	}
	const options: IngestOptions = {
		published: values.published,
		url: values.url,
		title: values.title,
		issuer: values.issuer,
		dryRun: values['dry-run'],
		sourcesDir
	};
	const plan = planIngest(inputs, options, reference, existing);
	problems.push(...plan.problems);

	const outputOf = (name: string) => join(sourcesDir, name);
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
	const order = new Map(positionals.map((p, i) => [p, i]));
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
	for (const p of commit.problems) process.stderr.write(`${formatProblem(p)}\n`);
	if (commit.problems.length) return 1;
	if (!json) for (const path of commit.written) process.stdout.write(`Wrote ${path}\n`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
