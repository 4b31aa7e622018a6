import { describe, expect, it } from 'vitest';
import { themeColorKey, themeColorRules, UNKNOWN_THEME_COLOR } from './theme-colors';

describe('themeColorKey', () => {
	it.each([
		['#0077BB', '0077bb'],
		['#0077bb', '0077bb'],
		['#FFAABB', 'ffaabb']
	])('%s → %s', (color, key) => {
		expect(themeColorKey(color)).toBe(key);
	});

	// What data/themes.yaml's schema refuses has no rule: a quiet miss would draw no colour.
	it.each(['0077BB', '#07B', '#0077BBCC', 'red', 'rgb(0, 119, 187)', "#0077BB'] *{}"])(
		'refuses %j',
		(color) => {
			expect(() => themeColorKey(color)).toThrow(/#rrggbb/);
		}
	);
});

describe('themeColorRules', () => {
	it('writes one rule per colour, the unknown theme’s grey included, each once, in order', () => {
		expect(themeColorRules(['#0077BB', '#332288', '#0077bb'])).toBe(
			"[data-theme-color='0077bb']{--theme-color:#0077bb}\n" +
				"[data-theme-color='332288']{--theme-color:#332288}\n" +
				`[data-theme-color='777777']{--theme-color:${UNKNOWN_THEME_COLOR}}\n`
		);
	});

	it('has the grey alone when no theme is given', () => {
		expect(themeColorRules([])).toBe("[data-theme-color='777777']{--theme-color:#777777}\n");
	});
});
