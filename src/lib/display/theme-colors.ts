/**
 * Theme colours without style attributes. The pages' Content-Security-Policy refuses every
 * `style="…"` (svelte.config.js), and a theme's colour is data (data/themes.yaml, which an analyst
 * may extend), so it cannot be written into a component's stylesheet. Instead a stylesheet is
 * made at build time from the taxonomy (scripts/support/theme-colors-plugin.ts): one rule per
 * colour, `[data-theme-color='0077bb'] { --theme-color: #0077bb }`. An element names its colour
 * in that attribute, and its CSS reads `var(--theme-color)`.
 *
 * Pure, with no import of the stylesheet: the Vite plugin builds it with these functions, and
 * theme-palette.ts brings it to the pages with `themeColorKey`.
 */

/** The colour shown for a theme that the taxonomy does not know (a link to a removed theme). */
export const UNKNOWN_THEME_COLOR = '#777777';

const HEX = /^#([0-9a-f]{6})$/i;

/** The attribute value of a colour written #rrggbb (data/themes.yaml's form): rrggbb, lower case. */
export function themeColorKey(color: string): string {
	const hex = HEX.exec(color)?.[1];
	// The schema (src/lib/corpus/schema.ts, Theme.color) admits #rrggbb only: anything else is a bug.
	if (!hex) throw new Error(`Not a theme colour (#rrggbb expected): "${color}"`);
	return hex.toLowerCase();
}

/**
 * The stylesheet: one rule for each colour given, and for UNKNOWN_THEME_COLOR, in a stable order
 * (the first time each colour is given), each colour once.
 */
export function themeColorRules(colors: readonly string[]): string {
	const keys = [...new Set([...colors, UNKNOWN_THEME_COLOR].map(themeColorKey))];
	return keys.map((k) => `[data-theme-color='${k}']{--theme-color:#${k}}`).join('\n') + '\n';
}
