import { describe, expect, it } from 'vitest';
import { titleLang } from './title-lang';

describe('titleLang', () => {
	it.each([
		[['en'], 'en'],
		[['ja'], 'ja'],
		// An English source names the event, wherever it stands among the sources.
		[['ja', 'en'], 'en'],
		[['fr', 'ja'], 'fr'],
		// A record-only event has no sources: its title is the editors', in English.
		[[], 'en']
	] as const)('%j → %s', (langs, expected) => {
		expect(titleLang(langs)).toBe(expected);
	});
});
