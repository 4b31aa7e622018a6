/**
 * Each page downloads the words of its own language only (scripts/support/paraglide-lazy-locales.ts),
 * and the dashboard fetches its event panel when an event is first opened. Held by what the
 * browser actually fetched, with the messages files as the list of words to look for, so a
 * message added tomorrow is looked for too.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, test } from './support/test';
import { waitForMark } from './support/timeline';

type Lang = 'en' | 'fr' | 'ja';
const AREAS = ['common', 'dashboard', 'charts', 'timeline', 'filters', 'display'] as const;

function messages(area: string, lang: Lang): Record<string, unknown> {
	return JSON.parse(readFileSync(`messages/${area}/${lang}.json`, 'utf8')) as Record<
		string,
		unknown
	>;
}

/**
 * Words that only `lang` has: its plain messages (no placeholder, no plural) that differ from the
 * other two languages' and hold no character a bundler may write as an escape. Phrases, not single
 * words: vis-timeline carries a few French words of its own (« Effacer »).
 */
function ownWords(lang: Lang): string[] {
	const others = (['en', 'fr', 'ja'] as const).filter((l) => l !== lang);
	const words = new Set<string>();
	for (const area of AREAS) {
		const mine = messages(area, lang);
		const theirs = others.map((l) => messages(area, l));
		for (const [key, text] of Object.entries(mine)) {
			if (typeof text !== 'string' || key.startsWith('$') || /[{}\\`"'\u00a0\u202f]/.test(text))
				continue;
			const phrase = lang === 'ja' ? text.length >= 4 : text.includes(' ');
			if (!phrase || theirs.some((t) => t[key] === text)) continue;
			words.add(text);
		}
	}
	return [...words];
}

/** Every script `path` fetched until it is interactive and the network is quiet, as one text. */
async function scriptsOf(page: Page, path: string): Promise<string> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			bodies.push(response.text().catch(() => ''));
	});
	await page.goto(path);
	await waitForMark(page, MARKS.interactive);
	await page.waitForLoadState('networkidle');
	return (await Promise.all(bodies)).join('\n');
}

const found = (words: readonly string[], text: string) => words.filter((w) => text.includes(w));

test('each language’s page downloads its own words and no other language’s', async ({ page }) => {
	const fr = ownWords('fr');
	const ja = ownWords('ja');
	// Enough words that a page carrying a language would show it.
	expect(fr.length).toBeGreaterThan(50);
	expect(ja.length).toBeGreaterThan(50);

	const english = await scriptsOf(page, './');
	expect(found(fr, english), 'French words in the English page’s scripts').toEqual([]);
	expect(found(ja, english), 'Japanese words in the English page’s scripts').toEqual([]);

	const french = await scriptsOf(page, './fr/');
	expect(found(ja, french), 'Japanese words in the French page’s scripts').toEqual([]);
	// The French page does carry French: the search above can find what is there.
	expect(found(fr, french).length).toBeGreaterThan(fr.length / 2);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');

	const japanese = await scriptsOf(page, './ja/');
	expect(found(fr, japanese), 'French words in the Japanese page’s scripts').toEqual([]);
	expect(found(ja, japanese).length).toBeGreaterThan(ja.length / 2);
});

test('the words a page loads speak once it is running: the panel in French', async ({ page }) => {
	await page.goto('./fr/');
	await waitForMark(page, MARKS.interactive);
	// Drawn in the browser after it started: the panel's words come from the loaded French table.
	await page.locator('[data-open-event]').first().click();
	const panel = page.getByRole('dialog');
	await expect(panel.getByRole('link', { name: 'La page de l’événement' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
});

test('the event panel is fetched when an event opens; if it cannot be, its page is offered', async ({
	page
}) => {
	await page.goto('./');
	await waitForMark(page, MARKS.interactive);
	await page.waitForLoadState('networkidle');
	// The network is gone: the panel's code cannot be fetched. (Aborted, as a page that is left
	// aborts its requests, so the watch on failed requests stays quiet.)
	await page.route('**/*.js', (route) => route.abort('aborted'));
	const open = page.locator('[data-open-event]').first();
	const id = await open.getAttribute('data-open-event');
	await open.click();
	const notice = page.getByRole('alert').filter({ hasText: 'could not be opened here' });
	await expect(notice).toBeVisible();
	const link = notice.getByRole('link', { name: 'The event’s page' });
	await expect(link).toHaveAttribute('href', new RegExp(`/events/${id}/$`));
	// Out of sight above the timeline otherwise: what the reader can do now has the focus.
	await expect(link).toBeFocused();
	await expect(link).toBeInViewport();
	// The address does not claim an open event that is not shown.
	await expect(page).not.toHaveURL(/[?&]event=/);
	await expect(page.getByRole('dialog')).toBeHidden();

	// Back on the network, the next event opened opens.
	await page.unroute('**/*.js');
	await open.click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(notice).toBeHidden();
});
