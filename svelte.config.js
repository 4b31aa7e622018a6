import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The browser tests build sites of their own (hostile strings, a crowded record…:
// tests/support/test-sites.ts), benchmarks and helpers theirs; these keep such builds out of
// build/ and .svelte-kit/, so `vite preview` never serves one by accident.
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
		// Painted sooner, a page runs its start-up script after its first paint, where Lighthouse
		// counts it as blocking time (not while the paint waited for CSS files): the cure is less
		// start-up work (an event page's chart, the deck's handout: moved out of it), not a later paint.
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
				// style="…" attributes: one, by hash, and no other. The pages carry none. A theme's
				// colour is named by a data-theme-color attribute, coloured by a stylesheet made from
				// the taxonomy (src/lib/display/theme-colors.ts); sizes known at build time are SVG
				// width and height attributes (ThemeChart, ChartFigure, ThemeBars), which are not
				// style; app.html's wrapper is a plain <div> (`display: contents` changed nothing in
				// a block body). vis-timeline and chart.js need nothing here: they style through the
				// CSSOM (element.style, vis-util's addCssText → style.setProperty), which CSP does
				// not govern, and so do Svelte's `style:` directives on elements made in the browser.
				// The one exception is SvelteKit's own: the route announcer it adds to every hydrated
				// page (node_modules/@sveltejs/kit/src/core/sync/write_root.js, line 177, Kit 2.70:
				// <div id="svelte-announcer" … style="position: absolute; …">), made from a template
				// whose parse the browser checks (sveltejs/kit#11993). 'unsafe-hashes' with that
				// text's hash admits exactly that attribute; tests/csp.spec.ts reads Kit's source and
				// fails if the text, hence the hash, changes.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				// The chart PNG and CSV downloads are blob: URLs given to a download link, which
				// no fetch directive governs. data: is for the PowerPoint download only: pptxgenjs
				// draws a PNG of each timeline strip (an SVG it is given as a data: URL) through an
				// <img> and a canvas, for readers too old for SVG (src/lib/deck/browser.ts). A data:
				// image runs no script and reaches no host.
				'img-src': ['self', 'data:'],
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
