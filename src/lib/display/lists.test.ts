import { describe, expect, it } from 'vitest';
import { listText, separatedList } from './lists';

describe('listText', () => {
	it.each([
		['en', ['North Korea'], 'North Korea'],
		[
			'en',
			['Trade', 'G7, UN and multilateral order', 'Energy'],
			'Trade, G7, UN and multilateral order, Energy'
		],
		[
			'fr',
			['Commerce', 'Paix, aide humanitaire et crises', 'Défense'],
			'Commerce, Paix, aide humanitaire et crises, Défense'
		],
		['ja', ['貿易', 'エネルギー', '防衛'], '貿易、エネルギー、防衛']
	] as const)('%s: %j → %s', (locale, items, expected) => {
		expect(listText(items, locale)).toBe(expected);
	});
});

describe('separatedList', () => {
	it.each([
		['en', 'Justin Trudeau (Prime Minister of Canada); Kishida Fumio'],
		['fr', 'Justin Trudeau (Prime Minister of Canada)\u00a0; Kishida Fumio'],
		['ja', 'Justin Trudeau (Prime Minister of Canada)、Kishida Fumio']
	] as const)('%s', (locale, expected) => {
		expect(
			separatedList(['Justin Trudeau (Prime Minister of Canada)', 'Kishida Fumio'], locale)
		).toBe(expected);
	});
	it('leaves nothing for nobody', () => {
		expect(separatedList([], 'fr')).toBe('');
	});
});
