/**
 * The words the pages use for the corpus's enumerations, in one place, in the page's language.
 *
 * The tables are read with a key (`FORMAT_LABELS[event.format]`) by the timeline, the filters,
 * the slides and the pages alike. Each entry calls its message when it is read, never at import
 * (rule 1 of src/lib/i18n/README.md): a prerendered page learns its language per request, and a
 * table filled at import would keep the language of the first page built.
 */
import type { FieldName, Format, Level } from '$lib/corpus/schema';
import { intlTag } from '$lib/i18n/locale';
import { m } from '$paraglide/messages';
import { getLocale, type Locale } from '$paraglide/runtime';

/** A message of no input, as Paraglide compiles it. */
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

type Labels<K extends string> = Readonly<Record<K, string>>;

/** A table whose every entry reads its message when it is read, in the page's language then. */
function localizedTable<K extends string>(messages: Record<K, Message>): Labels<K> {
	const table = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[])
		Object.defineProperty(table, key, { enumerable: true, get: () => messages[key]() });
	return table;
}

const FORMAT_MESSAGES: Record<Format, Message> = {
	call: m.display_format_call,
	meeting: m.display_format_meeting,
	'courtesy-call': m.display_format_courtesy_call,
	statement: m.display_format_statement,
	document: m.display_format_document,
	signing: m.display_format_signing,
	'entry-into-force': m.display_format_entry_into_force
};

const LEVEL_MESSAGES: Record<Level, Message> = {
	leaders: m.display_level_leaders,
	ministers: m.display_level_ministers,
	officials: m.display_level_officials,
	government: m.display_level_government
};

export const FORMAT_LABELS = localizedTable(FORMAT_MESSAGES);

export const LEVEL_LABELS = localizedTable(LEVEL_MESSAGES);

export const FIELD_LABELS = localizedTable<FieldName>({
	date: m.display_field_date,
	dateJapan: m.display_field_date_japan,
	format: m.display_field_format,
	level: m.display_field_level,
	location: m.display_field_location,
	participants: m.display_field_participants,
	themes: m.display_field_themes,
	framework: m.display_field_framework,
	lang: m.display_field_lang
});

export const PROVENANCE_LABELS = localizedTable({
	extracted: m.display_provenance_extracted,
	given: m.display_provenance_given,
	missing: m.display_provenance_missing
});

/**
 * An event's kind in words: "Call, leaders", « Appel, dirigeants », 首脳電話会談 (Japanese names a
 * meeting or a call by its level, as MOFA does).
 */
export function kindLabel(
	event: { format: Format; level: Level },
	locale: Locale = getLocale()
): string {
	return m.display_kind(
		{
			format: event.format,
			formatLabel: FORMAT_MESSAGES[event.format]({}, { locale }),
			levelLabel: LEVEL_MESSAGES[event.level]({}, { locale }).toLocaleLowerCase(intlTag(locale))
		},
		{ locale }
	);
}

/**
 * Where an event took place, in words: its place (as `name` writes it: `placeName` in a page),
 * or why there is none. A call has no place of its own (each side is at home); anything else
 * without one is a fact the sources do not give.
 */
export function placeText(
	event: { location: string | null; format: Format },
	name: (location: string) => string = (location) => location,
	locale: Locale = getLocale()
): string {
	if (event.location) return name(event.location);
	return event.format === 'call'
		? m.display_place_none_call({}, { locale })
		: m.display_place_not_stated({}, { locale });
}
