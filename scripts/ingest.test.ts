/**
 * `npm run ingest` end to end: the real command line, spawned against temporary copies of data/,
 * on the saved pages in tests/fixtures/raw/ (copies of shared/seeds/, so that CI needs no more
 * than this repository). The spawns are started together and awaited by the tests, to keep the
 * file fast; each has its own data directory.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/lib/corpus/corpus';
import { formatProblem } from '../src/lib/corpus/schema';
import { commitWrites } from './ingest-io';

const ROOT = resolve(import.meta.dirname, '..');
const RAW = join(ROOT, 'tests/fixtures/raw');
const TRUDEAU = readFileSync(join(RAW, '000_6ee1226c9558782b.txt'), 'utf8');
const KAMIKAWA = readFileSync(join(RAW, '002_41b63fc220620e0c.txt'), 'utf8');
const BOM = '\uFEFF';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

const work = mkdtempSync(join(tmpdir(), 'ingest-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dirs = 0;
/** A fresh directory with a copy of data/ in it. */
function scratch(): { dir: string; data: string; sources: string } {
	const dir = join(work, `run-${++dirs}`);
	mkdirSync(dir);
	const data = join(dir, 'data');
	cpSync(join(ROOT, 'data'), data, { recursive: true, dereference: true });
	return { dir, data, sources: join(data, 'sources') };
}

function file(dir: string, name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the command line (or `npm run ingest`, to see what npm adds) and collects its output. */
function ingest(args: string[], via: 'node' | 'npm' = 'node'): Promise<Run> {
	const [command, argv] =
		via === 'npm'
			? ['npm', ['run', 'ingest', '--', ...args]]
			: [process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), ...args]];
	// Run outside any npm script of the caller, as an analyst would.
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
	return new Promise((done, fail) => {
		const child = spawn(command, argv, { cwd: ROOT, env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
const listing = (dir: string) => readdirSync(dir).sort();
const ORIGINAL = listing(join(ROOT, 'data/sources'));

// ---------------------------------------------------------------- every bad input in one call

const bad = scratch();
const FACTS = [
	'title: A page saved for a test',
	'issuer: Ministry of Foreign Affairs of Japan',
	'url: https://www.mofa.go.jp/na/na1/ca/page.html',
	'published: 2024-01-13'
];
const frontMatter = (...extra: string[]) => ['---', ...FACTS, ...extra, '---', KAMIKAWA].join('\n');
const BAD: Record<string, { path: string; expected: RegExp }> = {
	empty: {
		path: file(bad.dir, 'empty.txt', ''),
		expected: /^(.*empty\.txt): is empty — /
	},
	binary: {
		path: file(bad.dir, 'photo.jpg', new Uint8Array([0x0a, 0x0a, 0xff, 0xd8, 0x00, 0x10])),
		expected: /^(.*photo\.jpg):3: contains NUL bytes/
	},
	'invalid UTF-8': {
		path: file(bad.dir, 'latin1.txt', Buffer.from('Montr\xe9al\nOttawa\n', 'latin1')),
		expected: /^(.*latin1\.txt):1: is not valid UTF-8/
	},
	'missing path': {
		path: join(bad.dir, 'no-such-page.txt'),
		expected: /^(.*no-such-page\.txt): does not exist/
	},
	'over 5 MB': {
		path: file(bad.dir, 'huge.txt', `${KAMIKAWA}\n${'x'.repeat(5 * 1024 * 1024)}`),
		expected: /^(.*huge\.txt): is larger than 5 MB/
	},
	'malformed front matter': {
		path: file(bad.dir, 'malformed.md', frontMatter('participants: [melanie-joly')),
		expected: /^(.*malformed\.md):7: front matter: is not valid YAML/
	},
	'unclosed front matter': {
		path: file(bad.dir, 'unclosed.md', `---\ntitle: x\n${KAMIKAWA}`),
		expected: /^(.*unclosed\.md):1: front matter: opens with "---" but never closes/
	},
	'unknown theme': {
		path: file(bad.dir, 'theme.md', frontMatter('themes: [defence, space-race]')),
		expected: /^(.*theme\.md):6: themes\[1\]: unknown theme "space-race"/
	},
	'unknown person': {
		path: file(bad.dir, 'person.md', frontMatter('participants: [melanie-joly, john-doe]')),
		expected: /^(.*person\.md):6: participants\[1\]: unknown person "john-doe"/
	},
	'front-matter date that does not parse': {
		path: file(bad.dir, 'date.md', frontMatter('date: 2024-13-45')),
		expected: /^(.*date\.md):6: date: is not a calendar date/
	}
};
// A page with nothing wrong, which must not be written either.
const good = file(
	bad.dir,
	'good.md',
	[
		'---',
		'title: Trudeau–Kishida telephone call',
		'url: https://pm.gc.ca/en/node/16726',
		'published: 2022-02-09',
		'---',
		TRUDEAU
	].join('\n')
);
const badRun = ingest(['--data', bad.data, good, ...Object.values(BAD).map((b) => b.path)]);

// ---------------------------------------------------------------- other calls, run meanwhile

const badOption = scratch();
const badOptionRun = ingest([
	'--data',
	badOption.data,
	'--published',
	'2024-13-45',
	'--url',
	'https://pm.gc.ca/en/node/16726',
	'--title',
	'Trudeau–Kishida call',
	file(badOption.dir, 'trudeau.txt', TRUDEAU)
]);
const unknownOptionRun = ingest(['--publshed', '2022-02-09', 'x.txt']);
const noFilesRun = ingest(['--published', '2022-02-09']);

// The 2022 call, saved with CRLF line ends and a BOM, written for real and then again.
const write = scratch();
const WINDOWS = BOM + crlf(TRUDEAU);
const WRITE_ARGS = [
	'--data',
	write.data,
	'--published',
	'2022-02-09',
	'--url',
	'https://pm.gc.ca/en/node/16726',
	'--title',
	'Trudeau–Kishida telephone call (saved on Windows)',
	file(write.dir, 'trudeau-windows.txt', WINDOWS)
];
const writeRuns = ingest(WRITE_ARGS).then(async (first) => ({
	first,
	after: listing(write.sources),
	second: await ingest(WRITE_ARGS)
}));

const dry = scratch();
const variants = (name: string, text: string) => [
	file(dry.dir, `${name}.txt`, text),
	file(dry.dir, `${name}-crlf.txt`, crlf(text)),
	file(dry.dir, `${name}-bom.txt`, BOM + text)
];
const TRUDEAU_FILES = variants('trudeau', TRUDEAU);
const trudeauJson = ingest([
	'--data',
	dry.data,
	'--dry-run',
	'--json',
	'--published',
	'2022-02-09',
	...TRUDEAU_FILES
]);
// Through npm, as the issue asks, to show that npm adds nothing to stdout.
const kamikawaJson = ingest(
	[
		'--data',
		dry.data,
		'--dry-run',
		'--json',
		'--published',
		'2024-01-13',
		...variants('kamikawa', KAMIKAWA)
	],
	'npm'
);
const humanRun = ingest([
	'--data',
	dry.data,
	'--dry-run',
	'--published',
	'2024-01-13',
	join(dry.dir, 'kamikawa.txt')
]);

// ---------------------------------------------------------------- the tests

// The tests wait for the spawns above: seconds on an idle machine, more on a busy one.
const SLOW = { timeout: 60_000 };

describe('bad input: one line per problem, naming the file, and nothing written', SLOW, () => {
	it('fails the whole call with status 1 and writes nothing, not even the good page', async () => {
		const run = await badRun;
		expect(run.code).toBe(1);
		expect(listing(bad.sources)).toEqual(ORIGINAL);
		expect(run.stdout).toMatch(/Nothing written: 10 problem\(s\), listed on stderr\./);
		// The good page was read and reported; the bad ones were not.
		expect(run.stdout).toContain(`${good} → `);
		expect(lines(run.stderr)).toHaveLength(Object.keys(BAD).length);
		expect(run.stderr).not.toContain('good.md');
	});

	for (const [what, { path, expected }] of Object.entries(BAD)) {
		it(`reports ${what}`, async () => {
			const mine = lines((await badRun).stderr).filter((l) => l.startsWith(`${path}:`));
			expect(mine).toHaveLength(1);
			expect(mine[0]).toMatch(expected);
			expect(mine[0]!.match(expected)![1]).toBe(path);
		});
	}

	it('reports a --published date that does not parse', async () => {
		const run = await badOptionRun;
		expect(run.code).toBe(1);
		expect(lines(run.stderr)).toEqual([
			`${join(badOption.dir, 'trudeau.txt')}: published: is not a calendar date (--published 2024-13-45)`
		]);
		expect(listing(badOption.sources)).toEqual(ORIGINAL);
	});

	it('answers an unknown option or no files with the usage, status 2', async () => {
		for (const run of [await unknownOptionRun, await noFilesRun]) {
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toContain('Usage: npm run ingest -- [options] FILE...');
		}
		expect((await unknownOptionRun).stderr).toMatch(/^ingest: Unknown option '--publshed'/);
		expect((await noFilesRun).stderr).toMatch(/^ingest: no files given/);
	});
});

describe('writing', SLOW, () => {
	const NAME = '2022-02-08-trudeau-kishida-telephone-call-saved-on-windows.md';

	it('writes one file that the corpus accepts, with the saved text unchanged below', async () => {
		const { first, after } = await writeRuns;
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(first.stdout).toContain(`Wrote ${join(write.sources, NAME)}`);
		expect(after).toEqual([...ORIGINAL, NAME].sort());
		const text = readFileSync(join(write.sources, NAME), 'utf8');
		expect(text.endsWith(`\n---\n${WINDOWS.slice(1)}`)).toBe(true);
		expect(text).toMatch(/^---\ntitle: Trudeau–Kishida telephone call \(saved on Windows\)\n/);

		const read = (name: string) => readFileSync(join(write.data, name), 'utf8');
		const { corpus, problems } = buildCorpus(
			{
				themes: read('themes.yaml'),
				people: read('people.yaml'),
				places: read('places.yaml'),
				milestones: read('milestones.yaml')
			},
			after.map((name) => ({ name, text: readFileSync(join(write.sources, name), 'utf8') }))
		);
		expect(problems.map(formatProblem)).toEqual([]);
		const doc = corpus!.documents.find((d) => d.file === NAME)!;
		expect(doc).toMatchObject({ date: '2022-02-08', format: 'call', level: 'leaders' });
		expect(doc.provenance).toMatchObject({ date: 'extracted', format: 'extracted' });
		expect(doc.participants.map((p) => p.id)).toEqual(['justin-trudeau', 'kishida-fumio']);
	});

	it('refuses to overwrite it on a second run, naming the file', async () => {
		const { second, after } = await writeRuns;
		expect(second.code).toBe(1);
		expect(lines(second.stderr)).toEqual([
			`${WRITE_ARGS.at(-1)}: ${join(write.sources, NAME)} already exists: not overwritten — remove or rename that file first if this page replaces it`
		]);
		expect(listing(write.sources)).toEqual(after);
		// No temporary file left behind either.
		expect(readdirSync(write.sources).filter((n) => n.startsWith('.'))).toEqual([]);
	});
});

describe('--dry-run', SLOW, () => {
	const shape = {
		file: expect.any(String),
		output: expect.any(String),
		title: expect.toBeOneOf([expect.any(String), null]),
		date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
		format: expect.any(String),
		level: expect.any(String),
		location: expect.toBeOneOf([expect.stringMatching(/^[^,]+(, [^,]+)?$/), null]),
		participants: expect.any(Array),
		themes: expect.any(Array),
		warnings: expect.any(Array)
	};

	it('--json prints only the JSON array for the 2022 call, one object per file', async () => {
		const run = await trudeauJson;
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const results = JSON.parse(run.stdout) as Record<string, unknown>[];
		expect(results.map((r) => r.file)).toEqual(TRUDEAU_FILES);
		for (const r of results) {
			expect(Object.keys(r)).toEqual(Object.keys(shape));
			expect(r).toEqual(shape);
			expect(r).toMatchObject({
				date: '2022-02-08',
				format: 'call',
				level: 'leaders',
				location: null,
				participants: [
					{ name: 'Justin Trudeau', office: 'Prime Minister of Canada', country: 'CA' },
					{ name: 'Kishida Fumio', office: 'Prime Minister of Japan', country: 'JP' }
				]
			});
			for (const t of r.themes as { id: string; mentions: number; evidence: string[] }[]) {
				expect(Object.keys(t)).toEqual(['id', 'mentions', 'evidence']);
				expect(t.evidence).toHaveLength(t.mentions);
			}
		}
		// CRLF and a BOM change nothing that is found.
		const found = results.map(({ file: _, warnings, ...rest }) => ({
			...rest,
			// The variants share one name, which a dry run points out.
			warnings: (warnings as string[]).filter((w) => !w.includes('is also the name of'))
		}));
		expect(found[1]).toEqual(found[0]);
		expect(found[2]).toEqual(found[0]);
		expect(listing(dry.sources)).toEqual(ORIGINAL);
	});

	it('--json through `npm run ingest` parses, for the 2024 meeting in Montreal', async () => {
		const run = await kamikawaJson;
		expect(run.code).toBe(0);
		const results = JSON.parse(run.stdout) as Record<string, unknown>[];
		expect(results).toHaveLength(3);
		for (const r of results) {
			expect(r).toEqual(shape);
			expect(r).toMatchObject({
				title: 'Japan-Canada Foreign Ministers’ Meeting',
				date: '2024-01-13',
				format: 'meeting',
				level: 'ministers',
				location: 'Montreal, Canada',
				participants: [
					{ name: 'Mélanie Joly', office: 'Minister of Foreign Affairs of Canada', country: 'CA' },
					{ name: 'Kamikawa Yoko', office: 'Minister for Foreign Affairs of Japan', country: 'JP' }
				]
			});
			expect(r.warnings).toContain(
				`${join(dry.sources, '2024-01-13-japan-canada-foreign-ministers-meeting.md')} already exists: a real run would refuse to overwrite it`
			);
		}
		expect(listing(dry.sources)).toEqual(ORIGINAL);
	});

	it('without --json prints the report and writes nothing', async () => {
		const run = await humanRun;
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('  location:     Montreal, Canada\n');
		expect(run.stdout).toContain('  date:         2024-01-13  (from "On January 13th")\n');
		expect(run.stdout).toMatch(/warnings:\n {4}- no --title given/);
		expect(run.stdout.trimEnd().endsWith('Dry run: nothing written.')).toBe(true);
		expect(listing(dry.sources)).toEqual(ORIGINAL);
	});
});

describe('commitWrites', () => {
	it('writes all the files, or none when one name was taken since the plan', () => {
		const dir = mkdtempSync(join(work, 'commit-'));
		const all = commitWrites(dir, [
			{ name: 'a.md', text: 'A' },
			{ name: 'b.md', text: 'B' }
		]);
		expect(all).toEqual({ written: [join(dir, 'a.md'), join(dir, 'b.md')], problems: [] });
		expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('B');

		writeFileSync(join(dir, 'd.md'), 'already here');
		const none = commitWrites(dir, [
			{ name: 'c.md', text: 'C' },
			{ name: 'd.md', text: 'D' }
		]);
		expect(none.written).toEqual([]);
		expect(none.problems.map(formatProblem)).toEqual([
			`${join(dir, 'd.md')}: appeared while ingesting: not overwritten, and nothing was written — run ingest again`
		]);
		expect(listing(dir)).toEqual(['a.md', 'b.md', 'd.md']);
		expect(readFileSync(join(dir, 'd.md'), 'utf8')).toBe('already here');
	});
});
