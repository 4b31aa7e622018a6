/**
 * The timeline with the whole record in it (about 60 events; see support/crowded-site.ts): "All"
 * stays legible at 1280×720, clusters open, and every kind has its lane, mark, key and filter.
 */
import { MARKS } from '../src/lib/instrumentation/marks';
import type { Page } from '@playwright/test';
import type { BuiltSite } from '../scripts/support/site-build';
import { CROWDED_EVENTS, CROWDED_SITE } from './support/crowded-site';
import { siteTestMode, testSite } from './support/test-sites';
import { SITE_BUILD_TIMEOUT, expect, test } from './support/test';
import {
	idsWhere,
	listedRows,
	openHome,
	pageSettled,
	shownItems,
	type CorpusEvent,
	waitForMark
} from './support/timeline';

// One site for the whole file (support/test-sites.ts says where it is built).
test.describe.configure({ mode: siteTestMode });

let site: BuiltSite;
let events: (CorpusEvent & { recordOnly: boolean })[];

test.beforeAll(async () => {
	test.setTimeout(SITE_BUILD_TIMEOUT);
	site = await testSite(CROWDED_SITE);
	const response = await fetch(`${site.url}data/events.json`);
	events = ((await response.json()) as { events: typeof events }).events;
});

test.afterAll(async () => {
	await site?.close();
});

/**
 * The labels a reader sees on the timeline: items drawn and not filtered out, inside the window
 * (the part of the drawing not scrolled away), each as its label's box (or the cluster's).
 */
function visibleLabels(page: Page) {
	return page.locator('.meeting-timeline').evaluate((root) => {
		const view = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
		return [...root.querySelectorAll<HTMLElement>('.vis-item')]
			.filter((item) => item.checkVisibility() && !item.classList.contains('vis-dot'))
			.map((item) => {
				const label = item.classList.contains('vis-point')
					? item.querySelector('.vis-item-content')!
					: item;
				const r = label.getBoundingClientRect();
				return {
					text: label.textContent ?? '',
					left: r.left,
					right: r.right,
					top: r.top,
					bottom: r.bottom
				};
			})
			.filter(
				(r) =>
					r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom
			);
	});
}

/** Pairs of labels whose boxes overlap by more than a pixel each way. */
async function overlaps(page: Page): Promise<string[]> {
	const labels = await visibleLabels(page);
	const found: string[] = [];
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++) {
			const a = labels[i]!;
			const b = labels[j]!;
			const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (x > 1 && y > 1) found.push(`"${a.text}" × "${b.text}"`);
		}
	return found;
}

async function showAll(page: Page) {
	await page.locator('[data-year="all"]').click();
	await expect(page.locator('[data-range-label]')).toHaveText(/^\w{3} 20(20|21) – \w{3} 2026$/);
	// Labels are placed after vis-timeline's redraw, which follows the move.
	await waitForMark(page, MARKS.rangeApplied);
}

test('the site holds the whole record', () => {
	expect(events.length).toBeGreaterThanOrEqual(CROWDED_EVENTS);
	expect(events.some((e) => e.recordOnly)).toBe(true);
});

test('"All" at 1280×720: no two labels overlap, and the clusters open', async ({ page }) => {
	await openHome(page, '', site.url);
	await showAll(page);
	await expect.poll(() => overlaps(page)).toEqual([]);
	expect((await visibleLabels(page)).length).toBeGreaterThan(5);

	// Sixty events on one screen cluster; a click on a cluster zooms in on its events.
	const cluster = page.locator('.vis-item.vis-cluster').first();
	await expect(cluster).toBeVisible();
	await expect(cluster).toHaveText(/^\d+ (events?|milestones?)$/);
	const wide = await page.locator('[data-range-label]').textContent();
	const before = (await shownItems(page)).length;
	await cluster.click();
	await expect(page.locator('[data-range-label]')).not.toHaveText(wide!);
	await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
	// Zoomed in, the events it held are drawn one by one, and still nothing overlaps.
	await expect.poll(async () => (await shownItems(page)).length).toBeGreaterThan(0);
	await expect.poll(() => overlaps(page)).toEqual([]);
	expect(before).toBeGreaterThanOrEqual(0);
});

test('every level has its lane and every kind its mark, key and filter', async ({ page }) => {
	await openHome(page, '', site.url);
	const lanes = page.locator('.vis-labelset .vis-label');
	await expect(lanes).toHaveText([
		'Leaders',
		'Ministers',
		'Officials',
		'Governments',
		'Milestones'
	]);

	const formats = [...new Set(events.map((e) => e.format))];
	const key = page.locator('.keys-visual');
	const words: Record<string, string> = {
		meeting: 'Meeting',
		call: 'Call',
		'courtesy-call': 'Courtesy call',
		statement: 'Statement',
		document: 'Document',
		signing: 'Agreement signed',
		'entry-into-force': 'Agreement in force'
	};
	for (const f of formats) {
		await expect(key.locator(`.key.format-${f}`), f).toHaveCount(1);
		await expect(key, f).toContainText(words[f]!);
		await expect(page.locator(`[data-format-toggle="${f}"]`), f).toBeVisible();
	}
	await expect(key).toContainText('no official text located');

	// A filter by format: the signings alone, on the timeline.
	await page.locator('[data-format-toggle="signing"]').click();
	await expect(page).toHaveURL(/\?format=signing$/);
	await showAll(page);
	const signings = idsWhere(events, (e) => e.format === 'signing');
	await expect.poll(async () => (await listedRows(page)).sort()).toEqual(signings);
	// The timeline draws the lanes in its view (Officials may be scrolled below): signings only.
	await expect.poll(async () => (await shownItems(page)).length).toBeGreaterThan(0);
	for (const id of await shownItems(page)) expect(signings).toContain(id);
	// Its label says the kind in words, and its mark is drawn before it.
	const signing = page.locator('.vis-item.format-signing .vis-item-content').first();
	await expect(signing).toHaveText(/sign/i);
	expect(await signing.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"✎"');
});

test('a record-only event is drawn apart, and says it has no official text', async ({ page }) => {
	// One in the first lanes, three weeks around it: in view, on its own, without scrolling.
	const record = events.find(
		(e) => e.recordOnly && e.level !== 'government' && e.level !== 'officials'
	)!;
	const day = (n: number) =>
		new Date(Date.parse(`${record.date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
	await openHome(page, `?from=${day(-10)}&to=${day(10)}`, site.url);
	const item = page.locator(`.vis-item.record-only [data-event-id="${record.id}"]`);
	await expect(item).toHaveCount(1);
	await expect(item).toHaveCSS('font-style', 'italic');
	await expect(item).toHaveCSS('border-top-style', 'dotted');
	await item.hover();
	await expect(page.locator('.vis-tooltip')).toContainText('No official text located');

	// In the list too, flagged, with what its facts rest on and no sources or themes.
	const row = page.locator(`[data-event-row="${record.id}"]`);
	await expect(row.locator('[data-record-only-flag]')).toHaveText('No official text located');
	await expect(row).toContainText('Basis:');
	await expect(row.locator('.sources')).toHaveCount(0);

	// The event list page marks it as well.
	await page.goto(`${site.url}events/`);
	await expect(
		page.locator(`[data-event-entry="${record.id}"] [data-record-only-flag]`)
	).toContainText('No official text located');
});

test('screens at three sizes', async ({ page }, info) => {
	// Three page loads, each with every event drawn: minutes when the machine is busy.
	test.setTimeout(180_000);
	for (const [width, height] of [
		[1280, 720],
		[1920, 1080],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await openHome(page, '', site.url);
		await showAll(page);
		await page.locator('.meeting-timeline').scrollIntoViewIfNeeded();
		// The labels are placed in the frames after the move: a picture of the page once it is done.
		await pageSettled(page);
		await page.screenshot({ path: info.outputPath(`crowded-all-${width}x${height}.png`) });
		await expect.poll(() => overlaps(page), { message: `${width}×${height}` }).toEqual([]);
	}
});
