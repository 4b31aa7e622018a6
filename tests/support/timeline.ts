/**
 * What the browser tests need to drive the home page's timeline as a reader does and read what
 * it shows: the events drawn in its window, the rows of the list under it, the events of the
 * corpus from events.json (so that expectations follow the data rather than restate it).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { MARKS, type MarkName } from '../../src/lib/instrumentation/marks';
import { expect } from './test';

/**
 * Waits until the page has set the performance mark `name` at least `times` times (the names
 * are the app's own, from src/lib/instrumentation/marks.ts, as bench:ui reads them).
 */
export async function waitForMark(page: Page, name: MarkName, times = 1) {
	await page.waitForFunction(
		({ name, times }) => performance.getEntriesByName(name, 'mark').length >= times,
		{ name, times }
	);
}

/**
 * Waits until the page has nothing left to do: three frames drawn (a size change is observed in
 * one frame, and what it schedules runs in the next), then an idle period with no task queued.
 * For checks that something did NOT happen (no second draw): the page is asked when it is done,
 * instead of guessing how long "done" takes on a busy machine.
 */
export async function pageSettled(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				let frames = 3;
				const frame = () =>
					--frames > 0 ? requestAnimationFrame(frame) : requestIdleCallback(() => done());
				requestAnimationFrame(frame);
			})
	);
}

/** Opens the home page (with a query string) and waits until the timeline is drawn. */
export async function openHome(page: Page, query = '', base = './') {
	await page.goto(`${base}${query}`);
	await waitForMark(page, MARKS.interactive);
}

/**
 * The ids of the events the timeline shows: drawn, not hidden by a filter, and at least partly
 * inside its window. Sorted, so that a test compares sets.
 */
export function shownItems(page: Page, { dimmed = true } = {}): Promise<string[]> {
	return page.locator('.meeting-timeline').evaluate((root, dimmed) => {
		const window = root.querySelector('.vis-center')!.getBoundingClientRect();
		return [...root.querySelectorAll<HTMLElement>('[data-event-id]')]
			.filter((el) => {
				const item = el.closest('.vis-item')!;
				if (!item.checkVisibility() || (!dimmed && item.classList.contains('is-dimmed')))
					return false;
				const r = el.getBoundingClientRect();
				return r.right > window.left && r.left < window.right;
			})
			.map((el) => el.dataset.eventId!)
			.sort();
	}, dimmed);
}

/** The ids of the rows in the list under the timeline, in their order. */
export function listedRows(page: Page): Promise<string[]> {
	return page
		.locator('[data-event-row]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')!));
}

export interface CorpusEvent {
	id: string;
	date: string;
	title: string;
	level: string;
	format: string;
	themes: { id: string }[];
}

/** The events of the site under test, from its events.json. */
export async function corpusEvents(request: APIRequestContext, base = ''): Promise<CorpusEvent[]> {
	const response = await request.get(`${base}data/events.json`);
	expect(response.status()).toBe(200);
	return ((await response.json()) as { events: CorpusEvent[] }).events;
}

/** Ids, sorted, of the events that pass `keep`. */
export function idsWhere(events: readonly CorpusEvent[], keep: (e: CorpusEvent) => boolean) {
	return events
		.filter(keep)
		.map((e) => e.id)
		.sort();
}

export const hasTheme = (e: CorpusEvent, id: string) => e.themes.some((t) => t.id === id);
