import { describe, expect, it } from 'vitest';
import { countryOf, knownPlaces, localizePlaceGroups, placeGroups } from './places';

describe('countryOf', () => {
	it.each([
		['Tokyo, Japan', 'Japan'],
		['Japan', 'Japan'],
		['Gyeongju, Republic of Korea', 'Republic of Korea'],
		['Washington, D.C., United States', 'United States']
	])('%s → %s', (location, country) => {
		expect(countryOf(location)).toBe(country);
	});
});

describe('placeGroups', () => {
	const at = (...locations: (string | null | undefined)[]) =>
		locations.map((location) => (location === undefined ? {} : { location }));

	it('lists each location once, Canada and Japan first, then countries by name', () => {
		const groups = placeGroups(
			at('Munich, Germany', 'Tokyo, Japan', 'Ottawa, Canada', 'Tokyo, Japan', 'Brussels, Belgium')
		);
		expect(groups.map((g) => g.country)).toEqual(['Canada', 'Japan', 'Belgium', 'Germany']);
		expect(groups[1]).toEqual({
			country: 'Japan',
			label: 'Japan',
			places: [{ value: 'Tokyo, Japan', label: 'Tokyo' }]
		});
	});

	it('puts a country with no city first in its group, and says no city is stated', () => {
		const [japan] = placeGroups(at('Tokyo, Japan', 'Japan', 'Osaka, Japan'));
		expect(japan!.places).toEqual([
			{ value: 'Japan', label: 'Japan, city not stated' },
			{ value: 'Osaka, Japan', label: 'Osaka' },
			{ value: 'Tokyo, Japan', label: 'Tokyo' }
		]);
	});

	it('leaves out events with no place (calls, statements) and gives nothing for none', () => {
		expect(placeGroups(at(null, undefined, ''))).toEqual([]);
		expect(placeGroups([])).toEqual([]);
	});

	it('offers exactly the places a URL may name', () => {
		const events = at('Tokyo, Japan', null, 'Japan', 'Ottawa, Canada');
		const offered = placeGroups(events).flatMap((g) => g.places.map((p) => p.value));
		expect(new Set(offered)).toEqual(knownPlaces(events));
	});
});

describe('localizePlaceGroups', () => {
	const at = (...locations: string[]) => locations.map((location) => ({ location }));
	const groups = placeGroups(at('Tokyo, Japan', 'Japan', 'Osaka, Japan', 'Munich, Germany'));
	/** A page's names: Munich has none in this language, so it keeps the record's name. */
	const names: Record<string, Record<string, string>> = {
		fr: { Japan: 'Japon', 'Tokyo, Japan': 'Tokyo (Japon)', 'Osaka, Japan': 'Osaka (Japon)' },
		ja: {
			Japan: '日本',
			'Tokyo, Japan': '東京（日本）',
			'Osaka, Japan': '大阪（日本）',
			Germany: 'ドイツ'
		}
	};
	const named = (locale: 'fr' | 'ja') => (location: string) => names[locale]![location] ?? location;

	it('in English, with names equal to the record, changes nothing', () => {
		expect(localizePlaceGroups(groups, (l) => l, 'en')).toEqual(groups);
	});

	it.each([
		[
			'fr',
			[
				['Japon', ['Japon, ville non précisée', 'Osaka (Japon)', 'Tokyo (Japon)']],
				['Germany', ['Munich']]
			]
		],
		[
			'ja',
			[
				['日本', ['日本（都市の記載なし）', '大阪（日本）', '東京（日本）']],
				['ドイツ', ['Munich']]
			]
		]
	] as const)(
		"in %s: the page's names, the country alone first, keys unchanged",
		(locale, expected) => {
			const out = localizePlaceGroups(groups, named(locale), locale);
			expect(out.map((g) => [g.label, g.places.map((p) => p.label)])).toEqual(expected);
			// The values stay the record's English locations: place= means one place in every language.
			expect(out.flatMap((g) => g.places.map((p) => p.value)).sort()).toEqual(
				groups.flatMap((g) => g.places.map((p) => p.value)).sort()
			);
		}
	);
});
