/**
 * The places events took place in, for the place filter: each location as the record writes it
 * ("Tokyo, Japan", or "Japan" where no city is stated), grouped by country for a select.
 */

export interface PlaceChoice {
	/** The location as written: the value of `place=` in the URL. */
	value: string;
	/** What the select shows inside its country's group. */
	label: string;
}

export interface PlaceGroup {
	country: string;
	places: PlaceChoice[];
}

/** Canada and Japan first, as the person filter lists them; then the rest by name. */
const FIRST = ['Canada', 'Japan'];

/** "Tokyo, Japan" → Japan; "Japan" → Japan. */
export function countryOf(location: string): string {
	const comma = location.lastIndexOf(', ');
	return comma < 0 ? location : location.slice(comma + 2);
}

/** Every location that occurs, once, grouped by country; in a group the cities by name. */
export function placeGroups(events: readonly { location?: string | null }[]): PlaceGroup[] {
	const byCountry = new Map<string, Set<string>>();
	for (const e of events) {
		if (!e.location) continue;
		const country = countryOf(e.location);
		let set = byCountry.get(country);
		if (!set) byCountry.set(country, (set = new Set()));
		set.add(e.location);
	}
	const rank = (c: string) => (FIRST.includes(c) ? FIRST.indexOf(c) : FIRST.length);
	return [...byCountry]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
		.map(([country, set]) => ({
			country,
			places: [...set]
				.map((value) => ({
					value,
					// A location with no city stands for the country as a whole: say so in its group.
					label:
						value === country ? `${country}, city not stated` : value.slice(0, -country.length - 2)
				}))
				// The country alone before its cities, then the cities by name.
				.sort(
					(a, b) =>
						Number(b.value === country) - Number(a.value === country) ||
						a.label.localeCompare(b.label)
				)
		}));
}

/** The locations a URL's `place=` may name. */
export function knownPlaces(events: readonly { location?: string | null }[]): Set<string> {
	const places = new Set<string>();
	for (const e of events) if (e.location) places.add(e.location);
	return places;
}
