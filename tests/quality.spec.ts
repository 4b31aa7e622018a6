import { expect, seriousViolations, test } from './support/test';

const PAGES = [
	'./',
	'events/',
	'events/2026-03-06-carney-takaichi/',
	'events/2024-01-13-joly-kamikawa/',
	'events/2022-02-08-trudeau-kishida/',
	'events/2021-05-03-garneau-motegi/'
];

test('every page loads, hydrates and links only to pages that exist', async ({ page, request }) => {
	// The page watch (support/test.ts) fails the test on any console error or failed request.
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		const origin = new URL(page.url()).origin;
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			if (url.origin !== origin) continue;
			const response = await request.get(url.pathname);
			expect(response.status(), `${path} links to ${url.pathname}`).toBe(200);
		}
	}
});

for (const path of PAGES) {
	test(`axe finds no serious or critical problem on ${path}`, async ({ page }) => {
		await page.goto(path);
		// The evidence lists start closed; open them so their contents are checked too.
		for (const d of await page.locator('details').all())
			await d.evaluate((el) => el.setAttribute('open', ''));
		expect(await seriousViolations(page)).toEqual([]);
	});
}

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`no horizontal scroll at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		// The home page with the detail panel open, too.
		for (const path of [...PAGES, './?event=2026-03-06-carney-takaichi']) {
			await page.goto(path);
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(scroll, `${path} is wider than the window`).toBeLessThanOrEqual(client);
		}
	});
}

test('body text is at least 16 px at 1280×720', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	for (const [path, selector] of [
		['./', 'body'],
		['./', '.lede'],
		['./', '.participants li'],
		['events/2022-02-08-trudeau-kishida/', '[data-sentence] .words'],
		['events/2022-02-08-trudeau-kishida/', '.facts dd']
	] as const) {
		await page.goto(path);
		const size = await page
			.locator(selector)
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size, `${path} ${selector}`).toBeGreaterThanOrEqual(16);
	}
});

test('the keyboard focus is visible', async ({ page }) => {
	await page.goto('events/2022-02-08-trudeau-kishida/');
	const link = page.getByRole('link', { name: 'All events' });
	await link.focus();
	await expect(link).toBeFocused();
	const outline = await link.evaluate((el) => {
		const s = getComputedStyle(el);
		return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('printing leaves out navigation and keeps the addresses of original pages', async ({
	page
}) => {
	await page.goto('events/2022-02-08-trudeau-kishida/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Earlier and later events' })).toBeHidden();
	const after = await page
		.getByRole('link', { name: 'Original page' })
		.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(after).toContain('(https://pm.gc.ca/en/node/16726)');
});
