import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './scripts/support/paraglide-options';

export default defineConfig({
	// The interface's words: messages/ compiled to src/lib/paraglide (see src/lib/i18n/README.md).
	plugins: [paraglideVitePlugin(paraglideOptions()), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
