import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import {
	lazyLocalesOptions,
	PARAGLIDE_DIR,
	paraglideOptions
} from './scripts/support/paraglide-options';
import { paraglideIntlCache } from './scripts/support/paraglide-intl-cache';
import { paraglideLazyLocales } from './scripts/support/paraglide-lazy-locales';

export default defineConfig(async () => ({
	plugins: [
		// The interface's words: messages/ compiled to src/lib/paraglide (src/lib/i18n/README.md).
		// Unit tests use the output of `npm run i18n` (test:unit runs it first): loading the
		// compiler, whose project store keeps handles open, would hold vitest ten seconds at exit.
		process.env.VITEST
			? []
			: [
					(await import('@inlang/paraglide-js')).paraglideVitePlugin(paraglideOptions()),
					// Each page's browser code carries one language's words, not three.
					paraglideLazyLocales(lazyLocalesOptions()),
					// A plural's or a number's formatter is made once per language, not per call.
					paraglideIntlCache(PARAGLIDE_DIR)
				],
		(await import('./scripts/support/theme-colors-plugin')).themeColors(), // data-theme-color → CSS
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// One module graph per worker, not per file: importing the pipeline (zod, the corpus, the
		// compiled messages) again for each of 80 files was 92 s of a 100 s CPU run; shared, the
		// whole run takes 44 s of CPU. So a file that changes a global (vi.stubGlobal, fake
		// timers) undoes it in afterEach, and module state is not something a test relies on.
		isolate: false,
		// Unit tests hold correctness, never speed (speed is the benchmarks'): a test that takes
		// 300 ms on an idle machine took over 5 s (vitest's default limit) with the load at 30.
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
}));
