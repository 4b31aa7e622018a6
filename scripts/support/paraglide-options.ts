/**
 * How Paraglide compiles messages/ into src/lib/paraglide: one set of options for the Vite plugin
 * (dev, build, unit tests) and for `npm run i18n` (type-check and lint, which run no Vite).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompilerOptions } from '@inlang/paraglide-js';
import type { LazyLocalesOptions } from './paraglide-lazy-locales';

/**
 * Where the compiled messages go, imported as `$paraglide/…` (svelte.config.js). A build of a
 * test or benchmark site (scripts/support/site-build.ts) sets CJT_PARAGLIDE_DIR beside its own
 * SvelteKit folder: the output depends on the base path, and two builds side by side must not
 * write over each other's runtime.
 */
export const PARAGLIDE_DIR = process.env.CJT_PARAGLIDE_DIR ?? './src/lib/paraglide';

export function paraglideOptions(base = process.env.BASE_PATH ?? ''): CompilerOptions {
	// English is at the root, French under /fr/ and Japanese under /ja/, below the base path when
	// the site sits in a sub-folder.
	const under = (prefix: string) => `${base}${prefix}/:path(.*)?`;
	return {
		project: './project.inlang',
		outdir: PARAGLIDE_DIR,
		// The language is the address's: a shared link opens in its language whatever the browser says.
		strategy: ['url', 'baseLocale'],
		// At the root, Paraglide's own patterns (/fr/…, /ja/…) are matched without URLPattern. A
		// sub-folder needs patterns of its own, and those bring the URLPattern polyfill (6 KB gzipped)
		// to the client: only a sub-folder build pays for it.
		urlPatterns: base
			? [
					{
						pattern: under(''),
						localized: [
							['fr', under('/fr')],
							['ja', under('/ja')],
							['en', under('')]
						]
					}
				]
			: undefined,
		// Every page of the site ends in a slash (trailingSlash: 'always' in +layout.ts).
		trailingSlash: 'always',
		// isServer stays Paraglide's own test (typeof window): `import.meta.env.SSR` would drop a few
		// lines from the client but crash the browser tests, which import app modules in plain Node.
		// Write over the last output instead of deleting it first: builds, type checks and unit
		// tests may compile at the same time, and one's delete would pull files from under another.
		cleanOutdir: false,
		emitGitIgnore: false,
		emitReadme: false
	};
}

/**
 * How the browser's copy of the messages is split by language (paraglide-lazy-locales.ts): the
 * languages are the project's, and the messages a page shows in another language keep them all.
 */
export function lazyLocalesOptions(): LazyLocalesOptions {
	const settings = JSON.parse(readFileSync('./project.inlang/settings.json', 'utf8')) as {
		baseLocale: string;
		locales: string[];
	};
	return {
		dir: PARAGLIDE_DIR,
		baseLocale: settings.baseLocale,
		locales: settings.locales,
		// « Lire en français » on the English page, « Read in English » on the French one: a
		// source's other version is offered in its own language (SourceVersionLinks.svelte).
		everyLocale: ['sources_read_in_language'],
		loader: resolve('src/lib/i18n/lazy-messages.ts')
	};
}
