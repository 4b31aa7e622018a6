import { MARKS } from '../src/lib/instrumentation/marks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { listedRows, openHome, pageSettled, waitForMark } from './support/timeline';
import { expect, parseCsv, test } from './support/test';

/** events.json as far as the charts go. */
interface JsonEvent {
	id: string;
	date: string;
	title: string;
	level: string;
	format: string;
	/** No official text: in no chart's count or base. */
	recordOnly: boolean;
	themes: { id: string; mentions: number }[];
	sources: {
		file: string;
		title: string;
		issuer: string;
		url: string;
		themes: { id: string; mentions: number; evidence: string[] }[];
	}[];
}
interface EventsJson {
	events: JsonEvent[];
	themes: { id: string; label: string }[];
}

const SUMMIT = '2026-03-06-carney-takaichi';

let data: EventsJson;

test.beforeEach(async ({ request }) => {
	if (data) return;
	const response = await request.get('data/events.json');
	expect(response.status()).toBe(200);
	data = (await response.json()) as EventsJson;
});

/** Opens the home page and waits until the three theme charts are drawn. */
async function openCharts(page: Page, query = '') {
	await openHome(page, query);
	await waitForMark(page, MARKS.chartsUpdated);
}

const figure = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`);

/** Events and sentences per theme, as the frequency table shows them. */
function frequencyTable(page: Page): Promise<Record<string, [number, number]>> {
	return figure(page, 'theme-frequency')
		.locator('tr[data-row]')
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((r) => [
					r.getAttribute('data-row')!,
					[
						Number(r.querySelector('[data-events]')!.textContent),
						Number(r.querySelector('[data-sentences]')!.textContent)
					]
				])
			)
		);
}

/** The same counts from events.json, for the events `keep` lets through. */
function expectedFrequency(keep: (e: JsonEvent) => boolean): Record<string, [number, number]> {
	const out: Record<string, [number, number]> = {};
	for (const t of data.themes) out[t.id] = [0, 0];
	for (const e of data.events.filter(keep))
		for (const t of e.themes) {
			out[t.id]![0] += 1;
			out[t.id]![1] += t.mentions;
		}
	return out;
}

const has = (e: JsonEvent, theme: string) => e.themes.some((t) => t.id === theme);
const newestFirst = (a: JsonEvent, b: JsonEvent) => b.date.localeCompare(a.date);

/** Clicks the chart's element `index` (bar or cell) where chart.js drew it. */
async function clickElement(chart: Locator, index: number) {
	const canvas = chart.locator('canvas');
	const points = JSON.parse((await canvas.getAttribute('data-points')) ?? '[]') as [
		number,
		number
	][];
	const point = points[index];
	expect(point, `element ${index} is drawn`).toBeDefined();
	await canvas.scrollIntoViewIfNeeded();
	await canvas.click({ position: { x: point![0], y: point![1] } });
}

test('the tables count what events.json says, for the filters shown', async ({ page }) => {
	await openCharts(page, '?level=leaders');
	const leaders = (e: JsonEvent) => e.level === 'leaders';
	expect((await listedRows(page)).sort()).toEqual(
		data.events
			.filter(leaders)
			.map((e) => e.id)
			.sort()
	);
	await expect.poll(() => frequencyTable(page)).toEqual(expectedFrequency(leaders));
	// Counted: the events with an official text; the caption may go on about excerpts.
	const n = data.events.filter((e) => leaders(e) && !e.recordOnly).length;
	await expect(figure(page, 'theme-frequency').locator('[data-chart-caption]')).toHaveText(
		new RegExp(`^Events mentioning each theme, .*, leaders only — ${n} events?(\\. .*)?$`)
	);

	// A theme filter: only the events with health count, for every theme.
	await page.locator('[data-theme-toggle="health"]').click();
	await expect(page).toHaveURL(/\?themes=health&level=leaders$/);
	const health = (e: JsonEvent) => leaders(e) && has(e, 'health');
	await expect.poll(() => frequencyTable(page)).toEqual(expectedFrequency(health));
	await expect(figure(page, 'theme-frequency').locator('[data-chart-caption]')).toContainText(
		'leaders only, theme: Health security'
	);

	// The areas chart counts every year: the 2021 column of "2021 · Health…" has the 2021 event.
	const areas = figure(page, 'framework-areas');
	const row = areas.locator('tr[data-row="p2021-health-covid"]');
	const in2021 = data.events.filter((e) => health(e) && e.date.startsWith('2021')).length;
	await expect(row.locator('td[data-cell="2021"]')).toHaveAttribute('data-events', `${in2021}`);
	await expect(areas.locator('[data-chart-caption]')).toContainText('whatever the timeline shows');
});

test('the switches are in the address and change the counts shown', async ({ page }) => {
	await openCharts(page);
	const frequency = figure(page, 'theme-frequency');
	await frequency.getByRole('switch', { name: 'Count sentences instead of events' }).check();
	await expect(page).toHaveURL(/\?count=sentences$/);
	await expect(frequency.locator('[data-chart-caption]')).toHaveText(/^Sentences mentioning/);

	await figure(page, 'themes-over-time').getByRole('switch').check();
	await expect(page).toHaveURL(/\?count=sentences&scale=share$/);
	// A share is never shown without its base: the table says "n of m (p%)".
	const cell = figure(page, 'themes-over-time')
		.locator('tr[data-row="trade-investment"] td')
		.first();
	await expect(cell).toHaveText(/^\d+ of \d+( \(\d+%\))?/);

	await openCharts(page, '?scale=share&count=bogus');
	await expect(page.getByText('Ignored count="bogus"')).toBeVisible();
	await expect(figure(page, 'framework-areas').getByRole('switch')).toBeChecked();
});

test('zooming the timeline to a year counts that year, by quarter', async ({ page }) => {
	await openCharts(page);
	await page.locator('[data-year="2024"]').click();
	await expect(page).toHaveURL(/\?from=2024-01-01&to=2024-12-31$/);
	const in2024 = (e: JsonEvent) => e.date.startsWith('2024');
	// The events counted: those with an official text (a record-only event has no sentences).
	const n = data.events.filter((e) => in2024(e) && !e.recordOnly).length;
	await expect(figure(page, 'theme-frequency').locator('[data-chart-caption]')).toHaveText(
		new RegExp(
			`^Events mentioning each theme, Jan – Dec 2024 — ${n} ${n === 1 ? 'event' : 'events'}(\\. .*)?$`
		)
	);
	await expect.poll(() => frequencyTable(page)).toEqual(expectedFrequency(in2024));
	const heads = figure(page, 'themes-over-time').locator('thead th[data-col]');
	await expect(heads.first()).toHaveText(/^Q1 2024 · \d+ events?$/);
	await expect(heads).toHaveCount(4);
});

test('clicking a bar filters the timeline and the address by its theme', async ({ page }) => {
	await openCharts(page);
	const chart = figure(page, 'theme-frequency');
	const order = await chart
		.locator('tr[data-row]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
	const i = order.indexOf('health');
	await clickElement(chart, i);
	await expect(page).toHaveURL(/\?themes=health$/);
	await expect(page.locator('[data-theme-toggle="health"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const withHealth = data.events.filter((e) => has(e, 'health')).map((e) => e.id);
	await expect.poll(async () => (await listedRows(page)).sort()).toEqual(withHealth.sort());

	// Again: out of the filter.
	await waitForMark(page, MARKS.chartsUpdated, 2);
	const again = await chart
		.locator('tr[data-row]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')!));
	await clickElement(chart, again.indexOf('health'));
	await expect(page).toHaveURL(/\/$/);
});

/** What the page under test keeps of its charts (set up by watchChartMarks). */
interface ChartProbe {
	/** A fingerprint of what each chart's canvas shows now, by its data-chart. */
	pictures: () => Record<string, number>;
	/** The same, taken as each MARKS.chartsUpdated mark was set. */
	atMark: Record<string, number>[];
}

declare global {
	interface Window {
		/** Set in the page under test by watchChartMarks. */
		chartProbe: ChartProbe;
	}
}

/** Records, at each MARKS.chartsUpdated mark, what every chart had drawn by then. */
async function watchChartMarks(page: Page) {
	await page.addInitScript((chartsUpdated: string) => {
		// FNV-1a: a canvas's data URL is long; its fingerprint is enough to tell two drawings apart.
		const hash = (s: string) => {
			let h = 2166136261;
			for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
			return h >>> 0;
		};
		const probe: ChartProbe = {
			pictures: () =>
				Object.fromEntries(
					[...document.querySelectorAll<HTMLElement>('[data-chart]')].map((f) => [
						f.dataset.chart!,
						hash(f.querySelector('canvas')!.toDataURL())
					])
				),
			atMark: []
		};
		window.chartProbe = probe;
		const mark = performance.mark.bind(performance);
		performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
			if (name === chartsUpdated) probe.atMark.push(probe.pictures());
			return mark(name, options);
		}) as typeof performance.mark;
	}, MARKS.chartsUpdated);
}

test('a filter change sets one charts-updated mark, once every chart has drawn it', async ({
	page
}) => {
	await watchChartMarks(page);
	// An event's panel brings a chart of its own that mounts late and goes when the panel closes:
	// the marks must neither wait for it forever nor come before the other charts.
	await openCharts(page, `?event=${SUMMIT}`);
	const panel = page.getByRole('dialog');
	await expect
		.poll(async () =>
			JSON.parse(
				(await panel.locator('[data-chart="theme-profile"] canvas').getAttribute('data-points')) ??
					'[]'
			)
		)
		.not.toHaveLength(0);
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page.locator('[data-chart]')).toHaveCount(3);
	// Whatever closing the panel redraws has been drawn and marked: the address has let the event
	// go, and the page has nothing left to do.
	await expect(page).toHaveURL((url) => !url.searchParams.has('event'));
	await pageSettled(page);
	const marks = await page.evaluate(() => window.chartProbe.atMark.length);
	const before = await page.evaluate(() => window.chartProbe.pictures());

	await page.locator('[data-theme-toggle="health"]').click();
	await waitForMark(page, MARKS.chartsUpdated, marks + 1);
	// The filter settles, the address follows: nothing in that draws the charts a second time.
	await expect(page).toHaveURL(/[?&]themes=health(&|$)/);
	await pageSettled(page);
	expect(await page.evaluate(() => window.chartProbe.atMark.length)).toBe(marks + 1);
	const atMark = await page.evaluate(() => window.chartProbe.atMark.at(-1)!);
	const after = await page.evaluate(() => window.chartProbe.pictures());
	expect(Object.keys(after).sort()).toEqual([
		'framework-areas',
		'theme-frequency',
		'themes-over-time'
	]);
	// Every chart had drawn the new numbers when the mark was set, and none drew anything since.
	expect(atMark).toEqual(after);
	for (const id of Object.keys(after)) expect(after[id], id).not.toBe(before[id]);
});

test('"show the sentences" lists exactly the evidence behind a count', async ({ page }) => {
	await openCharts(page);
	const frequency = figure(page, 'theme-frequency');
	await frequency.getByRole('button', { name: 'Show table' }).click();
	await expect(frequency.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await frequency.locator('[data-evidence="defence"]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toHaveAccessibleName(/^Defence and security cooperation · /);

	const expected = data.events
		.filter((e) => has(e, 'defence'))
		.sort(newestFirst)
		.flatMap((e) =>
			e.sources.flatMap((s) =>
				s.themes.filter((t) => t.id === 'defence').flatMap((t) => t.evidence)
			)
		);
	await expect(dialog.locator('[data-evidence-line] q')).toHaveText(expected);
	const first = data.events.filter((e) => has(e, 'defence')).sort(newestFirst)[0]!;
	const group = dialog.locator(`[data-evidence-event="${first.id}"]`);
	await expect(group.getByRole('link', { name: first.title, exact: true })).toHaveAttribute(
		'href',
		new RegExp(`/events/${first.id}/$`)
	);
	const source = first.sources.find((s) => s.themes.some((t) => t.id === 'defence'))!;
	await expect(
		group.getByRole('link', { name: `${source.issuer}: ${source.title}` })
	).toHaveAttribute('href', source.url);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(frequency.locator('[data-evidence="defence"]')).toBeFocused();

	// A heatmap cell does the same: trade and investment in 2024.
	const overTime = figure(page, 'themes-over-time');
	const rows = await overTime
		.locator('tr[data-row]')
		.evaluateAll((r) => r.map((x) => x.getAttribute('data-row')!));
	const cols = await overTime
		.locator('thead th[data-col]')
		.evaluateAll((c) => c.map((x) => x.getAttribute('data-col')!));
	await clickElement(
		overTime,
		rows.indexOf('trade-investment') * cols.length + cols.indexOf('2024')
	);
	await expect(dialog).toHaveAccessibleName(/^Trade and investment · 2024 · /);
	const inCell = data.events
		.filter((e) => e.date.startsWith('2024') && has(e, 'trade-investment'))
		.sort(newestFirst)
		.flatMap((e) =>
			e.sources.flatMap((s) =>
				s.themes.filter((t) => t.id === 'trade-investment').flatMap((t) => t.evidence)
			)
		);
	expect(inCell.length).toBeGreaterThan(0);
	await expect(dialog.locator('[data-evidence-line] q')).toHaveText(inCell);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('downloads each chart as a PNG at twice its size on white, and as CSV', async ({ page }) => {
	await openCharts(page, '?level=leaders');
	const chart = figure(page, 'theme-frequency');
	const canvas = chart.locator('canvas');
	const size = await canvas.evaluate((c) => ({ width: c.clientWidth, height: c.clientHeight }));

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		chart.getByRole('button', { name: /PNG/ }).click()
	]);
	expect(png.suggestedFilename()).toBe('theme-frequency.png');
	const bytes = readFileSync((await png.path())!);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(bytes.readUInt32BE(16)).toBe(size.width * 2);
	expect(bytes.readUInt32BE(20)).toBe(size.height * 2);
	// The corner pixel, decoded by the browser: opaque white. From bytes in memory, not an <img>
	// from a data: address, which the page's Content-Security-Policy (img-src 'self') refuses.
	const corner = await page.evaluate(async (b64) => {
		const png = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
		const img = await createImageBitmap(new Blob([png], { type: 'image/png' }));
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		return [...ctx.getImageData(0, 0, 1, 1).data];
	}, bytes.toString('base64'));
	expect(corner).toEqual([255, 255, 255, 255]);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		chart.getByRole('button', { name: /CSV/ }).click()
	]);
	expect(csv.suggestedFilename()).toBe('theme-frequency.csv');
	const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
	expect(rows[0]).toEqual(['theme_id', 'theme_label', 'events', 'sentences', 'events_counted']);
	const expected = expectedFrequency((e) => e.level === 'leaders');
	const n = data.events.filter((e) => e.level === 'leaders' && !e.recordOnly).length;
	for (const [id, , events, sentences, counted] of rows.slice(1))
		expect([Number(events), Number(sentences), Number(counted)]).toEqual([...expected[id!]!, n]);
	expect(rows).toHaveLength(data.themes.length + 1);

	for (const [id, file] of [
		['themes-over-time', 'themes-over-time'],
		['framework-areas', 'framework-areas']
	] as const) {
		for (const ext of ['png', 'csv']) {
			const [d] = await Promise.all([
				page.waitForEvent('download'),
				figure(page, id)
					.getByRole('button', { name: new RegExp(ext.toUpperCase()) })
					.click()
			]);
			expect(d.suggestedFilename()).toBe(`${file}.${ext}`);
		}
	}
});

test('an event’s theme profile, source by source, in the panel and on its page', async ({
	page
}) => {
	const summit = data.events.find((e) => e.id === SUMMIT)!;
	expect(summit.sources.length).toBeGreaterThan(1);
	const mentioned = data.themes
		.map((t) => ({
			id: t.id,
			bySource: summit.sources.map((s) =>
				s.themes.filter((x) => x.id === t.id).reduce((n, x) => n + x.mentions, 0)
			)
		}))
		.filter((r) => r.bySource.some((n) => n > 0));

	async function check(scope: Locator) {
		const profile = scope.locator('[data-chart="theme-profile"]');
		await expect(profile.locator('canvas[role="img"]')).toHaveAttribute(
			'aria-label',
			new RegExp(`one bar for each of the ${summit.sources.length} sources`)
		);
		const table = await profile
			.locator('tr[data-row]')
			.evaluateAll((rows) =>
				Object.fromEntries(
					rows.map((r) => [
						r.getAttribute('data-row')!,
						[...r.querySelectorAll('td:not([data-total])')].map((td) => Number(td.textContent))
					])
				)
			);
		expect(table).toEqual(Object.fromEntries(mentioned.map((r) => [r.id, r.bySource])));
		// Drawn: chart.js has laid out one bar per theme of the first source.
		await expect
			.poll(async () =>
				JSON.parse((await profile.locator('canvas').getAttribute('data-points')) ?? '[]')
			)
			.toHaveLength(mentioned.length);
	}

	await openHome(page, `?event=${SUMMIT}`);
	await check(page.getByRole('dialog'));
	await page.goto(`events/${SUMMIT}/`);
	await check(page.locator('main'));
});

test('the charts take the room the page kept for them: nothing moves when they draw', async ({
	page
}) => {
	// Boxes as prerendered, before chart.js is loaded: the script that draws them is held back.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	// Chunk names are hashes: the ones that hold chart.js are known by what they hold.
	let heldBack = 0;
	// Answered from the built files: a second request to the server for each chunk (route.fetch)
	// met a closing keep-alive socket now and then on a busy machine ("socket hang up").
	const built = process.env.CJT_BUILD_DIR ?? 'build';
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const path = new URL(route.request().url()).pathname;
		const file = join(built, path.slice(path.indexOf('/_app/')));
		if (/BarController|MatrixController/.test(readFileSync(file, 'utf8'))) {
			heldBack++;
			await held;
		}
		await route.fulfill({ path: file });
	});
	const boxes = () =>
		page.locator('[data-chart] canvas').evaluateAll((canvases) =>
			canvases.map((c) => {
				const r = c.parentElement!.getBoundingClientRect();
				return [Math.round(r.top + scrollY), Math.round(r.height)];
			})
		);
	await page.goto('./');
	await expect(page.locator('[data-chart] canvas')).toHaveCount(3);
	// The page asks for chart.js once it is running: wait until that request is being held.
	await expect.poll(() => heldBack, { message: 'chart.js was held back' }).toBeGreaterThan(0);
	const before = await boxes();
	await expect(page.locator('[data-chart] canvas[data-points]')).toHaveCount(0);
	release();
	await waitForMark(page, MARKS.chartsUpdated);
	expect(await boxes()).toEqual(before);
});
