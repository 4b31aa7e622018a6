/**
 * Site-wide quality: links, accessibility (axe), no sideways scroll, type size, focus, print. The
 * event pages are chosen by what they hold (two sources, a Japanese text, an excerpt, no official
 * text), from events.json, so the checks follow the corpus as it grows.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, seriousViolations, test } from './support/test';
import { waitForMark } from './support/timeline';

interface JsonEvent {
	id: string;
	date: string;
	langs: string[];
	excerpt: boolean;
	recordOnly: boolean;
	sources: { url: string }[];
}

/** The kinds of page every check visits: the lists, and one event page of each kind. */
const KINDS = {
	home: () => null,
	list: () => null,
	'two sources': (e: JsonEvent) => e.sources.length > 1,
	Japanese: (e: JsonEvent) => e.langs.includes('ja'),
	excerpt: (e: JsonEvent) => e.excerpt,
	'record-only': (e: JsonEvent) => e.recordOnly,
	'one source': (e: JsonEvent) => e.sources.length === 1
} as const;
type Kind = keyof typeof KINDS;

let events: JsonEvent[];

async function loadEvents(request: APIRequestContext): Promise<JsonEvent[]> {
	if (events) return events;
	const response = await request.get('data/events.json');
	expect(response.status()).toBe(200);
	events = ((await response.json()) as { events: JsonEvent[] }).events;
	return events;
}

/** The path of the page of that kind, or null when the corpus has no such event. */
async function pathOf(request: APIRequestContext, kind: Kind): Promise<string | null> {
	if (kind === 'home') return './';
	if (kind === 'list') return 'events/';
	const event = (await loadEvents(request)).find(KINDS[kind]);
	return event ? `events/${event.id}/` : null;
}

/**
 * Opens `path` and waits until it has run: the home page until its timeline is drawn (and the
 * panel of `?event=` is open), another page until its heading shows. Checked before that, a fast
 * machine and a busy one would see different pages.
 */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (!path.startsWith('./')) return;
	await waitForMark(page, MARKS.interactive);
	if (path.includes('event=')) await expect(page.getByRole('dialog')).toBeVisible();
}

async function allPaths(request: APIRequestContext): Promise<string[]> {
	const paths = await Promise.all((Object.keys(KINDS) as Kind[]).map((k) => pathOf(request, k)));
	return [...new Set(paths.filter((p): p is string => p !== null))];
}

/** An event page with a source: for the checks of the source text. */
async function sourcedPath(request: APIRequestContext): Promise<string> {
	const path = (await pathOf(request, 'one source')) ?? (await pathOf(request, 'two sources'));
	expect(path, 'the corpus has an event with a source').not.toBeNull();
	return path!;
}

test('every page loads, hydrates and links only to pages that exist', async ({ page, request }) => {
	// The page watch (support/test.ts) fails the test on any console error or failed request.
	for (const path of await allPaths(request)) {
		await open(page, path);
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

for (const kind of Object.keys(KINDS) as Kind[]) {
	test(`axe finds no serious or critical problem on the ${kind} page`, async ({
		page,
		request
	}) => {
		const path = await pathOf(request, kind);
		test.skip(path === null, `the corpus has no ${kind} event yet`);
		await page.goto(path!);
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
	test(`no horizontal scroll at ${viewport.width}×${viewport.height}`, async ({
		page,
		request
	}) => {
		await page.setViewportSize(viewport);
		const paths = await allPaths(request);
		// The home page with the detail panel open, too: the event with the most sources.
		const widest = [...(await loadEvents(request))].sort(
			(a, b) => b.sources.length - a.sources.length
		)[0]!;
		for (const path of [...paths, `./?event=${widest.id}`]) {
			await open(page, path);
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth
			}));
			expect(scroll, `${path} is wider than the window`).toBeLessThanOrEqual(client);
		}
	});
}

test('body text is at least 16 px at 1280×720', async ({ page, request }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const event = await sourcedPath(request);
	// One load a page: type sizes are read from the styles, which do not wait for scripts.
	for (const [path, selectors] of [
		['./', ['body', '.lede', '.participants li']],
		[event, ['[data-sentence] .words', '.facts dd']]
	] as const) {
		await page.goto(path);
		for (const selector of selectors) {
			const size = await page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size, `${path} ${selector}`).toBeGreaterThanOrEqual(16);
		}
	}
});

test('the keyboard focus is visible', async ({ page, request }) => {
	await page.goto(await sourcedPath(request));
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
	page,
	request
}) => {
	const path = await sourcedPath(request);
	const event = (await loadEvents(request)).find((e) => path === `events/${e.id}/`)!;
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Earlier and later events' })).toBeHidden();
	const after = await page
		.getByRole('link', { name: 'Original page' })
		.first()
		.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(after).toContain(`(${event.sources[0]!.url})`);
});
