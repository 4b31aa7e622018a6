import { describe, expect, it } from 'vitest';
import { placeName } from './place-names';

describe('placeName', () => {
	// As the root layout sends them (placeNamesOf): only names that differ from the English.
	const fr = { 'Tokyo, Japan': 'Tokyo (Japon)', Japan: 'Japon' };
	const ja = { 'Tokyo, Japan': '東京（日本）', Japan: '日本' };

	it.each([
		['Tokyo, Japan', 'Tokyo (Japon)', fr],
		['Tokyo, Japan', '東京（日本）', ja],
		['Japan', '日本', ja],
		// A place written the same in French is not listed: the English stands.
		['Ottawa, Canada', 'Ottawa, Canada', fr],
		// The English site is sent no names.
		['Tokyo, Japan', 'Tokyo, Japan', {}]
	])('%s → %s', (location, expected, names) => {
		expect(placeName(location, names)).toBe(expected);
	});
});
