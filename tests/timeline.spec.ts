import { MARKS } from '../src/lib/instrumentation/marks';
import {
	corpusEvents,
	hasTheme,
	idsWhere,
	listedRows,
	openHome,
	shownItems,
	type CorpusEvent,
	waitForMark
} from './support/timeline';
import { FIXTURE_SITE } from './support/fixture-site';
import { siteTestMode, testSite } from './support/test-sites';
import type { BuiltSite } from '../scripts/support/site-build';
import { SITE_BUILD_TIMEOUT, expect, seriousViolations, test } from './support/test';

const CALL = '2022-02-08-trudeau-kishida';
const SUMMIT = '2026-03-06-carney-takaichi';
const MONTREAL = '2024-01-13-joly-kamikawa';

let events: CorpusEvent[];
const all = () => idsWhere(events, () => true);

// The fixture corpus (five seed documents, four events), so that each event can be named here
// whatever data/ holds; one site for the file (support/test-sites.ts says where it is built).
test.describe.configure({ mode: siteTestMode });

let site: BuiltSite;

test.beforeAll(async () => {
	test.setTimeout(SITE_BUILD_TIMEOUT);
	site = await testSite(FIXTURE_SITE);
});

test.afterAll(async () => {
	await site?.close();
});

test.beforeEach(async ({ request }) => {
	events ??= await corpusEvents(request, site.url);
});

test('shows every event in its lane, milestones apart, framework documents marked', async ({
	page
}) => {
	await openHome(page, '', site.url);
	await expect(page.locator('[data-range-label]')).toHaveText(/^\w{3} 20(20|21) – \w{3} 2026$/);
	await expect.poll(() => shownItems(page)).toEqual(all());
	const lanes = page.locator('.vis-labelset .vis-label');
	await expect(lanes).toHaveText(['Leaders', 'Ministers', 'Milestones']);
	// Short labels, styled by format; the two framework documents stand out.
	await expect(page.locator(`[data-event-id="${SUMMIT}"]`)).toHaveText('Carney–Takaichi · Tokyo');
	await expect(page.locator(`.vis-item.format-call [data-event-id="${CALL}"]`)).toHaveCount(1);
	await expect(page.locator('.vis-item.framework [data-event-id]')).toHaveCount(2);
	await expect(page.locator('.vis-item.milestone').first()).toBeVisible();
	// The timeline is a picture of the list; the list is what a screen reader reads.
	await expect(page.locator('.vis-host')).toHaveAttribute('aria-hidden', 'true');
	expect(await listedRows(page)).toEqual([SUMMIT, MONTREAL, CALL, '2021-05-03-garneau-motegi']);

	// The tooltip names the event and its date, as text.
	await page.locator(`[data-event-id="${CALL}"]`).hover();
	const tooltip = page.locator('.vis-tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('Prime Minister Justin Trudeau speaks with');
	await expect(tooltip).toContainText('8 February 2022 · Call, leaders');
	// Its kind's mark is drawn before its label.
	expect(
		await page
			.locator(`[data-event-id="${CALL}"]`)
			.evaluate((el) => getComputedStyle(el, '::before').content)
	).toBe('"☎"');
});

test('zooms to a year with its button, and moves by keyboard', async ({ page }) => {
	await openHome(page, '', site.url);
	await page.locator('[data-year="2024"]').click();
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2024');
	await expect(page).toHaveURL(/\?from=2024-01-01&to=2024-12-31$/);
	await expect.poll(() => shownItems(page)).toEqual([MONTREAL]);
	await expect.poll(() => listedRows(page)).toEqual([MONTREAL]);

	// The same from the keyboard alone: a year button, then the timeline's own keys.
	await page.locator('[data-year="all"]').focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => shownItems(page)).toEqual(all());
	await page.locator('[data-year="2024"]').focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => shownItems(page)).toEqual([MONTREAL]);

	const timeline = page.getByRole('application', { name: /Timeline of the events listed below/ });
	await timeline.focus();
	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2025');
	await expect.poll(() => shownItems(page)).toEqual([]);
	await expect(page.getByRole('status').filter({ hasText: 'No event is in' })).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2024');
	await page.keyboard.press('-');
	await expect(page.locator('[data-range-label]')).toHaveText('Jul 2023 – Jul 2025');
	await page.keyboard.press('+');
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2024');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-range-label]')).toHaveText('Mar 2024 – Mar 2025');
	await page.keyboard.press('0');
	await expect.poll(() => shownItems(page)).toEqual(all());

	// End: the last event, announced; Enter opens it; Escape comes back to the timeline.
	await page.keyboard.press('End');
	await expect(page.locator('.active-item')).toContainText(
		'Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae'
	);
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('.active-item')).toContainText(
		"Japan-Canada Foreign Ministers' Meeting"
	);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toHaveAccessibleName(
		"Japan-Canada Foreign Ministers' Meeting"
	);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(timeline).toBeFocused();
});

test('a cluster of items opens onto them', async ({ page }) => {
	await openHome(page, '', site.url);
	await page.getByRole('application').focus();
	// Thirty years on one screen: the milestones crowd into a cluster.
	for (let i = 0; i < 3; i++) await page.keyboard.press('-');
	const cluster = page.locator('.vis-cluster').first();
	await expect(cluster).toHaveText(/^\d+ milestones$/);
	const wide = await page.locator('[data-range-label]').textContent();
	await cluster.click();
	await expect(page.locator('[data-range-label]')).not.toHaveText(wide!);
	await expect(page).toHaveURL(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
	await expect(page.locator('.vis-item.milestone:not(.vis-cluster)').first()).toBeVisible();
});

test('filters by theme: the timeline, the counts and the address follow', async ({ page }) => {
	await openHome(page, '', site.url);
	const health = page.locator('[data-theme-toggle="health"]');
	await expect(health).toHaveAttribute('aria-pressed', 'false');
	const n = idsWhere(events, (e) => hasTheme(e, 'health')).length;
	await expect(health.locator('[data-theme-count]')).toHaveText(
		`${n} ${n === 1 ? 'event' : 'events'}`
	);
	await health.click();
	await expect(health).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/\?themes=health$/);
	const withHealth = idsWhere(events, (e) => hasTheme(e, 'health'));
	await expect.poll(() => shownItems(page)).toEqual(withHealth);
	await expect.poll(async () => (await listedRows(page)).sort()).toEqual(withHealth);

	// The counts follow the other filters: ministers only.
	await page.locator('[data-level-toggle="ministers"]').click();
	await expect(page).toHaveURL(/\?themes=health&level=ministers$/);
	const ministers = (e: CorpusEvent) => e.level === 'ministers';
	for (const theme of ['defence', 'cyber', 'people-to-people'])
		await expect(page.locator(`[data-theme-toggle="${theme}"] [data-theme-count]`)).toHaveText(
			new RegExp(`^${idsWhere(events, (e) => ministers(e) && hasTheme(e, theme)).length} events?$`)
		);

	// "only" and "clear".
	await page.locator('[data-theme-only="cyber"]').click();
	await expect(page.locator('[data-theme-toggle][aria-pressed="true"]')).toHaveCount(1);
	await expect(page).toHaveURL(/\?themes=cyber&level=ministers$/);
	await page.getByRole('button', { name: 'Clear themes' }).click();
	await expect(page.locator('[data-theme-toggle][aria-pressed="true"]')).toHaveCount(0);
	await expect(page).toHaveURL(/\?level=ministers$/);
	await expect.poll(() => shownItems(page)).toEqual(idsWhere(events, ministers));
});

test('matches any or all of the chosen themes, and says when nothing matches', async ({ page }) => {
	await openHome(page, '?themes=defence,people-to-people', site.url);
	const defence = (e: CorpusEvent) => hasTheme(e, 'defence');
	const people = (e: CorpusEvent) => hasTheme(e, 'people-to-people');
	await expect
		.poll(() => shownItems(page))
		.toEqual(idsWhere(events, (e) => defence(e) || people(e)));
	await page.getByLabel('all of them').check();
	await expect(page).toHaveURL(/\?themes=defence,people-to-people&match=all$/);
	await expect
		.poll(() => shownItems(page))
		.toEqual(idsWhere(events, (e) => defence(e) && people(e)));
	await expect.poll(() => listedRows(page)).toEqual([SUMMIT]);

	// Health and cyber never meet: the list says so and offers a way out.
	await page.locator('[data-theme-only="health"]').click();
	await page.locator('[data-theme-toggle="cyber"]').click();
	await expect.poll(() => shownItems(page)).toEqual([]);
	await expect(
		page.getByRole('status').filter({ hasText: 'No event matches the filters' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect.poll(() => listedRows(page)).toHaveLength(events.length);
});

test('dims the other events instead of hiding them, on request', async ({ page }) => {
	await openHome(page, '?themes=health', site.url);
	await expect.poll(() => shownItems(page)).toEqual(idsWhere(events, (e) => hasTheme(e, 'health')));
	await page.getByRole('switch', { name: /Dim the other events/ }).check();
	await expect(page).toHaveURL(/\?themes=health&dim=1$/);
	await expect.poll(() => shownItems(page)).toEqual(all());
	await expect
		.poll(() => shownItems(page, { dimmed: false }))
		.toEqual(idsWhere(events, (e) => hasTheme(e, 'health')));
});

test('searches the sources and marks the words found', async ({ page }) => {
	await openHome(page, '', site.url);
	await page.getByLabel('Search the sources').fill('Operation NEON');
	await expect.poll(() => listedRows(page)).toEqual([CALL]);
	await expect.poll(() => shownItems(page)).toEqual([CALL]);
	const row = page.locator(`[data-event-row="${CALL}"]`);
	await expect(row.locator('.excerpt mark')).toHaveText(['Operation', 'NEON']);
	await expect(page).toHaveURL(/\?q=Operation\+NEON$/);
});

test('opens an event from the timeline: facts, evidence, sources; Escape closes', async ({
	page
}) => {
	await openHome(page, '', site.url);
	await page.locator(`[data-event-id="${CALL}"]`).click();
	const panel = page.getByRole('dialog');
	await expect(panel).toHaveAccessibleName(
		'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio'
	);
	await expect(page).toHaveURL(new RegExp(`event=${CALL}$`));
	const facts = panel.locator('.facts');
	await expect(facts).toContainText('8 February 2022');
	await expect(facts).toContainText('9 February 2022 in Japan');
	await expect(facts).toContainText('Call, leaders');
	await expect(facts).toContainText('None (a call)');
	await expect(facts).toContainText('Justin Trudeau, Prime Minister of Canada');

	// Each theme with its sentences, the tagged words marked.
	const northKorea = panel.locator('details.theme').filter({ hasText: /^\s*North Korea/ });
	await northKorea.locator('summary').click();
	const quote = northKorea.locator('li').filter({ hasText: 'Operation NEON' });
	await expect(quote.locator('mark')).toHaveText(['North Korea']);
	// The source's cleaned text, with a link to the original page.
	await expect(panel.locator('[data-sentence]').filter({ hasText: 'Operation NEON' })).toHaveCount(
		1
	);
	await expect(panel.getByRole('link', { name: 'Original page' })).toHaveAttribute(
		'href',
		'https://pm.gc.ca/en/node/16726'
	);

	// Earlier and later, among the events shown.
	await panel.locator('[data-panel-step="later"]').click();
	await expect(panel).toHaveAccessibleName("Japan-Canada Foreign Ministers' Meeting");
	await expect(page).toHaveURL(new RegExp(`event=${MONTREAL}$`));

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('application')).toBeFocused();
});

test('opens an event from the list and gives focus back to its button', async ({ page }) => {
	await openHome(page, '', site.url);
	const row = page.locator(`[data-event-row="${MONTREAL}"]`);
	// The title still leads to the event's page; the button opens the panel.
	await expect(
		row.getByRole('heading').getByRole('link', { name: "Japan-Canada Foreign Ministers' Meeting" })
	).toHaveAttribute('href', new RegExp(`/events/${MONTREAL}/$`));
	const open = row.getByRole('button', { name: /^Open/ });
	await open.click();
	const panel = page.getByRole('dialog');
	await expect(panel).toHaveAccessibleName("Japan-Canada Foreign Ministers' Meeting");
	await expect(
		panel.getByRole('heading', { level: 3, name: "Japan-Canada Foreign Ministers' Meeting" })
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(open).toBeFocused();
	// The Close button does the same.
	await open.click();
	await panel.getByRole('button', { name: 'Close' }).click();
	await expect(panel).toBeHidden();
	await expect(open).toBeFocused();
});

test('a reload, Back and Forward, and a shared link give the same view', async ({ page }) => {
	await openHome(page, '', site.url);
	await page.locator('[data-year="2022"]').click();
	await page.locator('[data-theme-toggle="north-korea"]').click();
	await expect(page).toHaveURL(/\?themes=north-korea&from=2022-01-01&to=2022-12-31$/);
	await page.locator(`[data-event-row="${CALL}"]`).getByRole('button', { name: /^Open/ }).click();
	await expect(page).toHaveURL(new RegExp(`&event=${CALL}$`));

	await page.reload();
	await waitForMark(page, MARKS.interactive);
	await expect(page.getByRole('dialog')).toHaveAccessibleName(/^Prime Minister Justin Trudeau/);
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2022');
	await expect(page.locator('[data-theme-toggle="north-korea"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// Opening the panel was a step in the history: Back closes it, Forward opens it again.
	await page.goBack();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page).toHaveURL(/\?themes=north-korea&from=2022-01-01&to=2022-12-31$/);
	await page.goForward();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();

	// To an event's page and back: the view is where it was.
	await page.locator(`[data-event-row="${CALL}"] h3 a`).click();
	await expect(page).toHaveURL(new RegExp(`/events/${CALL}/$`));
	await page.goBack();
	await expect(page.locator('[data-range-label]')).toHaveText('Jan – Dec 2022');
	await expect.poll(() => shownItems(page)).toEqual([CALL]);
	await expect(page.locator('[data-theme-toggle="north-korea"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('drops what it cannot use from a link, says so, and shows the rest', async ({ page }) => {
	await openHome(
		page,
		'?themes=nope,health&level=kings&from=2024-13-01&to=2024-02-01&event=missing&zzz=1',
		site.url
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const notice = page.locator('[data-url-notices]');
	await expect(notice).toContainText('Ignored unknown theme "nope" in themes.');
	await expect(notice).toContainText('Ignored unknown level "kings" in level.');
	await expect(notice).toContainText('Ignored from="2024-13-01": not a date written YYYY-MM-DD.');
	await expect(notice).toContainText('Ignored unknown event "missing" in event.');
	await expect(notice).toContainText('Ignored unknown parameter "zzz".');
	// What was good is kept, and the address now says only that.
	await expect(page.locator('[data-theme-toggle="health"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page).toHaveURL(/\?themes=health$/);
	await page.getByRole('button', { name: 'Dismiss this notice' }).click();
	await expect(notice).toHaveCount(0);
});

test('axe finds no serious or critical problem with the panel open', async ({ page }) => {
	await openHome(page, `?event=${SUMMIT}`, site.url);
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.getByRole('dialog').locator('[data-sentence]').first()).toBeVisible();
	for (const d of await page.getByRole('dialog').locator('details').all())
		await d.evaluate((el) => el.setAttribute('open', ''));
	expect(await seriousViolations(page)).toEqual([]);
});

test('the full list of events is a page of its own', async ({ page }) => {
	await page.goto(`${site.url}events/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All events');
	const titles = page.locator('.events .head a');
	await expect(titles).toHaveCount(events.length);
	await expect(titles.first()).toHaveAttribute('href', new RegExp(`/events/${SUMMIT}/$`));
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'2026',
		'2024',
		'2022',
		'2021',
		'Milestones the documents mention'
	]);
});

test('labels that reach the right edge are moved left of their dot, cut with an ellipsis, or hidden where not even that fits', async ({
	page
}) => {
	// A phone is where the window is narrowest and labels run past its edge.
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page, '', site.url);
	await expect.poll(() => shownItems(page)).toEqual(all());
	const cut = () =>
		page.locator('.meeting-timeline').evaluate((root) => {
			const edge = root.querySelector('.vis-center')!.getBoundingClientRect();
			return [...root.querySelectorAll<HTMLElement>('.vis-point > .vis-item-content')]
				.filter((el) => el.checkVisibility({ visibilityProperty: true }))
				.map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }))
				.filter(({ r }) => r.left < edge.right && r.right > edge.right + 1)
				.map(({ text }) => text);
		});
	// Labels are placed after vis-timeline's redraw, which follows the first paint.
	await expect.poll(cut).toEqual([]);
	// At least one label was shortened, and says so with an ellipsis: its full text stays in it.
	const shortened = page.locator('.vis-point > .vis-item-content[style*="max-width"]');
	expect(await shortened.count()).toBeGreaterThan(0);
	await expect(shortened.first()).toHaveCSS('text-overflow', 'ellipsis');
});
