/**
 * The home page as a reader first finds it: what the product is, its counts, and the events in
 * view with their facts and sources. Expectations come from events.json (the same corpus), never
 * from counts written here: adding a document to data/ keeps these tests true.
 */
import { formatDate } from '../src/lib/display/dates';
import { FORMAT_LABELS, LEVEL_LABELS, placeText } from '../src/lib/display/labels';
import { expect, test } from './support/test';

interface JsonEvent {
	id: string;
	date: string;
	dateJapan: string | null;
	title: string;
	format: keyof typeof FORMAT_LABELS;
	level: keyof typeof LEVEL_LABELS;
	location: string | null;
	framework: string | null;
	participants: { name: string; office: string | null }[];
	recordOnly: boolean;
	excerpt: boolean;
	themes: { id: string; mentions: number }[];
	sources: { file: string; title: string; lang: string; excerpt: boolean }[];
}
interface JsonTheme {
	id: string;
	label: string;
	color: string;
}

let events: JsonEvent[];
let themes: JsonTheme[];

test.beforeEach(async ({ page, request }) => {
	if (!events) {
		const json = (await (await request.get('data/events.json')).json()) as {
			events: JsonEvent[];
			themes: JsonTheme[];
		};
		events = json.events;
		themes = json.themes;
	}
	await page.goto('./');
});

/** The list shows a page of fifty at first. */
const PAGE = 50;

test('says what the product is, with its counts and downloads', async ({ page }) => {
	await expect(page).toHaveTitle('Canada–Japan relations timeline');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/^Canada–Japan relations, 2021–20\d\d$/
	);
	const counts = page.locator('.counts');
	const recordOnly = events.filter((e) => e.recordOnly).length;
	await expect(counts.getByRole('term')).toHaveText([
		'Events',
		...(recordOnly ? ['With no official text'] : []),
		'Source documents',
		'Themes'
	]);
	const documents = new Set(events.flatMap((e) => e.sources.map((s) => s.file))).size;
	await expect(counts.getByRole('definition')).toHaveText([
		String(events.length),
		...(recordOnly ? [String(recordOnly)] : []),
		String(documents),
		String(themes.length)
	]);

	const downloads = page.locator('#downloads');
	await expect(downloads.getByRole('link', { name: 'events.json' })).toHaveAttribute(
		'href',
		/\/data\/events\.json$/
	);
	await expect(downloads.getByRole('link', { name: 'events.csv' })).toHaveAttribute(
		'href',
		/\/data\/events\.csv$/
	);
	// What the record holds is a link away, from the list and from the header.
	await page.locator('[data-record-link]').click();
	await expect(page).toHaveURL(/\/record\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the record holds');
});

test('lists the events newest first, each with its facts and sources', async ({ page }) => {
	// A dozen checks per listed event: the time grows with the record.
	test.setTimeout(30_000 + 2_000 * Math.min(PAGE, events.length));
	const list = page.getByRole('region', { name: 'Events in view' }).getByRole('list').first();
	const articles = list.getByRole('article');
	await expect(articles).toHaveCount(Math.min(PAGE, events.length));
	const ids = await list
		.locator('[data-event-row]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')!));
	const shown = ids.map((id) => events.find((e) => e.id === id)!);
	const dates = shown.map((e) => e.date);
	expect([...dates].sort().reverse()).toEqual(dates);
	expect(dates[0]).toBe(
		events
			.map((e) => e.date)
			.sort()
			.at(-1)
	);

	for (const [i, e] of shown.entries()) {
		const article = articles.nth(i);
		await expect(article, e.id).toHaveAccessibleName(e.title);
		await expect(article.locator('.date time')).toHaveText(formatDate(e.date));
		await expect(article.locator('.date time')).toHaveAttribute('datetime', e.date);
		await expect(article.locator('.kind .badge')).toHaveText([
			`Format: ${FORMAT_LABELS[e.format]}`,
			`Level: ${LEVEL_LABELS[e.level]}`
		]);
		await expect(article.locator('.participants li')).toHaveText(
			e.participants.map((p) => (p.office ? `${p.name}, ${p.office}` : p.name))
		);
		await expect(article.getByRole('definition').nth(1)).toHaveText(
			placeText({ location: e.location, format: e.format })
		);
		if (e.dateJapan)
			await expect(article.locator('.japan')).toHaveText(`${formatDate(e.dateJapan)} in Japan`);
		else await expect(article.locator('.japan')).toHaveCount(0);
		if (e.framework)
			await expect(article.locator('.badge.framework')).toHaveText(`Framework: ${e.framework}`);
		else await expect(article.locator('.badge.framework')).toHaveCount(0);

		// Record-only: flagged, with no sources or themes; otherwise each source, flagged when an excerpt.
		await expect(article.locator('[data-record-only-flag]')).toHaveCount(e.recordOnly ? 1 : 0);
		await expect(article.locator('[data-excerpt-flag]')).toHaveCount(
			!e.recordOnly && e.excerpt ? 1 : 0
		);
		const sources = article.locator('.sources > li');
		await expect(sources.locator('.source-title')).toHaveText(e.sources.map((s) => s.title));
		await expect(sources.locator('[data-excerpt-note]')).toHaveCount(
			e.sources.filter((s) => s.excerpt).length
		);
		for (const [j, s] of (await sources.all()).entries()) {
			const title = s.locator('.source-title');
			await expect(title).toHaveAttribute('href', new RegExp(`/events/${e.id}/#source-`));
			const lang = e.sources[j]!.lang;
			if (lang === 'en') await expect(title).not.toHaveAttribute('lang', /./);
			else await expect(title).toHaveAttribute('lang', lang);
			await expect(s.getByRole('link', { name: /^Original page/ })).toHaveAttribute(
				'href',
				/^https:\/\//
			);
			await expect(s).toContainText(/published \d{1,2} \w+ \d{4}/);
		}
	}
});

test('shows themes as labelled chips with their mention counts', async ({ page }) => {
	// The event with the most themes among those listed first.
	const listed = events.slice(0, PAGE).filter((e) => !e.recordOnly);
	const event = listed.reduce((a, b) => (b.themes.length > a.themes.length ? b : a));
	const chips = page.getByRole('article', { name: event.title, exact: true }).locator('.chips li');
	await expect(chips).toHaveCount(event.themes.length);
	// The colour is a swatch beside the words: the label and the count are text.
	const first = event.themes[0]!;
	const theme = themes.find((t) => t.id === first.id)!;
	await expect(chips.first()).toHaveText(
		`${theme.label} ${first.mentions} ${first.mentions === 1 ? 'mention' : 'mentions'}`
	);
	const [r, g, b] = [1, 3, 5].map((k) => parseInt(theme.color.slice(k, k + 2), 16));
	await expect(chips.first().locator('.swatch')).toHaveCSS(
		'background-color',
		`rgb(${r}, ${g}, ${b})`
	);
});

test('opens an event page from its title', async ({ page }) => {
	const event = events.find((e) => !e.recordOnly)!;
	await page
		.getByRole('heading', { name: event.title, exact: true })
		.first()
		.getByRole('link')
		.click();
	await expect(page).toHaveURL(new RegExp(`/events/${event.id}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
});

test('a skip link takes the keyboard past the header', async ({ page }) => {
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stops are inside main, not the header's navigation: the links to the slides and
	// the handout, then the timeline's first control.
	await expect(page.locator('[data-present]')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-print-handout]')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeFocused();
});
