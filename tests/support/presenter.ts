/**
 * The presenter view as a presenter uses it, for the specs that try it on the main site and from a
 * sub-folder (tests/presenter.spec.ts, tests/offline.spec.ts).
 */
import { MARKS } from '../../src/lib/instrumentation/marks';
import type { Page } from '@playwright/test';
import { expect } from './test';
import { waitForMark } from './timeline';

export const counter = (page: Page) => page.locator('[data-slide-count]');

/** Records what goes wrong in a window the shared watch does not see (the presenter's). */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return problems;
}

/**
 * Opens the slides at `query`, then the presenter view with P, as a presenter does, and checks
 * that either window moves both and that Esc in the slides leaves both. `home` is the site's
 * address (a sub-folder's too).
 */
export async function presentWithPresenter(page: Page, home: string, total: number) {
	await page.goto(`${home}present/?slide=2`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await waitForMark(page, MARKS.interactive);

	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	const problems = watch(presenter);
	await expect(presenter.locator('.presenter[data-ready]')).toHaveCount(1);
	await expect(counter(presenter)).toHaveText(`Slide 2 of ${total}`);

	// The slides move: the presenter view follows.
	await page.keyboard.press('PageDown');
	await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
	await expect(counter(presenter)).toHaveText(`Slide 3 of ${total}`);
	// The presenter moves, by key and by its buttons (keyboard only): the slides follow.
	await presenter.keyboard.press('ArrowRight');
	await expect(counter(presenter)).toHaveText(`Slide 4 of ${total}`);
	await expect(counter(page)).toHaveText(`Slide 4 of ${total}`);
	await presenter.getByRole('button', { name: 'Previous' }).focus();
	await presenter.keyboard.press('Enter');
	await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
	await expect(page).toHaveURL(/[?&]slide=3(&|$)/);
	await expect(presenter).toHaveURL(/[?&]slide=3(&|$)/);

	// Esc in the slides leaves both: the slides for the dashboard, the presenter view closes.
	const closed = presenter.waitForEvent('close');
	await page.keyboard.press('Escape');
	await closed;
	await expect(page.locator('.present-deck')).toHaveCount(0);
	await waitForMark(page, MARKS.interactive);
	expect(problems, 'problems in the presenter view').toEqual([]);
}
