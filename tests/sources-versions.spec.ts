/**
 * A source with a French version (data/sources/*.fr.md, `translationOf`): the French site shows
 * the French text, in French and marked; the English site shows the English, with one click to
 * the French; and the version counts nowhere, so the theme counts are the same on / and /fr/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

// PMO's statement on Japan's general election (8 February 2026) and its French version (CNW).
const EVENT = '2026-02-08-carney-takaichi';
const FILE =
	'2026-02-08-statement-by-prime-minister-carney-on-the-results-of-the-general-election-in';
const ENGLISH_TITLE =
	'Statement by Prime Minister Carney on the results of the general election in Japan';
const FRENCH_TITLE =
	"Déclaration du premier ministre Carney sur les résultats de l'élection générale au Japon";
const FRENCH_SENTENCE =
	"En cette période d'incertitude et d'instabilité mondiales, le Canada et le Japon sont des partenaires stratégiques fiables.";
const FRENCH_URL =
	'https://www.newswire.ca/fr/news-releases/declaration-du-premier-ministre-carney-sur-les-resultats-de-l-election-generale-au-japon-810599448.html';

const source = (page: Page) => page.locator(`article[data-source-file="${FILE}.md"]`);

test('the French site shows the French version, marked and in French, the original one click away', async ({
	page
}) => {
	await page.goto(`fr/events/${EVENT}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const article = source(page);
	await expect(article).toHaveAttribute('data-shown-lang', 'fr');
	const title = article.getByRole('heading', { level: 3 });
	await expect(title).toHaveText(FRENCH_TITLE);
	await expect(title).toHaveAttribute('lang', 'fr');
	await expect(article.getByRole('link', { name: 'Page d’origine' }).first()).toHaveAttribute(
		'href',
		FRENCH_URL
	);

	// The French text, in an element marked French, its sentences tagged with French patterns.
	const body = article.locator('.text .body').first();
	await expect(body).toHaveAttribute('lang', 'fr');
	await expect(body).toContainText(FRENCH_SENTENCE);
	await expect(body.locator('mark.theme-mark').first()).toBeVisible();
	await expect(body.locator('.sentence.tagged').first()).toBeVisible();

	// The English original: on the page, closed, one click away.
	const original = article.locator('[data-original-text]');
	const english = original.locator('.text .body');
	await expect(english).toBeHidden();
	await original.locator('summary').click();
	await expect(english).toBeVisible();
	await expect(english).toHaveAttribute('lang', 'en');
	await expect(english).toContainText('Canada and Japan are reliable strategic partners');
	await expect(original.locator('summary [lang="en"]')).toHaveText(ENGLISH_TITLE);
});

test('a link to a sentence of the original (the event’s counts point there) opens it', async ({
	page
}) => {
	// The evidence of the event's counts links to the original's sentences: the closed original
	// opens at the sentence (Chromium expands a <details> for the fragment it navigates to).
	await page.goto(`fr/events/${EVENT}/#source-${FILE}-s3`);
	const sentence = page.locator(`#source-${FILE}-s3`);
	await expect(sentence).toBeVisible();
	await expect(sentence).toContainText('We have recently strengthened cooperation');
	await expect(sentence.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
});

test('the English site shows the English text, with « Lire en français » one click away', async ({
	page
}) => {
	await page.goto(`events/${EVENT}/`);
	const article = source(page);
	await expect(article).toHaveAttribute('data-shown-lang', 'en');
	await expect(article.getByRole('heading', { level: 3 })).toHaveText(ENGLISH_TITLE);
	await expect(article.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
	await expect(article.locator('.text .body')).toHaveAttribute('lang', 'en');
	await expect(article.locator('[data-original-text]')).toHaveCount(0);

	const link = article.getByRole('link', { name: 'Lire en français' });
	await expect(link).toHaveAttribute('lang', 'fr');
	await expect(link).toHaveAttribute('hreflang', 'fr');
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/fr/events/${EVENT}/#source-${FILE}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(source(page).getByRole('heading', { level: 3 })).toHaveText(FRENCH_TITLE);
	await expect(source(page).locator('.text .body').first()).toHaveAttribute('lang', 'fr');
});

/** The number beside each theme in the filter panel, by theme id. */
async function themeCounts(page: Page): Promise<Record<string, string>> {
	const buttons = page.locator('[data-theme-toggle]');
	await expect(buttons.first()).toBeVisible();
	return buttons.evaluateAll((els) =>
		Object.fromEntries(
			els.map((el) => [
				el.getAttribute('data-theme-toggle'),
				// The visible number only (the words for screen readers follow it), digits alone:
				// French writes 1 234 with a narrow no-break space.
				(el.querySelector('[data-theme-count]')?.firstChild?.textContent ?? '').replace(/\D/g, '')
			])
		)
	);
}

test('a version counts nowhere: the theme counts are the same on / and /fr/', async ({ page }) => {
	await page.goto('./');
	const english = await themeCounts(page);
	await page.goto('fr/');
	const french = await themeCounts(page);
	expect(Object.keys(english).length).toBeGreaterThan(0);
	expect(Object.values(english).some((n) => Number(n) > 0)).toBe(true);
	expect(french).toEqual(english);
});
