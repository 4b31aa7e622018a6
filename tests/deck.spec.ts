/**
 * The PowerPoint builder (src/lib/deck) is loaded when a reader asks for a deck, never with a
 * page: pptxgenjs and JSZip are about 400 KB of script no slide needs to be shown. Every script
 * the dashboard and the slides load before their first interaction is searched for pptxgenjs'
 * own code (its default presentation title, a string minifiers keep).
 */
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { loadedBeforeInteraction } from '../scripts/support/page-weight';
import { paragraphTexts, readPptx } from '../src/lib/deck/pptx-reading';
import { expect, test } from './support/test';

const PPTXGENJS = 'PptxGenJS Presentation';

test('the marker is pptxgenjs’ own, so that the search below can find it', () => {
	// Were it renamed in a new version, the search would pass whatever the pages loaded.
	const library = readFileSync('node_modules/pptxgenjs/dist/pptxgen.es.js', 'utf8');
	expect(library).toContain(PPTXGENJS);
});

for (const path of ['/', '/present/?level=leaders', '/fr/present/', '/ja/'])
	test(`${path} loads no PowerPoint code before it is asked for`, async ({ page, baseURL }) => {
		const loaded = await loadedBeforeInteraction(page, baseURL!, path, { timeout: 0 });
		expect(loaded, `${path} loads`).not.toBeNull();
		const scripts = loaded!.filter((l) => l.kind === 'js');
		expect(scripts.length, 'scripts were read').toBeGreaterThan(0);
		const withPptx = scripts.filter((l) => l.text.includes(PPTXGENJS)).map((l) => l.url);
		expect(withPptx, 'initial scripts that carry pptxgenjs').toEqual([]);
	});

interface JsonEvent {
	id: string;
	date: string;
	title: string;
	level: string;
}

/** Saves a download and reads it back as the zip of XML parts a .pptx is. */
async function readDownload(download: Download) {
	const path = await download.path();
	return readPptx(new Uint8Array(readFileSync(path)));
}

test('the slides download their selection as PowerPoint, its code fetched only then', async ({
	page,
	request
}) => {
	const response = await request.get('data/events.json');
	const events = ((await response.json()) as { events: JsonEvent[] }).events;
	const leaders = events.filter((e) => e.level === 'leaders');
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push(await r.text());
	});
	await page.goto('present/?level=leaders');
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	expect(
		scripts.some((s) => s.includes(PPTXGENJS)),
		'pptxgenjs before asking'
	).toBe(false);

	// By keyboard: the bar's Options menu, then its button.
	await page.locator('[data-deck-options]').focus();
	await page.keyboard.press('Enter');
	const button = page.locator('button[data-download-pptx]');
	await expect(button).toHaveText(`Download these ${leaders.length} events as PowerPoint`);
	await button.focus();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toMatch(/^canada-japan-leaders-\d{4}-\d{2}-\d{2}\.pptx$/);
	expect(
		scripts.some((s) => s.includes(PPTXGENJS)),
		'pptxgenjs once asked'
	).toBe(true);
	await expect(button).toBeEnabled();

	const { slides, parts } = await readDownload(download);
	// A title slide, at least one per event, a closing chart slide.
	expect(slides.length).toBeGreaterThanOrEqual(leaders.length + 2);
	const text = slides.map((x) => paragraphTexts(x).join('\n')).join('\n');
	for (const e of leaders) expect(text, e.id).toContain(e.title.slice(0, 30));
	expect([...parts.keys()].some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
});

test('the dashboard’s link opens the slides and downloads once', async ({ page }) => {
	await page.goto('./?level=leaders');
	const link = page.locator('a[data-download-pptx]');
	await expect(link).toHaveText(/^Download these \d+ events as PowerPoint$/);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^canada-japan-leaders-.*\.pptx$/);
	// The request is dropped from the address, so a reload or Back does not download again.
	await expect(page).toHaveURL(/\/present\/\?level=leaders&slide=1$/);
	const { slides } = await readDownload(download);
	expect(slides.length).toBeGreaterThan(2);
});
