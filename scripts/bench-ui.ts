/**
 * npm run bench:ui
 *
 * Times the home page on a corpus of 10,000 events, in Debian's Chromium at 1280×720:
 *
 * 1. Generates the corpus in a temporary folder: a copy of data/ (the YAML files and the real
 *    sources) plus short synthetic documents over 2021-01 … 2026-06, each one event of its own.
 * 2. Builds the site from it with `CJT_DATA_DIR=<tmp> CJT_BENCH=1 vite build` into a temporary
 *    folder (CJT_BUILD_DIR, CJT_KIT_DIR): build/ and .svelte-kit/ are left alone. CJT_BENCH=1
 *    asks the app not to prerender the 10,000 event pages.
 * 3. Serves it and reads the page's own marks: `cjt:interactive` (hydrated, timeline drawn),
 *    `cjt:timeline-updated` (after a filter change), `cjt:charts-updated` (every chart recomputed
 *    and redrawn after a filter change), `cjt:range-applied` (after a zoom or range change). Each scenario clicks an element and times, in the page, from just before the click
 *    to the next mark (the figure compared with the target), and to the end of the frame after
 *    it (reported too: a mark set before the browser restyles and paints leaves that out).
 *
 * Each scenario runs on a fresh page (reduced motion, so that moves are not animated); progress
 * goes to stderr, the report to stdout. The figures are reported against the targets, not
 * enforced: it exits 0 whether or not a target is met, and non-zero only when something could not
 * be measured (the build fails, an element or a mark is missing, the page stops answering).
 *
 *   npm run bench:ui                           generate, build, measure
 *   npm run bench:ui -- --build-dir <folder>   … and keep the built site in <folder> (new)
 *   npm run bench:ui -- --site <folder>        measure a site built before (skips steps 1–2)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildCorpus } from '../src/lib/corpus/corpus';
import { readDataFiles, readSources } from '../src/lib/server/corpus';
import { viteBuild } from './support/site-build';
import { serveStatic } from './support/static-server.js';
import {
	makeEventDocument,
	mulberry32,
	planEvents,
	readSyntheticReference,
	writeCorpus
} from './synthetic-corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVENTS = 10_000;
const FROM = '2021-01-01';
const TO = '2026-06-30';
const SEED = 20260306;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const VIEWPORT = { width: 1280, height: 720 };
const BUILD_TIMEOUT_MS = 30 * 60_000;
const LOAD_TIMEOUT_MS = 60_000;
const MARK_TIMEOUT_MS = 10_000;
const PAGE_LOADS = 5;

const MARKS = {
	interactive: 'cjt:interactive',
	timelineUpdated: 'cjt:timeline-updated',
	chartsUpdated: 'cjt:charts-updated',
	rangeApplied: 'cjt:range-applied'
} as const;

/** The harness cannot go on; the message says what is missing or broken. */
class HarnessError extends Error {}

/** Progress goes to stderr, so that stdout is the report alone. */
const progress = (line: string) => process.stderr.write(`  … ${line}\n`);

/**
 * `promise`, or a HarnessError after `ms`. A page whose main thread is stuck answers nothing, not
 * even the timers it set itself, so every wait on the page is bounded from here.
 */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, fail) => {
		timer = setTimeout(
			() =>
				fail(
					new HarnessError(
						`${what}: no answer from the page within ${ms / 1000} s (its main thread may be stuck)`
					)
				),
			ms
		);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------------------ statistics

interface Summary {
	median: number;
	p90: number;
	min: number;
	max: number;
	n: number;
}

function summarize(values: readonly number[]): Summary {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return {
		median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
		// Nearest rank.
		p90: s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)]!,
		min: s[0]!,
		max: s.at(-1)!,
		n: s.length
	};
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
const formatSummary = (s: Summary) =>
	`median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)} (n=${s.n})`;
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-CA');

// ---------------------------------------------------------------------------- 1. the corpus

interface GeneratedCorpus {
	/** Events the pipeline must find: the real ones plus one per synthetic document. */
	expectedEvents: number;
	realDocuments: number;
	realEvents: number;
	syntheticFiles: Set<string>;
}

function generateCorpus(dataDir: string): GeneratedCorpus {
	const real = buildCorpus(readDataFiles('data'), readSources('data'));
	if (!real.corpus)
		throw new HarnessError(
			`data/ itself does not build (run npm run check:data):\n${real.problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`
		);
	const { documents, events } = real.corpus;
	const random = mulberry32(SEED);
	const reference = readSyntheticReference('data');
	const plan = planEvents(reference, random, {
		count: EVENTS - events.length,
		from: FROM,
		to: TO,
		// Real documents keep their events to themselves: no synthetic one within a day of them.
		avoid: documents.map((d) => d.date)
	});
	const names = writeCorpus(
		'data',
		dataDir,
		plan.map((e) => makeEventDocument(reference, random, e))
	);
	return {
		expectedEvents: events.length + plan.length,
		realDocuments: documents.length,
		realEvents: events.length,
		syntheticFiles: new Set(names)
	};
}

// ----------------------------------------------------------------------------- 2. the build

async function benchBuild(env: NodeJS.ProcessEnv): Promise<void> {
	try {
		await viteBuild(env, { label: 'benchmark site', timeoutMs: BUILD_TIMEOUT_MS });
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		throw new HarnessError(
			message.includes('did not finish')
				? `${message}. If it is prerendering one page per event, CJT_BENCH=1 is not honoured yet ` +
						'(the routes should skip them).'
				: message
		);
	}
}

interface BuildFacts {
	events: number;
	/** Events with more than one synthetic source: documents the pipeline grouped. */
	grouped: { id: string; sources: string[] }[];
	eventPages: number;
	homeBytes: number;
	/** Marks the client code never names: the page cannot set them. */
	missingMarks: string[];
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

function inspectBuild(out: string, corpus: GeneratedCorpus): BuildFacts {
	const download = join(out, 'data', 'events.json');
	if (!existsSync(download))
		throw new HarnessError(`the build has no data/events.json to count its events from`);
	const json = JSON.parse(readFileSync(download, 'utf8')) as {
		events: { id: string; sources: { file: string }[] }[];
	};
	const grouped = json.events
		.map((e) => ({ id: e.id, sources: e.sources.map((s) => s.file) }))
		.filter((e) => e.sources.filter((f) => corpus.syntheticFiles.has(f)).length > 1);
	const eventsDir = join(out, 'events');
	const eventPages = existsSync(eventsDir)
		? readdirSync(eventsDir).filter((n) => existsSync(join(eventsDir, n, 'index.html'))).length
		: 0;
	const client = files(out)
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	return {
		events: json.events.length,
		grouped,
		eventPages,
		homeBytes: statSync(join(out, 'index.html')).size,
		missingMarks: Object.values(MARKS).filter((m) => !client.includes(m))
	};
}

// ------------------------------------------------------------------------- 3. measurements

/** What to do in the page to start the clock. Only clicks so far; the union leaves room. */
type PageAction = { click: string };

interface Timing {
	/** From just before the action to the mark, by the mark's own timestamp. */
	mark: number;
	/** To the end of the first frame after the mark: the style, layout and paint it caused. */
	frame: number;
}

/**
 * Runs `action` in the page and times it from just before (performance.now() in the page) to the
 * next `markName` mark. The mark's own timestamp is used, so the observer's delivery delay does
 * not count.
 */
async function measure(page: Page, markName: string, action: PageAction): Promise<Timing> {
	// No named functions inside: tsx would wrap them in a helper (__name) the page does not have.
	const answer = page.evaluate(
		({ markName, selector, timeoutMs }) =>
			new Promise<Timing | { error: string }>((resolve) => {
				const target = document.querySelector(selector);
				if (!(target instanceof HTMLElement)) {
					resolve({ error: `no element matches ${selector}` });
					return;
				}
				let t0 = Infinity;
				const observer = new PerformanceObserver((list) => {
					const hit = list.getEntriesByName(markName).find((e) => e.startTime >= t0);
					if (!hit) return;
					observer.disconnect();
					clearTimeout(timer);
					const mark = hit.startTime - t0;
					// A task queued from requestAnimationFrame runs once that frame is rendered.
					requestAnimationFrame(() =>
						setTimeout(() => resolve({ mark, frame: performance.now() - t0 }), 0)
					);
				});
				observer.observe({ type: 'mark' });
				const timer = setTimeout(() => {
					observer.disconnect();
					resolve({
						error: `the page set no performance.mark('${markName}') within ${timeoutMs} ms of clicking ${selector}`
					});
				}, timeoutMs);
				t0 = performance.now();
				target.click();
			}),
		{ markName, selector: action.click, timeoutMs: MARK_TIMEOUT_MS }
	);
	const result = await within(answer, MARK_TIMEOUT_MS + 20_000, `clicking ${action.click}`);
	if ('error' in result) throw new HarnessError(result.error);
	// Let the page finish the frame (and any work queued behind the mark) before the next action.
	await settle(page);
	return result;
}

function settle(page: Page): Promise<void> {
	return within(
		page.evaluate(
			() =>
				new Promise<void>((r) =>
					requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))
				)
		),
		30_000,
		'waiting for the page to settle'
	);
}

/** A repeated interaction, timed from a click to the next `mark`, on a fresh page each. */
interface Scenario {
	name: string;
	mark: string;
	/** The median must stay under this; null: reported only. */
	targetMs: number | null;
	runs: number;
	/** Runs done first and not counted (first use of a code path, caches). */
	warmup: number;
	/** The click of run i, from what the page offers; a HarnessError when it lacks something. */
	plan: (page: Page) => Promise<(i: number) => PageAction>;
	/** Something to check after the runs, reported as a note. */
	check?: (page: Page) => Promise<string>;
	/** Names of alternating kinds of run (run i is kind i % n), each reported on its own. */
	kinds?: string[];
}

async function requireElements(page: Page, selectors: string[]): Promise<void> {
	for (const sel of selectors)
		if (!(await page.$(sel))) throw new HarnessError(`the home page has no ${sel} element`);
}

/** Clicks on the theme toggles, each theme twice: pairs of runs leave the filter as found. */
async function themeToggles(page: Page): Promise<(i: number) => PageAction> {
	const themes = await page.$$eval('[data-theme-toggle]', (els) =>
		els.map((e) => e.getAttribute('data-theme-toggle') ?? '')
	);
	if (!themes.length) throw new HarnessError('the home page has no [data-theme-toggle] elements');
	return (i) => ({ click: `[data-theme-toggle="${themes[Math.floor(i / 2) % themes.length]}"]` });
}

const SCENARIOS: Scenario[] = [
	{
		name: 'theme filter change (click → cjt:timeline-updated)',
		mark: MARKS.timelineUpdated,
		targetMs: 100,
		runs: 20,
		warmup: 2,
		plan: themeToggles,
		kinds: ['1st click on a theme', '2nd click on it']
	},
	{
		// The same clicks as the timeline figure above, timed to the charts' own mark: the page
		// sets it once every chart has been recomputed and redrawn for the new filter.
		name: 'charts: recompute and redraw all charts after a filter change (click → cjt:charts-updated)',
		mark: MARKS.chartsUpdated,
		targetMs: 50,
		runs: 20,
		warmup: 2,
		plan: themeToggles,
		kinds: ['1st click on a theme', '2nd click on it']
	},
	{
		name: 'zoom step (click → cjt:range-applied)',
		mark: MARKS.rangeApplied,
		targetMs: 50,
		runs: 20,
		warmup: 2,
		plan: async (page) => {
			await requireElements(page, ['[data-zoom="in"]', '[data-zoom="out"]']);
			// In first: at the full range, "out" may have nothing to do.
			return (i) => ({ click: `[data-zoom="${i % 2 ? 'out' : 'in'}"]` });
		},
		kinds: ['in', 'out'],
		check: async (page) => {
			const label = () =>
				page.$eval('[data-range-label]', (e) => e.textContent?.trim() ?? '').catch(() => null);
			const before = await label();
			await measure(page, MARKS.rangeApplied, { click: '[data-zoom="in"]' });
			const after = await label();
			if (before === null) return 'no [data-range-label] on the page';
			if (before === after) return `the range label did not change on zooming in ("${before}")`;
			return `range label on one zoom in: "${before}" → "${after}"`;
		}
	},
	{
		name: 'year button, 2024 ↔ all (click → cjt:range-applied)',
		mark: MARKS.rangeApplied,
		targetMs: null,
		runs: 10,
		warmup: 2,
		plan: async (page) => {
			await requireElements(page, ['[data-year="2024"]', '[data-year="all"]']);
			return (i) => ({ click: `[data-year="${i % 2 ? 'all' : '2024'}"]` });
		},
		kinds: ['2024', 'all']
	}
];

async function runScenario(page: Page, s: Scenario): Promise<Timing[]> {
	const action = await s.plan(page);
	const times: Timing[] = [];
	for (let i = 0; i < s.warmup + s.runs; i++) {
		const which =
			i < s.warmup ? `warm-up ${i + 1}/${s.warmup}` : `run ${i - s.warmup + 1}/${s.runs}`;
		const a = action(i);
		let t: Timing;
		try {
			t = await measure(page, s.mark, a);
		} catch (e) {
			if (e instanceof HarnessError) throw new HarnessError(`${which}: ${e.message}`);
			throw e;
		}
		progress(`${s.name}, ${which}: ${a.click} → ${ms(t.mark)} (next frame ${ms(t.frame)})`);
		if (i >= s.warmup) times.push(t);
	}
	return times;
}

interface PageLog {
	errors: string[];
}

async function openPage(browser: Browser, url: string, log: PageLog) {
	// Reduced motion: zoom and range moves are applied at once, so the mark is not held back by an
	// animation the user would see.
	const context: BrowserContext = await browser.newContext({
		viewport: VIEWPORT,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
	});
	return { context, page };
}

/** Loads `url` in a fresh context and waits for `cjt:interactive`; times from navigation start. */
async function loadUntilInteractive(browser: Browser, url: string, log: PageLog) {
	const { context, page } = await openPage(browser, url, log);
	try {
		await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
		await within(
			page.waitForFunction(
				(mark) => performance.getEntriesByName(mark, 'mark').length > 0,
				MARKS.interactive,
				{ timeout: LOAD_TIMEOUT_MS, polling: 50 }
			),
			LOAD_TIMEOUT_MS + 5_000,
			'loading the home page'
		);
	} catch (e) {
		await context.close();
		const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
		throw new HarnessError(
			`the home page set no performance.mark('${MARKS.interactive}') within ${LOAD_TIMEOUT_MS / 1000} s of loading (${why})` +
				(log.errors.length ? `; page errors:\n  ${log.errors.slice(0, 5).join('\n  ')}` : '')
		);
	}
	const timing = await page.evaluate((mark) => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			interactive: performance.getEntriesByName(mark, 'mark')[0]!.startTime,
			domContentLoaded: nav.domContentLoadedEventEnd,
			load: nav.loadEventEnd
		};
	}, MARKS.interactive);
	return { context, page, timing };
}

interface Result {
	name: string;
	targetMs: number | null;
	summary?: Summary;
	/** Why there is no summary: the page never answered, or lacks an element or a mark. */
	failure?: string;
}

/** Closing a page whose main thread is stuck can itself stall: bounded, and never fatal. */
const close = (context: BrowserContext) =>
	within(context.close(), 30_000, 'closing the page').catch(() => undefined);

async function measureAll(
	url: string,
	log: PageLog
): Promise<{ results: Result[]; notes: string[] }> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const notes: string[] = [];
	try {
		// (a) Time to interactive, over fresh page loads (a new context each: cold cache).
		const loads: { interactive: number; domContentLoaded: number; load: number }[] = [];
		for (let i = 0; i < PAGE_LOADS; i++) {
			const { context, timing } = await loadUntilInteractive(browser, url, log);
			progress(`page load ${i + 1}/${PAGE_LOADS}: interactive at ${ms(timing.interactive)}`);
			loads.push(timing);
			await close(context);
		}
		const results: Result[] = [
			{
				name: 'time to interactive (navigation start → cjt:interactive)',
				targetMs: 1500,
				summary: summarize(loads.map((l) => l.interactive))
			}
		];
		notes.push(
			`DOMContentLoaded median ${ms(summarize(loads.map((l) => l.domContentLoaded)).median)}, load event median ${ms(summarize(loads.map((l) => l.load)).median)}`
		);

		// (b), (c), …: each on a fresh page, so that a page one of them wedges spoils no other.
		for (const s of SCENARIOS) {
			let context: BrowserContext | undefined;
			try {
				const loaded = await loadUntilInteractive(browser, url, log);
				context = loaded.context;
				const times = await runScenario(loaded.page, s);
				const marks = times.map((t) => t.mark);
				results.push({ name: s.name, targetMs: s.targetMs, summary: summarize(marks) });
				const kinds = s.kinds ?? [];
				const kindOf = (i: number) => (s.warmup + i) % kinds.length;
				if (kinds.length > 1)
					notes.push(
						`${s.name}: ${kinds.map((k, j) => `${k} median ${ms(summarize(marks.filter((_, i) => kindOf(i) === j)).median)}`).join(', ')}`
					);
				notes.push(
					`${s.name}, to the end of the next frame after the mark: ${formatSummary(summarize(times.map((t) => t.frame)))}`
				);
				if (s.check) notes.push(await s.check(loaded.page));
			} catch (e) {
				if (!(e instanceof HarnessError)) throw e;
				progress(`${s.name}: ${e.message}`);
				results.push({ name: s.name, targetMs: s.targetMs, failure: e.message });
			} finally {
				if (context) await close(context);
			}
		}
		return { results, notes };
	} finally {
		await within(browser.close(), 30_000, 'closing Chromium').catch(() => undefined);
	}
}

// ------------------------------------------------------------------------------------ main

/** Steps 1 and 2: a corpus in `work`, and the site built from it; returns the site's folder. */
async function buildBenchSite(
	work: string,
	buildDir: string,
	kitDir: string,
	out: (line?: string) => void
): Promise<void> {
	let t = performance.now();
	const dataDir = join(work, 'data');
	const corpus = generateCorpus(dataDir);
	out(
		`  corpus:       ${count(corpus.syntheticFiles.size)} synthetic + ${corpus.realDocuments} real documents in ${seconds(t)}`
	);

	t = performance.now();
	await benchBuild({
		...process.env,
		CJT_DATA_DIR: dataDir,
		CJT_BENCH: '1',
		CJT_BUILD_DIR: buildDir,
		CJT_KIT_DIR: kitDir
	});
	const buildTime = seconds(t);
	const facts = inspectBuild(buildDir, corpus);
	out(
		`  build:        ${buildTime} (home page ${(facts.homeBytes / 1e6).toFixed(2)} MB of HTML; ${count(facts.eventPages)} event pages prerendered${facts.eventPages > 100 ? ': CJT_BENCH=1 is not honoured yet' : ''})`
	);
	out(
		`  events:       ${count(facts.events)} (expected ${count(corpus.expectedEvents)}: ${corpus.realEvents} from the ${corpus.realDocuments} real documents, one per synthetic document)`
	);
	if (facts.events !== corpus.expectedEvents)
		out(
			`  WARNING:      the pipeline found ${count(facts.events)} events, not ${count(corpus.expectedEvents)}`
		);
	if (facts.grouped.length)
		out(
			`  WARNING:      ${facts.grouped.length} event(s) grouped several synthetic documents, e.g.\n${facts.grouped
				.slice(0, 5)
				.map((e) => `                  ${e.id}: ${e.sources.join(', ')}`)
				.join('\n')}`
		);
	if (facts.missingMarks.length)
		throw new HarnessError(
			`the built client code never sets ${facts.missingMarks.map((m) => `'${m}'`).join(', ')}: ` +
				'the home page needs performance.mark() instrumentation before it can be measured'
		);
}

async function main(): Promise<void> {
	const { values: args } = parseArgs({
		options: { site: { type: 'string' }, 'build-dir': { type: 'string' } }
	});
	if (!existsSync(CHROMIUM))
		throw new HarnessError(`${CHROMIUM} is missing: run node scripts/ensure-chromium.js`);
	const cleanups: (() => unknown)[] = [];
	const cleanUp = async () => {
		for (const c of cleanups.splice(0).reverse()) await c();
	};
	const interrupted = () => {
		process.stderr.write('bench:ui interrupted; cleaning up\n');
		void cleanUp().finally(() => process.exit(130));
	};
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);
	const out = (line = '') => process.stdout.write(`${line}\n`);

	try {
		out(
			`ui benchmark: ${args.site ? `the site in ${args.site}` : `${count(EVENTS)} events`}, Chromium ${VIEWPORT.width}×${VIEWPORT.height}, reduced motion; load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`
		);
		let site = args.site;
		if (!site) {
			const work = mkdtempSync(join(tmpdir(), 'cjt-bench-ui-'));
			// SvelteKit's generated files import from node_modules, so its folder stays in the
			// project; node_modules/.cache is ignored by git, the linters and the formatter.
			const kitDir = join(ROOT, 'node_modules', '.cache', `cjt-bench-ui-kit-${process.pid}`);
			cleanups.push(
				() => rmSync(work, { recursive: true, force: true }),
				() => rmSync(kitDir, { recursive: true, force: true })
			);
			const keep = args['build-dir'];
			if (keep && existsSync(keep))
				throw new HarnessError(`--build-dir ${keep} exists already: name a new folder`);
			site = keep ?? join(work, 'build');
			await buildBenchSite(work, site, kitDir, out);
			if (keep) out(`  kept:         the site in ${keep} (measure it again with --site ${keep})`);
		} else if (!existsSync(join(site, 'index.html'))) {
			throw new HarnessError(`--site ${site}: there is no index.html in that folder`);
		}

		const t = performance.now();
		const server = await serveStatic({ dir: site, base: process.env.BASE_PATH ?? '' });
		cleanups.push(() => server.close());
		const log: PageLog = { errors: [] };
		const { results, notes } = await measureAll(server.url, log);
		out(`  measurement:  ${seconds(t)} at ${server.url}`);
		out();
		for (const r of results) {
			out(`  ${r.name}`);
			out(`    ${r.summary ? formatSummary(r.summary) : `not measured: ${r.failure}`}`);
			if (r.targetMs === null) continue;
			const met = r.summary !== undefined && r.summary.median < r.targetMs;
			out(`    target: median under ${ms(r.targetMs)}: ${met ? 'met' : 'NOT met'}`);
		}
		out();
		for (const n of notes) out(`  note: ${n}`);
		if (log.errors.length)
			out(
				`  note: ${log.errors.length} console/page error(s), e.g.\n    ${log.errors.slice(0, 5).join('\n    ')}`
			);
		const failed = results.filter((r) => r.failure);
		if (failed.length)
			throw new HarnessError(
				`${failed.length} of ${results.length} measurement(s) could not be made: ${failed.map((r) => r.name).join('; ')}`
			);
	} finally {
		await cleanUp();
		process.off('SIGINT', interrupted);
		process.off('SIGTERM', interrupted);
	}
}

main().catch((e: unknown) => {
	const message = e instanceof HarnessError ? e.message : e instanceof Error ? e.stack : String(e);
	process.stderr.write(`bench:ui failed: ${message}\n`);
	process.exit(1);
});
