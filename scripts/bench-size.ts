/**
 * `npm run bench:size [-- --base REF] [-- --page /fr/] [-- --site build]`: the JavaScript and CSS a
 * page loads before a person can use it, gzipped as a static host would send it. It builds the
 * site from data/ (and commit REF beside it, in a temporary worktree), opens the page in Chromium
 * in a laptop's window and a phone's, waits until the dashboard says it is interactive and the
 * network is quiet, and adds up every script and style sheet the page fetched, and the styles
 * inlined in its HTML (scripts/support/page-weight.ts, which tests/size-budget.spec.ts shares). Two windows because
 * what loads depends on what is near the screen: the charts, below the timeline, load chart.js
 * only when they come near. Sizes, not timings: the same build gives the same figures every run.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions, VIEWPORT } from './support/chromium.js';
import { addWorktree, type Worktree } from './support/git-worktree';
import { kb, loadedBeforeInteraction, PHONE, weightOf, type Loaded } from './support/page-weight';
import { buildSite, type BuiltSite } from './support/site-build';
import { serveStatic } from './support/static-server.js';

/** Every script, style sheet and page `path` loads until it is interactive and the network is idle. */
async function measurePage(
	site: BuiltSite,
	path: string,
	viewport: { width: number; height: number }
): Promise<Loaded[] | null> {
	const browser = await chromium.launch(launchOptions());
	try {
		const page = await browser.newPage({ viewport });
		return await loadedBeforeInteraction(page, site.url, path);
	} finally {
		await browser.close();
	}
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
		const windows = [
			{ name: `${VIEWPORT.width}×${VIEWPORT.height}`, viewport: VIEWPORT },
			{ name: `${PHONE.width}×${PHONE.height}`, viewport: PHONE }
		];
		for (const path of pages)
			for (const { name, viewport } of windows)
				for (const { label, site } of sites) {
					const list = await measurePage(site, path, viewport);
					if (!list) {
						rows.push([path, name, label, '—', 'no such page', '', '', '', '']);
						continue;
					}
					const js = weightOf(list, 'js');
					const css = weightOf(list, 'css');
					const html = weightOf(list, 'html');
					totals.set(`${path}|${name}|${label}`, js.gzip + css.gzip);
					rows.push([
						path,
						name,
						label,
						`${js.files}`,
						kb(js.gzip),
						kb(js.raw),
						`${css.files}`,
						kb(css.gzip),
						kb(html.gzip)
					]);
					if (values.verbose)
						for (const l of list.sort((a, b) => b.gzip - a.gzip))
							console.log(
								`  ${label} ${path} ${name} ${l.kind} ${kb(l.gzip).padStart(9)}  ${l.url}`
							);
				}
		const head = [
			'page',
			'window',
			'build',
			'JS files',
			'JS gzip',
			'JS raw',
			'CSS files',
			'CSS gzip',
			'HTML gzip'
		];
		const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
		const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
		console.log(line(head));
		console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
		for (const r of rows) console.log(line(r));
		if (sites.length === 2)
			for (const path of pages)
				for (const { name } of windows) {
					const before = totals.get(`${path}|${name}|${sites[0]!.label}`);
					const after = totals.get(`${path}|${name}|${sites[1]!.label}`);
					if (before === undefined || after === undefined) continue;
					const change = `${after >= before ? '+' : '−'}${kb(Math.abs(after - before))}`;
					console.log(`${path} ${name}: JS + CSS gzip ${change}`);
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
