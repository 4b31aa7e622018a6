import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS } from './summary';
import { columnDefinition, columnHeading, leadWhen } from './words';

describe('columnHeading', () => {
	it('is the terminal summary’s heading in English, for every column', () => {
		for (const col of RECORD_COLUMNS) expect(columnHeading(col.key, 'en')).toBe(col.heading);
	});

	it.each([
		['fr', 'canadian', 'Texte canadien'],
		['fr', 'noText', 'Aucun texte officiel'],
		['ja', 'japanese', '日本側文書'],
		['ja', 'excerptsOnly', '抜粋のみ']
	] as const)('%s %s → %s', (locale, key, expected) => {
		expect(columnHeading(key, locale)).toBe(expected);
	});

	it('every column but the count of engagements says what it counts, in each language', () => {
		for (const locale of ['en', 'fr', 'ja'] as const)
			for (const col of RECORD_COLUMNS)
				if (col.key !== 'engagements') expect(columnDefinition(col.key, locale)).not.toBe('');
		expect(columnDefinition('japanese', 'ja')).toMatch(/^日本政府（外務省/);
	});
});

describe('leadWhen', () => {
	it.each([
		['en', '2026', '2026'],
		['en', '2022-04', 'April 2022'],
		['en', '2024-01-13', '13 January 2024'],
		['fr', '2022-04', 'avril 2022'],
		['fr', '2024-01-13', '13 janvier 2024'],
		['ja', '2022-04', '2022年4月'],
		['ja', '2024-01-13', '2024年1月13日']
	] as const)('%s %s → %s', (locale, when, expected) => {
		expect(leadWhen(when, locale)).toBe(expected);
	});
});
