/**
 * Briefing mode (/present): the dashboard's selection as slides, stepped as a presenter does,
 * legible at projector sizes, printed as a handout. Expectations come from /data/events.json.
 */
import { MARKS } from '../src/lib/instrumentation/marks';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, seriousViolations, test } from './support/test';
import { pageSettled, waitForMark } from './support/timeline';

interface JsonEvent {
	id: string;
	date: string;
	title: string;
	level: string;
	recordOnly: boolean;
	themes: { id: string }[];
	sources: { title: string; issuer: string; url: string; themes: { evidence: string[] }[] }[];
}

let events: JsonEvent[];

async function loadEvents(request: APIRequestContext): Promise<JsonEvent[]> {
	const response = await request.get('data/events.json');
	expect(response.status()).toBe(200);
	return ((await response.json()) as { events: JsonEvent[] }).events;
}

test.beforeEach(async ({ request }) => {
	events ??= await loadEvents(request);
});

/** The deck's events for a filter, oldest first, as the slides must show them. */
function deck(keep: (e: JsonEvent) => boolean): JsonEvent[] {
	return events.filter(keep).sort((a, b) => a.date.localeCompare(b.date));
}

/** Opens the deck and waits until it has read its URL and drawn its timeline. */
async function openDeck(page: Page, query = '') {
	await page.goto(`present/${query}`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await waitForMark(page, MARKS.interactive);
}

const counter = (page: Page) => page.locator('[data-slide-count]');

/** The slide shown is `n` of `total`, in the counter and in the URL. */
async function expectSlide(page: Page, n: number, total: number) {
	await expect(counter(page)).toHaveText(`Slide ${n} of ${total}`);
	await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
	await expect(page.locator(`.slide[data-slide="${n}"]`)).toBeVisible();
}

/** The event slide shows this event: its title, its date, and sentences of its own sources. */
async function expectEventSlide(page: Page, e: JsonEvent) {
	await expect(page.locator('[data-event-title]')).toHaveText(e.title);
	await expect(page.locator('[data-event-date] time').first()).toHaveAttribute('datetime', e.date);
	if (e.recordOnly) {
		// No official text: the notice, and nothing quoted.
		await expect(page.locator('.slide [data-record-only]')).toContainText(
			'No official text located'
		);
		await expect(page.locator('[data-key-sentence]')).toHaveCount(0);
		return;
	}
	const evidence = new Set(e.sources.flatMap((s) => s.themes.flatMap((t) => t.evidence)));
	const quotes = page.locator('[data-key-sentence]:visible blockquote');
	const n = await quotes.count();
	expect(n, `${e.id}: key sentences`).toBeGreaterThanOrEqual(1);
	expect(n).toBeLessThanOrEqual(3);
	for (const text of await quotes.allTextContents())
		expect(evidence.has(text.trim()), `${e.id}: “${text}” is evidence of the event`).toBe(true);
	// The source is named and linked.
	const caption = page.locator('[data-key-sentence] figcaption').first();
	const link = caption.getByRole('link');
	const href = await link.getAttribute('href');
	const source = e.sources.find((s) => s.url === href);
	expect(source, `${e.id}: the quoted source is one of its own`).toBeDefined();
	await expect(caption).toContainText(source!.issuer);
	await expect(link).toHaveText(new RegExp(source!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

test('steps through a leaders’ deck with the keys a remote sends', async ({ page }) => {
	const leaders = deck((e) => e.level === 'leaders');
	expect(leaders.length).toBeGreaterThan(0);
	const total = leaders.length + 2;
	await openDeck(page, '?level=leaders');
	await expect(counter(page)).toHaveText(`Slide 1 of ${total}`);
	await expect(page.locator('[data-selection]')).toHaveText('Leaders only');
	await expect(page.locator('[data-count]')).toContainText(`${leaders.length} events`);

	await page.keyboard.press('PageDown');
	await expectSlide(page, 2, total);
	await expectEventSlide(page, leaders[0]!);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 3, total);
	await expectEventSlide(page, leaders[1]!);
	await page.keyboard.press('PageUp');
	await expectSlide(page, 2, total);
	await page.keyboard.press(' ');
	await expectSlide(page, 3, total);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 2, total);

	await page.keyboard.press('End');
	await expectSlide(page, total, total);
	await expect(page.locator('.slide.closing h2')).toContainText(`${leaders.length} events`);
	await expect(page.locator('.slide.closing canvas[role="img"]')).toBeVisible();
	// No further than the last slide.
	await page.keyboard.press('PageDown');
	await expectSlide(page, total, total);
	await page.keyboard.press('Home');
	await expectSlide(page, 1, total);
	// The mouse has buttons for the same.
	await page.getByRole('button', { name: 'Next' }).click();
	await expectSlide(page, 2, total);
	await page.getByRole('button', { name: 'Previous' }).click();
	await expectSlide(page, 1, total);
});

test('a theme deck: digits and Enter jump, reload keeps the slide, Esc goes back', async ({
	page
}) => {
	const defence = deck((e) => e.themes.some((t) => t.id === 'defence'));
	const total = defence.length + 2;
	await openDeck(page, '?themes=defence&dim=1');
	await expect(page.locator('[data-selection]')).toHaveText(
		'Theme: Defence and security cooperation'
	);
	await page.keyboard.press('3');
	await expect(counter(page)).toHaveText('Go to slide 3…');
	await page.keyboard.press('Enter');
	await expectSlide(page, 3, total);
	await expectEventSlide(page, defence[1]!);
	// The filter's theme leads the slide's quotations.
	await expect(page).toHaveURL(/\?themes=defence&dim=1&slide=3$/);

	await page.reload();
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expectSlide(page, 3, total);
	await expectEventSlide(page, defence[1]!);

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?themes=defence&dim=1$/);
	expect(new URL(page.url()).pathname).not.toContain('present');
	await expect(page.locator('[data-theme-toggle="defence"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('opens from a filtered dashboard with its selection, and Esc brings the same view back', async ({
	page
}) => {
	const leaders = deck((e) => e.level === 'leaders' && e.date >= '2022-01-01');
	await page.goto('./?level=leaders&from=2022-01-01&to=2026-12-31');
	await waitForMark(page, MARKS.interactive);
	const link = page.locator('[data-present]');
	await expect(link).toHaveText(`Present these ${leaders.length} events as slides`);
	await link.click();
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	expect(new URL(page.url()).pathname).toMatch(/\/present\/$/);
	await expect(page).toHaveURL(/\?level=leaders&from=2022-01-01&to=2026-12-31/);
	await expect(counter(page)).toHaveText(`Slide 1 of ${leaders.length + 2}`);
	await expect(page.locator('[data-count]')).toContainText(`${leaders.length} events`);
	await page.keyboard.press('PageDown');
	await expectEventSlide(page, leaders[0]!);

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?level=leaders&from=2022-01-01&to=2026-12-31$/);
	await expect(page.locator('[data-range-label]')).toHaveText('Jan 2022 – Dec 2026');
	await expect
		.poll(() =>
			page
				.locator('[data-event-row]')
				.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')))
		)
		.toEqual(leaders.map((e) => e.id).reverse());
});

test('a slide that does not exist opens the first, with a notice', async ({ page }) => {
	for (const bad of ['99', 'two', '0']) {
		await openDeck(page, `?slide=${bad}`);
		await expect(counter(page)).toHaveText(`Slide 1 of ${events.length + 2}`);
		await expect(page.locator('[data-present-notices]')).toContainText(
			`There is no slide "${bad}"`
		);
	}
	// The link back to the dashboard and the buttons work without the keys.
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.locator('[data-present-notices]')).toHaveCount(0);
	await page.getByRole('link', { name: 'Dashboard' }).click();
	await expect(page).toHaveURL(/\/$/);
});

/** What the deck shows at one look (see `inDeck`). */
interface DeckLook {
	slide: string | null;
	slideInUrl: string | null;
	counter: string;
	outside: { bad: string[]; scroll: boolean };
	smallest: { size: number; where: string };
	quotes: { given: number; shown: number };
	barHeight: number;
}

/**
 * One slide of a walk: the key that brings it (none for the slide the deck opened on), its
 * number, what the counter must say (a regular expression's source), whether it is an event's
 * slide, and whether the controls may take two lines (see `walkDeck`).
 */
interface Visit {
	key: string | null;
	n: number;
	counter: string;
	event: boolean;
	barLines: boolean;
	where: string;
}

/**
 * Runs in the page. `look`: what the deck shows now, read in one go. `outside`: visible elements
 * whose box is not inside the window (vis-timeline's drawing is clipped by its box); `smallest`:
 * the smallest text on the slide and in the bar, in CSS pixels, and where; `quotes`: the slide's
 * own quotations (the handout, hidden on screen, has them too), given and shown.
 *
 * `walk`: for each visit, presses its key as a remote does (a keydown the deck's own handler
 * takes) and looks at every frame until the slide is shown and fits, or `limitMs` has passed;
 * returns the visits that never fitted, each with the last look. A slide is fitted as it is drawn
 * and again in the frame after its box changes size, so a look may come too early: the next frame
 * looks again. One evaluation for the whole deck, as a round trip to the browser for each look
 * is what made a walk of every slide take most of a minute on a busy machine.
 */
function inDeck(
	page: Page,
	task: { walk: Visit[]; limitMs: number } | { look: true }
): Promise<{ look: DeckLook; failed: { where: string; saw: unknown }[] }> {
	return page.evaluate(async (task) => {
		const look = (): DeckLook => {
			const w = document.documentElement.clientWidth;
			const h = document.documentElement.clientHeight;
			const bad: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>('.present-deck *')) {
				if (
					el.closest('.vis-host, .visually-hidden') ||
					!el.checkVisibility({ opacityProperty: true })
				)
					continue;
				const r = el.getBoundingClientRect();
				if (r.width === 0 && r.height === 0) continue;
				if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5)
					bad.push(`${el.tagName.toLowerCase()}.${el.className} ${JSON.stringify(r)}`);
			}
			let smallest = { size: Infinity, where: '' };
			for (const el of document.querySelectorAll<HTMLElement>('.slide *, .bar *')) {
				if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
				const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
				if (!own) continue;
				const size = parseFloat(getComputedStyle(el).fontSize);
				if (size < smallest.size)
					smallest = { size, where: `${el.tagName} ${el.textContent!.slice(0, 40)}` };
			}
			const quotes = [...document.querySelectorAll<HTMLElement>('.slide [data-key-sentence]')];
			return {
				slide: document.querySelector('.slide')?.getAttribute('data-slide') ?? null,
				slideInUrl: new URL(location.href).searchParams.get('slide'),
				counter: document.querySelector('[data-slide-count]')?.textContent?.trim() ?? '',
				outside: { bad, scroll: document.documentElement.scrollHeight > h },
				smallest,
				quotes: { given: quotes.length, shown: quotes.filter((q) => q.checkVisibility()).length },
				barHeight: document.querySelector('.present-deck > nav.bar')?.clientHeight ?? 0
			};
		};
		/** What is wrong with the slide for this visit; empty when it is shown and fits. */
		const faults = (s: DeckLook, v: Visit): string[] => {
			const found: string[] = [];
			if (s.slide !== String(v.n)) found.push(`slide ${s.slide} is shown`);
			if (s.slideInUrl !== String(v.n)) found.push(`slide=${s.slideInUrl} in the URL`);
			if (!new RegExp(v.counter).test(s.counter)) found.push(`the counter says "${s.counter}"`);
			for (const b of s.outside.bad) found.push(`outside the window: ${b}`);
			if (s.outside.scroll) found.push('the page scrolls');
			if (!(s.smallest.size >= 24))
				found.push(`${s.smallest.size} px text: ${JSON.stringify(s.smallest.where)}`);
			// Room for two quotations where the event gives two, or one where the controls take two
			// lines. The title and the closing slides quote nothing.
			const least = Math.min(v.barLines && s.barHeight >= 2 * 44 ? 1 : 2, s.quotes.given);
			if (v.event && s.quotes.shown < least)
				found.push(`${s.quotes.shown} of ${s.quotes.given} quotations shown`);
			return found;
		};
		if ('look' in task) return { look: look(), failed: [] };
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const failed: { where: string; saw: unknown }[] = [];
		for (const v of task.walk) {
			if (v.key) {
				const target = document.activeElement ?? document.body;
				target.dispatchEvent(
					new KeyboardEvent('keydown', { key: v.key, bubbles: true, cancelable: true })
				);
			}
			const until = performance.now() + task.limitMs;
			for (;;) {
				await frame();
				const found = faults(look(), v);
				if (found.length === 0) break;
				if (performance.now() > until) {
					failed.push({ where: v.where, saw: found });
					break;
				}
			}
		}
		return { look: look(), failed };
	}, task);
}

/** What the deck shows now (see `inDeck`). */
async function deckState(page: Page): Promise<DeckLook> {
	return (await inDeck(page, { look: true })).look;
}

/**
 * Walks the deck and fails with every slide that was not shown, or did not fit: nothing outside
 * the window, no scroll, no text under 24 px, and room for two quotations where the event gives
 * two (one where `barLines` allows the controls two lines: French at 1280 px, whose words run a
 * fifth longer).
 */
async function walkDeck(page: Page, walk: Visit[]) {
	// A slide takes a few frames on an idle machine; the limit is for a machine running other
	// builds and browsers beside this one, where a slide may be slow but must not fail for it.
	const { failed } = await inDeck(page, { walk, limitMs: SLIDE_LIMIT });
	expect(failed, `${walk.length} slides walked`).toEqual([]);
}

const SLIDE_LIMIT = 8_000;

/**
 * How long a test that walks the deck may take: a page load each for `loads`, then each slide
 * of the walks at up to SLIDE_LIMIT (the walk's own limit).
 */
const walkTimeout = (loads: number, slides: number) => (loads + 1) * 30_000 + slides * SLIDE_LIMIT;

/** The visits of the slides `from` to `to` (either way), with the key that steps between them. */
function visits(
	from: number,
	to: number,
	counter: (n: number) => string,
	{ total, barLines = false, where = '' }: { total: number; barLines?: boolean; where?: string }
): Visit[] {
	const step = to >= from ? 1 : -1;
	const out: Visit[] = [];
	for (let n = from; n !== to + step; n += step)
		out.push({
			key: n === from ? null : step > 0 ? 'PageDown' : 'PageUp',
			n,
			counter: counter(n),
			event: n > 1 && n < total,
			barLines,
			where: `${where}slide ${n}`
		});
	return out;
}

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`every slide fits ${viewport.width}×${viewport.height}, in type of 24 px or more`, async ({
		page
	}) => {
		const total = events.length + 2;
		const counter = (n: number) => `^Slide ${n} of ${total}$`;
		test.setTimeout(walkTimeout(1, total));
		await page.setViewportSize(viewport);
		// Every slide in the site's colours, stepped with the keys as a presenter does: one page load.
		await openDeck(page, '?slide=1');
		await walkDeck(page, visits(1, total, counter, { total }));
	});

	// A test of its own, beside the walk rather than after it: the walk is among the longest tests.
	test(`the title, an event and the closing fit ${viewport.width}×${viewport.height} in the dark and contrast colours`, async ({
		page
	}) => {
		const total = events.length + 2;
		const counter = (n: number) => `^Slide ${n} of ${total}$`;
		test.setTimeout(walkTimeout(6, 6));
		await page.setViewportSize(viewport);
		// Each opened at its address: a slide is fitted when the deck opens on it too.
		for (const theme of ['dark', 'contrast'])
			for (const n of [1, 2, total]) {
				await openDeck(page, `?slide=${n}&theme=${theme}`);
				await walkDeck(page, visits(n, n, counter, { total, where: `${theme} ` }));
			}
	});
}

/**
 * Every slide at 1280×720 and then at 1920×1080 in `locale` (French runs about a fifth longer,
 * Japanese wraps without spaces). One deck, stepped with the keys: a slide is fitted as it is
 * drawn and again when the window changes size, and waiting on the counter and the slide's own
 * state keeps this to one page load per language.
 */
for (const locale of ['fr', 'ja'] as const) {
	test(`every slide fits 1280×720 and 1920×1080 in ${locale}, in type of 24 px or more`, async ({
		page
	}) => {
		const total = events.length + 2;
		// The counter says it in the language: the digits are the only part that is not a word.
		const inWords = () => `\\b${total}\\b`;
		test.setTimeout(walkTimeout(1, total * 2));
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(`${locale}/present/?slide=1`);
		await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await waitForMark(page, MARKS.interactive);
		await walkDeck(
			page,
			visits(1, total, inWords, { total, barLines: true, where: `${locale} 1280×720 ` })
		);
		// The same slides on a bigger screen, on the way back: each is fitted again as it is drawn
		// (the one on screen when the window grows, in the frame after).
		await page.setViewportSize({ width: 1920, height: 1080 });
		await walkDeck(
			page,
			visits(total, 1, inWords, { total, barLines: true, where: `${locale} 1920×1080 ` })
		);
	});
}

test('long titles and sentences still fit a slide', async ({ page }) => {
	await openDeck(page, '?slide=2');
	// Make the event's text several times longer than any real one, then fit it again.
	await page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.slide')!;
		const title = slide.querySelector('[data-event-title]')!;
		title.textContent = `${title.textContent} `.repeat(6);
		for (const q of slide.querySelectorAll('blockquote'))
			q.textContent = `${q.textContent} `.repeat(8);
	});
	await page.setViewportSize({ width: 1279, height: 720 });
	// The new size is observed in a frame and the slide fitted in the next: the page says when.
	await pageSettled(page);
	await expect.poll(async () => (await deckState(page)).outside.bad).toEqual([]);
	const { smallest } = await deckState(page);
	expect(smallest.size, smallest.where).toBeGreaterThanOrEqual(24);
});

test('the colours can be chosen, and are kept in the URL', async ({ page }) => {
	await openDeck(page, '?level=leaders&slide=2');
	// In the bar's Options menu, which Esc closes (and only then leaves the deck).
	await page.getByText('Options').click();
	await page.getByLabel('Colours').selectOption('dark');
	await expect(page).toHaveURL(/\?level=leaders&slide=2&theme=dark$/);
	await expect(page.locator('.present-deck')).toHaveAttribute('data-theme', 'dark');
	const background = await page
		.locator('.present-deck')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).toBe('rgb(20, 24, 31)');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\?level=leaders&slide=3&theme=dark$/);
});

test('axe finds no serious or critical problem on the slides', async ({ page }) => {
	for (const [n, theme] of [
		[1, ''],
		[2, ''],
		[events.length + 2, ''],
		[2, '&theme=dark'],
		[2, '&theme=contrast']
	] as const) {
		await openDeck(page, `?slide=${n}${theme}`);
		expect(await seriousViolations(page), `slide ${n}${theme}`).toEqual([]);
	}
});

test('prints a handout: a cover, the theme counts, one block per event, no controls', async ({
	page
}) => {
	const leaders = deck((e) => e.level === 'leaders');
	await openDeck(page, '?level=leaders&slide=2');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.present-deck')).toBeHidden();
	await expect(page.locator('[data-handout-selection]')).toHaveText('Leaders only');
	const blocks = page.locator('[data-handout-event]');
	await expect(blocks).toHaveCount(leaders.length);
	expect(
		await blocks.evaluateAll((b) => b.map((el) => el.getAttribute('data-handout-event')))
	).toEqual(leaders.map((e) => e.id));
	for (const b of await blocks.all()) {
		await expect(b.locator('[data-key-sentence]').first()).toBeVisible();
		expect(await b.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	}
	// Each source's address is printed as text.
	const urls = await page.locator('[data-source-url]').allTextContents();
	expect(urls.sort()).toEqual(leaders.flatMap((e) => e.sources.map((s) => s.url)).sort());
	await expect(page.locator('[data-bar]').first()).toBeVisible();
	await expect(page.locator('button:visible, select:visible, nav:visible')).toHaveCount(0);

	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.byteLength).toBeGreaterThan(20_000);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const letter = await page.pdf({ format: 'Letter' });
	expect(letter.byteLength).toBeGreaterThan(20_000);
});

test('prints the dashboard: the selection, the charts, one block per event, no controls', async ({
	page
}) => {
	const leaders = deck((e) => e.level === 'leaders');
	await page.goto('./?level=leaders');
	await waitForMark(page, MARKS.chartsUpdated);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print-selection]')).toHaveText(
		/^Selection: .*leaders only — \d+ events$/
	);
	await expect(page.locator('[data-print-selection]')).toContainText(`${leaders.length} events`);
	await expect(page.locator('[data-chart] canvas')).toHaveCount(3);
	for (const c of await page.locator('[data-chart] canvas').all()) await expect(c).toBeVisible();
	const blocks = page.locator('[data-event-row]');
	await expect(blocks).toHaveCount(leaders.length);
	for (const b of await blocks.all()) {
		await expect(b).toBeVisible();
		expect(await b.locator('article').evaluate((el) => getComputedStyle(el).breakInside)).toBe(
			'avoid'
		);
	}
	// No buttons, fields or navigation on paper: only what can be read.
	await expect(
		page.locator('button:visible, input:visible, select:visible, nav:visible')
	).toHaveCount(0);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test('"Print a handout" on the dashboard opens the print dialog once, on the handout', async ({
	page
}) => {
	const leaders = deck((e) => e.level === 'leaders');
	// The dialog itself is the browser's: count the calls instead.
	await page.addInitScript(() => {
		const w = window as unknown as { __prints: number };
		w.__prints = 0;
		window.print = () => void w.__prints++;
	});
	await page.goto('./?level=leaders');
	await waitForMark(page, MARKS.interactive);
	await page.locator('[data-print-handout]').click();
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints))
		.toBe(1);
	// Asked once: the parameter is gone, so a reload does not ask again.
	await expect(page).toHaveURL(/\?level=leaders&slide=1$/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-handout-event]')).toHaveCount(leaders.length);
	await page.reload();
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(0);
});
