/**
 * The timeline and the charts in French and in Japanese: the axis written by Intl in the page's
 * language at a month zoom (no moment locale is shipped), the range label, the lanes, a chart's
 * title, its table and its text alternative, and the CSV's header row. The English site's words
 * are charts.spec's and timeline.spec's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, parseCsv, test } from './support/test';
import { openHome, waitForMark } from './support/timeline';

interface Expected {
	/** The month labels under the axis of the first half of 2024, January to March. */
	months: string[];
	/** English's, which must not show. */
	notMonths: RegExp;
	/** The major label above them. */
	year: RegExp;
	range: string;
	milestones: string;
	frequency: string;
	/** The frequency table's column heads. */
	heads: string[];
	/** The first quarter's column of the themes-over-time table: its label and base. */
	quarter: RegExp;
	/** The start of the frequency chart's text alternative. */
	alt: RegExp;
	csv: string[];
	showTable: string;
}

const LANGUAGES: Record<'fr' | 'ja', Expected> = {
	fr: {
		months: ['janv.', 'févr.', 'mars'],
		notMonths: /^(Jan|Feb|Mar)$/,
		year: /^2024$/,
		range: 'janv. – juin 2024',
		milestones: 'Jalons',
		frequency: 'Fréquence des thèmes',
		heads: ['Thème', 'Événements', 'Phrases'],
		quarter: /^T1 2024 · \d+ événements?$/,
		alt: /^Fréquence des thèmes\u00a0: diagramme à barres des événements/,
		csv: ['identifiant_theme', 'theme', 'evenements', 'phrases', 'evenements_comptes'],
		showTable: 'Afficher le tableau'
	},
	ja: {
		months: ['1月', '2月', '3月'],
		notMonths: /^(Jan|Feb|Mar)$/,
		year: /^2024年$/,
		range: '2024年1月～6月',
		milestones: '節目',
		frequency: 'テーマ別の頻度',
		heads: ['テーマ', '件数', '文数'],
		quarter: /^2024年Q1 · \d+件$/,
		alt: /^テーマ別の頻度：各テーマに言及した件数の棒グラフ。/,
		csv: ['テーマID', 'テーマ', '件数', '文数', '集計件数'],
		showTable: '表を表示'
	}
};

/** The texts of the axis' labels, minor or major, as drawn. */
function axisTexts(page: Page, kind: 'minor' | 'major'): Promise<string[]> {
	return page.locator(`.meeting-timeline .vis-time-axis .vis-text.vis-${kind}`).evaluateAll((els) =>
		els
			.filter((e) => e.checkVisibility())
			.map((e) => e.textContent?.trim() ?? '')
			.filter(Boolean)
	);
}

for (const [locale, words] of Object.entries(LANGUAGES)) {
	test(`/${locale}/: the timeline's axis, range and lanes, a chart, its table and its CSV`, async ({
		page
	}) => {
		// Half a year: a month a tick at 1280 px, and a quarter a column in the charts.
		await openHome(page, '?from=2024-01-01&to=2024-06-30', `${locale}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);

		// The axis at a month zoom: the months and the year in the page's language, no English.
		await expect.poll(() => axisTexts(page, 'minor')).toEqual(expect.arrayContaining(words.months));
		const minor = await axisTexts(page, 'minor');
		expect(minor.filter((t) => words.notMonths.test(t))).toEqual([]);
		expect(await axisTexts(page, 'major')).toEqual(
			expect.arrayContaining([expect.stringMatching(words.year)])
		);
		await expect(page.locator('[data-range-label]')).toHaveText(words.range);
		await expect(page.locator('.vis-labelset .vis-label').last()).toHaveText(words.milestones);

		// A chart: its title, the text alternative of its drawing, its table.
		await waitForMark(page, MARKS.chartsUpdated);
		const frequency = page.locator('[data-chart="theme-frequency"]');
		await expect(frequency.getByRole('heading', { level: 3 })).toHaveText(words.frequency);
		await expect(frequency.locator('canvas')).toHaveAttribute('aria-label', words.alt);
		await frequency.getByRole('button', { name: words.showTable }).click();
		await expect(frequency.locator('thead th').first()).toBeVisible();
		expect(
			(await frequency.locator('thead th').allTextContents()).slice(0, 3).map((t) => t.trim())
		).toEqual(words.heads);
		// Half a year is counted by quarter: each column says its quarter and its base.
		await expect(page.locator('[data-chart="themes-over-time"] th[data-col="2024-Q1"]')).toHaveText(
			words.quarter
		);

		// The CSV: its header row in the page's language, its numbers as a program reads them.
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			frequency.getByRole('button', { name: /CSV/ }).click()
		]);
		const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
		expect(rows[0]).toEqual(words.csv);
		for (const row of rows.slice(1)) expect(row.slice(2).every((n) => /^\d+$/.test(n))).toBe(true);
	});
}
