/**
 * The site in French and Japanese: no English left on any page (apart from proper names and
 * source texts, which carry their own `lang`), accessible in every language, and a language
 * switch that keeps the whole view. Pages are chosen by what they hold (from events.json), and
 * the English words looked for come from the English messages and labels, so the checks follow
 * the site as it grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, seriousViolations, test } from './support/test';
import { waitForMark } from './support/timeline';

const LOCALES = ['fr', 'ja'] as const;
type Locale = (typeof LOCALES)[number];

// ------------------------------------------------------------------ the English words to look for

const ROOT = join(import.meta.dirname, '..');

/** Every text of a message file, variants included. */
function messageTexts(locale: string): string[] {
	const out: string[] = [];
	for (const area of readdirSync(join(ROOT, 'messages'))) {
		const file = JSON.parse(
			readFileSync(join(ROOT, 'messages', area, `${locale}.json`), 'utf8')
		) as Record<string, unknown>;
		delete file.$schema;
		for (const value of Object.values(file)) {
			if (typeof value === 'string') out.push(value);
			else
				for (const v of value as { match: Record<string, string> }[])
					out.push(...Object.values(v.match));
		}
	}
	return out;
}

/**
 * The labels the data files write in `suffix` ('' for English, '_fr', '_ja'): every value of a
 * key `label`, `title`, `name`, `framework`, `definition` (or that key with the suffix) anywhere in
 * data/*.yaml, so a translated theme, milestone, place or office counts as the language's own.
 */
function dataLabels(
	suffix: string,
	files = ['themes.yaml', 'milestones.yaml', 'places.yaml', 'people.yaml', 'record.yaml']
): string[] {
	const keys = ['label', 'title', 'name', 'framework', 'definition', 'cities', 'others'].map(
		(k) => `${k}${suffix}`
	);
	const out: string[] = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) {
				if (keys.includes(k))
					out.push(...[v].flat().filter((x): x is string => typeof x === 'string'));
				walk(v);
			}
	};
	for (const file of files) walk(parse(readFileSync(join(ROOT, 'data', file), 'utf8')));
	return out;
}

const words = (texts: string[]) =>
	new Set(
		texts
			.join(' ')
			.replace(/\{\w+\}/g, ' ')
			.toLowerCase()
			.match(/[a-z][a-z'’-]*[a-z]/g) ?? []
	);

/** Words of any English sentence, whatever the page says. */
const FUNCTION_WORDS = [
	'the',
	'and',
	'with',
	'for',
	'from',
	'this',
	'that',
	'these',
	'those',
	'are',
	'was',
	'were',
	'has',
	'have',
	'not',
	'all',
	'each',
	'every',
	'show',
	'hide',
	'open',
	'close',
	'which',
	'when',
	'where',
	'what',
	'who',
	'how',
	'than',
	'their',
	'its',
	'into',
	'about',
	'after',
	'before',
	'between',
	'without',
	'only',
	'also',
	'event',
	'events',
	'meeting',
	'meetings',
	'sentence',
	'sentences',
	'year',
	'years',
	'timeline',
	'chart',
	'charts',
	'download',
	'clear',
	'leaders',
	'ministers',
	'slide',
	'slides'
];

/**
 * The English words a French or Japanese page must not show: those of the English messages and
 * labels and the function words above, less any word the translations use themselves (names,
 * "CSV", words French shares with English).
 */
function englishWords(locale: Locale): Set<string> {
	const own = words([...messageTexts(locale), ...dataLabels(`_${locale}`)]);
	// English labels of themes, areas and milestones (not names of people or places: proper names).
	const labels = dataLabels('', ['themes.yaml', 'milestones.yaml']);
	const english = words([...messageTexts('en'), ...labels, ...FUNCTION_WORDS]);
	return new Set([...english].filter((w) => w.length > 2 && !own.has(w)));
}

/**
 * What a person reads or hears on the page, outside any element marked with another language
 * (a source text, a quotation, a name in its own script): visible text and the text of aria-*,
 * title, alt and placeholder attributes. Each piece with a selector-like path to find it.
 */
function readableTexts(page: Page, locale: Locale): Promise<{ where: string; text: string }[]> {
	return page.evaluate((locale) => {
		const out: { where: string; text: string }[] = [];
		const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
		const inPageLanguage = (el: Element) => langOf(el).split('-')[0] === locale;
		const where = (el: Element) => {
			const parts: string[] = [];
			for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement)
				parts.unshift(
					e.tagName.toLowerCase() +
						(e.id ? `#${e.id}` : '') +
						(e.classList.length ? `.${[...e.classList].slice(0, 2).join('.')}` : '')
				);
			return parts.join(' > ');
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			const text = n.textContent?.trim();
			if (!el || !text || !inPageLanguage(el)) continue;
			if (el.closest('script, style, template, [hidden], [aria-hidden="true"]')) continue;
			// Source text, even in the page's language, may quote English (a Japanese readout gives
			// "The Honourable Mélanie Joly" in brackets): quotations and sentences of a source.
			if (el.closest('blockquote, q, .sentence, [data-source-text]')) continue;
			if (
				!el.checkVisibility({ visibilityProperty: true }) &&
				!el.closest('.visually-hidden, .sr-only')
			)
				continue;
			out.push({ where: where(el), text });
		}
		const attributes = [
			'aria-label',
			'aria-description',
			'aria-roledescription',
			'aria-valuetext',
			'title',
			'alt',
			'placeholder'
		];
		for (const el of document.querySelectorAll('*')) {
			if (!inPageLanguage(el)) continue;
			for (const a of attributes) {
				const text = el.getAttribute(a)?.trim();
				if (text) out.push({ where: `${where(el)} [${a}]`, text });
			}
		}
		// An event page's title holds its event's title, which is the source's (its h1 says the
		// language; a <title> cannot): only the rest of the title is the page's own words.
		const h1 = document.querySelector('h1');
		const heading = h1 && !inPageLanguage(h1) ? (h1.textContent?.trim() ?? '') : '';
		out.push({
			where: 'title',
			text: heading ? document.title.replace(heading, '') : document.title
		});
		return out;
	}, locale);
}

async function englishLeft(page: Page, locale: Locale): Promise<string[]> {
	const english = englishWords(locale);
	const left: string[] = [];
	for (const { where, text } of await readableTexts(page, locale)) {
		// A web address is not words in any language (a source's page, shown beside it).
		const words = text.replace(/\b(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g, ' ');
		const found = (words.toLowerCase().match(/[a-z][a-z'’-]*[a-z]/g) ?? []).filter((w) =>
			english.has(w)
		);
		if (found.length) left.push(`${where}: "${text.slice(0, 120)}" (${found.join(', ')})`);
	}
	return left;
}

// ------------------------------------------------------------------ the pages to visit

interface JsonEvent {
	id: string;
	langs: string[];
	excerpt: boolean;
	recordOnly: boolean;
	sources: { url: string }[];
}

/** The pages of the site: each kind of page, and one event page of each kind of event. */
async function sitePages(request: APIRequestContext): Promise<string[]> {
	const response = await request.get('data/events.json');
	expect(response.status()).toBe(200);
	const { events } = (await response.json()) as { events: JsonEvent[] };
	const kinds: ((e: JsonEvent) => boolean)[] = [
		(e) => e.sources.length > 1,
		(e) => e.langs.includes('ja'),
		(e) => e.excerpt,
		(e) => e.recordOnly
	];
	const eventPages = kinds
		.map((k) => events.find(k))
		.filter((e): e is JsonEvent => e !== undefined)
		.map((e) => `events/${e.id}/`);
	return ['', 'events/', 'record/', 'present/', ...new Set(eventPages)];
}

/** Opens `path` in `locale` and waits until it is ready to read (the dashboard and deck script). */
async function openIn(page: Page, locale: Locale | 'en', path: string) {
	await page.goto(`${locale === 'en' ? '' : `${locale}/`}${path}`);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	if (path.startsWith('present/'))
		await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	if (path === '' || path.startsWith('?') || path.startsWith('present/'))
		await waitForMark(page, MARKS.interactive);
	else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** What the page reads, on screen, and for the deck also printed (the handout). */
async function englishOnPage(page: Page, locale: Locale, path: string): Promise<string[]> {
	const found = await englishLeft(page, locale);
	if (path.startsWith('present/')) {
		await page.emulateMedia({ media: 'print' });
		found.push(...(await englishLeft(page, locale)).map((p) => `(handout) ${p}`));
		await page.emulateMedia({ media: 'screen' });
	}
	return found.map((p) => `/${locale}/${path} ${p}`);
}

/**
 * The pages in two halves, a test each, so that the two run side by side (together they were the
 * longest test of the suite): the pages that run a script (the dashboard, the slides and their
 * handout) and the pages of text.
 */
const isScripted = (path: string) => path === '' || path.startsWith('present/');
const HALVES = [
	{ name: 'the dashboard and the slides', has: isScripted },
	{ name: 'the lists and the event pages', has: (path: string) => !isScripted(path) }
];

for (const locale of LOCALES)
	for (const half of HALVES)
		// Both checks read the same pages: each page is opened once for the two.
		test(`no English is left, and axe finds no serious or critical problem, on ${half.name} in ${locale}`, async ({
			page,
			request
		}) => {
			const pages = (await sitePages(request)).filter(half.has);
			expect(pages.length, 'pages to read').toBeGreaterThan(0);
			// A page load, a walk of its text and an axe run: up to 20 s a page on a busy machine.
			test.setTimeout(60_000 + pages.length * 20_000);
			const english: string[] = [];
			const axe: string[] = [];
			for (const path of pages) {
				await openIn(page, locale, path);
				english.push(...(await englishOnPage(page, locale, path)));
				axe.push(...(await seriousViolations(page)).map((v) => `/${locale}/${path} ${v}`));
			}
			expect(english, 'English left on the page').toEqual([]);
			expect(axe, 'serious or critical accessibility problems').toEqual([]);
		});

// ------------------------------------------------------------------ the switch

/** Follows the switch's link to `name` and checks the page is the same view in that language. */
async function switchTo(page: Page, name: string, locale: Locale | 'en', query: string, path = '') {
	// With an event open, the switch is the panel's (a modal: the header's is behind it), the last.
	const link = page
		.getByRole('navigation', { name: /^(Language|Langue|言語)$/ })
		.getByRole('link', { name, exact: true })
		.last();
	// The link carries the query once the page runs (it is prerendered without one).
	const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(link).toHaveAttribute('href', new RegExp(`${escaped}$`));
	await link.click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	const url = new URL(page.url());
	expect(url.search).toBe(query);
	expect(
		url.pathname.endsWith(`${locale === 'en' ? '' : `/${locale}`}/${path}`),
		url.pathname
	).toBe(true);
	await waitForMark(page, MARKS.interactive);
}

test('the switch keeps the view: filters, window and open event, English → French → Japanese → English', async ({
	page,
	request
}) => {
	test.slow();
	const response = await request.get('data/events.json');
	const { events } = (await response.json()) as {
		events: (JsonEvent & { date: string; level: string; themes: { id: string }[] })[];
	};
	const event = events.find((e) => !e.recordOnly && e.level === 'leaders' && e.themes.length > 0)!;
	const theme = event.themes[0]!.id;
	const year = event.date.slice(0, 4);
	const query = `?themes=${theme}&level=leaders&from=${year}-01-01&to=${Number(year) + 1}-01-01&event=${event.id}`;

	await openIn(page, 'en', query);
	const rows = async () =>
		page
			.locator('[data-event-row]')
			.evaluateAll((r) => r.map((x) => x.getAttribute('data-event-row')));
	const englishRows = await rows();
	expect(englishRows).toContain(event.id);
	const panelTitle = page.locator('#panel-title');
	await expect(panelTitle).toBeVisible();

	for (const [name, locale] of [
		['Français', 'fr'],
		['日本語', 'ja'],
		['English', 'en']
	] as const) {
		await switchTo(page, name, locale, query);
		// The same filters select the same events, and the same event is open.
		expect(await rows()).toEqual(englishRows);
		await expect(panelTitle).toBeVisible();
		const current = page
			.getByRole('navigation', { name: /^(Language|Langue|言語)$/ })
			.locator('[aria-current="true"]')
			.last();
		await expect(current).toHaveAttribute('hreflang', locale);
	}
});

test('the switch keeps the deck: the same slide in another language', async ({ page }) => {
	await openIn(page, 'en', 'present/?level=leaders&slide=2&theme=dark');
	await expect(page.locator('.slide[data-slide="2"]')).toBeVisible();
	const title = await page.locator('.slide[data-slide="2"] h2').first().textContent();
	await switchTo(page, 'Français', 'fr', '?level=leaders&slide=2&theme=dark', 'present/');
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await expect(page.locator('.slide[data-slide="2"]')).toBeVisible();
	// An event's title is its source's: the same words in both languages.
	expect(await page.locator('.slide[data-slide="2"] h2').first().textContent()).toBe(title);
});
