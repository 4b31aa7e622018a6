/**
 * When vis-timeline cannot be loaded (a dropped connection, a deploy that removed the old chunk),
 * the timeline says so and offers Retry, and the page keeps its text: the list of events is
 * prerendered. Runs against the default build (build/, or CJT_BUILD_DIR).
 */
import { MARKS } from '../src/lib/instrumentation/marks';
import type { Route } from '@playwright/test';
import { expect, test } from './support/test';
import { waitForMark } from './support/timeline';

/** One of vis-timeline's own error messages: finds its chunk whatever name the build gives it. */
const VIS_TIMELINE = 'Something is wrong with the Timeline scale';
const CHUNKS = '**/_app/immutable/**/*.js';
const MESSAGE = 'The timeline could not be drawn.';

test('when vis-timeline fails to load, the timeline says so, and Retry draws it', async ({
	page,
	pageProblems
}) => {
	let failed: string | null = null;
	// Fails the first request for the chunk that holds vis-timeline, passes every other through.
	const failVisTimeline = async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (failed === null && body.includes(VIS_TIMELINE)) {
			failed = route.request().url();
			await route.abort('failed');
		} else await route.fulfill({ response, body });
	};
	await page.route(CHUNKS, failVisTimeline);
	await page.goto('./');

	const timeline = page.getByRole('application', { name: /^Timeline/ });
	await expect(timeline.getByText(MESSAGE)).toBeVisible();
	expect(failed, 'the vis-timeline chunk was requested').not.toBeNull();
	expect(
		await page.evaluate((name) => performance.getEntriesByName(name).length, MARKS.interactive)
	).toBe(0);
	await expect(timeline.locator('[data-event-id]')).toHaveCount(0);
	// The text alternative is there all the same.
	await expect(page.locator('[data-event-row]').first()).toBeVisible();

	// Retry from the keyboard (the timeline's own keys must leave Enter to the button), with the
	// network back.
	await page.unroute(CHUNKS, failVisTimeline);
	await timeline.getByRole('button', { name: 'Retry' }).focus();
	await page.keyboard.press('Enter');
	await waitForMark(page, MARKS.interactive);
	await expect(timeline.getByText(MESSAGE)).toHaveCount(0);
	await expect(
		timeline.locator('.vis-item [data-event-id]').filter({ visible: true }).first()
	).toBeVisible();
	// The button went away; the keys stay with the timeline.
	await expect(timeline).toBeFocused();

	// The failure this test caused is the only problem the page may report (then none is left for
	// the fixture's own check).
	expect([...pageProblems].sort()).toEqual([
		'console error: Failed to load resource: net::ERR_FAILED',
		`request failed: ${failed} (net::ERR_FAILED)`
	]);
	pageProblems.length = 0;
});
