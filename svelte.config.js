import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The browser tests build a second site from hostile data (tests/support/hostile-site.js); these
// keep that build out of build/ and .svelte-kit/, so `vite preview` never serves it by accident.
const pages = process.env.CJT_BUILD_DIR ?? 'build';
const outDir = process.env.CJT_KIT_DIR ?? '.svelte-kit';
// A benchmark build (10,000 generated events) skips the per-event pages and JSON files, which
// would take most of the build: their routes list no entries, and nothing follows links to them.
const bench = process.env.CJT_BENCH === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the site is a folder of files that any static host can serve.
		adapter: adapter({ pages, assets: pages, fallback: undefined, strict: true }),
		outDir,
		// The compiled messages (scripts/support/paraglide-options.ts): a build of another site sets
		// its own folder, so builds with different base paths never share a runtime.
		alias: { $paraglide: process.env.CJT_PARAGLIDE_DIR ?? 'src/lib/paraglide' },
		paths: {
			// Set BASE_PATH=/sub/folder at build time to serve the site from a sub-folder.
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			// Links are absolute (base path included): the language links are made from the page's
			// address by Paraglide's URL patterns, which match "/sub/fr/…", not "../fr/…".
			relative: false
		},
		prerender: {
			// /present is reached from the dashboard's state by script, not by a link to crawl; the
			// French and Japanese sites are reached from each page's language switch, crawled too.
			entries: ['*', '/present/', '/fr/', '/fr/present/', '/ja/', '/ja/present/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			crawl: !bench,
			handleUnseenRoutes: bench ? 'ignore' : 'fail'
		}
	}
};

export default config;
