/**
 * A place in the page's language: "Tokyo, Japan" → « Tokyo (Japon) » → 日本・東京. The record
 * writes locations in English, and that English stays the key (the place filter's `place=`, the
 * data files); only what a person reads changes. The root layout's load sends `placeNames`, the
 * names of every location of the record in the page's language (src/routes/+layout.server.ts).
 */
import { page } from '$app/state';

/** The location as the page's language writes it; the English when it has no name there. */
export function placeName(location: string, names?: Readonly<Record<string, string>>): string {
	const map = names ?? (page.data as { placeNames?: Record<string, string> }).placeNames;
	return map?.[location] ?? location;
}
