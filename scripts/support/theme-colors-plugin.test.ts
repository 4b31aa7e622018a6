import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeColorKey } from '../../src/lib/display/theme-colors';
import { themeColorsCss, themeColors, THEME_COLORS_ID } from './theme-colors-plugin';

const TAXONOMY = readFileSync('data/themes.yaml', 'utf8');

/** A taxonomy of one framework area and the given themes. */
function taxonomy(themes: { id: string; color: string }[]): string {
	const area = `frameworks:
  - id: area
    framework: F
    framework_fr: F
    framework_ja: F
    year: 2021
    label: Area
    label_fr: Area
    label_ja: Area
themes:
`;
	return (
		area +
		themes
			.map(
				(t) => `  - id: ${t.id}
    label: ${t.id}
    label_fr: ${t.id}
    label_ja: ${t.id}
    definition: d
    definition_fr: d
    definition_ja: d
    color: '${t.color}'
    frameworks: [area]
    patterns: [${t.id}]
`
			)
			.join('')
	);
}

describe('themeColorsCss', () => {
	it('has a rule for the colour of every theme in data/themes.yaml', () => {
		const css = themeColorsCss('data/themes.yaml', TAXONOMY);
		const colors = [...TAXONOMY.matchAll(/^ {4}color: '(#[0-9A-Fa-f]{6})'$/gm)].map((m) => m[1]!);
		expect(colors.length).toBeGreaterThan(10);
		for (const c of colors)
			expect(css).toContain(`[data-theme-color='${themeColorKey(c)}']{--theme-color:#`);
	});

	it('follows the taxonomy: a theme an analyst adds brings its colour', () => {
		const css = themeColorsCss(
			't.yaml',
			taxonomy([
				{ id: 'oceans', color: '#123ABC' },
				{ id: 'space', color: '#00FF7F' }
			])
		);
		expect(css).toContain("[data-theme-color='123abc']{--theme-color:#123abc}");
		expect(css).toContain("[data-theme-color='00ff7f']{--theme-color:#00ff7f}");
	});

	it('fails with the file, line and field of a colour the schema refuses', () => {
		expect(() =>
			themeColorsCss('t.yaml', taxonomy([{ id: 'oceans', color: 'red;}body{color:red' }]))
		).toThrow(/t\.yaml:\d+: themes\[0\]\.color: must be a colour written #rrggbb/);
	});
});

describe('themeColors (the Vite plugin)', () => {
	it('serves the stylesheet of the data folder it is given under its virtual id', async () => {
		const plugin = themeColors('data');
		const resolveId = plugin.resolveId as (id: string) => string | undefined;
		const load = plugin.load as (this: { addWatchFile: (f: string) => void }, id: string) => string;
		const resolved = resolveId(THEME_COLORS_ID);
		expect(resolved).toMatch(/\.css$/);
		expect(resolveId('./other.css')).toBeUndefined();
		const watched: string[] = [];
		const css = load.call({ addWatchFile: (f) => watched.push(f) }, resolved!);
		expect(css).toBe(themeColorsCss('data/themes.yaml', TAXONOMY));
		expect(watched).toEqual(['data/themes.yaml']);
	});
});
