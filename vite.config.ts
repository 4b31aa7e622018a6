import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { lazyLocalesOptions, paraglideOptions } from './scripts/support/paraglide-options';
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
					paraglideLazyLocales(lazyLocalesOptions())
				],
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Unit tests hold correctness, never speed (speed is the benchmarks'): a test that takes
		// 300 ms on an idle machine took over 5 s (vitest's default limit) with the load at 30.
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
}));
