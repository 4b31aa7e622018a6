/**
 * The pages of text in French and Japanese: the event list, an event and the record read in the
 * page's language (its words, its dates, its title), and every event title says the language of
 * the source it comes from, so the French page can hold an English title without mistaking it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

const CALL_ID = '2022-02-08-trudeau-kishida';
const CALL = 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio';

interface JsonEvent {
	id: string;
	recordOnly: boolean;
	langs: ('en' | 'fr' | 'ja')[];
}

/**
 * The words of `main` a reader sees as the page's own: everything outside an element that says
 * it is in another language (a source's title or text, the record's English notes), outside the
 * source documents and the charts, which their own tests hold to this.
 */
async function ownWords(page: Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const pageLang = document.documentElement.lang;
		const words: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (parent.closest('article, figure, .profile, script, style, [hidden]')) continue;
			if (parent.closest('[lang]')?.getAttribute('lang') !== pageLang) continue;
			words.push(node.textContent ?? '');
		}
		for (const el of main.querySelectorAll('[aria-label]'))
			if (!el.closest('article, figure, .profile')) words.push(el.getAttribute('aria-label') ?? '');
		return words.join(' ');
	});
}

/** English words no French or Japanese sentence of ours uses. */
const ENGLISH = /\b(the|and|of|with|from|is|are|this|events?|themes?|excerpt|framework|year)\b/i;

test('the event list reads in French, with French dates, each title in its source’s language', async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('data/events.json')).json()) as {
		events: JsonEvent[];
	};
	await page.goto('fr/events/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page).toHaveTitle('Tous les événements · Chronologie des relations Canada–Japon');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tous les événements');
	await expect(page.locator('.lede')).toContainText(
		`Les ${events.length} événements de la chronologie, du plus récent au plus ancien\u00a0:`
	);
	await expect(page.getByRole('navigation', { name: 'Années' })).toBeVisible();

	const call = page.locator(`[data-event-entry="${CALL_ID}"]`);
	await expect(call.locator('time')).toHaveText('8 février 2022');
	await expect(call.locator('.facts').first()).toHaveText('Appel, dirigeants');
	// A link on the French page stays on the French site.
	await expect(call.getByRole('link', { name: CALL })).toHaveAttribute(
		'href',
		new RegExp(`/fr/events/${CALL_ID}/$`)
	);

	// Every title says its language: the source's, or for a record-only event (no source: the
	// team's words) the page's.
	const langs = await page.locator('[data-event-entry]').evaluateAll((items) =>
		items.map((li) => ({
			id: li.getAttribute('data-event-entry') ?? '',
			lang: li.querySelector('.head a')?.getAttribute('lang')
		}))
	);
	expect(langs).toHaveLength(events.length);
	const byId = new Map(events.map((e) => [e.id, e]));
	for (const { id, lang } of langs) {
		const e = byId.get(id)!;
		const expected = e.recordOnly ? 'fr' : e.langs.includes('en') ? 'en' : e.langs[0];
		expect(lang, id).toBe(expected);
	}
	expect(await ownWords(page)).not.toMatch(ENGLISH);
});

test('an event page reads in French: its facts, dates, themes and sources', async ({ page }) => {
	await page.goto(`fr/events/${CALL_ID}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page).toHaveTitle(
		`${CALL} (8 février 2022) · Chronologie des relations Canada–Japon`
	);
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveText(CALL);
	await expect(title).toHaveAttribute('lang', 'en');

	const facts = page.locator('.facts');
	await expect(facts.locator('dt')).toHaveText([
		'Date',
		'Format et niveau',
		'Lieu',
		'Participants'
	]);
	await expect(facts.locator('time')).toHaveText(['8 février 2022', '9 février 2022']);
	await expect(facts.locator('.japan')).toHaveText('9 février 2022 au Japon');
	await expect(facts).toContainText('Appel, dirigeants');
	await expect(facts).toContainText('Aucun lieu (appel)');

	await expect(page.getByRole('heading', { name: 'Thèmes', level: 2 })).toBeVisible();
	await expect(page.locator('.chips li').first()).toHaveText(/ 3 mentions$/);
	await expect(page.getByRole('region', { name: 'Source', exact: true })).toBeVisible();
	// The source's text keeps its language; the theme tags beside a sentence are the page's words.
	await expect(page.locator('.text .body').first()).toHaveAttribute('lang', 'en');
	await expect(page.locator('.text .body .tags').first()).toHaveAttribute('lang', 'fr');

	const pager = page.getByRole('navigation', { name: 'Événements précédent et suivant' });
	await expect(pager.getByRole('link', { name: /Événement précédent/ })).toHaveAttribute(
		'href',
		/\/fr\/events\/[^/]+\/$/
	);
	await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link')).toHaveText(
		'Tous les événements'
	);
	expect(await ownWords(page)).not.toMatch(ENGLISH);
});

test('an event page reads in Japanese: 首脳電話会談, 2022年2月8日', async ({ page }) => {
	await page.goto(`ja/events/${CALL_ID}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page).toHaveTitle(`${CALL}（2022年2月8日） · 日加関係年表`);
	const facts = page.locator('.facts');
	await expect(facts.locator('time')).toHaveText(['2022年2月8日', '2022年2月9日']);
	await expect(facts.locator('.japan')).toHaveText('2022年2月9日（日本時間）');
	await expect(facts).toContainText('首脳電話会談');
	expect(await ownWords(page)).not.toMatch(ENGLISH);
});

test('the record reads in Japanese: its tables, kinds and dates', async ({ page }) => {
	await page.goto('ja/record/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page).toHaveTitle('記録の内容 · 日加関係年表');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('記録の内容');
	await expect(page.locator('[data-record-table="years"] thead th')).toHaveText([
		'年',
		'会談等',
		'カナダ側文書',
		'日本側文書',
		'双方',
		'抜粋のみ',
		'公式文書なし'
	]);
	await expect(page.locator('[data-record-table="years"] tfoot th')).toHaveText('全期間');
	// Kinds as MOFA names them: a leaders' meeting is 首脳会談, never "Meeting, leaders".
	const kinds = await page.locator('[data-record-table="kinds"] tbody th').allTextContents();
	expect(kinds.length).toBeGreaterThan(0);
	for (const kind of kinds) expect(kind).toMatch(/^[^A-Za-z]+$/);
	expect(kinds).toContain('首脳会談');
	// A lead's date as data/record.yaml gives it: a year, a month or a day, written in Japanese.
	for (const when of await page.locator('[data-leads] .when').allTextContents())
		expect(when).toMatch(/^\d{4}(年\d{1,2}月(\d{1,2}日)?)?$/);
	expect(await ownWords(page)).not.toMatch(ENGLISH);
});
