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
 * 3. Serves it and reads the page's own marks (src/lib/instrumentation/marks.ts): `cjt:interactive`
 *    (hydrated, timeline drawn), `cjt:timeline-updated` (after a filter change),
 *    `cjt:charts-updated` (every chart recomputed and redrawn after a filter change),
 *    `cjt:range-applied` (after a zoom or range change). Each scenario clicks an element with
 *    Playwright's mouse (real, trusted input) and times, in the page, from the click's own
 *    timestamp to the next mark, and to the end of the frame after it (a mark set before the
 *    browser restyles and paints leaves that out).
 * 4. Beside each mark, what a person sees: for a filter, a zoom step and a year button, the
 *    click's Event Timing duration (the browser's input-to-next-paint figure, the longest entry of
 *    the interaction, as INP takes it; rounded to 8 ms, and no entry at all under 16 ms:
 *    support/event-timing.ts); for the charts, the input to the end of the frame painted after
 *    `cjt:charts-updated`. Each is a row of its own, with its target.
 *
 * With `--base <ref>` it measures two builds side by side: that commit, checked out into a
 * temporary git worktree (with this project's node_modules linked in), and the working tree as it
 * is, uncommitted changes included. Both are built from the synthetic documents of step 1 (the
 * base with its own data files, which its schema reads), each into its own build and SvelteKit
 * folders, served at once, and measured in turns: every round times each
 * scenario on the base, then on the current tree, so that whatever else loads the machine meets
 * both alike. One table gives each row's target, both medians and p90s and whether each meets
 * the target, the ratio and which is faster (a Mann–Whitney test on the runs: with no clear
 * difference it says so). The worktree and the
 * temporary folders are removed at the end, on failure and on Ctrl-C.
 *
 * Each scenario runs on a fresh page (reduced motion, so that moves are not animated); progress
 * goes to stderr, the report to stdout. The figures are reported against the targets, not
 * enforced: it exits 0 whether or not a target is met or a build is faster, and non-zero only when
 * something could not be measured (a build fails, an element or a mark is missing, the page stops
 * answering).
 *
 *   npm run bench:ui                           generate, build, measure
 *   npm run bench:ui -- --build-dir <folder>   … and keep the built site in <folder> (new)
 *   npm run bench:ui -- --site <folder>        measure a site built before (skips steps 1–2)
 *   npm run bench:ui -- --base <ref>           the commit <ref> and the working tree, side by side
 *   npm run bench:ui -- --base <ref> --rounds 5    … in that many rounds (default 5)
 *   npm run bench:ui -- --base <ref> --keep <folder>   … and keep both built sites in <folder>
 *                                              (base/ and current/; measure one again with --site)
 *   npm run bench:ui -- --base-site <folder>   a site kept before (--keep, --build-dir) as the base,
 *                                              beside the working tree (or --site), side by side
 *   npm run bench:ui -- --only zoom            only the scenarios whose row names hold "zoom"
 *                                              (time to interactive is always measured)
 */
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildCorpus } from '../src/lib/corpus/corpus';
import { MARKS } from '../src/lib/instrumentation/marks';
import { readDataFiles, readSources } from '../src/lib/server/corpus';
import { cleanUps, HarnessError, progress, runBenchmark, within } from './support/bench-harness';
import {
	chunkRuns,
	formatSummary,
	meetsTarget,
	ms,
	sideBySideTable,
	summarize,
	type SideBySideRow
} from './support/bench-stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './support/chromium.js';
import { withDistinctUrls } from './support/distinct-urls';
import { addWorktree } from './support/git-worktree';
import { ROOT, viteBuild } from './support/site-build';
import { serveStatic } from './support/static-server.js';
import {
	EVENT_TIMING_THRESHOLD_MS,
	boundLatencies,
	interactionLatency,
	type EventEntry
} from './support/event-timing';
import {
	makeEventDocument,
	mulberry32,
	planEvents,
	readSyntheticReference,
	writeCorpus
} from './synthetic-corpus';

const EVENTS = 10_000;
const FROM = '2021-01-01';
const TO = '2026-06-30';
const SEED = 20260306;
const BUILD_TIMEOUT_MS = 30 * 60_000;
const LOAD_TIMEOUT_MS = 60_000;
const MARK_TIMEOUT_MS = 10_000;
const PAGE_LOADS = 5;
/** Rounds of a side-by-side run: each scenario's runs are shared out between them. */
const ROUNDS = 5;

/**
 * A wait on the page, bounded from here: a page whose main thread is stuck answers nothing, not
 * even the timers it set itself.
 */
function onPage<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	return within(promise, ms, what, 'no answer from the page', ' (its main thread may be stuck)');
}

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
		// Real events keep to themselves: no synthetic one within a day of a real document or of
		// a record-only event (the build would take it for that event's text).
		avoid: [...documents.map((d) => d.date), ...events.map((e) => e.date)]
	});
	const names = writeCorpus(
		'data',
		dataDir,
		withDistinctUrls(
			plan.map((e) => makeEventDocument(reference, random, e)),
			documents.map((d) => d.url)
		)
	);
	return {
		expectedEvents: events.length + plan.length,
		realDocuments: documents.length,
		realEvents: events.length,
		syntheticFiles: new Set(names)
	};
}

/**
 * The corpus in `dataDir` for an older tree: a copy whose data files (the YAML and the real
 * sources) are that tree's own, `ownData`, beside the same synthetic documents. A working tree's
 * data/ may hold what an older schema refuses (a new field in issuers.yaml), and that build would
 * fail before it could be measured; the synthetic documents, each one event, are the load.
 */
function withOwnDataFiles(dataDir: string, to: string, ownData: string): string {
	cpSync(dataDir, to, { recursive: true });
	for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.yaml')))
		rmSync(join(to, name));
	for (const name of readdirSync(ownData).filter((n) => n.endsWith('.yaml')))
		copyFileSync(join(ownData, name), join(to, name));
	// The working tree's real sources out, the older tree's in (the synthetic names avoid both).
	for (const name of readdirSync(join(ROOT, 'data', 'sources')).filter((n) => n.endsWith('.md')))
		rmSync(join(to, 'sources', name), { force: true });
	for (const name of readdirSync(join(ownData, 'sources')).filter((n) => n.endsWith('.md')))
		copyFileSync(join(ownData, 'sources', name), join(to, 'sources', name));
	return to;
}

// ----------------------------------------------------------------------------- 2. the build

async function benchBuild(env: NodeJS.ProcessEnv, root: string): Promise<void> {
	try {
		await viteBuild(env, { label: 'benchmark site', timeoutMs: BUILD_TIMEOUT_MS, root });
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

/**
 * What to do in the page to start the clock: a real click, through Playwright's mouse, so that
 * the browser dispatches trusted input and makes Event Timing entries for it (a script's
 * `element.click()` makes none). Only clicks so far; the union leaves room.
 */
type PageAction = { click: string };

interface Timing {
	/** From the input (the click event's timestamp) to the mark, by the mark's own timestamp. */
	mark: number;
	/** To the end of the first frame after the mark: the style, layout and paint it caused. */
	frame: number;
	/**
	 * The browser's own input-to-next-paint figure: the longest Event Timing entry of the click
	 * (support/event-timing.ts); null when it painted within the 16 ms threshold and left none.
	 */
	paint: number | null;
}

/** In the page, while a run is armed: what it saw so far, and what resolves it. */
interface ArmedRun {
	answer: Promise<{ mark: number; frame: number; entries: EventEntry[] } | { error: string }>;
}

/**
 * Frames to wait, after the frame that follows the mark, for the click's Event Timing entry. The
 * browser queues an entry once it learns when the frame was presented, a frame or two later; an
 * interaction that painted within the threshold sends none, and only the frames passing say so.
 */
const EVENT_TIMING_FRAMES = 5;

/**
 * Clicks `action.click` and times the click from its input timestamp to the next `markName` mark,
 * to the end of the frame after that mark, and, by the browser's Event Timing, to its next paint.
 * The observers are armed in the page before the click and read after it, so that Playwright's
 * round trips count in none of the figures. The mark's own timestamp is used, so the observer's
 * delivery delay does not count.
 */
async function measure(page: Page, markName: string, action: PageAction): Promise<Timing> {
	// No named functions inside (nor functions bound to a variable): tsx would wrap them in a
	// helper (__name) the page does not have. Functions set as properties are left alone.
	await onPage(
		page.evaluate(
			({ markName, timeoutMs, threshold, waitFrames }) => {
				const armedAt = performance.now();
				const seen = {
					input: null as number | null,
					mark: null as number | null,
					frame: null as number | null,
					entries: [] as EventEntry[],
					framesAfter: 0
				};
				// Set below, as properties (see above).
				const on = {} as {
					input: (e: Event) => void;
					check: () => void;
					finish: (error: { error: string } | null) => void;
				};
				const answer: ArmedRun['answer'] = new Promise((resolve) => {
					const events = new PerformanceObserver((list) => {
						// interactionId and durationThreshold are missing from TypeScript's DOM types.
						for (const e of list.getEntries() as (PerformanceEventTiming & {
							interactionId: number;
						})[])
							if (e.startTime >= armedAt)
								seen.entries.push({
									name: e.name,
									startTime: e.startTime,
									duration: e.duration,
									interactionId: e.interactionId
								});
						on.check();
					});
					// The smallest threshold there is; buffered, so that no entry queued before the
					// observer starts is lost.
					events.observe({
						type: 'event',
						buffered: true,
						durationThreshold: threshold
					} as PerformanceObserverInit);
					const marks = new PerformanceObserver((list) => {
						const hit = list
							.getEntriesByName(markName)
							.find((e) => seen.input !== null && e.startTime >= seen.input);
						if (!hit || seen.input === null || seen.mark !== null) return;
						seen.mark = hit.startTime - seen.input;
						// A task queued from requestAnimationFrame runs once that frame is rendered.
						requestAnimationFrame(() =>
							setTimeout(() => {
								seen.frame = performance.now() - (seen.input ?? 0);
								on.check();
							}, 0)
						);
					});
					marks.observe({ type: 'mark' });
					on.input = (e) => {
						if (e.isTrusted && seen.input === null) seen.input = e.timeStamp;
					};
					// Capturing on the window: before any handler of the page's.
					addEventListener('click', on.input, { capture: true });
					const timer = setTimeout(
						() =>
							on.finish({
								error:
									seen.input === null
										? `the page saw no click within ${timeoutMs} ms`
										: `the page set no performance.mark('${markName}') within ${timeoutMs} ms of the click`
							}),
						timeoutMs
					);
					on.finish = (error) => {
						on.check = () => {};
						clearTimeout(timer);
						events.disconnect();
						marks.disconnect();
						removeEventListener('click', on.input, { capture: true });
						resolve(error ?? { mark: seen.mark!, frame: seen.frame!, entries: [...seen.entries] });
					};
					on.check = () => {
						if (seen.frame === null) return;
						// The entries of the release (pointerup, click) start at the click's timestamp;
						// the press's entry comes a frame before them, if at all.
						const released = seen.entries.some(
							(e) => e.interactionId > 0 && e.startTime >= (seen.input ?? 0) - 1
						);
						if (released || seen.framesAfter >= waitFrames) on.finish(null);
						else
							requestAnimationFrame(() =>
								setTimeout(() => {
									seen.framesAfter++;
									on.check();
								}, 0)
							);
					};
				});
				(window as unknown as { cjtBenchRun?: ArmedRun }).cjtBenchRun = { answer };
			},
			{
				markName,
				timeoutMs: MARK_TIMEOUT_MS,
				threshold: EVENT_TIMING_THRESHOLD_MS,
				waitFrames: EVENT_TIMING_FRAMES
			}
		),
		30_000,
		'arming the observers'
	);
	try {
		await onPage(
			page.locator(action.click).first().click({ timeout: MARK_TIMEOUT_MS }),
			MARK_TIMEOUT_MS + 20_000,
			`clicking ${action.click}`
		);
	} catch (e) {
		if (e instanceof HarnessError) throw e;
		throw new HarnessError(
			`could not click ${action.click}: ${e instanceof Error ? e.message.split('\n')[0] : e}`
		);
	}
	const result = await onPage(
		page.evaluate(() => (window as unknown as { cjtBenchRun: ArmedRun }).cjtBenchRun.answer),
		MARK_TIMEOUT_MS + 20_000,
		`timing the click on ${action.click}`
	);
	if ('error' in result) throw new HarnessError(`${result.error} (${action.click})`);
	let paint: number | null;
	try {
		paint = interactionLatency(result.entries);
	} catch (e) {
		throw new HarnessError(`clicking ${action.click}: ${e instanceof Error ? e.message : e}`);
	}
	// Let the page finish the frame (and any work queued behind the mark) before the next action.
	await settle(page);
	return { mark: result.mark, frame: result.frame, paint };
}

function settle(page: Page): Promise<void> {
	return onPage(
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
	/** Its row in the side-by-side table. */
	short: string;
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
	/**
	 * What a person sees of the same runs, reported in a row of its own beside the mark: the
	 * click's Event Timing duration (input to next paint), or the time from the input to the end of
	 * the frame painted after the mark.
	 */
	seen: {
		from: 'event timing' | 'frame after mark';
		name: string;
		short: string;
		targetMs: number | null;
	};
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
		short: 'theme filter → timeline',
		mark: MARKS.timelineUpdated,
		targetMs: 100,
		runs: 20,
		warmup: 2,
		plan: themeToggles,
		kinds: ['1st click on a theme', '2nd click on it'],
		seen: {
			from: 'event timing',
			name: 'theme filter change, input to next paint (Event Timing, INP-style)',
			short: 'theme filter → paint',
			targetMs: 50
		}
	},
	{
		// The same clicks as the timeline figure above, timed to the charts' own mark: the page
		// sets it once every chart has been recomputed and redrawn for the new filter.
		name: 'charts: recompute and redraw all charts after a filter change (click → cjt:charts-updated)',
		short: 'theme filter → charts',
		mark: MARKS.chartsUpdated,
		targetMs: 50,
		runs: 20,
		warmup: 2,
		plan: themeToggles,
		kinds: ['1st click on a theme', '2nd click on it'],
		seen: {
			from: 'frame after mark',
			name: "charts: input to the end of the frame painted after cjt:charts-updated (the charts' redraw to paint)",
			short: 'theme filter → charts painted',
			targetMs: 100
		}
	},
	{
		name: 'zoom step (click → cjt:range-applied)',
		short: 'zoom step',
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
		seen: {
			from: 'event timing',
			name: 'zoom step, input to next paint (Event Timing, INP-style)',
			short: 'zoom step → paint',
			targetMs: 50
		},
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
		short: 'year 2024 ↔ all',
		mark: MARKS.rangeApplied,
		targetMs: null,
		runs: 10,
		warmup: 2,
		plan: async (page) => {
			await requireElements(page, ['[data-year="2024"]', '[data-year="all"]']);
			return (i) => ({ click: `[data-year="${i % 2 ? 'all' : '2024'}"]` });
		},
		kinds: ['2024', 'all'],
		seen: {
			from: 'event timing',
			name: 'year button, input to next paint (Event Timing, INP-style)',
			short: 'year 2024 ↔ all → paint',
			targetMs: null
		}
	}
];

/**
 * The scenarios whose name or row holds `only` (any case), or all of them: one kind of
 * interaction measured alone takes a fraction of the run (time to interactive is always there,
 * as every scenario loads the page to it).
 */
function scenariosNamed(only: string | undefined): Scenario[] {
	if (only === undefined) return SCENARIOS;
	const want = only.toLowerCase();
	const picked = SCENARIOS.filter((s) =>
		[s.name, s.short, s.seen.name, s.seen.short].some((n) => n.toLowerCase().includes(want))
	);
	if (!picked.length)
		throw new HarnessError(
			`--only ${only}: no scenario is named so; they are ${SCENARIOS.map((s) => `"${s.short}"`).join(', ')}`
		);
	return picked;
}

/** A timed run, and which of the scenario's kinds of run it was (0 when it has none). */
interface Run extends Timing {
	kind: number;
}

/**
 * The warm-up runs, then `count` timed runs of `s` on `page`, numbered from `first` on: a
 * side-by-side run spreads a scenario over rounds, a fresh page each, and goes on where the last
 * round stopped (the next themes, the same alternation of kinds).
 */
async function runScenario(
	page: Page,
	s: Scenario,
	{ first = 0, count = s.runs, site = '' } = {}
): Promise<Run[]> {
	const action = await s.plan(page);
	const runs: Run[] = [];
	const kinds = s.kinds?.length ?? 1;
	for (let j = 0; j < s.warmup + count; j++) {
		const warm = j < s.warmup;
		const i = warm ? j : j + first;
		const which = warm ? `warm-up ${j + 1}/${s.warmup}` : `run ${i - s.warmup + 1}/${s.runs}`;
		const a = action(i);
		let t: Timing;
		try {
			t = await measure(page, s.mark, a);
		} catch (e) {
			if (e instanceof HarnessError) throw new HarnessError(`${which}: ${e.message}`);
			throw e;
		}
		progress(
			`${site}${s.name}, ${which}: ${a.click} → ${ms(t.mark)} (next frame ${ms(t.frame)}, ` +
				`Event Timing ${t.paint === null ? `under ${ms(EVENT_TIMING_THRESHOLD_MS)}` : ms(t.paint)})`
		);
		if (!warm) runs.push({ ...t, kind: i % kinds });
	}
	return runs;
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
		await onPage(
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

/** A built site being measured: its name in the report and its address. */
interface Site {
	label: string;
	url: string;
	log: PageLog;
}

/** What one site gave over all rounds. */
interface SiteRecord {
	loads: { interactive: number; domContentLoaded: number; load: number }[];
	/** Per scenario (by index in SCENARIOS): its runs so far, or why it stopped. */
	scenarios: { runs: Run[]; failure?: string; check?: string }[];
}

/** Closing a page whose main thread is stuck can itself stall: bounded, and never fatal. */
const close = (context: BrowserContext) =>
	onPage(context.close(), 30_000, 'closing the page').catch(() => undefined);

/**
 * Measures every site in `rounds` rounds. A round loads the home page once per site (time to
 * interactive), then takes each scenario in turn on every site, a fresh page each, with its share
 * of the runs: sites alternate within each round (A, B, A, B…), so that a slow spell of the
 * machine falls on both. One site in one round is the plain run: all runs of a scenario on one
 * page, as the figures have always been taken.
 */
async function measureSites(
	sites: readonly Site[],
	rounds: number,
	scenarios: readonly Scenario[]
): Promise<SiteRecord[]> {
	const records: SiteRecord[] = sites.map(() => ({
		loads: [],
		scenarios: scenarios.map(() => ({ runs: [] }))
	}));
	const loadChunks = chunkRuns(PAGE_LOADS, rounds);
	const runChunks = scenarios.map((s) => chunkRuns(s.runs, rounds, s.kinds?.length ?? 1));
	const tag = (site: Site) => (sites.length > 1 ? `[${site.label}] ` : '');
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		for (let r = 0; r < rounds; r++) {
			if (rounds > 1) progress(`round ${r + 1}/${rounds}`);
			// (a) Time to interactive, over fresh page loads (a new context each: cold cache).
			for (const [k, site] of sites.entries())
				for (let i = 0; i < loadChunks[r]!; i++) {
					const { context, timing } = await loadUntilInteractive(browser, site.url, site.log).catch(
						(e: unknown) => {
							if (e instanceof HarnessError) throw new HarnessError(`${tag(site)}${e.message}`);
							throw e;
						}
					);
					const n = records[k]!.loads.push(timing);
					progress(
						`${tag(site)}page load ${n}/${PAGE_LOADS}: interactive at ${ms(timing.interactive)}`
					);
					await close(context);
				}
			// (b), (c), …: each on a fresh page, so that a page one of them wedges spoils no other.
			for (const [j, s] of scenarios.entries())
				for (const [k, site] of sites.entries()) {
					const record = records[k]!.scenarios[j]!;
					const count = runChunks[j]![r]!;
					if (record.failure || count === 0) continue;
					let context: BrowserContext | undefined;
					try {
						const loaded = await loadUntilInteractive(browser, site.url, site.log);
						context = loaded.context;
						const runs = await runScenario(loaded.page, s, {
							first: record.runs.length,
							count,
							site: tag(site)
						});
						record.runs.push(...runs);
						// Once per site: a check changes what the page shows.
						if (s.check && r === 0) record.check = await s.check(loaded.page);
					} catch (e) {
						if (!(e instanceof HarnessError)) throw e;
						progress(`${tag(site)}${s.name}: ${e.message}`);
						record.failure = e.message;
					} finally {
						if (context) await close(context);
					}
				}
		}
		return records;
	} finally {
		await onPage(browser.close(), 30_000, 'closing Chromium').catch(() => undefined);
	}
}

/** One row of the report: a scenario's timings (to the mark) on one site, or why there are none. */
interface Result {
	name: string;
	short: string;
	targetMs: number | null;
	values?: number[];
	failure?: string;
}

const TIME_TO_INTERACTIVE = {
	name: 'time to interactive (navigation start → cjt:interactive)',
	short: 'time to interactive',
	targetMs: 1500
};

/** A site's record as report rows (time to interactive first) and notes. */
function resultsOf(
	record: SiteRecord,
	scenarios: readonly Scenario[]
): { results: Result[]; notes: string[] } {
	const results: Result[] = [
		{ ...TIME_TO_INTERACTIVE, values: record.loads.map((l) => l.interactive) }
	];
	const notes = [
		`DOMContentLoaded median ${ms(summarize(record.loads.map((l) => l.domContentLoaded)).median)}, load event median ${ms(summarize(record.loads.map((l) => l.load)).median)}`
	];
	for (const [j, s] of scenarios.entries()) {
		const { runs, failure, check } = record.scenarios[j]!;
		const row = { name: s.name, short: s.short, targetMs: s.targetMs };
		const seenRow = { name: s.seen.name, short: s.seen.short, targetMs: s.seen.targetMs };
		if (failure || !runs.length) {
			results.push({ ...row, failure: failure ?? 'no runs' });
			results.push({ ...seenRow, failure: failure ?? 'no runs' });
			continue;
		}
		results.push({ ...row, values: runs.map((t) => t.mark) });
		if (s.seen.from === 'event timing') {
			const { values, under } = boundLatencies(runs.map((t) => t.paint));
			results.push({ ...seenRow, values });
			if (under)
				notes.push(
					`${s.seen.name}: ${under} of ${runs.length} runs painted within ${ms(EVENT_TIMING_THRESHOLD_MS)} (no Event Timing entry below it) and count as ${ms(EVENT_TIMING_THRESHOLD_MS)}`
				);
		} else results.push({ ...seenRow, values: runs.map((t) => t.frame) });
		const kinds = s.kinds ?? [];
		if (kinds.length > 1)
			notes.push(
				`${s.name}: ${kinds.map((kind, k) => `${kind} median ${ms(summarize(runs.filter((t) => t.kind === k).map((t) => t.mark)).median)}`).join(', ')}`
			);
		// The charts' row is this figure already.
		if (s.seen.from !== 'frame after mark')
			notes.push(
				`${s.name}, from the input to the end of the next frame after the mark: ${formatSummary(summarize(runs.map((t) => t.frame)))}`
			);
		if (check) notes.push(check);
	}
	return { results, notes };
}

const EVENT_TIMING_NOTE =
	'"→ paint" rows are the browser\'s Event Timing durations (the longest entry of the click, as INP takes it): ' +
	`from the input to the next paint, rounded by the browser to 8 ms; a click that painted within ${ms(EVENT_TIMING_THRESHOLD_MS)} leaves no entry and counts as ${ms(EVENT_TIMING_THRESHOLD_MS)}. ` +
	'"charts painted" is from the input to the end of the frame after cjt:charts-updated. Mark figures are from the input too.';

const met = (r: Result) => {
	if (r.values === undefined) return null;
	const meets = meetsTarget(r.values, r.targetMs);
	return meets === null ? null : meets ? 'met' : 'NOT met';
};

// ------------------------------------------------------------------------------------ main

type Out = (line?: string) => void;

/** Step 1: the corpus in `dataDir`, with a line on what it holds. */
function corpusFor(dataDir: string, out: Out): GeneratedCorpus {
	const t = performance.now();
	const corpus = generateCorpus(dataDir);
	out(
		`  corpus:       ${count(corpus.syntheticFiles.size)} synthetic + ${corpus.realDocuments} real documents in ${seconds(t)}`
	);
	return corpus;
}

/**
 * Step 2: the site of the project in `root` (the working tree, or a checkout of an older commit)
 * built from `dataDir` into `buildDir`, with what the build holds checked and reported.
 */
async function buildBenchSite(
	corpus: GeneratedCorpus,
	{
		dataDir,
		buildDir,
		kitDir,
		root = ROOT,
		label = ''
	}: {
		dataDir: string;
		buildDir: string;
		kitDir: string;
		root?: string;
		label?: string;
	},
	out: Out
): Promise<void> {
	const t = performance.now();
	const head = (name: string) => `  ${`${name}${label ? ` (${label})` : ''}:`.padEnd(14)}`;
	progress(`building ${label || 'the site'} in ${root}`);
	await benchBuild(
		{
			...process.env,
			CJT_DATA_DIR: dataDir,
			CJT_BENCH: '1',
			CJT_BUILD_DIR: buildDir,
			CJT_KIT_DIR: kitDir,
			// Its own compiled messages too (an older checkout has none: it ignores this).
			CJT_PARAGLIDE_DIR: join(kitDir, 'paraglide')
		},
		root
	);
	const buildTime = seconds(t);
	if (!existsSync(join(buildDir, 'index.html')))
		throw new HarnessError(
			`the build${label ? ` of ${label}` : ''} left no index.html in ${buildDir}: does its svelte.config.js read CJT_BUILD_DIR?`
		);
	const facts = inspectBuild(buildDir, corpus);
	out(
		`${head('build')} ${buildTime} (home page ${(facts.homeBytes / 1e6).toFixed(2)} MB of HTML; ${count(facts.eventPages)} event pages prerendered${facts.eventPages > 100 ? ': CJT_BENCH=1 is not honoured yet' : ''})`
	);
	out(
		`${head('events')} ${count(facts.events)} (expected ${count(corpus.expectedEvents)}: ${corpus.realEvents} from the ${corpus.realDocuments} real documents, one per synthetic document)`
	);
	if (facts.events !== corpus.expectedEvents)
		out(
			`${head('WARNING')} the pipeline found ${count(facts.events)} events, not ${count(corpus.expectedEvents)}`
		);
	if (facts.grouped.length)
		out(
			`${head('WARNING')} ${facts.grouped.length} event(s) grouped several synthetic documents, e.g.\n${facts.grouped
				.slice(0, 5)
				.map((e) => `                  ${e.id}: ${e.sources.join(', ')}`)
				.join('\n')}`
		);
	if (facts.missingMarks.length)
		throw new HarnessError(
			`the built client code${label ? ` of ${label}` : ''} never sets ${facts.missingMarks.map((m) => `'${m}'`).join(', ')}: ` +
				'the home page needs performance.mark() instrumentation before it can be measured'
		);
}

/** Page errors seen on a site, if any, as a note. */
function errorNote(log: PageLog, label = ''): string[] {
	if (!log.errors.length) return [];
	return [
		`${label ? `${label}: ` : ''}${log.errors.length} console/page error(s), e.g.\n    ${log.errors.slice(0, 5).join('\n    ')}`
	];
}

/** The plain run: one site, every scenario's runs on one page; the report as it always was. */
async function reportOne(site: Site, scenarios: readonly Scenario[], out: Out): Promise<Result[]> {
	const t = performance.now();
	const [record] = await measureSites([site], 1, scenarios);
	const { results, notes } = resultsOf(record!, scenarios);
	out(`  measurement:  ${seconds(t)} at ${site.url}`);
	out();
	for (const r of results) {
		out(`  ${r.name}`);
		out(`    ${r.values ? formatSummary(summarize(r.values)) : `not measured: ${r.failure}`}`);
		if (r.targetMs === null) continue;
		out(`    target: median at most ${ms(r.targetMs)}: ${met(r) ?? 'NOT met'}`);
	}
	out();
	for (const n of [...notes, EVENT_TIMING_NOTE, ...errorNote(site.log)]) out(`  note: ${n}`);
	return results;
}

/** The side-by-side run: both sites in alternating rounds, one table. */
async function reportBoth(
	base: Site,
	current: Site,
	rounds: number,
	scenarios: readonly Scenario[],
	out: Out
): Promise<Result[]> {
	const t = performance.now();
	const [a, b] = (await measureSites([base, current], rounds, scenarios)).map((r) =>
		resultsOf(r, scenarios)
	);
	out(
		`  measurement:  ${seconds(t)}, ${rounds} rounds, ${base.label} at ${base.url}, ${current.label} at ${current.url}`
	);
	out();
	const rows: SideBySideRow[] = a!.results.map((ra, i) => {
		const rb = b!.results[i]!;
		const side = (r: Result) => r.values ?? { failure: r.failure ?? 'not measured' };
		return { name: ra.short, targetMs: ra.targetMs, a: side(ra), b: side(rb) };
	});
	for (const line of sideBySideTable(rows, { a: base.label, b: current.label })) out(`  ${line}`);
	out();
	for (const [label, r] of [
		[base.label, a!],
		[current.label, b!]
	] as const) {
		for (const n of r.notes) out(`  note (${label}): ${n}`);
		for (const e of r.results)
			if (e.values) out(`  note (${label}): ${e.short}: ${formatSummary(summarize(e.values))}`);
	}
	for (const n of [
		EVENT_TIMING_NOTE,
		...errorNote(base.log, base.label),
		...errorNote(current.log, current.label)
	])
		out(`  note: ${n}`);
	return [...a!.results, ...b!.results];
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
		return `the working tree: HEAD ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
	} catch {
		return 'the working tree';
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const { values: args } = parseArgs({
		options: {
			site: { type: 'string' },
			'build-dir': { type: 'string' },
			base: { type: 'string' },
			rounds: { type: 'string' },
			keep: { type: 'string' },
			'base-site': { type: 'string' },
			only: { type: 'string' }
		}
	});
	const baseSite = args['base-site'];
	if (baseSite !== undefined && args.base !== undefined)
		throw new HarnessError(
			'--base builds its base; --base-site measures one built before: give one'
		);
	if (baseSite !== undefined && !existsSync(join(baseSite, 'index.html')))
		throw new HarnessError(`--base-site ${baseSite}: there is no index.html in that folder`);
	const scenarios = scenariosNamed(args.only);
	if (args.keep !== undefined && args.base === undefined)
		throw new HarnessError(
			'--keep is for a side-by-side run (else --build-dir): give --base <ref>'
		);
	if (args.keep !== undefined && existsSync(args.keep))
		throw new HarnessError(`--keep ${args.keep} exists already: name a new folder`);
	const rounds = Number(args.rounds ?? ROUNDS);
	if (args.base !== undefined && (args.site || args['build-dir']))
		throw new HarnessError(
			'--base builds both sites from one corpus: it takes neither --site nor --build-dir'
		);
	if (args.rounds !== undefined && args.base === undefined && baseSite === undefined)
		throw new HarnessError('--rounds is for a side-by-side run: give --base <ref> or --base-site');
	if (!Number.isInteger(rounds) || rounds < 1 || rounds > PAGE_LOADS)
		throw new HarnessError(`--rounds ${args.rounds}: give a whole number from 1 to ${PAGE_LOADS}`);
	if (!existsSync(CHROMIUM_PATH))
		throw new HarnessError(`${CHROMIUM_PATH} is missing: run node scripts/ensure-chromium.js`);
	const cleanups = cleanUps('bench:ui');
	const out = (line = '') => process.stdout.write(`${line}\n`);
	const load = `load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;
	const browser = `Chromium ${VIEWPORT.width}×${VIEWPORT.height}, reduced motion`;

	try {
		let results: Result[];
		/** Serves a built site from loopback until the end of the run. */
		const serve = async (label: string, dir: string): Promise<Site> => {
			const server = await serveStatic({ dir, base: process.env.BASE_PATH ?? '' });
			cleanups.add(() => server.close());
			return { label, url: server.url, log: { errors: [] } };
		};
		/** Measures two built sites in turns, round by round. */
		const sideBySide = async (base: string, current: string) =>
			reportBoth(
				await serve('base', base),
				await serve('current', current),
				rounds,
				scenarios,
				out
			);
		if (args.base !== undefined) {
			out(`ui benchmark, side by side: ${count(EVENTS)} events, ${browser}; ${load}`);
			const base = args.base;
			const tree = (() => {
				try {
					return addWorktree(ROOT, base, { name: 'bench-ui-base' });
				} catch (e) {
					throw new HarnessError(`--base ${base}: ${e instanceof Error ? e.message : e}`);
				}
			})();
			cleanups.add(() => tree.remove());
			out(`  base:         ${tree.short} "${tree.subject}" (checked out in ${tree.dir})`);
			out(`  current:      ${describeTree()}`);
			const work = mkdtempSync(join(tmpdir(), 'cjt-bench-ui-'));
			const kitDir = join(ROOT, 'node_modules', '.cache', `cjt-bench-ui-kit-${process.pid}`);
			cleanups.add(
				() => rmSync(work, { recursive: true, force: true }),
				() => rmSync(kitDir, { recursive: true, force: true })
			);
			const dataDir = join(work, 'data');
			const corpus = corpusFor(dataDir, out);
			const baseData = withOwnDataFiles(dataDir, join(work, 'data-base'), join(tree.dir, 'data'));
			// Kept sites are measured again with --site, each alone (a profile, a second look).
			const sites = args.keep ?? work;
			const baseBuild = join(sites, args.keep ? 'base' : 'build-base');
			const currentBuild = join(sites, args.keep ? 'current' : 'build-current');
			// The base's SvelteKit folder is its checkout's own .svelte-kit (removed with it): its
			// tsconfig.json extends that one, and its generated files find node_modules through the
			// link. The working tree's stays in node_modules/.cache, where no one else's is.
			await buildBenchSite(
				corpus,
				{
					dataDir: baseData,
					buildDir: baseBuild,
					kitDir: join(tree.dir, '.svelte-kit'),
					root: tree.dir,
					label: 'base'
				},
				out
			);
			await buildBenchSite(
				corpus,
				{ dataDir, buildDir: currentBuild, kitDir, label: 'current' },
				out
			);
			results = await sideBySide(baseBuild, currentBuild);
			if (args.keep) out(`  kept:         the sites in ${args.keep}/base and ${args.keep}/current`);
		} else {
			out(
				`ui benchmark: ${args.site ? `the site in ${args.site}` : `${count(EVENTS)} events`}, ${browser}; ${load}`
			);
			let site = args.site;
			if (!site) {
				const work = mkdtempSync(join(tmpdir(), 'cjt-bench-ui-'));
				// SvelteKit's generated files import from node_modules, so its folder stays in the
				// project; node_modules/.cache is ignored by git, the linters and the formatter.
				const kitDir = join(ROOT, 'node_modules', '.cache', `cjt-bench-ui-kit-${process.pid}`);
				cleanups.add(
					() => rmSync(work, { recursive: true, force: true }),
					() => rmSync(kitDir, { recursive: true, force: true })
				);
				const keep = args['build-dir'];
				if (keep && existsSync(keep))
					throw new HarnessError(`--build-dir ${keep} exists already: name a new folder`);
				site = keep ?? join(work, 'build');
				const dataDir = join(work, 'data');
				await buildBenchSite(corpusFor(dataDir, out), { dataDir, buildDir: site, kitDir }, out);
				if (keep) out(`  kept:         the site in ${keep} (measure it again with --site ${keep})`);
			} else if (!existsSync(join(site, 'index.html'))) {
				throw new HarnessError(`--site ${site}: there is no index.html in that folder`);
			}
			const baseSite = args['base-site'];
			if (baseSite !== undefined) {
				// A site kept by an earlier run (--keep, --build-dir), built from the same corpus.
				out(`  base:         the site in ${baseSite}`);
				results = await sideBySide(baseSite, site);
			} else results = await reportOne(await serve('', site), scenarios, out);
		}
		out();
		// The load at the start alone says little of a run of many minutes on a shared machine.
		out(
			`  total:        ${seconds(started)}; load average now ${loadavg()
				.map((l) => l.toFixed(2))
				.join(', ')} (1, 5, 15 min)`
		);
		const failed = results.filter((r) => r.failure);
		if (failed.length)
			throw new HarnessError(
				`${failed.length} of ${results.length} measurement(s) could not be made: ${failed.map((r) => r.name).join('; ')}`
			);
	} finally {
		await cleanups.run();
	}
}

runBenchmark('bench:ui', main);
