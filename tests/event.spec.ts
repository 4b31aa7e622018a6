import { expect, test } from './support/test';

const CALL = 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio';
const SENTENCE =
	'In this regard, they reaffirmed their commitment to the multinational effort to help monitor United Nations sanctions against North Korea, to which Canada is contributing through Operation NEON.';

test('an event page shows its facts, and each sentence marked with its themes', async ({
	page
}) => {
	await page.goto('./');
	await page.getByRole('link', { name: CALL, exact: true }).click();
	await expect(page).toHaveURL(/\/events\/2022-02-08-trudeau-kishida\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALL);
	await expect(page).toHaveTitle(/^Prime Minister Justin Trudeau speaks .* \(8 February 2022\)/);

	const facts = page.locator('.facts');
	const date = facts.getByRole('definition').first();
	await expect(date.locator('time')).toHaveText(['8 February 2022', '9 February 2022']);
	await expect(date.locator('.japan')).toHaveText('9 February 2022 in Japan');
	await expect(facts).toContainText('Call, leaders');
	await expect(facts).toContainText('Justin Trudeau, Prime Minister of Canada');
	await expect(facts).toContainText('Kishida Fumio, Prime Minister of Japan');

	await expect(page.locator('.chips li').first()).toHaveText('North Korea 3 mentions');

	// One sentence, as a reader sees it: in its paragraph, its two phrases emphasised, its two
	// themes named beside it.
	const sentence = page.locator('[data-sentence]').filter({ hasText: 'Operation NEON' });
	await expect(sentence).toHaveCount(1);
	await expect(sentence.locator('.words')).toHaveText(SENTENCE, { useInnerText: true });
	await expect(sentence.locator('mark')).toHaveText(['United Nations', 'North Korea']);
	await expect(sentence.locator('.tags')).toContainText('North Korea');
	await expect(sentence.locator('.tags')).toContainText('G7, UN and multilateral order');
	await expect(sentence).toHaveAttribute('id', /-s5$/);
	// Sentences are shown in place: this one shares its paragraph with the two before it.
	await expect(sentence.locator('xpath=..')).toHaveJSProperty('tagName', 'P');
	await expect(sentence.locator('xpath=../*[@data-sentence]')).toHaveCount(3);

	const untagged = page
		.locator('[data-sentence]')
		.filter({ hasText: /^Yesterday, Prime Minister/ });
	await expect(untagged.locator('mark')).toHaveCount(0);
	await expect(untagged.locator('.tags')).toHaveCount(0);

	const source = page.getByRole('article', {
		name: `${CALL} (readout)`
	});
	await expect(source.getByRole('link', { name: 'Original page' })).toHaveAttribute(
		'href',
		'https://pm.gc.ca/en/node/16726'
	);
	await expect(source).toContainText("Prime Minister's Office, Canada · published 9 February 2022");
	const provenance = source.locator('.provenance');
	await expect(provenance.locator('.given')).toHaveText(/Date in Japan:\s*given by the editors/);
	await expect(provenance).toContainText(/Date:\s*read from the text/);
	await expect(provenance.locator('.basis')).toContainText('8 February 2022, Ottawa time');
});

test('the theme evidence list leads to each sentence in the text', async ({ page }) => {
	await page.goto('events/2022-02-08-trudeau-kishida/');
	const evidence = page.locator('.evidence');
	const northKorea = evidence
		.locator('details')
		.filter({ has: page.locator('summary', { hasText: /^\s*North Korea/ }) });
	await northKorea.locator('summary').click();
	const quotes = northKorea.locator('ol > li');
	await expect(quotes).toHaveCount(3);
	await expect(quotes.nth(1).locator('q')).toHaveText(SENTENCE);
	await quotes
		.nth(1)
		.getByRole('link', { name: /in the text/ })
		.click();
	await expect(page).toHaveURL(/#source-2022-02-08-[a-z-]+-s5$/);
	const target = page.locator('[data-sentence]:target');
	await expect(target).toContainText('Operation NEON');
	await expect(target).toBeInViewport();
});

test('an event with several sources shows them all, reached from the home page', async ({
	page,
	request
}) => {
	const response = await request.get('data/events.json');
	const events = (
		(await response.json()) as {
			events: { id: string; sources: { file: string; title: string; url: string }[] }[];
		}
	).events;
	// The newest event with two sources or more, whichever it is.
	const event = events.find((e) => e.sources.length > 1);
	expect(event, 'the corpus has an event with two sources').toBeDefined();
	const second = event!.sources[1]!;
	await page.goto('./');
	await page
		.locator(`[data-event-row="${event!.id}"]`)
		.getByRole('link', { name: second.title, exact: true })
		.click();
	await expect(page).toHaveURL(
		new RegExp(`/events/${event!.id}/#source-${second.file.replace(/\.md$/, '')}$`)
	);
	const sources = page
		.getByRole('region', { name: `Sources (${event!.sources.length})` })
		.getByRole('article');
	await expect(sources.getByRole('heading', { level: 3 })).toHaveText(
		event!.sources.map((s) => s.title)
	);
	await expect(sources.nth(1).getByRole('heading', { level: 3 })).toBeInViewport();
	await expect(sources.nth(1).getByRole('link', { name: 'Original page' })).toHaveAttribute(
		'href',
		second.url
	);
});

test('a framework document’s list keeps its numbers, as a list', async ({ page }) => {
	await page.goto('events/2026-03-06-carney-takaichi/');
	const statement = page.locator(
		'#source-2026-03-06-joint-statement-on-canada-japan-comprehensive-strategic-partnership'
	);
	await expect(statement.locator('.items li').first()).toHaveText(
		/^\(1\) Enhanced Security and Defence Cooperation;/
	);
});

test('earlier and later links walk the events in time', async ({ page, request }) => {
	const response = await request.get('data/events.json');
	const events = ((await response.json()) as { events: { id: string; date: string }[] }).events;
	// Oldest first; events.json lists them newest first, ties by id.
	const inTime = [...events].reverse();
	expect(inTime.length).toBeGreaterThan(2);
	const pager = page.getByRole('navigation', { name: 'Earlier and later events' });
	await page.goto(`events/${inTime.at(-3)!.id}/`);
	await pager.getByRole('link', { name: /Later event/ }).click();
	await expect(page).toHaveURL(new RegExp(`/events/${inTime.at(-2)!.id}/$`));
	await pager.getByRole('link', { name: /Later event/ }).click();
	await expect(page).toHaveURL(new RegExp(`/events/${inTime.at(-1)!.id}/$`));
	await expect(pager.getByRole('link', { name: /Later event/ })).toHaveCount(0);
	await pager.getByRole('link', { name: /Earlier event/ }).click();
	await expect(page).toHaveURL(new RegExp(`/events/${inTime.at(-2)!.id}/$`));
	await page.goto(`events/${inTime[0]!.id}/`);
	await expect(pager.getByRole('link', { name: /Earlier event/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'All events' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Canada–Japan relations/);
});
