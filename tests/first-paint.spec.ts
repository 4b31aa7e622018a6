/**
 * The timeline's first picture (src/lib/timeline/first-paint.ts, TimelineFirstPaint.svelte): the
 * prerendered page shows the default window's lanes, axis and events before any script runs, and
 * vis-timeline takes over in place with no layout shift. Checked against the page's own data (the
 * events in view that it lists under the timeline), in the three languages, on a laptop and a phone.
 */
import type { Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, test } from './support/test';
import { corpusEvents, waitForMark } from './support/timeline';

const PAGES = [
	{ path: './', lanes: ['Leaders', 'Ministers', 'Milestones'] },
	{ path: './fr/', lanes: ['Dirigeants', 'Ministres', 'Jalons'] },
	{ path: './ja/', lanes: ['首脳', '閣僚', '節目'] }
];
const SIZES = [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The default window's months, from the English page's heading over the timeline ("Feb 2021 –
 * Jun 2026", "Jan – Dec 2024"), the same window in every language: [first day, day after last).
 */
async function defaultMonths(page: Page): Promise<[string, string]> {
	const html = await (await page.request.get('./')).text();
	const label = /data-range-label[^>]*>([^<]+)</.exec(html)![1]!.trim();
	const [, m1, y1, m2, y2] = /^(\w{3})(?: (\d{4}))? – (\w{3}) (\d{4})$/.exec(label)!;
	const day = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
	return [day(Number(y1 ?? y2), MONTHS.indexOf(m1!)), day(Number(y2), MONTHS.indexOf(m2!) + 1)];
}

/** What the picture shows: the layout for the box's width, read as a reader would see it. */
function readPicture(page: Page) {
	return page.locator('.meeting-timeline').evaluate((root) => {
		const box = root.getBoundingClientRect();
		const layouts = [...root.querySelectorAll<HTMLElement>('[data-first-paint-band]')].filter((l) =>
			l.checkVisibility()
		);
		const layout = layouts[0];
		const inside = (el: Element) => {
			const r = el.getBoundingClientRect();
			return r.width > 0 && r.right > box.left && r.left < box.right;
		};
		const events = layout
			? [...layout.querySelectorAll<SVGElement>('[data-first-paint-event]')].filter(inside)
			: [];
		const lanes = layout ? [...layout.querySelectorAll('.fp-lane')] : [];
		const eventLanes = lanes.filter((l) => !l.classList.contains('lane-milestones'));
		return {
			layouts: layouts.length,
			box: { width: box.width, height: box.height },
			picture: layout ? layout.getBoundingClientRect().width : 0,
			laneNames: layout
				? [...layout.querySelectorAll('.fp-lane-name')].map((n) => n.textContent!.trim())
				: [],
			ticks: layout ? [...layout.querySelectorAll('.fp-minor')].map((t) => t.textContent!) : [],
			events: events.map((e) => e.dataset.firstPaintEvent!),
			labels: events.map((e) => {
				const label = e.querySelector('.fp-content')!;
				return { text: label.textContent!, elements: label.children.length };
			}),
			// "3 events", « 3 événements », 3件: the number of events a cluster holds.
			clustered: eventLanes
				.flatMap((l) => [...l.querySelectorAll('.fp-cluster')])
				.filter(inside)
				.reduce((n, c) => n + Number(/\d+/.exec(c.textContent!)![0]), 0)
		};
	});
}

for (const size of SIZES) {
	test.describe(`${size.width}×${size.height}, scripts disabled`, () => {
		test.use({ javaScriptEnabled: false, viewport: size });

		for (const { path, lanes } of PAGES) {
			test(`${path}: the picture shows the default window's events`, async ({
				page,
				pageProblems
			}) => {
				await page.goto(path);
				const timeline = page.locator('.meeting-timeline');
				await expect(timeline.locator('[data-first-paint]')).toBeVisible();
				const picture = await readPicture(page);
				// One layout for the box's width, as wide as the box, which keeps its height.
				expect(picture.layouts).toBe(1);
				expect(picture.box.height).toBeGreaterThan(200);
				expect(Math.abs(picture.picture - (picture.box.width - 2))).toBeLessThanOrEqual(1);
				// The lanes in the page's language, an axis with labels.
				for (const lane of lanes) expect(picture.laneNames).toContain(lane);
				expect(picture.ticks.length).toBeGreaterThan(0);
				// The events of the page's data (events.json) in the window the heading names: each
				// is drawn once, alone or counted in a cluster.
				const [from, to] = await defaultMonths(page);
				const inView = (await corpusEvents(page.request))
					.filter((e) => e.date >= from && e.date < to)
					.map((e) => e.id);
				expect(inView.length).toBeGreaterThan(0);
				expect(new Set(picture.events).size).toBe(picture.events.length);
				for (const id of picture.events) expect(inView).toContain(id);
				expect(picture.events.length + picture.clustered).toBe(inView.length);
				// Labels are text, and say something.
				for (const label of picture.labels) {
					expect(label.elements).toBe(0);
					expect(label.text.trim()).not.toBe('');
				}
				// With scripts off, the browser refuses the page's module preloads (and says "csp"):
				// that is the point of this test, not a fault of the page.
				const refused = /^request failed: .*\.js \(csp\)$/;
				const rest = pageProblems.filter((p) => !refused.test(p));
				pageProblems.splice(0, pageProblems.length, ...rest);
			});
		}
	});

	test.describe(`${size.width}×${size.height}, with scripts`, () => {
		test.use({ viewport: size });

		for (const { path } of PAGES) {
			test(`${path}: vis-timeline takes over in place, with no layout shift`, async ({ page }) => {
				// Shifts are counted from the start (buffered), with the timeline on screen; the moment
				// the picture goes, vis-timeline's drawing must already show (no blank frame).
				await page.addInitScript(() => {
					const w = window as unknown as { cjtShift: number; cjtSwap: string[] };
					w.cjtShift = 0;
					w.cjtSwap = [];
					new PerformanceObserver((list) => {
						for (const e of list.getEntries() as (PerformanceEntry & {
							value: number;
							sources: { node: Node | null }[];
						})[]) {
							w.cjtShift += e.value;
							// What moved, for the failure message.
							w.cjtSwap.push(
								`shift ${e.value}: ${e.sources.map((s) => (s.node as Element | null)?.getAttribute?.('class') ?? '?').join(', ')}`
							);
						}
					}).observe({ type: 'layout-shift', buffered: true });
					new MutationObserver((records) => {
						for (const r of records)
							for (const n of r.removedNodes)
								if (n instanceof HTMLElement && n.matches('[data-first-paint]'))
									w.cjtSwap.push(
										document.querySelector<HTMLElement>('.meeting-timeline .vis-timeline')?.style
											.visibility ?? 'none'
									);
					}).observe(document, { childList: true, subtree: true });
				});
				await page.goto(`${path}#timeline-heading`);
				const timeline = page.locator('.meeting-timeline');
				const before = await timeline.evaluate((el) => el.getBoundingClientRect().height);
				await waitForMark(page, MARKS.interactive);
				await expect(timeline.locator('[data-first-paint]')).toHaveCount(0);
				await expect(
					timeline.locator('.vis-item [data-event-id]').filter({ visible: true }).first()
				).toBeVisible();
				expect(await timeline.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
				const { cjtShift, cjtSwap } = await page.evaluate(() => {
					const w = window as unknown as { cjtShift: number; cjtSwap: string[] };
					return { cjtShift: w.cjtShift, cjtSwap: w.cjtSwap };
				});
				expect(cjtSwap).toEqual(['visible']);
				expect(cjtShift).toBe(0);
			});
		}
	});
}
