/**
 * The site in a meeting room: with no network beyond the machine serving it, and from a
 * sub-folder of any static host. The dashboard and the briefing must work in full in both.
 */
import { MARKS } from '../src/lib/instrumentation/marks';
import type { Page } from '@playwright/test';
import type { BuiltSite } from '../scripts/support/site-build';
import { presentWithPresenter } from './support/presenter';
import { SITE_BUILD_TIMEOUT, expect, test } from './support/test';
import { waitForMark } from './support/timeline';
import { SUBFOLDER_SITE, siteTestMode, testSite } from './support/test-sites';

const CALL = '2022-02-08-trudeau-kishida';
const CALL_TITLE =
	'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio';
/** A window and filters (the text search too: it fetches search.json) that hold that call alone. */
const SELECTION = 'format=call&level=leaders&q=Kishida&from=2022-02-01&to=2022-02-28';

/** Every request to another host is refused and written down; the test fails if there was one. */
async function offline(page: Page, origin: string): Promise<string[]> {
	const attempted: string[] = [];
	await page.context().route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || !/^https?:/.test(url)) return route.continue();
		attempted.push(url);
		return route.abort('internetdisconnected');
	});
	return attempted;
}

/** The dashboard draws its timeline and opens an event's panel with its sources. */
async function useDashboard(page: Page, home: string) {
	// The call's month, so that no cluster of the growing record stands in for it.
	await page.goto(`${home}?from=2022-01-01&to=2022-03-31`);
	await waitForMark(page, MARKS.interactive);
	await expect(page.locator(`[data-event-id="${CALL}"]`)).toBeVisible();
	await page.locator(`[data-event-id="${CALL}"]`).click();
	const panel = page.getByRole('dialog');
	await expect(panel).toHaveAccessibleName(CALL_TITLE);
	// The sources are fetched when the panel opens.
	await expect(panel.locator('details.theme').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
}

/** The briefing opens on the dashboard's selection, draws its timeline and steps. */
async function useBriefing(page: Page, home: string) {
	await page.goto(`${home}present/?${SELECTION}`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await waitForMark(page, MARKS.interactive);
	await expect(page.locator('[data-slide-count]')).toHaveText('Slide 1 of 3');
	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-event-title]')).toHaveText(CALL_TITLE);
	await expect(page.locator(`.vis-selected [data-event-id="${CALL}"]`)).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.locator('.slide.closing canvas')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL((url) => {
		const back = new URL(home, url);
		const want = new URLSearchParams(SELECTION);
		return (
			url.pathname === back.pathname &&
			[...want].every(([k, v]) => url.searchParams.get(k) === v) &&
			[...url.searchParams.keys()].every((k) => want.has(k))
		);
	});
	await waitForMark(page, MARKS.interactive);
}

test('works with no network: the dashboard and the briefing', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const attempted = await offline(page, origin);
	await useDashboard(page, './');
	await useBriefing(page, baseURL!);
	expect(attempted, 'requests to other hosts').toEqual([]);
});

test.describe('from a sub-folder', () => {
	// One site for the file's tests (support/test-sites.ts says where it is built).
	test.describe.configure({ mode: siteTestMode });
	let site: BuiltSite;
	const BASE = SUBFOLDER_SITE.base!;

	test.beforeAll(async () => {
		test.setTimeout(SITE_BUILD_TIMEOUT);
		site = await testSite(SUBFOLDER_SITE);
	});
	test.afterAll(async () => {
		await site?.close();
	});

	test('the dashboard and the briefing work in full, every file found', async ({ page }) => {
		expect(site.url).toMatch(/\/cjt\/sub\/$/);
		const origin = new URL(site.url).origin;
		const attempted = await offline(page, origin);
		const requested: string[] = [];
		const missing: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		page.on('response', (r) => {
			if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
		});
		await useDashboard(page, site.url);
		await useBriefing(page, site.url);
		// The presenter view beside the slides, and the deck as PowerPoint, from the sub-folder.
		const all = (await (await page.request.get(`${site.url}data/events.json`)).json()) as {
			events: unknown[];
		};
		await presentWithPresenter(page, site.url, all.events.length + 2);
		await page.goto(`${site.url}?${SELECTION}`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[data-download-pptx]').click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.pptx$/);
		// A link to the briefing that names no slide, and back to the dashboard by its link.
		await page.goto(`${site.url}present/`);
		await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
		await page.getByRole('link', { name: 'Dashboard' }).click();
		await expect(page).toHaveURL(site.url);

		expect(missing, 'responses with an error').toEqual([]);
		expect(attempted, 'requests to other hosts').toEqual([]);
		const outside = requested.filter((p) => !p.startsWith(`${BASE}/`));
		expect(outside, 'requests outside the sub-folder').toEqual([]);
		expect(requested).toContain(`${BASE}/data/search.json`);
	});

	test('the French and Japanese sites live in the sub-folder too', async ({ page }) => {
		await page.goto(`${site.url}fr/events/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		// The site's own links stay in French and in the sub-folder.
		const nav = page.getByRole('navigation', { name: 'Site' });
		for (const href of await nav
			.locator('a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
			expect(href, 'a link of the French site').toMatch(new RegExp(`^${BASE}/(fr/|data/)`));
		const switchNav = page.getByRole('navigation', { name: /^(Language|Langue|言語)$/ });
		await expect(switchNav.getByRole('link', { name: '日本語' })).toHaveAttribute(
			'href',
			`${BASE}/ja/events/`
		);
		await switchNav.getByRole('link', { name: '日本語' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page).toHaveURL(`${site.url}ja/events/`);
		await switchNav.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(`${site.url}events/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});
