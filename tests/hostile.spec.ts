import { MARKS } from '../src/lib/instrumentation/marks';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
	HOSTILE_FILE,
	HOSTILE_IMG,
	HOSTILE_SCRIPT,
	HOSTILE_TITLE,
	JA_FILE,
	JA_ORIGINAL,
	JA_TITLE,
	JA_VIA,
	LONG_FILE,
	RECORD_BASIS,
	RECORD_OTHER,
	RECORD_REPORT,
	RECORD_TITLE,
	HOSTILE_SITE
} from './support/hostile-site';
import { siteTestMode, testSite } from './support/test-sites';
import type { BuiltSite } from '../scripts/support/site-build';
import { SITE_BUILD_TIMEOUT, expect, test } from './support/test';
import { corpusEvents, openHome, waitForMark } from './support/timeline';

// One site for the whole file (support/test-sites.ts says where it is built).
test.describe.configure({ mode: siteTestMode });

let site: BuiltSite;

test.beforeAll(async () => {
	test.setTimeout(SITE_BUILD_TIMEOUT);
	site = await testSite(HOSTILE_SITE);
});

test.afterAll(async () => {
	await site?.close();
});

async function notRun(page: Page) {
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

// ------------------------------------------------------------ long words, Japanese, excerpts, record-only

interface SiteEvent {
	id: string;
	date: string;
	title: string;
	recordOnly: boolean;
	excerpt: boolean;
	sources: { file: string }[];
}

async function siteEvents(request: APIRequestContext) {
	const response = await request.get(`${site.url}data/events.json`);
	expect(response.status()).toBe(200);
	return ((await response.json()) as { events: SiteEvent[] }).events;
}

async function eventWith(request: APIRequestContext, file: string) {
	const event = (await siteEvents(request)).find((e) => e.sources.some((s) => s.file === file));
	expect(event, `an event has the source ${file}`).toBeDefined();
	return event!;
}

const sourceBox = (root: Page | Locator, file: string) =>
	root.locator(`#source-${file.replace(/\.md$/, '')}`);

/** A view of the day `date` alone, as a query string (a range needs from before to). */
function dayView(date: string): string {
	const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
	return `from=${date}&to=${next}`;
}

/** Nothing is wider than the screen: the page does not scroll sideways. */
async function expectNoSideways(page: Page, what: string) {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		screen: document.documentElement.clientWidth
	}));
	expect(widths.page, `${what}: ${widths.page} px wide at ${widths.screen} px`).toBeLessThanOrEqual(
		widths.screen
	);
}

test('a 20,000-character word wraps: no sideways scroll at 375 px, on the page and in the panel', async ({
	page,
	request
}) => {
	const event = await eventWith(request, LONG_FILE);
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(`${site.url}events/${event.id}/`);
	const words = sourceBox(page, LONG_FILE).locator('[data-sentence] .words').first();
	await expect(words).toContainText('supercalifragilistic');
	await expectNoSideways(page, 'the event page');
	// The word is all there, broken over lines rather than cut.
	expect((await words.textContent())!.length).toBeGreaterThan(20_000);

	const ja = await eventWith(request, JA_FILE);
	await page.goto(`${site.url}events/${ja.id}/`);
	await expect(sourceBox(page, JA_FILE).locator('[data-sentence]').first()).toBeVisible();
	await expectNoSideways(page, 'the Japanese event page');

	await page.goto(`${site.url}?event=${event.id}`);
	const panel = page.getByRole('dialog');
	await expect(sourceBox(panel, LONG_FILE).locator('.words').first()).toBeVisible();
	const panelWidths = await panel.evaluate((d) => ({ content: d.scrollWidth, box: d.clientWidth }));
	expect(panelWidths.content, 'the panel scrolls sideways').toBeLessThanOrEqual(panelWidths.box);
});

test('a Japanese source is marked lang="ja", its sentences marked by theme; an excerpt and a republication say so', async ({
	page,
	request
}) => {
	const event = await eventWith(request, JA_FILE);
	expect(event.excerpt).toBe(true);
	await page.goto(`${site.url}events/${event.id}/`);
	await expect(page.locator('h1')).toHaveAttribute('lang', 'ja');
	const source = sourceBox(page, JA_FILE);
	await expect(source.getByRole('heading', { level: 3 })).toHaveText(JA_TITLE);
	await expect(source.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'ja');

	// Every sentence is inside the Japanese container, and some carry a theme's mark.
	const body = source.locator('.body');
	await expect(body).toHaveAttribute('lang', 'ja');
	const sentences = body.locator('[data-sentence]');
	expect(await sentences.count()).toBeGreaterThan(1);
	const marks = body.locator('[data-sentence].tagged mark');
	expect(await marks.count(), 'Japanese phrases are marked').toBeGreaterThan(0);
	for (const text of await marks.allTextContents())
		expect(text, 'a mark is a phrase of the text, not the whole sentence').toMatch(/^[^。]+$/);
	// The theme tags beside them are the page's words, in English.
	await expect(body.locator('.tags').first()).toHaveAttribute('lang', 'en');
	// Japanese line breaking and a Japanese font first.
	const style = await marks.first().evaluate((m) => {
		const s = getComputedStyle(m.closest('.words')!);
		return {
			lineBreak: s.lineBreak,
			wordBreak: s.wordBreak,
			wrap: s.overflowWrap,
			font: s.fontFamily
		};
	});
	expect(style).toMatchObject({ lineBreak: 'strict', wordBreak: 'normal', wrap: 'anywhere' });
	expect(style.font).toMatch(/^"?Hiragino Sans/);

	// The evidence quotes keep the language.
	for (const d of await source.locator('.evidence details').all())
		await d.locator('summary').click();
	await expect(source.locator('.evidence q').first()).toHaveAttribute('lang', 'ja');

	// Excerpt and republication, on the page and by the source.
	await expect(page.locator('[data-excerpt-note]').first()).toBeVisible();
	await expect(page.locator('[data-excerpt-note]').first()).toContainText(
		'Excerpt: only the opening of this page was saved; its counts are a lower bound'
	);
	await expect(source.locator('[data-excerpt-note]')).toBeVisible();
	await expect(source.locator('[data-via]')).toContainText(
		`Republished word for word by ${JA_VIA}`
	);
	await expect(source.locator('[data-via] a')).toHaveAttribute('href', JA_ORIGINAL);
	await expect(source.locator('[data-source-lang]')).toHaveText('In Japanese');
	// The profile chart's table says which source is an excerpt.
	await expect(page.locator('[data-chart="theme-profile"]')).toContainText('lower bound');
});

test('the panel shows a Japanese excerpt with its notice and its quotations in Japanese', async ({
	page,
	request
}) => {
	const event = await eventWith(request, JA_FILE);
	await openHome(page, `?event=${event.id}`, site.url);
	const panel = page.getByRole('dialog');
	await expect(panel).toHaveAccessibleName(JA_TITLE);
	await expect(panel.locator('h2')).toHaveAttribute('lang', 'ja');
	await expect(panel.locator('[data-excerpt-note]').first()).toBeVisible();
	await expect(panel.locator('[data-excerpt-note]').first()).toContainText('Excerpt:');
	for (const d of await panel.locator('details.theme').all()) await d.locator('summary').click();
	const quotes = panel.locator('details.theme q');
	expect(await quotes.count()).toBeGreaterThan(0);
	for (const q of await quotes.all()) await expect(q).toHaveAttribute('lang', 'ja');
	await expect(panel.locator('details.theme q mark').first()).toBeVisible();
	await expect(sourceBox(panel, JA_FILE).locator('.body')).toHaveAttribute('lang', 'ja');
});

test('the evidence dialog says a source is an excerpt and keeps its sentences in Japanese', async ({
	page,
	request
}) => {
	const event = await eventWith(request, JA_FILE);
	await openHome(page, `?${dayView(event.date)}`, site.url);
	await waitForMark(page, MARKS.chartsUpdated);
	const frequency = page.locator('[data-chart="theme-frequency"]');
	await expect(frequency.locator('[data-chart-caption]')).toContainText(
		'counts from excerpts are lower bounds'
	);
	await frequency.getByRole('button', { name: 'Show table' }).click();
	const counted = frequency.locator('tr[data-row]').filter({
		has: page.locator('[data-events]:not(:text-is("0"))')
	});
	await counted.first().locator('[data-evidence]').click();
	const dialog = page.getByRole('dialog');
	const group = dialog.locator(`[data-evidence-event="${event.id}"]`);
	await expect(group).toBeVisible();
	await expect(group.locator('[data-excerpt-note]')).toBeVisible();
	await expect(group.locator('[data-via]')).toContainText(JA_VIA);
	await expect(group.locator('ol')).toHaveAttribute('lang', 'ja');
	expect(await group.locator('[data-evidence-line] q').count()).toBeGreaterThan(0);
});

test('slides and handout: a Japanese excerpt is flagged and quoted in Japanese; a record-only event has its notice and no quotation', async ({
	page,
	request
}) => {
	const ja = await eventWith(request, JA_FILE);
	await page.goto(`${site.url}present/?${dayView(ja.date)}&slide=2`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expect(page.locator('[data-event-title]')).toHaveText(JA_TITLE);
	await expect(page.locator('[data-event-title]')).toHaveAttribute('lang', 'ja');
	const slide = page.locator('.slide[data-slide="2"]');
	await expect(slide.locator('[data-excerpt-note]')).toBeVisible();
	await expect(slide.locator('[data-excerpt-note]')).toContainText('counts are lower bounds');
	const quote = slide.locator('[data-key-sentence]:visible blockquote').first();
	await expect(quote).toHaveAttribute('lang', 'ja');
	await expect(slide.locator('[data-key-sentence] figcaption').first()).toContainText('excerpt');

	const record = (await siteEvents(request)).find((e) => e.title === RECORD_TITLE)!;
	expect(record.recordOnly).toBe(true);
	await page.goto(`${site.url}present/?${dayView(record.date)}&slide=2`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expect(page.locator('[data-event-title]')).toHaveText(RECORD_TITLE);
	const recordSlide = page.locator('.slide[data-slide="2"]');
	await expect(recordSlide.locator('[data-record-only]')).toContainText('No official text located');
	await expect(recordSlide.locator('[data-key-sentence]')).toHaveCount(0);

	// The handout: the same notice, the basis and the reports; no quotation.
	await page.emulateMedia({ media: 'print' });
	const block = page.locator(`[data-handout-event="${record.id}"]`);
	await expect(block.locator('[data-record-only]')).toBeVisible();
	await expect(block.locator('[data-record-only]')).toContainText(RECORD_BASIS);
	await expect(block.getByRole('link', { name: RECORD_REPORT })).toBeVisible();
	await expect(block.locator('[data-key-sentence]')).toHaveCount(0);
	await page.goto(`${site.url}present/?${dayView(ja.date)}`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	const jaBlock = page.locator(`[data-handout-event="${ja.id}"]`);
	await expect(jaBlock.locator('[data-excerpt-note]')).toBeVisible();
	await expect(jaBlock.locator('[data-key-sentence] p').first()).toHaveAttribute('lang', 'ja');
});

test('a record-only event: its page says no official text was located, with the reports; no chart counts it', async ({
	page,
	request
}) => {
	const record = (await siteEvents(request)).find((e) => e.title === RECORD_TITLE);
	expect(record, 'the record-only event is in events.json').toBeDefined();
	expect(record!.sources).toEqual([]);
	await page.goto(`${site.url}events/${record!.id}/`);
	const notice = page.locator('[data-record-only]');
	await expect(notice.getByRole('heading', { name: 'No official text located' })).toBeVisible();
	await expect(notice).toContainText(RECORD_BASIS);
	await expect(notice).toContainText(RECORD_OTHER);
	const report = notice.getByRole('link', { name: RECORD_REPORT });
	await expect(report).toHaveAttribute('href', RECORD_REPORT);
	await expect(report).toHaveAttribute('rel', /\bnoopener\b/);
	await expect(report).toHaveAttribute('rel', /\bnoreferrer\b/);
	await expect(page.locator('article.source')).toHaveCount(0);
	await expect(page.locator('[data-chart]')).toHaveCount(0);

	// In the panel: the same notice.
	await openHome(page, `?event=${record!.id}`, site.url);
	await expect(page.getByRole('dialog').locator('[data-record-only]')).toContainText(RECORD_BASIS);
	await page.keyboard.press('Escape');

	// The charts of a window that holds only this event count no event.
	await openHome(page, `?${dayView(record!.date)}`, site.url);
	await waitForMark(page, MARKS.chartsUpdated);
	const frequency = page.locator('[data-chart="theme-frequency"]');
	await expect(frequency).toContainText('— no events');
	await frequency.getByRole('button', { name: 'Show table' }).click();
	const counts = await frequency
		.locator('tr[data-row] [data-events]')
		.evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
	expect(counts.every((n) => n === 0)).toBe(true);
});
