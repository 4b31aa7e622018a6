import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The direction of imports (see src/README.md): data flows data/ → pipeline → server loads → pages
 * → widgets, and nothing imports back up the chain. Each folder lists what it may not import;
 * eslint's flat config gives a file the last matching block's options, so each block is whole.
 */
const routes = {
	group: ['**/routes/**'],
	message: 'src/lib is imported by routes, never the reverse.'
};
const tests = {
	group: ['**/tests/**'],
	message: 'Scripts do not reach into tests/: share helpers through scripts/support/.'
};
const visTimeline = {
	group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
	message: 'vis-timeline is wrapped once, in src/lib/timeline/.'
};
const chartJs = {
	group: ['chart.js', 'chart.js/*', 'chartjs-chart-matrix'],
	message: 'chart.js is wrapped once, in src/lib/charts/.'
};
const serverCode = {
	group: ['$lib/server/*', '**/server/*'],
	message: 'Only server loads and scripts read data/ (types are fine: `import type`).',
	allowTypeImports: true
};
const pipelinePure = {
	group: ['svelte', 'svelte/*', '$app/*', '$lib/*', 'node:*', 'fs', 'path'],
	message: 'The pipeline is pure TypeScript: no Svelte, no SvelteKit, no file system, no app code.'
};
const restrict = (...patterns) => ({
	'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
});
const TESTS = ['**/*.test.ts', 'src/lib/corpus/testing.ts'];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'test-results-*/',
			'playwright-report/',
			// Compiled from messages/ by Paraglide at every build.
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with better messages.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// {' · '} is how Svelte 5 keeps a space at the edge of a block, where plain spaces are trimmed.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/**/*.{ts,svelte}'],
		ignores: TESTS,
		rules: restrict(routes, visTimeline, chartJs, serverCode)
	},
	{
		files: ['src/lib/corpus/**/*.ts'],
		ignores: TESTS,
		rules: restrict(routes, visTimeline, chartJs, pipelinePure)
	},
	{
		files: ['src/lib/server/**/*.ts'],
		ignores: TESTS,
		rules: restrict(routes, visTimeline, chartJs)
	},
	{
		files: ['src/lib/timeline/**/*.{ts,svelte}'],
		ignores: TESTS,
		rules: restrict(routes, chartJs, serverCode)
	},
	{
		files: ['src/lib/charts/**/*.{ts,svelte}'],
		ignores: TESTS,
		rules: restrict(routes, visTimeline, serverCode)
	},
	{
		files: ['src/routes/**/*.{ts,svelte}'],
		ignores: ['**/*.server.ts', '**/+server.ts', ...TESTS],
		rules: restrict(visTimeline, chartJs, serverCode)
	},
	{ files: ['scripts/**/*.{ts,js}'], rules: restrict(tests) }
);
