import {
	buildHostileSite,
	HOSTILE_FILE,
	HOSTILE_IMG,
	HOSTILE_SCRIPT,
	HOSTILE_TITLE,
	type HostileSite
} from './support/hostile-site';
import { expect, test } from './support/test';
import { corpusEvents, openHome } from './support/timeline';

// One build for the whole file, so its tests share a worker.
test.describe.configure({ mode: 'serial' });

let site: HostileSite;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	site = await buildHostileSite();
});

test.afterAll(async () => {
	await site?.close();
});

async function notRun(page: import('@playwright/test').Page) {
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
	// Nothing from the source became an element: no image, no extra script, no javascript: link.
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('main script')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
	await expect(page.locator('b', { hasText: 'Bold claims' })).toHaveCount(0);
}

test('markup in a source is shown as text on the home page', async ({ page }) => {
	await page.goto(site.url);
	const article = page.getByRole('article', { name: HOSTILE_TITLE });
	await expect(article).toBeVisible();
	await expect(article.getByRole('heading', { level: 3 })).toHaveText(HOSTILE_TITLE);
	await expect(article).toContainText(`Test issuer ${HOSTILE_IMG}`);
	await notRun(page);
});

test('markup in a source is shown as text on its event page', async ({ page, request }) => {
	const data = (await (await request.get(`${site.url}data/events.json`)).json()) as {
		events: { id: string; sources: { file: string }[] }[];
	};
	const event = data.events.find((e) => e.sources.some((s) => s.file === HOSTILE_FILE));
	expect(event, 'the hostile source is part of an event').toBeDefined();
	await page.goto(`${site.url}events/${event!.id}/`);
	await expect(page).toHaveTitle(
		new RegExp(HOSTILE_SCRIPT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
	);
	const source = page.locator(`#source-${HOSTILE_FILE.replace(/\.md$/, '')}`);
	await expect(source.getByRole('heading', { level: 3 })).toHaveText(HOSTILE_TITLE);
	await expect(source.locator('.basis')).toContainText(HOSTILE_SCRIPT);
	await expect(source.locator('[data-sentence]').filter({ hasText: HOSTILE_IMG })).toHaveCount(1);
	await expect(source.locator('[data-sentence]').filter({ hasText: HOSTILE_SCRIPT })).toHaveCount(
		1
	);
	await expect(
		source.locator('[data-sentence] .words', { hasText: '<b>Bold claims</b>' })
	).toBeVisible();
	await expect(source.getByRole('link', { name: 'Original page' })).toHaveAttribute(
		'href',
		/^https:\/\/example\.org\/readout\?q=/
	);
	// Open every evidence list: the quotes there come from the same text.
	for (const d of await source.locator('details').all()) await d.locator('summary').click();
	await notRun(page);
});

test('markup in a source stays text in the timeline, its tooltip, the list and the panel', async ({
	page,
	request
}) => {
	const event = (await corpusEvents(request, site.url)).find((e) => e.title === HOSTILE_TITLE);
	expect(event, 'the hostile source is an event of its own').toBeDefined();
	await openHome(page, '?from=2023-01-01&to=2023-12-31', site.url);

	const item = page.locator(`[data-event-id="${event!.id}"]`);
	await expect(item).toBeVisible();
	// The item holds the one text span it is built with, and nothing parsed from a source.
	await expect(item.locator('*')).toHaveCount(1);
	await item.hover();
	const tooltip = page.locator('.vis-tooltip');
	await expect(tooltip).toContainText(HOSTILE_TITLE);
	await expect(tooltip.locator('script, img, b, a')).toHaveCount(0);

	const row = page.locator(`[data-event-row="${event!.id}"]`);
	await expect(row.getByRole('heading', { level: 3 })).toHaveText(HOSTILE_TITLE);

	await item.click();
	const panel = page.getByRole('dialog');
	await expect(panel).toHaveAccessibleName(HOSTILE_TITLE);
	const source = panel.locator(`#source-${HOSTILE_FILE.replace(/\.md$/, '')}`);
	await expect(source.locator('[data-sentence]').filter({ hasText: HOSTILE_IMG })).toHaveCount(1);
	await expect(source.locator('[data-sentence]').filter({ hasText: HOSTILE_SCRIPT })).toHaveCount(
		1
	);
	await expect(source.locator('.basis')).toContainText(HOSTILE_SCRIPT);
	for (const d of await panel.locator('details').all()) await d.locator('summary').click();
	await expect(panel.locator('details q').filter({ hasText: HOSTILE_IMG })).not.toHaveCount(0);
	await notRun(page);
});
