import { expect, test } from './support/test';

/** The corpus as a reader should find it on the home page, newest first. */
const EVENTS = [
	{
		id: '2026-03-06-carney-takaichi',
		date: '2026-03-06',
		shown: '6 March 2026',
		title: 'Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae',
		kind: ['Meeting', 'Leaders'],
		people: ['Mark Carney, Prime Minister of Canada', 'Takaichi Sanae, Prime Minister of Japan'],
		location: 'Tokyo, Japan',
		framework: 'Canada-Japan Comprehensive Strategic Roadmap',
		sources: [
			'Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae (readout)',
			'Joint Statement on Canada-Japan Comprehensive Strategic Partnership'
		]
	},
	{
		id: '2024-01-13-joly-kamikawa',
		date: '2024-01-13',
		shown: '13 January 2024',
		title: "Japan-Canada Foreign Ministers' Meeting",
		kind: ['Meeting', 'Ministers'],
		people: [
			'Mélanie Joly, Minister of Foreign Affairs of Canada',
			'Kamikawa Yoko, Minister for Foreign Affairs of Japan'
		],
		location: 'Montreal, Canada',
		framework: null,
		sources: ["Japan-Canada Foreign Ministers' Meeting"]
	},
	{
		id: '2022-02-08-trudeau-kishida',
		date: '2022-02-08',
		shown: '8 February 2022',
		japan: '9 February 2022 in Japan',
		title: 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio',
		kind: ['Call', 'Leaders'],
		people: ['Justin Trudeau, Prime Minister of Canada', 'Kishida Fumio, Prime Minister of Japan'],
		location: 'None (a call)',
		framework: null,
		sources: [
			'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio (readout)'
		]
	},
	{
		id: '2021-05-03-garneau-motegi',
		date: '2021-05-03',
		shown: '3 May 2021',
		title: 'Shared Canada-Japan priorities contributing to a free and open Indo-Pacific region',
		kind: ['Document', 'Ministers'],
		people: [
			'Marc Garneau, Minister of Foreign Affairs of Canada',
			'Motegi Toshimitsu, Minister for Foreign Affairs of Japan'
		],
		location: 'London, United Kingdom',
		framework: 'Shared Canada-Japan priorities',
		sources: [
			'Shared Canada-Japan priorities contributing to a free and open Indo-Pacific region (Backgrounder)'
		]
	}
];

test.beforeEach(async ({ page }) => {
	await page.goto('./');
});

test('says what the product is, with its counts and downloads', async ({ page }) => {
	await expect(page).toHaveTitle('Canada–Japan relations timeline');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Canada–Japan relations, 2021–2026'
	);
	const counts = page.locator('.counts');
	await expect(counts.getByRole('term')).toHaveText(['Events', 'Source documents', 'Themes']);
	await expect(counts.getByRole('definition')).toHaveText(['4', '5', '16']);

	const downloads = page.locator('#downloads');
	await expect(downloads.getByRole('link', { name: 'events.json' })).toHaveAttribute(
		'href',
		/\/data\/events\.json$/
	);
	await expect(downloads.getByRole('link', { name: 'events.csv' })).toHaveAttribute(
		'href',
		/\/data\/events\.csv$/
	);
});

test('lists the four events newest first, each with its facts and sources', async ({ page }) => {
	const list = page.getByRole('region', { name: 'Events in view' }).getByRole('list').first();
	const articles = list.getByRole('article');
	await expect(articles).toHaveCount(EVENTS.length);
	await expect(articles.getByRole('heading', { level: 3 })).toHaveText(EVENTS.map((e) => e.title));
	await expect(articles.locator('.date time')).toHaveText(EVENTS.map((e) => e.shown));
	const datetimes = await articles
		.locator('.date time')
		.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
	expect(datetimes).toEqual(EVENTS.map((e) => e.date));

	for (const [i, e] of EVENTS.entries()) {
		const article = articles.nth(i);
		await expect(article, e.id).toHaveAccessibleName(e.title);
		await expect(article.locator('.kind .badge')).toHaveText([
			`Format: ${e.kind[0]}`,
			`Level: ${e.kind[1]}`
		]);
		await expect(article.locator('.participants li')).toHaveText(e.people);
		await expect(article.getByRole('definition').nth(1)).toHaveText(e.location);
		if (e.japan) await expect(article.locator('.japan')).toHaveText(e.japan);
		else await expect(article.locator('.japan')).toHaveCount(0);
		if (e.framework)
			await expect(article.locator('.badge.framework')).toHaveText(`Framework: ${e.framework}`);
		else await expect(article.locator('.badge.framework')).toHaveCount(0);

		const sources = article.locator('.sources > li');
		await expect(sources.locator('.source-title')).toHaveText(e.sources);
		for (const s of await sources.all()) {
			await expect(s.locator('.source-title')).toHaveAttribute(
				'href',
				new RegExp(`/events/${e.id}/#source-`)
			);
			await expect(s.getByRole('link', { name: /^Original page/ })).toHaveAttribute(
				'href',
				/^https:\/\//
			);
			await expect(s).toContainText(/published \d{1,2} \w+ \d{4}/);
		}
	}
});

test('shows themes as labelled chips with their mention counts', async ({ page }) => {
	const call = page.getByRole('article', { name: EVENTS[2]!.title });
	const chips = call.locator('.chips li');
	await expect(chips).toHaveCount(10);
	// The colour is a swatch beside the words: the label and the count are text.
	await expect(chips.first()).toHaveText('North Korea 3 mentions');
	await expect(chips.filter({ hasText: 'Defence and security cooperation' })).toHaveText(
		'Defence and security cooperation 1 mention'
	);
	await expect(chips.first().locator('.swatch')).toHaveCSS('background-color', 'rgb(136, 34, 85)');
});

test('opens an event page from its title', async ({ page }) => {
	await page.getByRole('heading', { name: EVENTS[1]!.title }).getByRole('link').click();
	await expect(page).toHaveURL(/\/events\/2024-01-13-joly-kamikawa\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENTS[1]!.title);
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
