/** The words the pages use for the corpus's enumerations, in one place. */
import type { FieldName, Format, Level } from '$lib/corpus/schema';

export const FORMAT_LABELS: Record<Format, string> = {
	call: 'Call',
	meeting: 'Meeting',
	'courtesy-call': 'Courtesy call',
	statement: 'Statement',
	document: 'Document',
	signing: 'Agreement signed',
	'entry-into-force': 'Agreement in force'
};

export const LEVEL_LABELS: Record<Level, string> = {
	leaders: 'Leaders',
	ministers: 'Ministers',
	officials: 'Officials',
	government: 'Governments'
};

export const FIELD_LABELS: Record<FieldName, string> = {
	date: 'Date',
	dateJapan: 'Date in Japan',
	format: 'Format',
	level: 'Level',
	location: 'Location',
	participants: 'Participants',
	themes: 'Themes',
	framework: 'Framework',
	lang: 'Language'
};

export const PROVENANCE_LABELS = {
	extracted: 'read from the text',
	given: 'given by the editors',
	missing: 'not found'
} as const;

/**
 * Where an event took place, in words: its place, or why there is none. A call has no place of
 * its own (each side is at home); anything else without one is a fact the sources do not give.
 */
export function placeText(event: { location: string | null; format: Format }): string {
	return event.location ?? (event.format === 'call' ? 'None (a call)' : 'Not stated');
}
