/**
 * How an office is written after a person's name, in each language. Its own module, with no
 * runtime imports, so components can use it without carrying the pipeline that ./data-labels.ts
 * imports; the offices themselves arrive translated from the loads (`localOfficeTitle`).
 */
import type { Locale } from '$paraglide/runtime';

/**
 * What is written around an office set after a name: in a list of people, one per line
 * (ParticipantList: "Mark Carney, Prime Minister of Canada"), and inside running text (the event
 * list: "Mark Carney (Prime Minister of Canada)"). Japanese takes full-width brackets both ways
 * (Mark Carney（カナダ首相）): an ASCII comma and space do not read as Japanese.
 */
const OFFICE_AROUND: Record<Locale, Record<'listed' | 'inline', readonly [string, string]>> = {
	en: { listed: [', ', ''], inline: [' (', ')'] },
	fr: { listed: [', ', ''], inline: [' (', ')'] },
	ja: { listed: ['（', '）'], inline: ['（', '）'] }
};

/** The text before and after an office written after a name, in `locale` (see OFFICE_AROUND). */
export function officeAround(
	locale: Locale,
	style: 'listed' | 'inline'
): readonly [string, string] {
	return OFFICE_AROUND[locale][style];
}

/** A name and, where there is one, the office, as running text writes them in `locale`. */
export function nameWithOffice(name: string, office: string | null, locale: Locale): string {
	if (office === null) return name;
	const [before, after] = officeAround(locale, 'inline');
	return `${name}${before}${office}${after}`;
}
