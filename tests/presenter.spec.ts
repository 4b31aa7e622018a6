/**
 * The presenter view (/present/presenter/): a second window beside the slides, opened with P,
 * kept on the same slide as the slides over a BroadcastChannel, with the slide's notes, the next
 * slide and a clock; all by keyboard. Expectations come from /data/events.json.
 */
import type { APIRequestContext } from '@playwright/test';
import { counter, presentWithPresenter } from './support/presenter';
import { expect, test } from './support/test';

interface JsonEvent {
	id: string;
	date: string;
	title: string;
	recordOnly: boolean;
	themes: { id: string }[];
	sources: { title: string; issuer: string; url: string; themes: { evidence: string[] }[] }[];
}

async function loadEvents(request: APIRequestContext, base = ''): Promise<JsonEvent[]> {
	const response = await request.get(`${base}data/events.json`);
	expect(response.status()).toBe(200);
	const events = ((await response.json()) as { events: JsonEvent[] }).events;
	return events.sort((a, b) => a.date.localeCompare(b.date));
}

test('P opens the presenter view; a move in either window moves both; Esc leaves both', async ({
	page,
	request
}) => {
	const events = await loadEvents(request);
	await presentWithPresenter(page, './', events.length + 2);
});

test('the notes: every key sentence with its source and address, every theme, the other government', async ({
	page,
	request
}) => {
	const events = await loadEvents(request);
	// A government's own pages: Japan's end in .go.jp, every other source here is Canada's.
	const japanese = (url: string) => new URL(url).hostname.endsWith('.go.jp');
	const both = events.findIndex(
		(e) => e.sources.some((s) => japanese(s.url)) && e.sources.some((s) => !japanese(s.url))
	);
	expect(both, 'the record has an event both governments wrote up').toBeGreaterThanOrEqual(0);
	const e = events[both]!;
	await page.goto(`present/presenter/?slide=${both + 2}`);
	await expect(page.locator('.presenter[data-ready]')).toHaveCount(1);
	await expect(counter(page)).toHaveText(`Slide ${both + 2} of ${events.length + 2}`);

	const notes = page.locator('[data-presenter-notes]');
	// The slide on screen is this event's, drawn small.
	await expect(page.locator('.now [data-event-title]')).toHaveText(e.title);
	// Key sentences: each is evidence of the event, with its source's address written out.
	const evidence = new Set(e.sources.flatMap((s) => s.themes.flatMap((t) => t.evidence)));
	const quotes = notes.locator('[data-note-quote]');
	expect(await quotes.count()).toBeGreaterThanOrEqual(1);
	for (const q of await quotes.all()) {
		const text = (await q.locator('blockquote').textContent())!.trim();
		expect(evidence.has(text), `“${text}” is evidence of ${e.id}`).toBe(true);
		const url = (await q.locator('[data-note-url]').textContent())!.trim();
		expect(e.sources.map((s) => s.url)).toContain(url);
	}
	// Every theme, not the slide's five.
	await expect(notes.locator('[data-note-themes] li')).toHaveCount(e.themes.length);
	// The other government's readout: the sources of the government not quoted first.
	const firstUrl = (await quotes.first().locator('[data-note-url]').textContent())!.trim();
	const others = e.sources.filter((s) => japanese(s.url) !== japanese(firstUrl));
	await expect(notes.locator('[data-note-other]')).toHaveCount(others.length);
	await expect(notes.locator('[data-note-other] [data-note-url]')).toHaveText(
		others.map((s) => s.url)
	);
	// The next slide is drawn beside it: the next event's, or the closing chart's.
	const next = events[both + 1];
	if (next) await expect(page.locator('.next [data-event-title]')).toHaveText(next.title);
	else await expect(page.locator('.next [data-preview-slide]')).toHaveCount(1);
});

test('the clock counts from the opening and resets; the last slide says there is no next', async ({
	page,
	request
}) => {
	const events = await loadEvents(request);
	// The page's clock stands still, and moves only when the test moves it.
	const opened = new Date('2026-03-01T09:00:00Z');
	await page.clock.install({ time: opened });
	await page.clock.pauseAt(new Date(opened.getTime() + 1000));
	await page.goto(`present/presenter/?slide=${events.length + 2}`);
	await expect(page.locator('.presenter[data-ready]')).toHaveCount(1);
	const clock = page.getByRole('timer');
	await expect(clock).toHaveText('0:00');
	await page.clock.runFor(65_000);
	await expect(clock).toHaveText('1:05');
	await page.clock.runFor(3_600_000);
	await expect(clock).toHaveText('1:01:05');
	await page.getByRole('button', { name: 'Reset the clock' }).press('Enter');
	await expect(clock).toHaveText('0:00');
	await expect(page.locator('.next')).toContainText('This is the last slide.');
	await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('in French and Japanese', async ({ page }) => {
	for (const [lang, now, reset] of [
		['fr', 'À l’écran', 'Remettre le chronomètre à zéro'],
		['ja', '表示中', '経過時間をリセット']
	] as const) {
		await page.goto(`${lang}/present/presenter/?slide=1`);
		await expect(page.locator('.presenter[data-ready]')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('#now-label')).toHaveText(now);
		await expect(page.getByRole('button', { name: reset })).toBeVisible();
	}
});

test('the handout prints the notes when the switch beside Print is on, and only then', async ({
	page,
	request
}) => {
	const events = await loadEvents(request);
	await page.goto('present/?slide=1');
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-handout-event]')).toHaveCount(events.length);
	await expect(page.locator('[data-handout-notes-of]')).toHaveCount(0);
	await page.emulateMedia({ media: 'screen' });

	// In the bar's Options menu, by keyboard: its summary opens it, Esc closes it, and only
	// then does Esc leave the deck.
	await page.locator('[data-deck-options]').focus();
	await page.keyboard.press('Enter');
	const notes = page.getByRole('checkbox', { name: 'Print with notes' });
	await notes.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]notes=1(&|$)/);
	await expect(notes).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(notes).toBeHidden();
	await expect(page.locator('.present-deck')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('[data-handout-notes-of]');
	await expect(printed).toHaveCount(events.length);
	// Each event's notes: every one of its themes, by its block.
	for (const e of [events[0]!, events.at(-1)!]) {
		const block = page.locator(`[data-handout-notes-of="${e.id}"]`);
		await expect(block.locator('[data-note-themes] li')).toHaveCount(e.themes.length);
		await expect(block.locator('[data-note-quote]')).toHaveCount(0);
	}
	// The address keeps the switch: a reload prints the notes again.
	await page.reload();
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expect(page.locator('[data-handout-notes-of]')).toHaveCount(events.length);
});
