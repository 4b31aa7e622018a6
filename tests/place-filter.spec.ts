/**
 * The place filter, as a briefer preparing a visit uses it: everything that happened in one city.
 * The place is the one with the most events in events.json, so the test holds whatever the record
 * holds; the list shows events in the timeline's window, so the test first shows every year.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

interface JsonEvent {
	id: string;
	location: string | null;
}

let events: JsonEvent[];
/** The city with the most events ("Tokyo, Japan" in today's record). */
let place: string;

test.beforeEach(async ({ page, request }) => {
	if (!events) {
		events = ((await (await request.get('data/events.json')).json()) as { events: JsonEvent[] })
			.events;
		const counts = new Map<string, number>();
		for (const e of events)
			if (e.location?.includes(', ')) counts.set(e.location, (counts.get(e.location) ?? 0) + 1);
		place = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
	}
	await page.goto('./');
});

/** The ids the list shows, sorted. */
const listedIds = async (page: Page) =>
	(
		await page
			.getByRole('region', { name: 'Events in view' })
			.locator('[data-event-row]')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')!))
	).sort();

test('choosing a place lists only its events, in the URL, kept on reload, cleared with the filters', async ({
	page
}) => {
	const here = events
		.filter((e) => e.location === place)
		.map((e) => e.id)
		.sort();
	expect(here.length).toBeGreaterThan(1);
	await page.getByRole('button', { name: 'All', exact: true }).click();
	await expect(page.locator('[data-event-row]')).toHaveCount(Math.min(50, events.length));

	const select = page.getByLabel('Place');
	// Offered in its country's group, by its city.
	const [city, country] = place.split(', ') as [string, string];
	await expect(select.locator(`optgroup[label="${country}"] option[value="${place}"]`)).toHaveText(
		city
	);
	await select.selectOption(place);

	await expect.poll(() => listedIds(page)).toEqual(here);
	await expect(page).toHaveURL((url) => url.searchParams.get('place') === place);
	await expect(page.getByRole('status').filter({ hasText: 'match the filters' })).toContainText(
		`${here.length} events`
	);
	// The slides and the printed page say the same selection.
	await expect(page.locator('[data-present]')).toHaveAttribute(
		'href',
		new RegExp(`[?&]place=${city}`)
	);
	await expect(page.locator('[data-print-selection]')).toContainText(`in ${place}`);

	await page.reload();
	await expect(select).toHaveValue(place);
	await expect.poll(() => listedIds(page)).toEqual(here);

	await page.getByRole('button', { name: /^Clear all filters/ }).click();
	await expect(select).toHaveValue('');
	await expect(page).toHaveURL((url) => !url.searchParams.has('place'));
	await expect.poll(async () => (await listedIds(page)).length).toBeGreaterThan(here.length);
});

test('a link with an unknown place says so and shows every place', async ({ page }) => {
	await page.goto('./?place=Atlantis');
	await expect(page.locator('[data-url-notices]')).toContainText(
		'Ignored unknown place "Atlantis" in place.'
	);
	await expect(page.getByLabel('Place')).toHaveValue('');
	await expect(page).toHaveURL((url) => !url.searchParams.has('place'));
});
