/**
 * What a page makes a reader download before they can use it: every script and style sheet it
 * fetches until the dashboard says it is interactive (`cjt:interactive`) and the network is quiet,
 * each gzipped as a static host would send it. Sizes, not timings: the same build and window give
 * the same figures every run. `npm run bench:size` prints them; tests/size-budget.spec.ts holds
 * `/` to a budget with them.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { MARKS } from '../../src/lib/instrumentation/marks';

export interface Loaded {
	/** Its path on the site; "(inline)" after it for the style elements of a page. */
	url: string;
	/** A script, styles (a sheet or a page's `<style>` elements), or the page itself. */
	kind: 'js' | 'css' | 'html';
	/** Bytes as served, and gzipped at level 9. */
	raw: number;
	gzip: number;
	/** Its text, to look into (a library that has no business there). */
	text: string;
}

export interface Weight {
	files: number;
	raw: number;
	gzip: number;
}

/** A phone's window (390×844 CSS pixels): the dashboard in one column, the charts far down. */
export const PHONE = { width: 390, height: 844 };

/** The pages that set `cjt:interactive` (the dashboard, in each language); others are usable at load. */
const SETS_INTERACTIVE = /^\/(fr\/|ja\/)?$/;

/**
 * Opens `path` of the site at `base` in `page` and returns every script and style sheet it loads
 * before the first interaction; null when the site has no such page (an older build).
 */
export async function loadedBeforeInteraction(
	page: Page,
	base: string,
	path: string,
	{ timeout = 120_000 }: { timeout?: number } = {}
): Promise<Loaded[] | null> {
	// The addresses only: the bytes are fetched again once the page is quiet. Chromium does not
	// always keep a response's body for Playwright to read (a module preloaded, then imported),
	// and a file missing from the sum now and then would make the figure depend on timing.
	const fetched = new Map<string, Loaded['kind']>();
	page.on('requestfinished', (request) => {
		const url = new URL(request.url());
		const kind = kindOf(request.resourceType(), url.pathname);
		if (kind && !fetched.has(url.href)) fetched.set(url.href, kind);
	});
	const url = new URL(path.replace(/^\//, ''), base).href;
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) return null;
	// The dashboard's scripts go on loading after `load` (the timeline, its chunks): what a reader
	// waits for is everything until it answers, then until the lazy chunks it asked for are in.
	if (SETS_INTERACTIVE.test(path))
		await page.waitForFunction(
			(name) => performance.getEntriesByName(name).length > 0,
			MARKS.interactive,
			{ polling: 100, timeout }
		);
	await page.waitForLoadState('networkidle', { timeout });
	const files: Loaded[] = [];
	for (const [href, kind] of fetched) {
		const response = await page.request.get(href);
		if (!response.ok()) continue;
		const body = await response.body();
		const url = new URL(href).pathname;
		files.push(sized(url, kind, body));
		// Styles inlined in the page (kit.inlineStyleThreshold) are CSS all the same: moved into
		// the HTML, they must not drop out of the CSS figure.
		const inline = kind === 'html' ? inlineStyles(body.toString('utf8')) : '';
		if (inline) files.push(sized(`${url} (inline)`, 'css', Buffer.from(inline)));
	}
	return files;
}

/** A script, styles or a page, by how the browser asked for it (a module preload is "other"). */
function kindOf(type: string, path: string): Loaded['kind'] | null {
	if (type === 'document') return 'html';
	if (type === 'script' || (type === 'other' && path.endsWith('.js'))) return 'js';
	if (type === 'stylesheet' || (type === 'other' && path.endsWith('.css'))) return 'css';
	return null;
}

function sized(url: string, kind: Loaded['kind'], body: Buffer): Loaded {
	return {
		url,
		kind,
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		text: body.toString('utf8')
	};
}

/** The text of a page's `<style>` elements, one after another ('' if it has none). */
export function inlineStyles(html: string): string {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
}

/** The files of one kind and their sizes added up. */
export function weightOf(list: readonly Loaded[], kind: Loaded['kind']): Weight {
	const of = list.filter((l) => l.kind === kind);
	return {
		files: of.length,
		raw: of.reduce((s, l) => s + l.raw, 0),
		gzip: of.reduce((s, l) => s + l.gzip, 0)
	};
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
