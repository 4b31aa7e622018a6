/**
 * The closed lists a record's fields take (formats, levels, languages, the fields the pipeline
 * reports provenance for) and the calendar-date check. The pages need these in the browser; the
 * schemas in schema.ts are built from them. No zod here, on purpose: a page that imports a value
 * from schema.ts downloads zod with it (a module of schemas cannot be tree-shaken: building a
 * schema is a call), and tests/size-budget.spec.ts would fail. The types stay in schema.ts
 * (`z.infer`), imported with `import type`, which the build erases.
 */

/**
 * What kind of engagement a text records. `courtesy-call` is a call paid on a host of higher rank
 * (a foreign minister on a prime minister); `signing` is an agreement or memorandum signed;
 * `entry-into-force` is an agreement taking effect (often with no ceremony: level `government`).
 * A `statement` is one side's (a leader welcoming a new prime minister, condolences).
 */
export const formats = [
	'call',
	'meeting',
	'courtesy-call',
	'statement',
	'document',
	'signing',
	'entry-into-force'
] as const;

/** `government`: an act of the two governments with no meeting or signatory (entry into force). */
export const levels = ['leaders', 'ministers', 'officials', 'government'] as const;

/** The language a source is written in. */
export const langs = ['en', 'fr', 'ja'] as const;

/** The facts of a document whose provenance (extracted, given, missing) the record keeps. */
export const fieldNames = [
	'date',
	'dateJapan',
	'format',
	'level',
	'location',
	'participants',
	'themes',
	'framework',
	'lang'
] as const;

/** A date as the data writes it: YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `value` is written YYYY-MM-DD and names a day of the calendar (not 2024-02-30). */
export function isCalendarDate(value: string): boolean {
	return ISO_DATE_PATTERN.test(value) && isRealDay(value);
}

/** A YYYY-MM-DD that the calendar has: JavaScript rolls 2024-02-30 over into March. */
export function isRealDay(value: string): boolean {
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
