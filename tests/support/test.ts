/**
 * The `test` every spec uses: Playwright's, with a watch on each page that fails the test on a
 * console error, an uncaught exception, a failed request or a request to another host (the site
 * must work offline, so it may load nothing from elsewhere).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

export { expect };

export const test = base.extend<{ pageProblems: string[] }>({
	pageProblems: [
		async ({ page, baseURL, javaScriptEnabled }, use) => {
			const problems: string[] = [];
			// By host name, not origin: the hostile-source test serves a second site on another port.
			const host = baseURL ? new URL(baseURL).hostname : null;
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
			page.on('requestfailed', (r) => {
				const error = r.failure()?.errorText;
				// Leaving a page cancels its unfinished requests (preloads, images): not a fault.
				if (error === 'net::ERR_ABORTED') return;
				// With scripts switched off (a test of the prerendered page), Chromium refuses the
				// page's script preloads as its own policy ('csp'): what was asked for.
				if (!javaScriptEnabled && error === 'csp' && r.resourceType() === 'script') return;
				problems.push(`request failed: ${r.url()} (${error})`);
			});
			page.on('response', (r) => {
				if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
			});
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (/^https?:$/.test(url.protocol) && host && url.hostname !== host)
					problems.push(`request to another host: ${r.url()}`);
			});
			await use(problems);
			expect(problems, 'the page reported problems').toEqual([]);
		},
		{ auto: true }
	]
});

/**
 * The time limit of a `beforeAll` that builds a site of its own (site-build.ts). A build takes
 * about 30 s on an idle two-core machine; beside five other builds and browsers it took 3.5 min.
 * The build itself is not timed out: this only stops a test file that hangs.
 */
export const SITE_BUILD_TIMEOUT = 10 * 60_000;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated by the browser's debugger, not added as a <script>: the page's Content-Security-
	// Policy rightly refuses an inline script it does not know, and that policy is under test too.
	axeSource ??= readFileSync(AXE, 'utf8');
	await page.evaluate(axeSource);
	const results = await page.evaluate(() =>
		(window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(
			document
		)
	);
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/** RFC 4180: fields split on commas, quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}
