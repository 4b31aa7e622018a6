/**
 * npm run bench:startup -- --site <folder> [--site <folder>] [--runs N] [--throttle 4] [--path /]
 *
 * The long tasks a page runs while it starts, each with its cause, as issue 12 asks: "break the
 * start-up work into tasks under 50 ms". It loads the page of each built site (served gzipped
 * from loopback, as bench:lighthouse does) in Debian's Chromium, at 1280×720 and at 390×844 (a
 * phone), with the CPU slowed down `--throttle` times (CDP Emulation.setCPUThrottlingRate, as
 * Lighthouse's mobile setting does), and records from the first byte:
 *
 * - every `longtask` (the main thread busy 50 ms or more), and
 * - every `long-animation-frame` with its script attribution (which script, called by what,
 *   for how long, with how much forced layout) and the frame's own style-and-layout time,
 *
 * until the page has set `cjt:interactive` and then stayed free of long tasks for two seconds.
 * It prints per site and viewport the median over the runs of the count of long tasks, the
 * longest, the blocking time (the sum of each task's time over 50 ms, as TBT counts it) and the
 * time to `cjt:interactive`; then, for the run with the median blocking time, every long task
 * with what ran in it. A benchmark: it reports, it fails only when a page cannot be measured.
 *
 * The figures are real (unsimulated) throttled time on this machine, so a busy machine lengthens
 * them; compare sites measured in the same run (`--site base --site current`), which take turns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { cleanUps, HarnessError, progress, runBenchmark, within } from './support/bench-harness';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.js';
import { serveStatic } from './support/static-server.js';

const VIEWPORTS = [
	{ name: '1280×720', viewport: { width: 1280, height: 720 }, mobile: false },
	{ name: '390×844', viewport: { width: 390, height: 844 }, mobile: true }
] as const;
/** A page that is not interactive by then has hung. */
const LOAD_TIMEOUT_MS = 120_000;
/** Start-up is over once no long task has run for this long after the interactive mark. */
const QUIET_MS = 2_000;

/** What the page records (see OBSERVE): times in ms from navigation start. */
interface Script {
	invoker: string;
	invokerType: string;
	source: string;
	fn: string;
	duration: number;
	forcedLayout: number;
}
interface Frame {
	start: number;
	duration: number;
	blocking: number;
	/** The frame's own style and layout, after its scripts (0 when it rendered nothing). */
	layout: number;
	scripts: Script[];
}
interface Recorded {
	tasks: { start: number; duration: number }[];
	frames: Frame[];
	interactive: number | null;
	fcp: number | null;
}

/**
 * Installed before any of the page's scripts runs. Long tasks and long animation frames are not
 * kept in the performance timeline by every Chromium, so they are observed from the start.
 */
const OBSERVE = () => {
	const w = window as unknown as { __startup: Recorded };
	w.__startup = { tasks: [], frames: [], interactive: null, fcp: null };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__startup.tasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				blockingDuration: number;
				renderStart: number;
				styleAndLayoutStart: number;
				scripts: (PerformanceEntry & {
					invoker: string;
					invokerType: string;
					sourceURL: string;
					sourceFunctionName: string;
					forcedStyleAndLayoutDuration: number;
				})[];
			})[]) {
				const end = e.startTime + e.duration;
				w.__startup.frames.push({
					start: e.startTime,
					duration: e.duration,
					blocking: e.blockingDuration,
					layout: e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0,
					scripts: e.scripts.map((s) => ({
						invoker: s.invoker,
						invokerType: s.invokerType,
						source: s.sourceURL,
						fn: s.sourceFunctionName,
						duration: s.duration,
						forcedLayout: s.forcedStyleAndLayoutDuration
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		// A Chromium without long animation frames: the long tasks alone are listed.
	}
};

/** What a chunk of the build is, from what it holds: a name a reader knows for a hashed file. */
function chunkNames(site: string): Map<string, string> {
	const names = new Map<string, string>();
	const signatures: [RegExp, string][] = [
		[/vis-timeline|vis-item-overflow/, 'vis-timeline'],
		[/DataSet|DataView/, 'vis-data'],
		[/moment\.version|isMoment/, 'moment'],
		[/chart\.js|registerables|Chart\.register/, 'chart.js'],
		[/hydrat/i, 'svelte runtime'],
		[/data-event-row|events-title/, 'dashboard page'],
		[/data-first-paint/, 'timeline first paint']
	];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, e.name);
			if (e.isDirectory()) walk(path);
			else if (e.name.endsWith('.js')) {
				const text = readFileSync(path, 'utf8');
				const hits = signatures.filter(([re]) => re.test(text)).map(([, n]) => n);
				if (hits.length) names.set(e.name, hits.join(', '));
			}
		}
	};
	const app = join(site, '_app');
	if (existsSync(app)) walk(app);
	return names;
}

async function measure(
	browser: Browser,
	url: string,
	view: (typeof VIEWPORTS)[number],
	throttle: number
): Promise<Recorded> {
	const context = await browser.newContext({
		viewport: view.viewport,
		isMobile: view.mobile,
		hasTouch: view.mobile
	});
	try {
		const page = await context.newPage();
		await page.addInitScript(OBSERVE);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		await page.goto(url);
		await within(
			page.waitForFunction(
				(name) => performance.getEntriesByName(name).length > 0,
				MARKS.interactive,
				{
					timeout: 0,
					polling: 100
				}
			),
			LOAD_TIMEOUT_MS,
			`${url} at ${view.name}`,
			`no ${MARKS.interactive} mark`
		);
		// Then until the main thread has stayed free of long tasks for QUIET_MS.
		await within(
			page.waitForFunction(
				(quiet) => {
					const w = window as unknown as { __startup: Recorded };
					const last = Math.max(0, ...w.__startup.tasks.map((t) => t.start + t.duration));
					return performance.now() - last > quiet;
				},
				QUIET_MS,
				{ timeout: 0, polling: 250 }
			),
			LOAD_TIMEOUT_MS,
			`${url} at ${view.name}`,
			'no quiet main thread'
		);
		return await page.evaluate((name) => {
			const w = window as unknown as { __startup: Recorded };
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return {
				...w.__startup,
				interactive: performance.getEntriesByName(name)[0]?.startTime ?? null,
				fcp: fcp?.startTime ?? null
			};
		}, MARKS.interactive);
	} finally {
		await context.close();
	}
}

const ms = (v: number) => `${Math.round(v)} ms`;
const blockingOf = (r: Recorded) => r.tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

/** The long task's cause: the scripts of the animation frames it overlaps, and their layout. */
function causes(
	task: { start: number; duration: number },
	frames: Frame[],
	names: Map<string, string>
) {
	const end = task.start + task.duration;
	const lines: string[] = [];
	for (const f of frames) {
		if (f.start > end || f.start + f.duration < task.start) continue;
		for (const s of [...f.scripts].sort((a, b) => b.duration - a.duration).slice(0, 4)) {
			if (s.duration < 5) continue;
			const file = s.source ? basename(new URL(s.source).pathname) : '';
			const what = names.get(file) ?? (file || 'inline');
			const forced = s.forcedLayout >= 5 ? `, forced layout ${ms(s.forcedLayout)}` : '';
			lines.push(
				`${ms(s.duration)} ${s.invokerType} ${s.invoker.slice(0, 60)} → ${what}${s.fn ? ` ${s.fn}()` : ''}${forced}`
			);
		}
		if (f.layout >= 5) lines.push(`${ms(f.layout)} style and layout of the frame`);
	}
	return lines;
}

async function main(): Promise<void> {
	const { values: args } = parseArgs({
		options: {
			site: { type: 'string', multiple: true },
			runs: { type: 'string' },
			throttle: { type: 'string' },
			path: { type: 'string' },
			help: { type: 'boolean' }
		}
	});
	if (args.help || !args.site?.length) {
		process.stdout.write(
			'npm run bench:startup -- --site <folder> [--site <folder>] [--runs 3] [--throttle 4] [--path /]\n'
		);
		if (!args.help) process.exitCode = 1;
		return;
	}
	const runs = Number(args.runs ?? 3);
	const throttle = Number(args.throttle ?? 4);
	const path = args.path ?? '/';
	if (!Number.isInteger(runs) || runs < 1)
		throw new HarnessError(`--runs ${args.runs}: a whole number`);
	for (const s of args.site)
		if (!existsSync(join(s, 'index.html')))
			throw new HarnessError(`--site ${s}: no index.html there`);

	const cleanups = cleanUps('bench:startup');
	try {
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		cleanups.add(() => browser.close());
		const sites = [];
		for (const dir of args.site) {
			const server = await serveStatic({ dir, base: '', gzip: true });
			cleanups.add(() => server.close());
			sites.push({ dir, url: new URL(path.slice(1), server.url).href, names: chunkNames(dir) });
		}
		const results = new Map<string, Recorded[]>();
		const key = (dir: string, view: string) => `${dir}|${view}`;
		// Run after run, every site in turn: a change in the machine's load meets each alike.
		for (let run = 1; run <= runs; run++)
			for (const view of VIEWPORTS)
				for (const site of sites) {
					const r = await measure(browser, site.url, view, throttle);
					const k = key(site.dir, view.name);
					results.set(k, [...(results.get(k) ?? []), r]);
					progress(
						`${site.dir} ${view.name} run ${run}/${runs}: ${r.tasks.length} long tasks, blocking ${ms(blockingOf(r))}`
					);
				}

		const out = (line = '') => process.stdout.write(`${line}\n`);
		out(`## Start-up long tasks on ${path}, CPU ×${throttle}, median of ${runs}`);
		out();
		out(`Load average ${loadavg()[0]!.toFixed(2)} at the end, on ${cpus().length} cores.`);
		out();
		out('| site | viewport | long tasks | longest | blocking (Σ over 50 ms) | interactive | FCP |');
		out('|---|---|---|---|---|---|---|');
		for (const view of VIEWPORTS)
			for (const site of sites) {
				const rs = results.get(key(site.dir, view.name))!;
				out(
					`| ${site.dir} | ${view.name} | ${median(rs.map((r) => r.tasks.length))} | ${ms(median(rs.map((r) => Math.max(0, ...r.tasks.map((t) => t.duration)))))} | ${ms(median(rs.map(blockingOf)))} | ${ms(median(rs.map((r) => r.interactive ?? NaN)))} | ${ms(median(rs.map((r) => r.fcp ?? NaN)))} |`
				);
			}
		out();
		for (const view of VIEWPORTS)
			for (const site of sites) {
				const rs = results.get(key(site.dir, view.name))!;
				const mid = median(rs.map(blockingOf));
				const r = rs.find((x) => blockingOf(x) === mid)!;
				out(`### ${site.dir}, ${view.name}: the run with the median blocking time (${ms(mid)})`);
				out();
				for (const t of r.tasks) {
					out(`- at ${ms(t.start)}: ${ms(t.duration)}`);
					for (const c of causes(t, r.frames, site.names)) out(`  - ${c}`);
				}
				out();
			}
	} finally {
		await cleanups.run();
	}
}

runBenchmark('bench:startup', main);
