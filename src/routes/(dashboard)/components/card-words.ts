/**
 * The words every card of the list repeats ("Open", "Sources (2)", "Original page"), made once
 * per language rather than once per card. A message with a count builds its `Intl.PluralRules`
 * and `Intl.NumberFormat` on every call: fifty cards calling the same few made those a fifth of
 * the time the list took to draw on a phone.
 */
import { getLocale } from '$lib/i18n/locale';

const made = new Map<string, unknown>();

/** `make()`'s result for `key` in the page's language, made at its first call. */
export function cardWords<T>(key: string, make: () => T): T {
	const k = `${getLocale()} ${key}`;
	if (!made.has(k)) made.set(k, make());
	return made.get(k) as T;
}
