/**
 * `npm test`: every check the project has, side by side instead of one after the other.
 *
 *   node scripts/run-tests.js
 *
 * The messages are compiled and SvelteKit's types generated once, first (each step reads them).
 * Then the site is built, and beside it the sites some browser tests need of their own (other data,
 * a sub-folder: tests/support/test-sites.ts), and the browser tests run on them, while the type
 * check, the formatter, eslint and the unit tests run beside them at a lower priority: the
 * browser tests wait on frames and idle periods for a third of their time, and the other steps
 * fill that time instead of running before them. Each step is a script of package.json (but
 * test:sites, which only this runs), run as npm runs it (its text, in a shell, with
 * node_modules/.bin on the PATH), so `npm run <step>` alone does the same.
 *
 * Output: the browser tests as they go; every other step's output whole, when it ends; then how
 * long each step took. Exit status 1 if any step failed (the others still run to the end, so one
 * run shows every failure).
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The browser tests' own sites, built beside the main build rather than by the first test of each
 * spec in a worker: there a build held a worker for its length and kept the spec's tests in that
 * worker (one build per spec), to run one after another at the end of the run.
 */
const TEST_SITES = join(ROOT, 'node_modules', '.cache', 'cjt-test-sites');
/** The package's scripts, and the step only npm test runs. */
const SCRIPTS = {
	...JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts,
	'test:sites': `tsx tests/support/build-test-sites.ts ${JSON.stringify(TEST_SITES)}`
};

/** How much lower the side steps run (nice): the build and the browser tests go first. */
const SIDE_PRIORITY = 10;

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const env = {
	...process.env,
	PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
	// Output goes through a pipe: keep the colours a terminal would have shown.
	...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {})
};

/**
 * Runs the package script `name`. `live`: print its lines as they come (else all at the end).
 * `extra`: more environment.
 * @param {string} name
 * @param {{ live?: boolean, side?: boolean, extra?: NodeJS.ProcessEnv }} [how]
 * @returns {Promise<{ name: string, ok: boolean, seconds: number }>}
 */
function step(name, { live = false, side = false, extra = {} } = {}) {
	const script = SCRIPTS[name];
	if (!script) throw new Error(`package.json has no script "${name}"`);
	const started = performance.now();
	return new Promise((done) => {
		// Its own process group, so that Ctrl-C can end all it started. A side step runs under
		// nice, which its children inherit.
		const argv = ['sh', '-c', script];
		const child = spawn(
			side ? 'nice' : argv[0],
			side ? ['-n', String(SIDE_PRIORITY), ...argv] : argv.slice(1),
			{
				cwd: ROOT,
				env: { ...env, ...extra },
				detached: true,
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		running.add(child);
		/** @type {Buffer[]} */
		const output = [];
		let partial = '';
		const take = (/** @type {Buffer} */ chunk) => {
			if (!live) return void output.push(chunk);
			// Whole lines only, so that another step's output never lands inside one.
			const lines = (partial + chunk.toString()).split('\n');
			partial = lines.pop() ?? '';
			if (lines.length) process.stdout.write(lines.join('\n') + '\n');
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		const finish = (/** @type {boolean} */ ok, /** @type {string} */ why = '') => {
			running.delete(child);
			const seconds = (performance.now() - started) / 1000;
			if (partial) process.stdout.write(partial + '\n');
			const mark = ok ? '✓' : '✗';
			process.stdout.write(
				`\n── ${mark} ${name} (${seconds.toFixed(0)} s)${why ? `: ${why}` : ''}\n` +
					(live ? '' : Buffer.concat(output).toString()) +
					'\n'
			);
			done({ name, ok, seconds });
		};
		child.on('error', (e) => finish(false, e.message));
		child.on('close', (code, signal) =>
			finish(code === 0, code === 0 ? '' : signal ? `ended by ${signal}` : `exit status ${code}`)
		);
	});
}

function stopAll() {
	for (const child of running)
		try {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => {
		stopAll();
		process.exit(130);
	});

const started = performance.now();
/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const results = [];
const record = async (/** @type {Promise<{ name: string, ok: boolean, seconds: number }>} */ r) =>
	results.push(await r);

// Everything reads the compiled messages, and the type check and the build both generate
// SvelteKit's types into .svelte-kit/: done once, before any of them starts.
await record(step('i18n'));
await record(step('test:sync'));
if (results.every((r) => r.ok))
	await Promise.all([
		// The build writes SvelteKit's output to .svelte-kit-build/ (package.json test:build):
		// vitest loads Kit's Vite plugin too, which rewrites .svelte-kit/generated/ with a new
		// version name as it starts; sharing the folder, a page of the build and its scripts
		// named different versions, and the page failed to start.
		(async () => {
			const built = await Promise.all([step('test:build'), step('test:sites')]);
			results.push(...built);
			if (built.every((r) => r.ok))
				await record(step('test:browser', { live: true, extra: { CJT_TEST_SITES: TEST_SITES } }));
		})(),
		record(step('test:types', { side: true })),
		record(step('test:format', { side: true })),
		record(step('test:eslint', { side: true })),
		record(step('test:vitest', { side: true }))
	]);

rmSync(TEST_SITES, { recursive: true, force: true });
const total = (performance.now() - started) / 1000;
const failed = results.filter((r) => !r.ok);
console.log('Steps (wall time, side by side):');
for (const r of results)
	console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(14)} ${r.seconds.toFixed(0).padStart(4)} s`);
console.log(`  npm test: ${total.toFixed(0)} s${failed.length ? `, ${failed.length} failed` : ''}`);
process.exit(failed.length ? 1 : 0);
