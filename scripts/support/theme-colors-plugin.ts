/**
 * `virtual:cjt-theme-colors.css`: the theme colours of data/themes.yaml as a stylesheet, one rule
 * per colour (src/lib/display/theme-colors.ts says why: the pages' policy refuses style
 * attributes). Made at every build and dev start from the taxonomy itself, so a theme an analyst
 * adds has its colour on the pages with no code change; Vite bundles it like any CSS file, and Kit
 * inlines it and names it by hash in the policy.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, Taxonomy } from '../../src/lib/corpus/schema';
import { parseYaml } from '../../src/lib/corpus/yaml-data';
import { themeColorRules } from '../../src/lib/display/theme-colors';

export const THEME_COLORS_ID = 'virtual:cjt-theme-colors.css';
// \0: no other plugin tries to read it from disk; ending in .css: Vite's CSS plugins take it up.
const RESOLVED_ID = `\0${THEME_COLORS_ID}`;

/** The stylesheet of a taxonomy file's text; throws with every problem, as the build's check does. */
export function themeColorsCss(file: string, text: string): string {
	const { value, problems } = parseYaml(file, text, Taxonomy);
	if (!value) throw new Error(problems.map(formatProblem).join('\n'));
	return (
		`/* Made from ${file} by scripts/support/theme-colors-plugin.ts. */\n` +
		themeColorRules(value.themes.map((t) => t.color))
	);
}

/** The Vite plugin. `dataDir`: where themes.yaml is (src/lib/server/corpus.ts reads the same). */
export function themeColors(dataDir = resolve(process.env.CJT_DATA_DIR ?? 'data')): Plugin {
	const file = join(dataDir, 'themes.yaml');
	return {
		name: 'cjt-theme-colors',
		enforce: 'pre',
		resolveId: (id) => (id === THEME_COLORS_ID ? RESOLVED_ID : undefined),
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			// In dev an edit of the taxonomy reloads the stylesheet.
			this.addWatchFile(file);
			return themeColorsCss('data/themes.yaml', readFileSync(file, 'utf8'));
		}
	};
}
