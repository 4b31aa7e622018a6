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
		// Every stylesheet `/` needs is written into its page (uncompressed, about 50 KB, 10 KB
		// gzipped), so the first paint waits for no CSS file. The largest is vis-timeline's own
		// (24 KB); the limit leaves room for it to grow. Pages that need less inline less.
		inlineStyleThreshold: 64 * 1024,
		// A prerendered page gets its policy as a <meta http-equiv> tag, where `frame-ancestors`,
		// `report-uri` and `sandbox` mean nothing (Kit drops them): a host that wants them sends
		// them as headers. In hash mode Kit adds the hash of its inline start-up script to
		// script-src and of the inlined stylesheets above to style-src, page by page.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// No 'unsafe-eval' and no other host: the scripts are the site's own files.
				'script-src': ['self'],
				// <style> elements: Kit's inlined stylesheets, by hash, and nothing else.
				'style-src': ['self'],
				// style="…" attributes, and only those, are allowed. The prerendered HTML carries
				// per-datum values in them: the theme colours (Svelte `style:--theme-color` in
				// ThemeChip, ThemeFilter, SourceText, PanelThemes, the charts' swatches), the
				// charts' reserved sizes (ThemeChart's --rows/--row, ChartFigure's min-width) and
				// the slides' bar widths (ThemeBars); and app.html's `display: contents`. A browser
				// keeps a blocked attribute in the DOM, so Svelte's hydration sees it unchanged and
				// never applies it: without this the colours would be gone for good. Values are
				// data, not a fixed list, so hashes ('unsafe-hashes') cannot name them. vis-timeline
				// and chart.js need nothing here: they set styles through the CSSOM
				// (element.style, vis-util's addCssText → style.setProperty), which CSP does not
				// govern. An attribute cannot run script, and img-src/font-src below keep a
				// style's url() on this host.
				'style-src-attr': ['unsafe-inline'],
				// The chart PNG and CSV downloads are blob: URLs given to a download link, which
				// no fetch directive governs: no data: or blob: is needed here.
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// /present is reached from the dashboard's state by script, not by a link to crawl, and
			// its presenter view by a key; the French and Japanese sites are reached from each
			// page's language switch, crawled too.
			entries: [
				'*',
				'/present/',
				'/present/presenter/',
				'/fr/',
				'/fr/present/',
				'/fr/present/presenter/',
				'/ja/',
				'/ja/present/',
				'/ja/present/presenter/'
			],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			crawl: !bench,
			handleUnseenRoutes: bench ? 'ignore' : 'fail'
		}
	}
};

export default config;
