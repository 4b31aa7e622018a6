/**
 * The site is locked down: every prerendered page carries a Content-Security-Policy (kit.csp in
 * svelte.config.js) that names each of its inline scripts and stylesheets by hash and no other
 * host, with no 'unsafe-inline' and no style="…" attribute in any page; using every kind of page,
 * in every language, breaks none of it; and a script or a style injected into a built page is
 * refused.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as base, type ConsoleMessage, type Page } from '@playwright/test';
import { MARKS } from '../src/lib/instrumentation/marks';
import { expect, test } from './support/test';
import { waitForMark } from './support/timeline';

const BUILD = process.env.CJT_BUILD_DIR ?? 'build';
/** A leaders' call with sources and themes, inside the window the dashboard tests open. */
const CALL = '2022-02-08-trudeau-kishida';
const LANGUAGES = ['', 'fr/', 'ja/'] as const;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory()
			? htmlFiles(join(dir, d.name))
			: d.name.endsWith('.html')
				? [join(dir, d.name)]
				: []
	);
}

/** The policy of a page, directive by directive, from its <meta http-equiv> tag. */
function policyOf(html: string): Map<string, string[]> | null {
	const tag = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
	if (!tag) return null;
	const text = tag[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

const SELF_ONLY = ['default-src', 'font-src', 'connect-src', 'base-uri', 'form-action'];
/** Every directive the policy has; one more would be a change to review here. */
const DIRECTIVES = new Set([
	...SELF_ONLY,
	'img-src',
	'object-src',
	'script-src',
	'style-src',
	'style-src-attr'
]);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The style attribute of SvelteKit's route announcer, from Kit's own source: the one the policy
 * admits, by hash (svelte.config.js says why). Null once Kit writes it without one.
 */
function kitAnnouncerStyle(): string | null {
	const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
	expect(root, "Kit's root component has moved: see svelte.config.js").toContain(
		'svelte-announcer'
	);
	return /<div id="svelte-announcer"[^>]*?\sstyle="([^"]*)"/.exec(root)?.[1] ?? null;
}

/** The start tags of a page, attribute by attribute (script and style bodies left out). */
function startTags(html: string): string[] {
	const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
	const tag =
		/<[a-zA-Z][^\s>/]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
	return [...markup.matchAll(tag)].map(([t]) => t);
}

/** Whether a start tag has a style attribute (not the word in another attribute's value). */
const hasStyle = (tag: string) => /\sstyle\s*=/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""'));

/** Inline scripts the browser would run: no src, and a JavaScript type (not JSON data). */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/\bsrc=/.test(attrs!))
		.filter(([, attrs]) => {
			const type = /\btype="([^"]*)"/.exec(attrs!)?.[1];
			return !type || type === 'module' || type === 'text/javascript';
		})
		.map(([, , body]) => body!);
}

const inlineStyles = (html: string) =>
	[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body!);

base('every built page carries the policy, and it names each inline script and style', () => {
	const files = htmlFiles(BUILD);
	expect(files.length, `HTML files in ${BUILD}/`).toBeGreaterThan(10);
	const problems: string[] = [];
	let scripts = 0;
	let styles = 0;
	const announcer = kitAnnouncerStyle();
	// The check itself: a style attribute after a value holding ">", but not the words in a text.
	expect(
		startTags('<p title="a > b" style="color: red">style="x"</p>&lt;b style="x"&gt;').filter(
			hasStyle
		)
	).toEqual(['<p title="a > b" style="color: red">']);
	let tags = 0;
	let styled = 0;
	for (const file of files) {
		const name = relative(BUILD, file);
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		if (!policy) {
			problems.push(`${name}: no policy`);
			continue;
		}
		const expectExactly = (directive: string, sources: string[]) => {
			const got = policy.get(directive)?.join(' ');
			if (got !== sources.join(' ')) problems.push(`${name}: ${directive} is "${got}"`);
		};
		for (const d of SELF_ONLY) expectExactly(d, ["'self'"]);
		// data: images for the PowerPoint's strips, drawn by pptxgenjs (svelte.config.js says why).
		expectExactly('img-src', ["'self'", 'data:']);
		expectExactly('object-src', ["'none'"]);
		// Scripts and stylesheets: this host and the page's own hashes, nothing else.
		for (const d of ['script-src', 'style-src']) {
			const [self, ...hashes] = policy.get(d) ?? [];
			if (self !== "'self'" || hashes.some((h) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(h)))
				problems.push(`${name}: ${d} is "${policy.get(d)?.join(' ')}"`);
		}
		// style="…" attributes: Kit's announcer's alone, by hash (why: svelte.config.js), or none
		// once Kit drops it. Kit copies the hashes of the page's inlined stylesheets here too.
		const [keyword, ...attrHashes] = policy.get('style-src-attr') ?? [];
		const inlined = policy.get('style-src')?.slice(1) ?? [];
		const admitted = announcer
			? keyword === "'unsafe-hashes'" &&
				attrHashes[0] === sha256(announcer) &&
				attrHashes.slice(1).every((h) => inlined.includes(h))
			: keyword === "'none'" || attrHashes.every((h) => inlined.includes(h));
		if (!admitted)
			problems.push(`${name}: style-src-attr is "${policy.get('style-src-attr')?.join(' ')}"`);
		for (const d of policy.keys())
			if (!DIRECTIVES.has(d)) problems.push(`${name}: unexpected ${d}`);
		for (const [d, sources] of policy)
			if (sources.includes("'unsafe-inline'")) problems.push(`${name}: ${d} has 'unsafe-inline'`);
		const pageTags = startTags(html);
		tags += pageTags.length;
		styled += pageTags.filter(hasStyle).length;
		for (const tag of pageTags.filter(hasStyle))
			problems.push(`${name}: a style attribute: ${tag}`);

		// A <meta> policy covers only what comes after it.
		const at = html.indexOf('<meta http-equiv="content-security-policy"');
		const firstActive = html.search(/<script\b|<style\b|<link\b[^>]*stylesheet/);
		if (firstActive !== -1 && firstActive < at)
			problems.push(`${name}: a script or style comes before the policy`);

		for (const s of inlineScripts(html)) {
			scripts++;
			if (!policy.get('script-src')?.includes(sha256(s)))
				problems.push(`${name}: an inline script's hash is not in script-src`);
		}
		for (const s of inlineStyles(html)) {
			styles++;
			if (!policy.get('style-src')?.includes(sha256(s)))
				problems.push(`${name}: an inline <style>'s hash is not in style-src`);
		}
	}
	console.log(
		`csp: ${files.length} pages, ${scripts} inline scripts and ${styles} inline <style> blocks, each named by hash; ${tags} start tags, ${styled} with a style attribute`
	);
	expect(problems).toEqual([]);
	// Kit starts every hydrated page with an inline script (the text pages, csr = false, have
	// none): if none was seen, this test read nothing.
	expect(scripts).toBeGreaterThan(files.length / 2);
	expect(tags).toBeGreaterThan(files.length * 20);
	expect(styles).toBeGreaterThanOrEqual(files.length);
});

base('the home page loads no render-blocking stylesheet: its CSS is inlined', () => {
	for (const lang of LANGUAGES) {
		const html = readFileSync(join(BUILD, lang, 'index.html'), 'utf8');
		// Kit keeps an inlined file's <link> disabled, so that Vite does not load it again.
		const blocking = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
			.map(([tag]) => tag)
			.filter((tag) => !/\bdisabled\b/.test(tag));
		console.log(
			`csp: /${lang} inlines ${inlineStyles(html).join('').length} characters of CSS, links ${blocking.length} stylesheets`
		);
		expect(blocking, `/${lang}`).toEqual([]);
		expect(inlineStyles(html).length, `/${lang}`).toBeGreaterThan(0);
	}
});

/** Every CSP violation the page reports, from before its first script to the test's end. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
			report(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
			);
		});
	});
	return seen;
}

/** What a reader does on the dashboard: the timeline, an event's panel, the evidence, a PNG. */
async function useDashboard(page: Page, lang: string) {
	await page.goto(`${lang}?from=2022-01-01&to=2022-03-31`);
	await waitForMark(page, MARKS.interactive);
	await page.locator(`[data-event-id="${CALL}"]`).click();
	const panel = page.getByRole('dialog');
	await expect(panel).toBeVisible();
	// The panel's sources are fetched when it opens.
	await expect(panel.locator('details.theme').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();

	const chart = page.locator('[data-chart="theme-frequency"]');
	await chart.scrollIntoViewIfNeeded();
	await waitForMark(page, MARKS.chartsUpdated);
	await chart.locator('button[aria-controls="theme-frequency-table"]').click();
	await chart.locator('[data-evidence]').first().click();
	const evidence = page.getByRole('dialog');
	await expect(evidence.locator('[data-evidence-line]').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(evidence).toBeHidden();

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		chart.locator('[data-download="png"]').click()
	]);
	expect(png.suggestedFilename()).toBe('theme-frequency.png');
}

/** The briefing: open, step a slide, go to the closing chart. */
async function useBriefing(page: Page, lang: string) {
	await page.goto(`${lang}present/?level=leaders`);
	await expect(page.locator('.present-deck[data-ready]')).toHaveCount(1);
	await waitForMark(page, MARKS.interactive);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
	await expect(page.locator('[data-event-title]')).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.locator('.slide.closing canvas')).toBeVisible();
}

for (const lang of LANGUAGES) {
	test.describe(`no policy violation on /${lang}`, () => {
		test('the dashboard, used', async ({ page }) => {
			// Five steps that each wait for the page (hydration, a fetch, chart.js, a PNG): on a
			// busy two-core machine they take most of the default 30 s.
			test.setTimeout(60_000);
			const violations = await watchViolations(page);
			await useDashboard(page, lang);
			expect(violations).toEqual([]);
		});

		test('the briefing, stepped', async ({ page }) => {
			const violations = await watchViolations(page);
			await useBriefing(page, lang);
			expect(violations).toEqual([]);
		});

		test('the record, the list of events and an event page', async ({ page }) => {
			const violations = await watchViolations(page);
			for (const path of ['record/', 'events/', `events/${CALL}/`]) {
				// Until the network is quiet: the page's modules are loaded and it has hydrated.
				await page.goto(`${lang}${path}`, { waitUntil: 'networkidle' });
				await expect(page.locator('html')).toHaveAttribute('lang', lang.slice(0, 2) || 'en');
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			}
			expect(violations).toEqual([]);
		});
	});
}

/** The home page as served, with `markup` added at the end of its body. */
async function injectIntoHome(page: Page, baseURL: string, markup: string) {
	const home = new URL(baseURL);
	await page.route(
		(url) => url.pathname === home.pathname,
		async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			expect(html).toContain('</body>');
			await route.fulfill({ response, body: html.replace('</body>', `${markup}</body>`) });
		}
	);
}

/** Console errors other than the policy's refusals (and what `expected` names), as they come. */
function unexpectedErrors(page: Page, expected = (_: ConsoleMessage) => false): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !/Content Security Policy/.test(m.text()) && !expected(m))
			errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
	return errors;
}

// Not the shared `test`: the refusals these tests provoke are console errors by design, and an
// image that fails to load is what fires its onerror.
base(
	'a script injected into a built page does not run, and the browser reports it',
	async ({ page, baseURL }) => {
		const violations = await watchViolations(page);
		// The 404 of the injected image is what fires its onerror.
		const errors = unexpectedErrors(page, (m) => m.location().url.endsWith('/injected.png'));
		await injectIntoHome(
			page,
			baseURL!,
			'<script>window.__injected = "script";</script>' +
				'<img src="injected.png" alt="" onerror="window.__injected = \'onerror\'">'
		);
		await page.route('**/injected.png', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto('./');
		// The page's own scripts still run: the dashboard comes up in full.
		await waitForMark(page, MARKS.interactive);
		await expect
			.poll(() => violations.filter((v) => /^script-src/.test(v)).length)
			.toBeGreaterThanOrEqual(2);
		expect(
			await page.evaluate(() => (window as { __injected?: string }).__injected)
		).toBeUndefined();
		expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
		expect(violations.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
		// Nothing else went wrong.
		expect(errors).toEqual([]);
	}
);

base(
	'a style injected into a built page is shown unstyled, and the browser reports it',
	async ({ page, baseURL }) => {
		const violations = await watchViolations(page);
		const errors = unexpectedErrors(page);
		const RED = 'rgb(255, 0, 0)';
		await injectIntoHome(
			page,
			baseURL!,
			`<p id="injected" style="color: ${RED}">Injected</p>` +
				`<style>#injected { outline: 7px solid ${RED} }</style>`
		);
		await page.goto('./');
		await waitForMark(page, MARKS.interactive);
		// The element is there, its words shown: only its styles are refused.
		const injected = page.locator('#injected');
		await expect(injected).toHaveText('Injected');
		await expect
			.poll(() => violations.filter((v) => v.startsWith('style-src-attr blocked inline')).length)
			.toBe(1);
		expect(violations.filter((v) => v.startsWith('style-src-elem blocked inline'))).toHaveLength(1);
		await expect(injected).not.toHaveCSS('color', RED);
		await expect(injected).toHaveCSS('outline-style', 'none');
		// Nothing else was refused or went wrong: the page's own styles all passed.
		expect(violations).toHaveLength(2);
		expect(errors).toEqual([]);
	}
);
