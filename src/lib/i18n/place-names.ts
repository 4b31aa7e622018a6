/**
 * A place in the page's language: "Tokyo, Japan" → « Tokyo (Japon) » → 東京（日本）. The record
 * writes locations in English, and that English stays the key (the place filter's `place=`, the
 * data files); only what a person reads changes. The root layout's load sends `placeNames`, the
 * names of every location of the record in the page's language (src/routes/+layout.server.ts,
 * built by placeNamesOf in ./data-labels.ts from the names in data/places.yaml).
 */
import { page } from '$app/state';

/**
 * The location as the page's language writes it; the English when it has no name there. `names`
 * is the layout's `placeNames` (read from the page's data when not given: pass it where the page
 * is not at hand, such as a pure module's test).
 */
export function placeName(location: string, names?: Readonly<Record<string, string>>): string {
	const map = names ?? (page.data as { placeNames?: Record<string, string> }).placeNames;
	return map?.[location] ?? location;
}
