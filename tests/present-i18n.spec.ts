/**
 * The briefing deck and its handout in French and Japanese: the slides, the controls, the
 * notices and the handout read in the page's language, dates and counts as the language writes
 * them, quotations and titles keep their source's language (and say so with `lang`), and the
 * deck's language switch and its way back to the dashboard stay in the language. Expectations
 * come from /data/events.json, so they follow the record as it grows. (tests/i18n.spec.ts scans
 * every page for English left; tests/present.spec.ts fits every slide in each language.)
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, test } from './support/test';
import { waitForMark } from './support/timeline';

interface JsonEvent {
	id: string;
	date: string;
	dateJapan: string | null;
	level: string;
	recordOnly: boolean;
	langs: string[];
	themes: { id: string }[];
	sources: { url: string; lang: string; themes: { evidence: string[] }[] }[];
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

const FRENCH_MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];

/** A day as each language writes it, worked out here rather than by the site's own code. */
function writtenDate(iso: string, locale: 'fr' | 'ja'): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return locale === 'ja'
		? `${y}年${m}月${d}日`
		: `${d === 1 ? '1er' : d} ${FRENCH_MONTHS[m - 1]} ${y}`;
}

/** What each language says, as a reader would look for it. */
const WORDS = {
	fr: {
		slide: (n: number, total: number) => `Diapositive ${n} sur ${total}`,
		count: (n: number) => `${n} événements`,
		closing: (n: number) => `Thèmes de ces ${n} événements`,
		participants: 'Participants',
		themes: 'Thèmes principaux',
		next: 'Suivante',
		previous: 'Précédente',
		dashboard: 'Tableau de bord',
		colours: 'Couleurs',
		colourNames: ['Clair', 'Sombre', 'Contraste élevé'],
		noSlide: 'La diapositive "99" n’existe pas',
		dismiss: 'Fermer cet avis',
		language: 'Langue',
		sources: /^Sources?$/
	},
	ja: {
		slide: (n: number, total: number) => `スライド ${n}／${total}`,
		count: (n: number) => `${n}件`,
		closing: (n: number) => `この${n}件の会談等のテーマ`,
		participants: '出席者',
		themes: '主なテーマ',
		next: '次へ',
		previous: '前へ',
		dashboard: 'ダッシュボード',
		colours: '配色',
		colourNames: ['明るい背景', '暗い背景', '高コントラスト'],
		noSlide: 'スライド "99" はありません',
		dismiss: 'この通知を閉じる',
		language: '言語',
		sources: /^出典$/
	}
} as const;

async function openDeck(page: Page, locale: 'fr' | 'ja', query: string) {
	await page.goto(`${locale}/present/${query}`);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await waitForMark(page, MARKS.interactive);
}

for (const locale of ['fr', 'ja'] as const) {
	const w = WORDS[locale];

	test(`a leaders' deck in ${locale}: the slides, the controls and the way back speak the language`, async ({
		page
	}) => {
		const leaders = events
			.filter((e) => e.level === 'leaders')
			.sort((a, b) => a.date.localeCompare(b.date));
		const total = leaders.length + 2;
		await openDeck(page, locale, '?level=leaders');
		const counter = page.locator('[data-slide-count]');
		await expect(counter).toHaveText(w.slide(1, total));
		await expect(page.locator('[data-count]')).toContainText(w.count(leaders.length));
		// The period, first and last day, in the language's own form.
		await expect(page.locator('[data-count]')).toContainText(writtenDate(leaders[0]!.date, locale));
		await expect(page.locator('[data-count]')).toContainText(
			writtenDate(leaders.at(-1)!.date, locale)
		);
		await expect(page.getByLabel(w.colours).locator('option')).toHaveText([...w.colourNames]);

		// The buttons, by their names in the language.
		await page.getByRole('button', { name: w.next }).click();
		await expect(counter).toHaveText(w.slide(2, total));
		const event = leaders[0]!;
		const slide = page.locator('.slide[data-slide="2"]');
		await expect(slide.locator('[data-event-date] time').first()).toHaveText(
			writtenDate(event.date, locale)
		);
		// The title is its source's words, marked with their language.
		await expect(slide.locator('[data-event-title]')).toHaveAttribute(
			'lang',
			event.langs.includes('en') ? 'en' : event.langs[0]!
		);
		await expect(slide.locator('dt').first()).toHaveText(w.participants);
		if (event.themes.length) await expect(slide.locator('dt').nth(1)).toHaveText(w.themes);
		// Each quotation keeps its source's language, named by the source it links to.
		const quotes = slide.locator('[data-key-sentence]');
		expect(await quotes.count()).toBeGreaterThan(0);
		for (const q of await quotes.all()) {
			const href = await q.locator('figcaption a').getAttribute('href');
			const source = event.sources.find((s) => s.url === href);
			expect(source, `the quoted source ${href} is the event's`).toBeDefined();
			await expect(q.locator('blockquote')).toHaveAttribute('lang', source!.lang);
		}

		await page.keyboard.press('End');
		await expect(counter).toHaveText(w.slide(total, total));
		await expect(page.locator('.slide.closing h2')).toHaveText(w.closing(leaders.length));
		await page.getByRole('button', { name: w.previous }).click();
		await expect(counter).toHaveText(w.slide(total - 1, total));

		// The deck's language switch links to this slide, this language marked.
		const languages = page.locator('.present-deck').getByRole('navigation', { name: w.language });
		await expect(languages.locator('[aria-current="true"]')).toHaveAttribute('hreflang', locale);
		await expect(languages.getByRole('link', { name: 'English', exact: true })).toHaveAttribute(
			'href',
			new RegExp(`/present/\\?level=leaders&slide=${total - 1}$`)
		);

		// The way back is the dashboard in the same language, with the same view.
		await page.getByRole('link', { name: w.dashboard }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/\\?level=leaders$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
	});

	test(`a notice and the handout in ${locale}`, async ({ page }) => {
		await openDeck(page, locale, '?slide=99');
		const notices = page.locator('[data-present-notices]');
		await expect(notices).toContainText(w.noSlide);
		await page.getByRole('button', { name: w.dismiss }).click();
		await expect(notices).toHaveCount(0);

		const leaders = events.filter((e) => e.level === 'leaders');
		await openDeck(page, locale, '?level=leaders');
		await page.emulateMedia({ media: 'print' });
		const blocks = page.locator('[data-handout-event]');
		await expect(blocks).toHaveCount(leaders.length);
		await expect(page.locator('.handout .cover')).toContainText(w.count(leaders.length));
		for (const e of leaders) {
			const block = page.locator(`[data-handout-event="${e.id}"]`);
			await expect(block.locator('.meta time').first()).toHaveText(writtenDate(e.date, locale));
			if (e.recordOnly) continue;
			await expect(block.locator('.sources-title')).toHaveText(w.sources);
			// A quotation in its source's language, in that language's quotation marks.
			for (const p of await block.locator('[data-key-sentence] > p').all()) {
				const lang = await p.getAttribute('lang');
				expect(['en', 'fr', 'ja']).toContain(lang);
				await expect(p).toHaveText(
					lang === 'ja' ? /^「.*」$/s : lang === 'fr' ? /^«.*»$/s : /^“.*”$/s
				);
			}
		}
	});
}
