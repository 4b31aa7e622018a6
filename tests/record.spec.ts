/**
 * /record/: what the record holds, by year and kind. Its numbers must be the corpus's own (from
 * events.json, counted again here with the same issuer rule), its tables readable by a screen
 * reader, and its leads those of data/record.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { issuerSides } from '../src/lib/record/summary';
import { ROOT } from '../scripts/support/site-build';
import { expect, seriousViolations, test } from './support/test';

interface JsonEvent {
	id: string;
	date: string;
	recordOnly: boolean;
	sources: { issuer: string; excerpt: boolean }[];
}

test('counts every engagement by year, with the governments whose texts stand behind it', async ({
	page,
	request
}) => {
	const { events } = (await (await request.get('data/events.json')).json()) as {
		events: JsonEvent[];
	};
	await page.goto('./');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'The record' })
		.click();
	await expect(page).toHaveURL(/\/record\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the record holds');

	const table = page.locator('[data-record-table="years"]');
	await expect(table.locator('thead th')).toHaveText([
		'Year',
		'Engagements',
		'Canadian text',
		'Japanese text',
		'Both',
		'Excerpts only',
		'No official text'
	]);
	const expected = (list: JsonEvent[]) => {
		const withText = list.filter((e) => !e.recordOnly && e.sources.length);
		const sides = withText.map((e) => e.sources.map((s) => issuerSides(s.issuer)));
		const ca = sides.map((s) => s.some((x) => x.canada));
		const jp = sides.map((s) => s.some((x) => x.japan));
		return [
			list.length,
			ca.filter(Boolean).length,
			jp.filter(Boolean).length,
			ca.filter((c, i) => c && jp[i]).length,
			withText.filter((e) => e.sources.every((s) => s.excerpt)).length,
			list.length - withText.length
		].map(String);
	};
	const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
	await expect(table.locator('tbody th[scope="row"]')).toHaveText(years);
	for (const [i, year] of years.entries())
		await expect(table.locator('tbody tr').nth(i).locator('td'), year).toHaveText(
			expected(events.filter((e) => e.date.startsWith(year)))
		);
	await expect(table.locator('tfoot td')).toHaveText(expected(events));
	// Every official text is one government's or both: none falls outside the two columns.
	for (const e of events)
		for (const s of e.sources) {
			const side = issuerSides(s.issuer);
			expect(side.canada || side.japan, `${e.id}: ${s.issuer}`).toBe(true);
		}

	// Each year's table by kind adds up to that year's row.
	for (const year of years) {
		const total = await page
			.locator(`[data-record-table="year-${year}"] tbody td[data-col="engagements"]`)
			.allTextContents();
		expect(
			total.reduce((n, t) => n + Number(t), 0),
			year
		).toBe(events.filter((e) => e.date.startsWith(year)).length);
	}
});

test('lists the leads of data/record.yaml', async ({ page }) => {
	const record = parse(readFileSync(join(ROOT, 'data', 'record.yaml'), 'utf8')) as {
		leads?: { title: string }[];
	};
	const leads = record.leads ?? [];
	await page.goto('record/');
	if (leads.length) {
		const items = page.locator('[data-leads] > li');
		await expect(items).toHaveCount(leads.length);
		for (const lead of leads) await expect(page.locator('[data-leads]')).toContainText(lead.title);
	} else await expect(page.getByText('None: every engagement referred to')).toBeVisible();
});

test('is accessible, and fits a phone without scrolling sideways', async ({ page }) => {
	await page.goto('record/');
	expect(await seriousViolations(page)).toEqual([]);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('record/');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
});
