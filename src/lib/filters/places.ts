/**
 * The places events took place in, for the place filter: each location as the record writes it
 * ("Tokyo, Japan", or "Japan" where no city is stated), grouped by country for a select. The
 * English location stays the value (`place=` means the same place in every language); only the
 * labels are in the page's language (localizePlaceGroups).
 */
import { intlTag } from '$lib/i18n/locale';
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';

export interface PlaceChoice {
	/** The location as written: the value of `place=` in the URL. */
	value: string;
	/** What the select shows inside its country's group. */
	label: string;
}

export interface PlaceGroup {
	/** The country as the record writes it (English): the group's key. */
	country: string;
	/** The country in the page's language (the same as `country` until localized). */
	label: string;
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
			label: country,
			places: [...set]
				.map((value) => ({
					value,
					// A location with no city stands for the country as a whole: say so in its group.
					label:
						value === country
							? m.filters_place_country_only({ country })
							: value.slice(0, -country.length - 2)
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

/**
 * The groups with their labels in the page's language (or `locale`): `name` gives a location's
 * name there (placeName). The country names its group; a city reads as the page's language names
 * the place (« Tokyo (Japon) »), or as the record writes the city when that language has no name
 * of its own for it. In English that is the city alone, as before. Each group is sorted anew,
 * since names sort differently in each language.
 */
export function localizePlaceGroups(
	groups: readonly PlaceGroup[],
	name: (location: string) => string,
	locale: Locale = getLocale()
): PlaceGroup[] {
	const collator = new Intl.Collator(intlTag(locale));
	return groups.map((g) => {
		const label = name(g.country);
		return {
			country: g.country,
			label,
			places: g.places
				.map((p) => {
					if (p.value === g.country)
						return {
							value: p.value,
							label: m.filters_place_country_only({ country: label }, { locale })
						};
					const named = name(p.value);
					return { value: p.value, label: named !== p.value ? named : p.label };
				})
				.sort(
					(a, b) =>
						Number(b.value === g.country) - Number(a.value === g.country) ||
						collator.compare(a.label, b.label)
				)
		};
	});
}
