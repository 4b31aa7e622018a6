/**
 * `npm run ingest` end to end: the real command line, spawned against temporary copies of the
 * fixture corpus (src/lib/corpus/fixtures/corpus/, which the tests own), on the saved pages in
 * tests/fixtures/raw/ (copies of shared/seeds/, so that CI needs no more than this repository).
 * The spawns are started together and awaited by the tests, to keep the file fast; each has its
 * own data directory. The last block adds a readout to a copy of the live data/ exactly as the
 * README says, and checks that the corpus still keeps every invariant.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/lib/corpus/corpus';
import { corpusInvariants } from '../src/lib/corpus/invariants';
import { formatProblem } from '../src/lib/corpus/schema';
import { dataFiles, FIXTURE, rawSources } from '../src/lib/corpus/testing';
import { commitWrites, tempName } from './ingest-io';

const ROOT = resolve(import.meta.dirname, '..');
const RAW = join(ROOT, 'tests/fixtures/raw');
const TRUDEAU = readFileSync(join(RAW, '000_6ee1226c9558782b.txt'), 'utf8');
const KAMIKAWA = readFileSync(join(RAW, '002_41b63fc220620e0c.txt'), 'utf8');
const BOM = '\uFEFF';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

const work = mkdtempSync(join(tmpdir(), 'ingest-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dirs = 0;
/** A fresh directory with a copy of the fixture corpus (or of `from`) in it, as data/. */
function scratch(from = FIXTURE): { dir: string; data: string; sources: string } {
	const dir = join(work, `run-${++dirs}`);
	mkdirSync(dir);
	const data = join(dir, 'data');
	cpSync(from, data, { recursive: true, dereference: true });
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

interface How {
	/** `node` runs scripts/ingest.ts as `npm run ingest` does; `npm` goes through npm itself. */
	via?: 'node' | 'npm';
	/** Where the user is: npm's INIT_CWD, and the working directory of `npm`. */
	from?: string;
	/** Modules loaded first (to interrupt a batch at a known point). */
	preload?: string;
	env?: Record<string, string>;
}

/**
 * Runs the command line and collects its output. Through node it runs as npm runs a script: in
 * the package root, with the user's folder in INIT_CWD. Through npm it is `npm run ingest`, from
 * the user's folder (`npm --prefix ROOT`), to see what npm adds.
 */
function run(command: string, argv: string[], how: How = {}): Promise<Run> {
	// Run outside any npm script of the caller, as an analyst would.
	const env: Record<string, string | undefined> = { ...process.env, ...how.env };
	for (const key of Object.keys(env))
		if (key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
	if (how.via !== 'npm') env.INIT_CWD = how.from ?? ROOT;
	return new Promise((done, fail) => {
		const child = spawn(command, argv, { cwd: how.via === 'npm' ? (how.from ?? ROOT) : ROOT, env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

function ingest(args: string[], how: How | 'npm' = {}): Promise<Run> {
	const h: How = how === 'npm' ? { via: 'npm' } : how;
	if (h.via === 'npm')
		return run('npm', ['--prefix', ROOT, 'run', '-s', 'ingest', '--', ...args], h);
	const preload = h.preload ? ['--import', h.preload] : [];
	return run(
		process.execPath,
		[...preload, '--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), ...args],
		h
	);
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);

function link(target: string, path: string): string {
	symlinkSync(target, path);
	return path;
}

function fifo(path: string): string {
	execFileSync('mkfifo', [path]);
	return path;
}
const listing = (dir: string) => readdirSync(dir).sort();
const ORIGINAL = listing(join(FIXTURE, 'sources'));
const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));

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
	},
	'front-matter date in 1999': {
		path: file(bad.dir, 'date-1999.md', frontMatter('date: 1999-05-03')),
		expected:
			/^(.*date-1999\.md):6: date: 1999-05-03 is not a date from 2000-01-01 to \d{4}-\d{2}-\d{2} \(a year from today\) — check the year$/
	},
	'front-matter publication date in 2099': {
		path: file(
			bad.dir,
			'published-2099.md',
			frontMatter().replace('published: 2024-01-13', 'published: 2099-01-13')
		),
		expected: /^(.*published-2099\.md):5: published: 2099-01-13 is not a date from 2000-01-01/
	},
	'YAML alias bomb': {
		path: file(
			bad.dir,
			'laughs.md',
			frontMatter(
				'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
				...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
					(n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`
				)
			)
		),
		expected:
			/^(.*laughs\.md):7: front matter: expands YAML aliases \(\*name\) past 50 values: refused as a possible "billion laughs" attack — /
	},
	'__proto__ key': {
		path: file(bad.dir, 'proto.md', frontMatter('__proto__:', '  isAdmin: true')),
		expected:
			/^(.*proto\.md):6: __proto__: unknown field "__proto__" — remove it: no field has that name$/
	},
	'page whose first line is ---': {
		path: file(
			bad.dir,
			'rule.txt',
			`---\nJapan-Canada Relations\nForeign Ministers\n---\n${KAMIKAWA}`
		),
		expected:
			/^(.*rule\.txt):1: front matter: opens with "---", so lines 2–3 \(up to the next "---"\) were read as front matter, but they hold none of its fields .* — if the saved page itself begins with a "---" line \(a horizontal rule\), delete that line/
	},
	'page already in the corpus (another form of its address)': {
		path: file(
			bad.dir,
			'again.md',
			[
				'---',
				'url: HTTP://PM.GC.CA/en/node/16726/',
				'title: The call again',
				'published: 2022-02-09',
				'---',
				TRUDEAU
			].join('\n')
		),
		expected: new RegExp(
			`^(.*again\\.md):2: url: HTTP://PM\\.GC\\.CA/en/node/16726/ is already in the corpus: ${escape(
				join(
					bad.sources,
					ORIGINAL.find((n) => n.startsWith('2022-02-08'))!
				)
			)} holds it — `
		)
	},
	'symbolic link to a system file': {
		path: link('/etc/passwd', join(bad.dir, 'passwd.txt')),
		expected: /^(.*passwd\.txt): is a symbolic link: ingest reads only regular files/
	},
	'symbolic link to a saved page': {
		path: link(join(RAW, '000_6ee1226c9558782b.txt'), join(bad.dir, 'linked.txt')),
		expected: /^(.*linked\.txt): is a symbolic link: /
	},
	'FIFO (which would block)': {
		path: fifo(join(bad.dir, 'pipe.txt')),
		expected: /^(.*pipe\.txt): is a named pipe \(FIFO\), not a regular file/
	},
	device: {
		path: '/dev/zero',
		expected: /^(\/dev\/zero): is a device, not a regular file/
	}
};
// A page with nothing wrong, which must not be written either.
const good = file(
	bad.dir,
	'good.md',
	[
		'---',
		'title: Trudeau–Kishida telephone call',
		'url: https://pm.gc.ca/en/news/readouts/2022/02/08/a-copy-for-the-tests',
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
	'https://pm.gc.ca/en/news/readouts/2022/02/08/saved-on-windows',
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

// Hostile options: control characters in one-line facts, dates out of range.
const hostile = scratch();
const hostilePage = file(hostile.dir, 'kamikawa.txt', KAMIKAWA);
const controlRun = ingest([
	'--data',
	hostile.data,
	'--published',
	'2024-01-13',
	'--url',
	'https://www.mofa.go.jp/na/na1/ca/page.html\nissuer: forged',
	'--title',
	'Foreign Ministers\r meet',
	'--issuer',
	'Ministry of Foreign Affairs\u001b[2J',
	hostilePage
]);
const dateRuns = ['1999-12-31', '2099-01-01'].map((published) =>
	ingest([
		'--data',
		hostile.data,
		'--published',
		published,
		'--url',
		'https://www.mofa.go.jp/na/na1/ca/page.html',
		hostilePage
	])
);

// A page with bidi controls, written for real with the new publication facts.
const bidi = scratch();
const BIDI_PAGE = KAMIKAWA.replace('Montreal', '\u202EMontreal\u202C').replace(
	'Kamikawa',
	'\u2066Kamikawa\u2069'
);
const bidiRun = ingest([
	'--data',
	bidi.data,
	'--url',
	'https://www.mofa.go.jp/na/na1/ca/bidi-copy.html',
	'--title',
	'Japan-Canada Foreign Ministers’ Meeting (bidi copy)',
	'--lang',
	'en',
	'--excerpt',
	'--via',
	'A mirror of MOFA pages',
	'--original',
	'https://www.mofa.go.jp/na/na1/ca/pageite_000001_00109.html',
	file(bidi.dir, 'bidi.txt', BIDI_PAGE)
]);

// Relative paths, from a folder that is not the package root, through npm itself.
const rel = scratch();
mkdirSync(join(rel.dir, 'saved'));
file(join(rel.dir, 'saved'), 'page.txt', KAMIKAWA);
const relativeRun = ingest(
	[
		'--data',
		'../data',
		'--url',
		'https://www.mofa.go.jp/na/na1/ca/relative-copy.html',
		'--title',
		'Foreign Ministers meet (relative path)',
		'page.txt'
	],
	{ via: 'npm', from: join(rel.dir, 'saved') }
);
// The same from the package root's point of view: what INIT_CWD says wins over the working dir.
const initCwdRun = ingest(
	[
		'--data',
		'data',
		'--dry-run',
		'--url',
		'https://www.mofa.go.jp/na/na1/ca/relative-copy.html',
		'saved/page.txt'
	],
	{ from: rel.dir }
);

// A batch interrupted between two of its writes: a preloaded module sends the process SIGINT (or
// SIGTERM) right after the first file takes its name, and says how many temporary files existed.
const PRELOAD = join(work, 'interrupt.mjs');
writeFileSync(
	PRELOAD,
	[
		"import fs from 'node:fs';",
		"import { dirname } from 'node:path';",
		"import { syncBuiltinESMExports } from 'node:module';",
		'const link = fs.linkSync;',
		'let n = 0;',
		'fs.linkSync = (from, to) => {',
		'\tlink(from, to);',
		'\tif (++n !== 1) return;',
		"\tconst temps = fs.readdirSync(dirname(to)).filter((f) => f.endsWith('.tmp')).length;",
		'\tprocess.stderr.write(`test: ${temps} temporary files at the first link\\n`);',
		"\tprocess.kill(process.pid, process.env.TEST_SIGNAL ?? 'SIGINT');",
		'};',
		'syncBuiltinESMExports();'
	].join('\n')
);
const batchOf = (dir: string) =>
	[TRUDEAU, KAMIKAWA, TRUDEAU].map((text, i) =>
		file(
			dir,
			`batch-${i}.md`,
			[
				'---',
				`title: Page ${i} of an interrupted batch`,
				'issuer: Global Affairs Canada',
				`url: https://www.canada.ca/en/global-affairs/batch-${i}.html`,
				'published: 2024-01-13',
				'---',
				text
			].join('\n')
		)
	);
const interrupted = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
	const at = scratch();
	return {
		signal,
		at,
		run: ingest(['--data', at.data, ...batchOf(at.dir)], {
			preload: PRELOAD,
			env: { TEST_SIGNAL: signal }
		})
	};
});

// npm's own errors are not hidden (.npmrc has no loglevel=silent).
const noSuchScript = run('npm', ['--prefix', ROOT, 'run', 'no-such-script'], { via: 'npm' });

// Adding a readout to a copy of the live data/, exactly as the README's "How to add a document"
// says: its command (read from the README), through npm, from the folder the page was saved in.
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const HOW_TO = README.slice(README.indexOf('## How to add a document'));

/** The words of the README's ingest command, as a shell splits them. */
function readmeCommand(): string[] {
	const block = /```sh\n([\s\S]*?)```/.exec(HOW_TO)?.[1] ?? '';
	const line = block.replace(/\\\n/g, ' ').trim();
	return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const READOUT = [
	'Prime Minister Carney speaks with Prime Minister of Japan Takaichi Sanae',
	'',
	'November 20, 2026',
	'Ottawa, Ontario',
	'',
	'Today, Prime Minister Mark Carney spoke with the Prime Minister of Japan, Takaichi Sanae.',
	'',
	'The leaders discussed cooperation on critical minerals, energy security and defence, and the situation in the Indo-Pacific.',
	'',
	'They agreed to remain in close contact.',
	''
].join('\n');
const FACTS_OF_README: Record<string, string> = {
	'--published': '2026-11-20',
	'--url': 'https://www.pm.gc.ca/en/news/readouts/2026/11/20/a-readout-added-by-the-tests',
	'--title':
		'Prime Minister Carney speaks with Prime Minister of Japan Takaichi Sanae (a test copy)',
	'--issuer': "Prime Minister's Office, Canada"
};
const live = scratch(join(ROOT, 'data'));
const analyst = join(live.dir, 'downloads');
mkdirSync(analyst);
const command = readmeCommand();
/** The README's arguments, with this readout's facts in place of the example's. */
const readmeArgs = command.slice(4).map((word, i, all) => FACTS_OF_README[all[i - 1]!] ?? word);
const asAnalyst: How = { via: 'npm', from: analyst, env: { CJT_DATA_DIR: live.data } };
const npmRun = (...argv: string[]) => run('npm', ['--prefix', ROOT, 'run', ...argv], asAnalyst);
const readmeRuns = (async () => {
	file(analyst, readmeArgs.at(-1)!, READOUT);
	const before = listing(live.sources);
	const dryRun = await npmRun('ingest', '--', ...readmeArgs);
	const afterDry = listing(live.sources);
	const real = await npmRun('ingest', '--', ...readmeArgs.filter((a) => a !== '--dry-run'));
	const check = await npmRun('check:data');
	// The unit tests over data/, pointed at the copy, as `npm test` would run them on it.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(VITEST|npm_|FORCE_COLOR)/.test(k))
	) as Record<string, string>;
	const dataTests = await run(
		process.execPath,
		[join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'src/lib/corpus/data.test.ts'],
		{ env: { ...env, CJT_DATA_DIR: live.data, NO_COLOR: '1' } }
	);
	return { before, dryRun, afterDry, real, check, dataTests };
})();

// ---------------------------------------------------------------- the tests

// The tests wait for the spawns above: seconds on an idle machine, more on a busy one.
const SLOW = { timeout: 180_000 };

describe('bad input: one line per problem, naming the file, and nothing written', SLOW, () => {
	it('fails the whole call with status 1 and writes nothing, not even the good page', async () => {
		const run = await badRun;
		expect(run.code).toBe(1);
		expect(listing(bad.sources)).toEqual(ORIGINAL);
		expect(run.stdout).toContain(
			`Nothing written: ${Object.keys(BAD).length} problem(s), listed on stderr.`
		);
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

		const { corpus, problems } = buildCorpus(dataFiles(write.data), rawSources(write.data));
		expect(problems.map(formatProblem)).toEqual([]);
		const doc = corpus!.documents.find((d) => d.file === NAME)!;
		expect(doc).toMatchObject({ date: '2022-02-08', format: 'call', level: 'leaders' });
		expect(doc.provenance).toMatchObject({ date: 'extracted', format: 'extracted' });
		expect(doc.participants.map((p) => p.id)).toEqual(['justin-trudeau', 'kishida-fumio']);
	});

	it('refuses the same page on a second run, naming the file that holds it', async () => {
		const { second, after } = await writeRuns;
		expect(second.code).toBe(1);
		expect(lines(second.stderr)).toEqual([
			`${WRITE_ARGS.at(-1)}: url: https://pm.gc.ca/en/news/readouts/2022/02/08/saved-on-windows is already in the corpus: ${join(write.sources, NAME)} holds it (--url https://pm.gc.ca/en/news/readouts/2022/02/08/saved-on-windows) — this page is saved already: review that file, or remove it first if this copy replaces it`
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
		lang: expect.stringMatching(/^(en|fr|ja)$/),
		excerpt: expect.any(Boolean),
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

	it('--json through `npm run -s ingest` (as the README says) parses, for the 2024 meeting in Montreal', async () => {
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

describe('hostile input on the command line: one line per problem, nothing written', SLOW, () => {
	it('refuses control characters in --url, --title and --issuer, each on one line', async () => {
		const r = await controlRun;
		expect(r.code).toBe(1);
		expect(lines(r.stderr)).toEqual([
			`${hostilePage}: title: contains U+000D (a line break), which a one-line fact cannot hold (--title "Foreign Ministers\\r meet") — give the value on one line, without control characters`,
			`${hostilePage}: issuer: contains U+001B (a control character), which a one-line fact cannot hold (--issuer "Ministry of Foreign Affairs\\u001b[2J") — give the value on one line, without control characters`,
			`${hostilePage}: url: contains U+000A (a line break), which a one-line fact cannot hold (--url "https://www.mofa.go.jp/na/na1/ca/page.html\\nissuer: forged") — give the value on one line, without control characters`
		]);
		expect(listing(hostile.sources)).toEqual(ORIGINAL);
	});

	it('refuses --published in 1999 and in 2099', async () => {
		for (const [i, year] of ['1999-12-31', '2099-01-01'].entries()) {
			const r = await dateRuns[i]!;
			expect(r.code).toBe(1);
			expect(lines(r.stderr)).toEqual([
				expect.stringMatching(
					new RegExp(
						`^${escape(hostilePage)}: published: ${year} is not a date from 2000-01-01 to \\d{4}-\\d{2}-\\d{2} \\(a year from today\\) \\(--published ${year}\\) — check the year$`
					)
				)
			]);
		}
		expect(listing(hostile.sources)).toEqual(ORIGINAL);
	});

	it('strips bidi controls with a warning, and writes --lang, --excerpt, --via, --original', async () => {
		const r = await bidiRun;
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(
			/ {4}- removed 4 bidirectional control character\(s\) \(U\+202E, U\+202C, U\+2066, U\+2069\) .*the file is written without them/
		);
		expect(r.stdout).toContain('  language:     en  (given)\n');
		expect(r.stdout).toContain('  excerpt:      yes');
		const [name] = listing(bidi.sources).filter((n) => !ORIGINAL.includes(n));
		const text = readFileSync(join(bidi.sources, name!), 'utf8');
		expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
		expect(text).toContain('\nvia: A mirror of MOFA pages\n');
		expect(text).toContain(
			'\noriginal: https://www.mofa.go.jp/na/na1/ca/pageite_000001_00109.html\nlang: en\nexcerpt: true\n# extracted'
		);
		expect(text.endsWith(`\n---\n${KAMIKAWA}`)).toBe(true);
		const { broken } = corpusInvariants(dataFiles(bidi.data), rawSources(bidi.data));
		expect(broken).toEqual([]);
	});
});

describe('paths relative to the folder the user is in', SLOW, () => {
	it('reads FILE and --data from the folder `npm run` was started in', async () => {
		const r = await relativeRun;
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const added = listing(rel.sources).filter((n) => !ORIGINAL.includes(n));
		expect(added).toEqual(['2024-01-13-foreign-ministers-meet-relative-path.md']);
		expect(r.stdout).toContain(`page.txt → ${join('../data/sources', added[0]!)}`);
		expect(r.stdout).toContain(`Wrote ${join('../data/sources', added[0]!)}`);
	});

	it('takes the folder from INIT_CWD, not from the package root it runs in', async () => {
		const r = await initCwdRun;
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('saved/page.txt → data/sources/2024-01-13-');
		expect(relative(ROOT, rel.dir)).not.toBe('');
	});
});

describe('an interrupted batch', SLOW, () => {
	for (const { signal, at, run: interruptedRun } of interrupted)
		it(`leaves no file behind on ${signal} between two writes`, async () => {
			const r = await interruptedRun;
			// Every file was on disk under a temporary name before the first took its name.
			expect(r.stderr).toContain('test: 3 temporary files at the first link\n');
			expect(r.stderr).toContain(`ingest: interrupted (${signal}): nothing written\n`);
			expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
			expect(r.stdout).not.toContain('Wrote');
			expect(listing(at.sources)).toEqual(ORIGINAL);
			expect(hidden(at.sources)).toEqual([]);
		});
});

describe('npm', SLOW, () => {
	it('prints its own errors: `npm run no-such-script`', async () => {
		const r = await noSuchScript;
		expect(r.code).not.toBe(0);
		expect(r.stderr).toContain('Missing script: "no-such-script"');
	});
});

describe('adding a document as the README says keeps the tests over data/ green', SLOW, () => {
	it('the README gives an `npm run ingest -- --dry-run` command for one saved page', () => {
		expect(command.slice(0, 5)).toEqual(['npm', 'run', 'ingest', '--', '--dry-run']);
		for (const option of Object.keys(FACTS_OF_README)) expect(command).toContain(option);
		expect(HOW_TO).toContain('Run it again without `--dry-run`');
		expect(HOW_TO).toContain('`npm run check:data`');
	});

	it('the dry run reports the readout and writes nothing', async () => {
		const { before, dryRun, afterDry } = await readmeRuns;
		expect(dryRun.code).toBe(0);
		expect(dryRun.stdout).toContain('  date:         2026-11-20  (from "Today")\n');
		expect(dryRun.stdout).toContain('  format:       call\n');
		expect(dryRun.stdout).toContain(
			'  participants: Mark Carney (Prime Minister of Canada); Takaichi Sanae'
		);
		expect(dryRun.stdout).toContain('Dry run: nothing written.');
		expect(afterDry).toEqual(before);
	});

	it('the real run writes one file, and check:data accepts the corpus', async () => {
		const { before, real, check } = await readmeRuns;
		expect(real.stderr).toBe('');
		expect(real.code).toBe(0);
		const added = listing(live.sources).filter((n) => !before.includes(n));
		expect(added).toEqual([
			expect.stringMatching(
				/^2026-11-20-prime-minister-carney-speaks-with-prime-minister-of-japan-[a-z-]+\.md$/
			)
		]);
		expect(real.stdout).toContain(`Wrote ${join(live.data, 'sources', added[0]!)}`);
		expect(check.code).toBe(0);
	});

	it('the corpus with it keeps every invariant, and the data tests pass on it', async () => {
		const { dataTests } = await readmeRuns;
		const { corpus, broken } = corpusInvariants(dataFiles(live.data), rawSources(live.data));
		expect(broken).toEqual([]);
		const doc = corpus!.documents.find((d) => d.url === FACTS_OF_README['--url'])!;
		expect(doc).toMatchObject({ date: '2026-11-20', format: 'call', level: 'leaders', lang: 'en' });
		expect(corpus!.events.some((e) => e.sources.includes(doc.file))).toBe(true);
		expect(dataTests.code, dataTests.stdout + dataTests.stderr).toBe(0);
		expect(dataTests.stdout).toMatch(/Tests\s+\d+ passed/);
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

	it('removes every temporary file when a write fails midway, and writes none', () => {
		const dir = mkdtempSync(join(work, 'commit-'));
		// The second temporary name is taken by a folder: its write fails after the first succeeded.
		mkdirSync(tempName(dir, 'f.md'));
		const failed = commitWrites(dir, [
			{ name: 'e.md', text: 'E' },
			{ name: 'f.md', text: 'F' },
			{ name: 'g.md', text: 'G' }
		]);
		expect(failed.written).toEqual([]);
		expect(failed.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/f\.md: could not be written \(E\w+\): nothing was written$/)
		]);
		expect(readdirSync(dir)).toEqual([`.f.md.${process.pid}.tmp`]);
		expect(existsSync(tempName(dir, 'e.md'))).toBe(false);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
