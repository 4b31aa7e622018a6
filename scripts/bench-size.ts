/**
 * `npm run bench:size [-- --base REF] [-- --page /fr/] [-- --site build]`: the JavaScript and CSS a page loads before
 * a person can use it, gzipped as a static host would send it. It builds the site from data/ (and
 * commit REF beside it, in a temporary worktree), opens the page in Chromium, waits until the
 * dashboard says it is interactive and the network is quiet, and adds up every script and style
 * sheet the page fetched. Sizes, not timings: the same build gives the same figures every run.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions, VIEWPORT } from './support/chromium.js';
import { addWorktree, type Worktree } from './support/git-worktree';
import { buildSite, type BuiltSite } from './support/site-build';
import { serveStatic } from './support/static-server.js';
import { MARKS } from '../src/lib/instrumentation/marks';

interface Loaded {
	url: string;
	kind: 'js' | 'css';
	raw: number;
	gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every script and style sheet `path` loads until it is interactive and the network is idle. */
async function measurePage(site: BuiltSite, path: string): Promise<Loaded[] | null> {
	const browser = await chromium.launch(launchOptions());
	try {
		const page = await browser.newPage({ viewport: VIEWPORT });
		const loaded: Promise<Loaded | null>[] = [];
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			loaded.push(
				response
					.body()
					.then((body) => ({
						url: new URL(response.url()).pathname,
						kind: type === 'script' ? ('js' as const) : ('css' as const),
						raw: body.length,
						gzip: gzipSync(body, { level: 9 }).length
					}))
					.catch(() => null)
			);
		});
		const url = new URL(path.replace(/^\//, ''), site.url).href;
		const response = await page.goto(url, { waitUntil: 'load' });
		// An older build may not have the page (/fr/ before the languages): nothing to measure.
		if (!response?.ok()) return null;
		// The dashboard sets the mark once the timeline and charts are up; other pages are
		// interactive at load. Either way, wait for the network to go quiet (lazy chunks).
		if (/^\/(fr\/|ja\/)?$/.test(path))
			await page.waitForFunction(
				(name) => performance.getEntriesByName(name).length > 0,
				MARKS.interactive,
				{ polling: 100, timeout: 120_000 }
			);
		await page.waitForLoadState('networkidle');
		return (await Promise.all(loaded)).filter((l): l is Loaded => l !== null);
	} finally {
		await browser.close();
	}
}

function total(list: Loaded[], kind: Loaded['kind']) {
	const of = list.filter((l) => l.kind === kind);
	return {
		files: of.length,
		raw: of.reduce((s, l) => s + l.raw, 0),
		gzip: of.reduce((s, l) => s + l.gzip, 0)
	};
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			base: { type: 'string' },
			page: { type: 'string', multiple: true },
			// A site already built (build/ after `npm run build`): measured as it is, nothing built.
			site: { type: 'string' },
			verbose: { type: 'boolean', default: false }
		}
	});
	const pages = values.page?.length ? values.page : ['/'];
	const sites: { label: string; site: BuiltSite; tree?: Worktree }[] = [];
	try {
		if (values.base) {
			const tree = addWorktree(process.cwd(), values.base, { name: 'size-base' });
			console.log(`base: ${tree.short} ${tree.subject}`);
			const site = await buildSite({ name: 'size-base', base: '', root: tree.dir });
			sites.push({ label: `base ${tree.short}`, site, tree });
		}
		const built = values.site
			? await serveStatic({ dir: values.site })
			: await buildSite({ name: 'size-current', base: '' });
		sites.push({ label: values.site ?? 'this tree', site: built });
		const rows: string[][] = [];
		const totals = new Map<string, number>();
		for (const path of pages) {
			for (const { label, site } of sites) {
				const list = await measurePage(site, path);
				if (!list) {
					rows.push([path, label, '—', 'no such page', '', '', '']);
					continue;
				}
				const js = total(list, 'js');
				const css = total(list, 'css');
				totals.set(`${path}|${label}`, js.gzip);
				rows.push([
					path,
					label,
					`${js.files}`,
					kb(js.gzip),
					kb(js.raw),
					`${css.files}`,
					kb(css.gzip)
				]);
				if (values.verbose)
					for (const l of list.sort((a, b) => b.gzip - a.gzip))
						console.log(`  ${label} ${path} ${l.kind} ${kb(l.gzip).padStart(9)}  ${l.url}`);
			}
		}
		const head = ['page', 'build', 'JS files', 'JS gzip', 'JS raw', 'CSS files', 'CSS gzip'];
		const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
		const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
		console.log(line(head));
		console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
		for (const r of rows) console.log(line(r));
		if (sites.length === 2)
			for (const path of pages) {
				const before = totals.get(`${path}|${sites[0]!.label}`);
				const after = totals.get(`${path}|${sites[1]!.label}`);
				if (before === undefined || after === undefined) continue;
				console.log(
					`${path}: JS gzip ${after >= before ? '+' : '−'}${kb(Math.abs(after - before))}`
				);
			}
	} finally {
		for (const { site, tree } of sites) {
			await site.close();
			tree?.remove();
		}
	}
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
