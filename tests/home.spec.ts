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

	// What each listed event shows, read from the page in one pass: a check per element through
	// the locator API takes minutes on a loaded machine once the record holds fifty events.
	const read = await articles.evaluateAll((els) => {
		const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
		return els.map((a) => ({
			name: text(document.getElementById(a.getAttribute('aria-labelledby') ?? '')),
			date: text(a.querySelector('.date time')),
			datetime: a.querySelector('.date time')?.getAttribute('datetime') ?? null,
			badges: [...a.querySelectorAll('.kind .badge')].map(text),
			participants: [...a.querySelectorAll('.participants li')].map(text),
			place: text(a.querySelectorAll('dd')[1] ?? null),
			japan: a.querySelector('.japan') ? text(a.querySelector('.japan')) : null,
			framework: a.querySelector('.badge.framework')
				? text(a.querySelector('.badge.framework'))
				: null,
			recordOnlyFlags: a.querySelectorAll('[data-record-only-flag]').length,
			excerptFlags: a.querySelectorAll('[data-excerpt-flag]').length,
			sources: [...a.querySelectorAll('.sources > li')].map((li) => {
				const title = li.querySelector('.source-title');
				const original = [...li.querySelectorAll('a')].find((l) =>
					text(l).startsWith('Original page')
				);
				return {
					title: text(title),
					href: title?.getAttribute('href') ?? '',
					lang: title?.getAttribute('lang') ?? null,
					original: original?.getAttribute('href') ?? '',
					excerptNote: li.querySelector('[data-excerpt-note]') !== null,
					published: /published \d{1,2} \w+ \d{4}/.test(text(li))
				};
			})
		}));
	});

	for (const [i, e] of shown.entries()) {
		const got = read[i]!;
		expect(got, e.id).toMatchObject({
			name: e.title,
			date: formatDate(e.date),
			datetime: e.date,
			badges: [`Format: ${FORMAT_LABELS[e.format]}`, `Level: ${LEVEL_LABELS[e.level]}`],
			participants: e.participants.map((p) => (p.office ? `${p.name}, ${p.office}` : p.name)),
			place: placeText({ location: e.location, format: e.format }),
			japan: e.dateJapan ? `${formatDate(e.dateJapan)} in Japan` : null,
			framework: e.framework ? `Framework: ${e.framework}` : null,
			// Record-only: flagged, with no sources; otherwise each source, flagged when an excerpt.
			recordOnlyFlags: e.recordOnly ? 1 : 0,
			excerptFlags: !e.recordOnly && e.excerpt ? 1 : 0
		});
		expect(
			got.sources.map((s) => s.title),
			e.id
		).toEqual(e.sources.map((s) => s.title));
		for (const [j, s] of got.sources.entries()) {
			const want = e.sources[j]!;
			expect(s.href, `${e.id} ${want.file}`).toMatch(new RegExp(`/events/${e.id}/#source-`));
			expect(s.lang, `${e.id} ${want.file}`).toBe(want.lang === 'en' ? null : want.lang);
			expect(s.original, `${e.id} ${want.file}`).toMatch(/^https:\/\//);
			expect(s.excerptNote, `${e.id} ${want.file}`).toBe(want.excerpt);
			expect(s.published, `${e.id} ${want.file}`).toBe(true);
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
	// The next stops are inside main, not the header's navigation: the links to the slides, the
	// handout and the PowerPoint, then the timeline's first control.
	await expect(page.locator('[data-present]')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-print-handout]')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('a[data-download-pptx]')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeFocused();
});
