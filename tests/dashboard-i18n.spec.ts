/**
 * The dashboard in French and Japanese, as a reader there uses it: filter by a theme with the
 * panel's own buttons, and the list, its summary and the panel read in the page's language, while
 * the address says the same view as on the English site (a link shared across languages means one
 * view). On a phone, the filter panel fits the width. Expectations come from events.json, so the
 * test holds whatever the record holds.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openHome } from './support/timeline';

interface JsonEvent {
	id: string;
	themes: { id: string }[];
}

/** What each language says where the test looks (the messages in messages/dashboard). */
const WORDS = {
	fr: {
		all: 'Tout',
		list: 'Événements affichés',
		filters: 'Filtres',
		// "N événements sur la période …, du plus récent au plus ancien."
		status: (n: number) =>
			new RegExp(`^${n} événements sur la période .+ correspondent aux filtres`),
		themeCount: (n: number) => `${n} événements`,
		open: /^Ouvrir/,
		clear: /^Effacer tous les filtres/,
		terms: ['Participants', 'Lieu']
	},
	ja: {
		all: '全期間',
		list: '表示中の会談等',
		filters: '絞り込み',
		status: (n: number) => new RegExp(`：条件に一致する${n}件（全期間では${n}件）、新しい順$`),
		themeCount: (n: number) => `${n}件`,
		open: /^開く/,
		clear: /^すべての条件を解除/,
		terms: ['出席者', '場所']
	}
} as const;

let events: JsonEvent[];
/** The theme most events carry, and how many (more than one, so the plural form shows). */
let theme: string;
let count: number;
/** The English site's query after the same clicks (taken once, by whichever test runs first). */
let english: string | undefined;

test.beforeEach(async ({ request }) => {
	if (events) return;
	events = ((await (await request.get('data/events.json')).json()) as { events: JsonEvent[] })
		.events;
	const counts = new Map<string, number>();
	for (const e of events) for (const t of e.themes) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
	[theme, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
	expect(count).toBeGreaterThan(1);
});

/** Shows every year, then picks the theme in the filter panel; gives back the address's query. */
async function filterByTheme(page: Page, all: string): Promise<string> {
	const allYears = page.getByRole('button', { name: all, exact: true });
	await allYears.click();
	// Every year shown (the URL says so unless every year is already the page's first view).
	await expect(allYears).toHaveAttribute('aria-current', 'true');
	await page.locator(`[data-theme-toggle="${theme}"]`).click();
	await expect(page).toHaveURL(new RegExp(`[?&]themes=${theme}(&|$)`));
	return new URL(page.url()).search;
}

for (const locale of ['fr', 'ja'] as const) {
	const words = WORDS[locale];

	test(`${locale}: filtering by a theme reads in the page's language, with the English site's address`, async ({
		page
	}) => {
		// The first test of the file draws the English site and the other whole, each with its
		// every event: on a loaded two-core machine that alone took 30 s.
		test.setTimeout(120_000);
		if (english === undefined) {
			await openHome(page);
			english = await filterByTheme(page, 'All');
		}

		await openHome(page, '', `./${locale}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { name: words.filters, exact: true })).toBeVisible();
		const query = await filterByTheme(page, words.all);
		// One view, one query: the parameters are the same words in every language.
		expect(query).toBe(english);
		expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${locale}/$`));

		const toggle = page.locator(`[data-theme-toggle="${theme}"]`);
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(toggle.locator('[data-theme-count]')).toHaveText(words.themeCount(count));

		const list = page.getByRole('region', { name: words.list });
		await expect(list.getByRole('status')).toHaveText(words.status(count));
		await expect(list.locator('[data-event-row]')).toHaveCount(Math.min(50, count));
		const first = list.getByRole('article').first();
		await expect(first.getByRole('button', { name: words.open })).toBeVisible();
		await expect(first.getByRole('term')).toHaveText([...words.terms]);
		// The event's title is the source's words: it says its language.
		await expect(first.getByRole('heading', { level: 3 })).toHaveAttribute('lang', /^(en|ja|fr)$/);

		await page.getByRole('button', { name: words.clear }).click();
		await expect(page).toHaveURL((url) => !url.searchParams.has('themes'));
	});

	test(`${locale}: on a phone the filter panel fits the width`, async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openHome(page, '', `./${locale}/`);
		await page.locator(`[data-theme-toggle="${theme}"]`).click();
		const panel = page.locator('section.filters');
		await panel.scrollIntoViewIfNeeded();
		await page.screenshot({ path: testInfo.outputPath(`filters-${locale}-390.png`) });
		const widths = await page.evaluate(() => ({
			scroll: document.scrollingElement!.scrollWidth,
			inner: window.innerWidth
		}));
		expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
		// Nothing in the panel pokes out of it either (a long label that does not wrap).
		const overflow = await panel.evaluate((root) => {
			const right = root.getBoundingClientRect().right;
			return [...root.querySelectorAll<HTMLElement>('*')]
				.filter((el) => el.getBoundingClientRect().right > right + 1)
				.map(
					(el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`
				);
		});
		expect(overflow).toEqual([]);
	});
}
