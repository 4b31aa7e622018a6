import { describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$paraglide/runtime';
import {
	eventExcerptText,
	excerptCaption,
	excerptNote,
	LANG_LABELS,
	langLabel,
	recordOnlyTitle,
	viaText
} from './source-notes';

describe('excerptCaption', () => {
	it.each([
		[0, 5, ''],
		[-1, 5, ''],
		[
			1,
			5,
			'1 of the 5 events counted has an excerpt source: counts from excerpts are lower bounds.'
		],
		[
			2,
			5,
			'2 of the 5 events counted have an excerpt source: counts from excerpts are lower bounds.'
		],
		[3, 3, 'All 3 events counted have an excerpt source: counts from excerpts are lower bounds.'],
		[1, 1, 'The event counted has an excerpt source: counts from excerpts are lower bounds.']
	])('%i excerpts of %i events', (n, total, expected) => {
		expect(excerptCaption(n, total)).toBe(expected);
	});
});

describe('viaText', () => {
	it('names the republisher', () => {
		expect(viaText('EIN Presswire')).toBe('Republished word for word by EIN Presswire');
	});
});

describe('eventExcerptText', () => {
	it.each([
		[0, 2, ''],
		[1, 1, 'only the opening of this page was saved; its counts are a lower bound.'],
		[1, 2, '1 of the 2 sources is only the opening of the page; their counts are a lower bound.'],
		[2, 3, '2 of the 3 sources are only the opening of the page; their counts are a lower bound.'],
		[2, 2, 'all 2 sources are only the opening of the page; their counts are a lower bound.']
	])('%i of %i', (n, total, expected) => {
		expect(eventExcerptText(n, total)).toBe(expected);
	});
});

describe('in French and Japanese', () => {
	it.each([
		[
			'fr',
			2,
			5,
			'2 des 5 événements comptés ont une source en extrait\u00a0: les décomptes tirés d’extraits sont des minimums.'
		],
		[
			'fr',
			1,
			5,
			'1 des 5 événements comptés a une source en extrait\u00a0: les décomptes tirés d’extraits sont des minimums.'
		],
		['ja', 2, 5, '集計した5件のうち2件は抜粋資料を含む。抜粋に基づく件数は下限値。'],
		['ja', 3, 3, '集計した3件はすべて抜粋資料を含む。抜粋に基づく件数は下限値。']
	] as const)('%s: %i excerpts of %i events', (locale, n, total, expected) => {
		expect(excerptCaption(n, total, locale)).toBe(expected);
	});

	it.each([
		[
			'fr',
			1,
			1,
			'seul le début de cette page a été enregistré\u00a0; ses décomptes sont un minimum.'
		],
		[
			'fr',
			1,
			2,
			'1 des 2 sources n’est que le début de sa page\u00a0; les décomptes sont un minimum.'
		],
		[
			'fr',
			2,
			3,
			'2 des 3 sources ne sont que le début de leur page\u00a0; les décomptes sont un minimum.'
		],
		['ja', 2, 2, '2件の資料はいずれもページの冒頭部分のみで、件数は下限値。'],
		['ja', 1, 3, '3件の資料のうち1件はページの冒頭部分のみで、件数は下限値。']
	] as const)('%s: %i of %i sources', (locale, n, total, expected) => {
		expect(eventExcerptText(n, total, locale)).toBe(expected);
	});

	it('names the republisher and the language in the page’s language', () => {
		expect(viaText('EIN Presswire', 'fr')).toBe('Republié intégralement par EIN Presswire');
		expect(viaText('EIN Presswire', 'ja')).toBe('EIN Presswireによる全文転載');
		expect(langLabel('ja', 'fr')).toBe('japonais');
		expect(langLabel('fr', 'ja')).toBe('フランス語');
		expect(recordOnlyTitle('fr')).toBe('Aucun texte officiel trouvé');
		expect(recordOnlyTitle('ja')).toBe('公式文書未確認');
	});

	it('the language table reads the language of the moment it is read', () => {
		expect(LANG_LABELS.ja).toBe('Japanese');
		const pageLocale = getLocale;
		overwriteGetLocale(() => 'fr');
		try {
			expect(LANG_LABELS.ja).toBe('japonais');
			expect(excerptNote()).toMatch(/^seul le début/);
		} finally {
			overwriteGetLocale(pageLocale);
		}
		expect(LANG_LABELS.ja).toBe('Japanese');
	});
});
