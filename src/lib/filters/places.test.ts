import { describe, expect, it } from 'vitest';
import { countryOf, knownPlaces, placeGroups } from './places';

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
