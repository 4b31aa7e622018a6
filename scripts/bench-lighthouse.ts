/**
 * npm run bench:lighthouse
 *
 * Lighthouse 12.8 (the last line that runs on Node 20), with its mobile defaults (a mid-range
 * phone's screen, simulated slow 4G and a 4× slower CPU), on the built site served gzipped from
 * loopback as a static host would send it (scripts/support/static-server.js with `gzip`).
 *
 * Four pages (`--pages` names fewer): `/`, `/present/`, the newest event's page (read from the
 * build's data/events.json, so it is never an id that has gone) and `/record/`. Each is run
 * `--runs` times (default 3), each run in a fresh Chromium (Debian's, with the flags the tests
 * use), and the best run is reported: the one with the highest performance score (on a tie, the
 * lowest TBT). Its figures are reported together, so that they describe one page load: performance score,
 * FCP, LCP, TBT, CLS, Speed Index, accessibility score and the bytes transferred, each against
 * the targets of issue 12 (performance ≥ 0.95, TBT ≤ 150 ms, LCP ≤ 2.5 s, CLS 0,
 * accessibility 1.0), saying met or NOT met.
 *
 * Simulated throttling computes the figures from the page's own trace: a busy machine lengthens
 * the tasks it sees, so TBT and the score drop under load. The report gives the load average and
 * Lighthouse's own CPU benchmark index, and a side-by-side run takes turns (every page on the
 * base, then on the current tree, run after run) so that both meet the same load.
 *
 *   npm run bench:lighthouse                          build the working tree, measure it
 *   npm run bench:lighthouse -- --site <folder>       measure a site built before (build/)
 *   npm run bench:lighthouse -- --base <ref>          commit <ref> and the working tree, side by side
 *   npm run bench:lighthouse -- --base <ref> --site build    … the working tree's side built already
 *   npm run bench:lighthouse -- --runs 5              best of 5
 *   npm run bench:lighthouse -- --pages /present/,event     only those pages (/, /present/, event, /record/)
 *
 * Progress goes to stderr, the report (a markdown table and notes) to stdout. Figures are
 * reported, not enforced: it exits 0 whether or not a target is met, and non-zero only when
 * something could not be measured (a build fails, a page is missing, Lighthouse errs).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { cleanUps, HarnessError, progress, runBenchmark, within } from './support/bench-harness';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.js';
import { addWorktree } from './support/git-worktree';
import { ROOT, viteBuild } from './support/site-build';
import { serveStatic } from './support/static-server.js';

const RUNS = 3;
const BUILD_TIMEOUT_MS = 30 * 60_000;
/** A run that takes longer has hung (a normal one takes under a minute on a busy machine). */
const RUN_TIMEOUT_MS = 5 * 60_000;

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

// ------------------------------------------------------------------------------- the figures

/** One Lighthouse run's figures; times in ms, bytes as transferred. */
interface Figures {
	performance: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	accessibility: number;
	bytes: number;
	/** Lighthouse's CPU benchmark of the machine during the run (higher is faster). */
	benchmarkIndex: number;
	lighthouseVersion: string;
	/** Accessibility audits that failed: id, and the elements they name. */
	accessibilityFailures: { id: string; items: string[] }[];
}

interface Metric {
	key: keyof Omit<Figures, 'accessibilityFailures' | 'benchmarkIndex' | 'lighthouseVersion'>;
	name: string;
	format: (v: number) => string;
	/** The target, as a reader sees it, and whether a value meets it; none: reported only. */
	target?: { text: string; met: (v: number) => boolean };
}

const score = (v: number) => v.toFixed(2);
const time = (v: number) => (v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`);
const kb = (v: number) => `${Math.round(v / 1024)} KB`;

const METRICS: Metric[] = [
	{
		key: 'performance',
		name: 'performance',
		format: score,
		target: { text: '≥ 0.95', met: (v) => v >= 0.95 }
	},
	{ key: 'fcp', name: 'FCP', format: time },
	{
		key: 'lcp',
		name: 'LCP',
		format: time,
		target: { text: '≤ 2.5 s', met: (v) => v <= 2500 }
	},
	{
		key: 'tbt',
		name: 'TBT',
		format: time,
		target: { text: '≤ 150 ms', met: (v) => v <= 150 }
	},
	{
		key: 'cls',
		name: 'CLS',
		// Lighthouse shows CLS to three decimals: a shift that rounds to 0 is 0 in its report and
		// meets the target, but its figure is printed, so that it is not hidden.
		format: (v) => (v === 0 ? '0' : v < 0.0005 ? v.toPrecision(2) : v.toFixed(3)),
		target: { text: '0', met: (v) => v < 0.0005 }
	},
	{ key: 'speedIndex', name: 'Speed Index', format: time },
	{
		key: 'accessibility',
		name: 'accessibility',
		format: score,
		target: { text: '1.0', met: (v) => v === 1 }
	},
	{ key: 'bytes', name: 'transfer (gzip)', format: kb }
];

function numeric(lhr: LighthouseResult, audit: string): number {
	const value = lhr.audits[audit]?.numericValue;
	if (typeof value !== 'number')
		throw new HarnessError(`Lighthouse gave no figure for ${audit} on ${lhr.finalDisplayedUrl}`);
	return value;
}

function categoryScore(lhr: LighthouseResult, id: string): number {
	const value = lhr.categories[id]?.score;
	if (typeof value !== 'number')
		throw new HarnessError(`Lighthouse gave no ${id} score on ${lhr.finalDisplayedUrl}`);
	return value;
}

/** The elements an audit names, by their selector (or the audit's own label when it has none). */
function failedItems(details: unknown): string[] {
	const items = (details as { items?: { node?: { selector?: string; snippet?: string } }[] })
		?.items;
	return (items ?? []).map((i) => i.node?.selector ?? i.node?.snippet ?? '(page)');
}

function figuresOf(lhr: LighthouseResult): Figures {
	const accessibility = lhr.categories.accessibility?.auditRefs ?? [];
	return {
		performance: categoryScore(lhr, 'performance'),
		fcp: numeric(lhr, 'first-contentful-paint'),
		lcp: numeric(lhr, 'largest-contentful-paint'),
		tbt: numeric(lhr, 'total-blocking-time'),
		cls: numeric(lhr, 'cumulative-layout-shift'),
		speedIndex: numeric(lhr, 'speed-index'),
		accessibility: categoryScore(lhr, 'accessibility'),
		bytes: numeric(lhr, 'total-byte-weight'),
		benchmarkIndex: lhr.environment.benchmarkIndex,
		lighthouseVersion: lhr.lighthouseVersion,
		accessibilityFailures: accessibility
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a !== undefined && a.score === 0)
			.map((a) => ({ id: a!.id, items: failedItems(a!.details) }))
	};
}

/** The run the report keeps: the best performance score, then the shortest TBT. */
function bestRun(runs: Figures[]): Figures {
	return runs.reduce((best, r) =>
		r.performance > best.performance || (r.performance === best.performance && r.tbt < best.tbt)
			? r
			: best
	);
}

// ----------------------------------------------------------------------------- a Lighthouse run

/** One Lighthouse run on `url`, in a Chromium of its own (no cache, no state from a run before). */
async function runLighthouse(url: string, chromes: Set<LaunchedChrome>): Promise<Figures> {
	const chrome = await launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'silent'
	});
	chromes.add(chrome);
	try {
		const result = await within(
			lighthouse(url, {
				port: chrome.port,
				logLevel: 'error',
				// Both categories the targets name; the others' audits would only add minutes.
				onlyCategories: ['performance', 'accessibility']
			}),
			RUN_TIMEOUT_MS,
			`Lighthouse on ${url}`
		);
		if (!result) throw new HarnessError(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError)
			throw new HarnessError(
				`Lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
			);
		return figuresOf(lhr);
	} finally {
		chromes.delete(chrome);
		chrome.kill();
	}
}

// --------------------------------------------------------------------------------- the sites

interface Site {
	label: string;
	dir: string;
	url: string;
	/** The four pages, as paths under the site's root. */
	pages: string[];
}

/** The newest event that has a page of its own, from the build's own download. */
function newestEventPage(dir: string): string {
	const download = join(dir, 'data', 'events.json');
	if (!existsSync(download))
		throw new HarnessError(`${dir} has no data/events.json to pick an event page from`);
	const { events } = JSON.parse(readFileSync(download, 'utf8')) as {
		events: { id: string; date: string }[];
	};
	const newest = events
		.filter((e) => existsSync(join(dir, 'events', e.id, 'index.html')))
		.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0];
	if (!newest) throw new HarnessError(`${dir} has no event page (events/<id>/index.html)`);
	return `/events/${newest.id}/`;
}

async function buildInto(
	out: string,
	{ label, root, kitDir }: { label: string; root?: string; kitDir: string }
): Promise<void> {
	const t = performance.now();
	progress(`building the ${label} site (vite build)…`);
	try {
		await viteBuild(
			{
				...process.env,
				// At the root of the host, as the pages are measured.
				BASE_PATH: '',
				CJT_BUILD_DIR: out,
				CJT_KIT_DIR: kitDir,
				CJT_PARAGLIDE_DIR: join(ROOT, 'node_modules', '.cache', `cjt-lighthouse-${label}-paraglide`)
			},
			{ label: `${label} site`, timeoutMs: BUILD_TIMEOUT_MS, root }
		);
	} catch (e) {
		throw new HarnessError(e instanceof Error ? e.message : String(e));
	}
	progress(`built the ${label} site in ${seconds(t)}`);
}

/** "HEAD abc1234", and whether the working tree differs from it. */
function describeTree(): string {
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	try {
		const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
		return `the working tree, HEAD ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
	} catch {
		return 'the working tree';
	}
}

// -------------------------------------------------------------------------------- the report

interface Measured {
	site: Site;
	/** Path → its runs' figures, or why it could not be measured. */
	runs: Map<string, Figures[] | { failure: string }>;
}

const PAGE_NAMES = ['/', '/present/', 'event', '/record/'];

function table(
	measured: Measured[],
	wanted: readonly string[],
	out: (line?: string) => void
): { met: number; of: number }[] {
	const head = ['page', 'figure', 'target', ...measured.map((m) => m.site.label)];
	const rows: string[][] = [];
	const tally = measured.map(() => ({ met: 0, of: 0 }));
	for (const [p, name] of PAGE_NAMES.entries()) {
		if (!wanted.includes(name)) continue;
		const paths = measured.map((m) => m.site.pages[p]!);
		// The event page is named by its id, once, when both builds picked the same one.
		const label = name === 'event' ? [...new Set(paths)].join(' / ') : name;
		for (const metric of METRICS) {
			const cells = measured.map((m, i) => {
				const runs = m.runs.get(paths[i]!);
				if (!runs || !Array.isArray(runs)) return 'not measured';
				const value = bestRun(runs)[metric.key];
				const text = metric.format(value);
				if (!metric.target) return text;
				const met = metric.target.met(value);
				tally[i]!.of++;
				if (met) tally[i]!.met++;
				return `${text} ${met ? 'met' : '**NOT met**'}`;
			});
			rows.push([
				metric === METRICS[0] ? label : '',
				metric.name,
				metric.target?.text ?? '',
				...cells
			]);
		}
	}
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	out(line(head));
	out(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) out(line(r));
	return tally;
}

function notes(measured: Measured[], out: (line?: string) => void): void {
	for (const { site, runs } of measured) {
		for (const [path, r] of runs) {
			if (!Array.isArray(r)) {
				out(`- ${site.label} ${path}: not measured: ${r.failure}`);
				continue;
			}
			const best = bestRun(r);
			out(
				`- ${site.label} ${path}: performance by run ${r.map((f) => score(f.performance)).join(', ')}; ` +
					`TBT ${r.map((f) => time(f.tbt)).join(', ')}; CPU benchmark index ${r.map((f) => Math.round(f.benchmarkIndex)).join(', ')}`
			);
			for (const f of best.accessibilityFailures)
				out(
					`  - accessibility: ${f.id} fails on ${f.items.length} element(s): ${f.items.slice(0, 4).join(', ')}${f.items.length > 4 ? ', …' : ''}`
				);
		}
	}
}

// ------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
	const started = performance.now();
	const { values: args } = parseArgs({
		options: {
			site: { type: 'string' },
			base: { type: 'string' },
			runs: { type: 'string' },
			pages: { type: 'string' }
		}
	});
	const wanted = args.pages === undefined ? PAGE_NAMES : args.pages.split(',').map((p) => p.trim());
	const unknown = wanted.filter((p) => !PAGE_NAMES.includes(p));
	if (unknown.length || !wanted.length)
		throw new HarnessError(
			`--pages ${args.pages}: name some of ${PAGE_NAMES.join(', ')}, separated by commas`
		);
	const runs = Number(args.runs ?? RUNS);
	if (!Number.isInteger(runs) || runs < 1 || runs > 10)
		throw new HarnessError(`--runs ${args.runs}: give a whole number from 1 to 10`);
	if (!existsSync(CHROMIUM_PATH))
		throw new HarnessError(`${CHROMIUM_PATH} is missing: run node scripts/ensure-chromium.js`);
	if (args.site && !existsSync(join(args.site, 'index.html')))
		throw new HarnessError(`--site ${args.site}: there is no index.html in that folder`);

	const cleanups = cleanUps('bench:lighthouse');
	const chromes = new Set<LaunchedChrome>();
	cleanups.add(() => {
		for (const c of chromes) c.kill();
	});
	const out = (line = '') => process.stdout.write(`${line}\n`);

	try {
		const work = mkdtempSync(join(tmpdir(), 'cjt-bench-lighthouse-'));
		cleanups.add(() => rmSync(work, { recursive: true, force: true }));
		const folders: { label: string; dir: string }[] = [];
		const header: string[] = [];
		if (args.base !== undefined) {
			const tree = (() => {
				try {
					return addWorktree(ROOT, args.base, { name: 'lighthouse-base' });
				} catch (e) {
					throw new HarnessError(`--base ${args.base}: ${e instanceof Error ? e.message : e}`);
				}
			})();
			cleanups.add(() => tree.remove());
			const label = `base ${tree.short}`;
			const subject = tree.subject.length > 100 ? `${tree.subject.slice(0, 99)}…` : tree.subject;
			header.push(`- ${label}: "${subject}"`);
			const dir = join(work, 'build-base');
			// The old checkout builds in its own .svelte-kit/, which its tsconfig.json extends.
			await buildInto(dir, {
				label: 'base',
				root: tree.dir,
				kitDir: join(tree.dir, '.svelte-kit')
			});
			folders.push({ label, dir });
		}
		if (args.site) {
			header.push(`- ${args.site}: the site in that folder, as built`);
			folders.push({ label: args.site, dir: args.site });
		} else {
			const dir = join(work, 'build-current');
			// SvelteKit's generated files import from node_modules, so its folder stays in the
			// project; node_modules/.cache is ignored by git, the linters and the formatter.
			const kitDir = join(ROOT, 'node_modules', '.cache', `cjt-lighthouse-kit-${process.pid}`);
			cleanups.add(() => rmSync(kitDir, { recursive: true, force: true }));
			header.push(`- current: ${describeTree()}`);
			await buildInto(dir, { label: 'current', kitDir });
			folders.push({ label: 'current', dir });
		}

		const sites: Site[] = [];
		for (const { label, dir } of folders) {
			const server = await serveStatic({ dir, base: '', gzip: true });
			cleanups.add(() => server.close());
			sites.push({
				label,
				dir,
				url: server.url,
				pages: ['/', '/present/', newestEventPage(dir), '/record/']
			});
		}

		const measured: Measured[] = sites.map((site) => ({ site, runs: new Map() }));
		// Run after run, every page on every site in turn: a change in the machine's load
		// meets each build alike.
		for (let run = 1; run <= runs; run++)
			for (const [p, name] of PAGE_NAMES.entries()) {
				if (!wanted.includes(name)) continue;
				for (const m of measured) {
					const path = m.site.pages[p]!;
					const earlier = m.runs.get(path);
					// A page that failed once is not tried again: its failure stands in the report.
					if (earlier && !Array.isArray(earlier)) continue;
					const t = performance.now();
					try {
						const figures = await runLighthouse(new URL(path.slice(1), m.site.url).href, chromes);
						m.runs.set(path, [...(earlier ?? []), figures]);
						progress(
							`${m.site.label} ${path} run ${run}/${runs}: performance ${score(figures.performance)}, TBT ${time(figures.tbt)} (${seconds(t)})`
						);
					} catch (e) {
						const failure = e instanceof Error ? e.message : String(e);
						m.runs.set(path, { failure });
						progress(`${m.site.label} ${path}: not measured: ${failure}`);
					}
				}
			}

		const version = measured
			.flatMap((m) => [...m.runs.values()])
			.flatMap((r) => (Array.isArray(r) ? r : []))[0]?.lighthouseVersion;
		out(`## Lighthouse ${version ?? '(no run finished)'}, mobile defaults, best of ${runs}`);
		out();
		out(
			`Served gzipped from loopback; Debian's Chromium (${CHROMIUM_PATH}); load average ${loadavg()[0]!.toFixed(2)} at the end, on ${cpus().length} cores.`
		);
		out();
		for (const h of header) out(h);
		out();
		const tally = table(measured, wanted, out);
		out();
		out(
			`Targets met: ${measured.map((m, i) => `${m.site.label} ${tally[i]!.met} of ${tally[i]!.of}`).join('; ')}.`
		);
		out();
		out('Notes (every run, in order; the failed accessibility audits of the run kept):');
		out();
		notes(measured, out);
		out();
		out(`Total: ${seconds(started)}.`);
		const failed = measured.flatMap((m) =>
			[...m.runs].filter(([, r]) => !Array.isArray(r)).map(([path]) => `${m.site.label} ${path}`)
		);
		if (failed.length)
			throw new HarnessError(
				`${failed.length} page(s) could not be measured: ${failed.join(', ')}`
			);
	} finally {
		await cleanups.run();
	}
}

runBenchmark('bench:lighthouse', main);
