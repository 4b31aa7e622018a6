import { describe, expect, it } from 'vitest';
import { formats, levels } from '$lib/corpus/schema';
import { getLocale, overwriteGetLocale } from '$paraglide/runtime';
import { FIELD_LABELS, FORMAT_LABELS, kindLabel, LEVEL_LABELS, placeText } from './labels';

describe('placeText', () => {
	it.each([
		[{ location: 'Tokyo, Japan', format: 'meeting' as const }, 'Tokyo, Japan'],
		[{ location: 'Tokyo, Japan', format: 'call' as const }, 'Tokyo, Japan'],
		[{ location: null, format: 'call' as const }, 'None (a call)'],
		[{ location: null, format: 'meeting' as const }, 'Not stated'],
		[{ location: null, format: 'document' as const }, 'Not stated']
	])('%o → %s', (event, expected) => {
		expect(placeText(event)).toBe(expected);
	});

	it.each([
		['fr', null, 'call', 'Aucun lieu (appel)'],
		['fr', null, 'meeting', 'Non précisé'],
		['ja', null, 'call', 'なし（電話会談）'],
		['ja', null, 'document', '記載なし'],
		['fr', 'Tokyo, Japan', 'meeting', 'Tokyo (Japon)']
	] as const)('%s: %s, %s → %s', (locale, location, format, expected) => {
		const names: Record<string, string> = { 'Tokyo, Japan': 'Tokyo (Japon)' };
		expect(placeText({ location, format }, (l) => names[l] ?? l, locale)).toBe(expected);
	});
});

describe('kindLabel', () => {
	it.each([
		['en', 'call', 'leaders', 'Call, leaders'],
		['en', 'courtesy-call', 'ministers', 'Courtesy call, ministers'],
		['fr', 'call', 'leaders', 'Appel, dirigeants'],
		['fr', 'signing', 'government', 'Signature d’un accord, gouvernements'],
		// Japanese names a meeting and a call by its level, as MOFA writes them.
		['ja', 'meeting', 'leaders', '首脳会談'],
		['ja', 'call', 'leaders', '首脳電話会談'],
		['ja', 'meeting', 'ministers', '閣僚会談'],
		['ja', 'statement', 'government', '声明（政府）']
	] as const)('%s: %s, %s → %s', (locale, format, level, expected) => {
		expect(kindLabel({ format, level }, locale)).toBe(expected);
	});
});

describe('the label tables', () => {
	it('read in the language of the moment they are read, never of the import', () => {
		expect([FORMAT_LABELS.call, LEVEL_LABELS.leaders, FIELD_LABELS.dateJapan]).toEqual([
			'Call',
			'Leaders',
			'Date in Japan'
		]);
		const pageLocale = getLocale;
		try {
			overwriteGetLocale(() => 'fr');
			expect([FORMAT_LABELS.call, LEVEL_LABELS.leaders, FIELD_LABELS.dateJapan]).toEqual([
				'Appel',
				'Dirigeants',
				'Date au Japon'
			]);
			overwriteGetLocale(() => 'ja');
			expect([FORMAT_LABELS.meeting, LEVEL_LABELS.officials]).toEqual(['会談', '事務レベル']);
		} finally {
			overwriteGetLocale(pageLocale);
		}
		expect(FORMAT_LABELS['entry-into-force']).toBe('Agreement in force');
	});

	it('have an entry for every key, as a table to spread or list', () => {
		expect(Object.keys(FORMAT_LABELS)).toEqual([...formats]);
		expect(Object.keys(LEVEL_LABELS)).toEqual([...levels]);
		expect(Object.values(LEVEL_LABELS)).toEqual([
			'Leaders',
			'Ministers',
			'Officials',
			'Governments'
		]);
	});
});
