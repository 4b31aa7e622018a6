/**
 * The data's own words in the page's language. The data files carry French and Japanese forms
 * beside the English: theme labels and definitions, framework names and area labels
 * (data/themes.yaml), milestone titles (data/milestones.yaml), record-only event titles
 * (data/record.yaml), the names of places (data/places.yaml) and the offices people held
 * (data/people.yaml). The server loads hand each page
 * these already in its language (`localizeCorpus`, through `loadLocalizedCorpus` in
 * src/lib/server/corpus.ts), so a component shows `theme.label` or `event.title` as it always did.
 *
 * What never changes with the language: the ids, the English location (the place filter's key),
 * a source's own title, and the downloads in /data/ (data, built from the English corpus).
 *
 * Pure, with the locale a parameter (a load passes getLocale(), per request), and only relative
 * imports, so scripts and tests can use it without SvelteKit. A missing translation falls back to
 * the English.
 */
import type { Corpus } from '../corpus/corpus';
import { eventLabel } from '../corpus/group';
import type { PeopleIndex } from '../corpus/people';
import type {
	Country,
	EventRecord,
	FrameworkArea,
	Issuer,
	Lead,
	Location,
	Milestone,
	Participant,
	Taxonomy,
	Theme
} from '../corpus/schema';
import type { Locale } from '$paraglide/runtime';

/** The languages a data file gives besides English, as the suffix of a field's name. */
type Other = Exclude<Locale, 'en'>;

/** A record whose `key` may also be given as `key_fr` and `key_ja`. */
type Translatable<K extends string> = Record<K, string> & Partial<Record<`${K}_${Other}`, string>>;

/** `item[key]` in `locale`: its `key_fr` or `key_ja` where the data gives one, else the English. */
export function inLocale<K extends string>(item: Translatable<K>, key: K, locale: Locale): string {
	if (locale === 'en') return item[key];
	// The signature holds the field names; indexing by a built name needs the plain view.
	const fields = item as Partial<Record<string, string>>;
	return fields[`${key}_${locale}`] ?? item[key];
}

/**
 * The record without its `_fr` and `_ja` fields: a page is sent its own language, not all three
 * (the home page carries every theme and area, so three copies would weigh on every visit).
 */
function withoutTranslations<T extends object>(item: T): T {
	return Object.fromEntries(Object.entries(item).filter(([k]) => !/_(?:fr|ja)$/.test(k))) as T;
}

export function localizeTheme(theme: Theme, locale: Locale): Theme {
	return {
		...withoutTranslations(theme),
		label: inLocale(theme, 'label', locale),
		definition: inLocale(theme, 'definition', locale)
	};
}

export function localizeFrameworkArea(area: FrameworkArea, locale: Locale): FrameworkArea {
	return {
		...withoutTranslations(area),
		framework: inLocale(area, 'framework', locale),
		label: inLocale(area, 'label', locale)
	};
}

export function localizeTaxonomy(taxonomy: Taxonomy, locale: Locale): Taxonomy {
	return {
		frameworks: taxonomy.frameworks.map((f) => localizeFrameworkArea(f, locale)),
		themes: taxonomy.themes.map((t) => localizeTheme(t, locale))
	};
}

export function localizeMilestone(milestone: Milestone, locale: Locale): Milestone {
	return { ...withoutTranslations(milestone), title: inLocale(milestone, 'title', locale) };
}

/** An engagement not yet located (data/record.yaml `leads`): its title is the team's words. */
export function localizeLead(lead: Lead, locale: Locale): Lead {
	return { ...withoutTranslations(lead), title: inLocale(lead, 'title', locale) };
}

// ---------------------------------------------------------------- places

/**
 * How each language writes a city and its country. Punctuation, not words: « Tokyo (Japon) » as
 * French writes a place in a list, 東京（日本） with full-width brackets; English keeps the record's
 * own "Tokyo, Japan", so the English site reads as it always has.
 */
const CITY_IN_COUNTRY: Record<Locale, (city: string, country: string) => string> = {
	en: (city, country) => `${city}, ${country}`,
	fr: (city, country) => `${city} (${country})`,
	ja: (city, country) => `${city}（${country}）`
};

function countryNamed(countries: readonly Country[], name: string): Country | undefined {
	return countries.find((c) => c.name === name);
}

/** A city in `locale` (`cities_fr`, `cities_ja` of its country), else as the record writes it. */
export function localCityName(
	city: string,
	countryName: string,
	countries: readonly Country[],
	locale: Locale
): string {
	if (locale === 'en') return city;
	return countryNamed(countries, countryName)?.[`cities_${locale}`]?.[city] ?? city;
}

/**
 * A place in `locale`: { city: 'Tokyo', country: 'Japan' } → « Tokyo (Japon) », 東京（日本）; a
 * country alone → « Japon », 日本. A city named as its country (Singapore) is written once.
 */
export function localPlaceName(
	location: Location,
	countries: readonly Country[],
	locale: Locale
): string {
	const country = countryNamed(countries, location.country);
	const countryName =
		locale === 'en' || !country ? location.country : inLocale(country, 'name', locale);
	if (!location.city) return countryName;
	const city = localCityName(location.city, location.country, countries, locale);
	if (locale !== 'en' && city === countryName) return countryName;
	return CITY_IN_COUNTRY[locale](city, countryName);
}

/** The record's way of writing a place, the key of `placeNames` (formatLocation's "City, Country"). */
function locationKey(location: Location): string {
	return CITY_IN_COUNTRY.en(location.city ?? '', location.country).replace(/^, /, '');
}

/**
 * The names of `locations` in `locale`, by the record's English ("Tokyo, Japan" → « Tokyo
 * (Japon) »): what the root layout sends as `placeNames` for `placeName()`. Only the names that
 * differ from the English are listed; a place not listed is shown as the record writes it.
 */
export function placeNamesOf(
	locations: Iterable<Location | null>,
	countries: readonly Country[],
	locale: Locale
): Record<string, string> {
	const names: Record<string, string> = {};
	for (const location of locations) {
		if (!location) continue;
		const key = locationKey(location);
		const name = localPlaceName(location, countries, locale);
		if (name !== key) names[key] = name;
	}
	return names;
}

// ---------------------------------------------------------------- offices

/**
 * The office a participant held, in `locale`: the office's `title_fr` or `title_ja`, or the
 * holder's own French form where French makes the title agree with the person (a term's
 * `title_fr`: « première ministre du Japon »). The pipeline writes a participant's office as its
 * English title, so that is the key; a title people.yaml does not hold stays as it is.
 */
export function localOfficeTitle(
	participant: Pick<Participant, 'id' | 'office'>,
	date: string,
	people: Pick<PeopleIndex, 'byId' | 'offices'>,
	locale: Locale
): string | null {
	const { office: title } = participant;
	if (locale === 'en' || title === null) return title;
	const office = [...people.offices.values()].find((o) => o.title === title);
	if (!office) return title;
	const terms = (people.byId.get(participant.id)?.terms ?? []).filter(
		(t) => t.office === office.id
	);
	// The term on the event's date; a document a day off the event's date may fall in the next.
	const term = terms.find((t) => t.from <= date && (!t.to || date < t.to)) ?? terms[0];
	return (locale === 'fr' ? term?.title_fr : undefined) ?? inLocale(office, 'title', locale);
}

/** The participants with their offices in `locale`; the same array where nothing changes. */
function localizeParticipants(
	participants: Participant[],
	date: string,
	people: PeopleIndex,
	locale: Locale
): Participant[] {
	const localized = participants.map((p) => {
		const office = localOfficeTitle(p, date, people, locale);
		return office === p.office ? p : { ...p, office };
	});
	return localized.some((p, i) => p !== participants[i]) ? localized : participants;
}

// ---------------------------------------------------------------- events

/**
 * What data/record.yaml gives of a record-only event in French and Japanese, by `recordTitleKey`:
 * its title and its `others` (the people the reports name who are not in people.yaml), both the
 * team's words.
 */
export type RecordTitles = ReadonlyMap<
	string,
	Partial<Record<Other, { title?: string; others?: readonly string[] }>>
>;

/**
 * A record-only event is known by its date and English title: the pipeline keeps both exactly as
 * data/record.yaml writes them (its id is derived from them too, but by the pipeline's rule).
 */
export function recordTitleKey(event: { date: string; title: string }): string {
	return `${event.date} ${event.title}`;
}

/**
 * The name of the framework a framework document belongs to, in `locale`: the document names it
 * in full ("Canada-Japan Comprehensive Strategic Roadmap"), the taxonomy by its short name
 * ("Comprehensive Strategic Roadmap") with `framework_fr` and `framework_ja`. A name the taxonomy
 * does not know stays as written.
 */
export function localFrameworkName(name: string, taxonomy: Taxonomy, locale: Locale): string {
	if (locale === 'en') return name;
	const area = taxonomy.frameworks.find(
		(a) => name === a.framework || name.endsWith(` ${a.framework}`)
	);
	return area ? inLocale(area, 'framework', locale) : name;
}

/**
 * The event as a page in `locale` shows it: a record-only event's title and `others` translated,
 * the offices of its participants, and the city in its short label ("Carney–Takaichi · 東京") in
 * the page's language.
 */
export function localizeEvent(
	event: EventRecord,
	corpus: Pick<Corpus, 'people'> & Partial<Pick<Corpus, 'taxonomy'>>,
	titles: RecordTitles,
	locale: Locale
): EventRecord {
	if (locale === 'en') return event;
	const translated = event.recordOnly ? titles.get(recordTitleKey(event))?.[locale] : undefined;
	const title = translated?.title ?? event.title;
	const others = translated?.others ? [...translated.others] : event.others;
	const city = event.location?.city;
	const localCity =
		city && localCityName(city, event.location!.country, corpus.people.countries, locale);
	let label = event.label;
	if (event.recordOnly)
		label = eventLabel(event.participants, localCity ?? null, title, corpus.people);
	else if (city && localCity && label.endsWith(` · ${city}`))
		label = `${label.slice(0, -city.length)}${localCity}`;
	const participants = localizeParticipants(event.participants, event.date, corpus.people, locale);
	const framework =
		event.framework && corpus.taxonomy
			? localFrameworkName(event.framework, corpus.taxonomy, locale)
			: event.framework;
	return title === event.title &&
		label === event.label &&
		others === event.others &&
		participants === event.participants &&
		framework === event.framework
		? event
		: { ...event, title, label, others, participants, framework };
}

/** `list.map(f)`, or `list` itself when `f` changed none of it (so a page without names shares it). */
function unlessSame<T>(list: T[], f: (item: T) => T): T[] {
	const mapped = list.map(f);
	return mapped.every((x, i) => x === list[i]) ? list : mapped;
}

/**
 * The corpus as a page in `locale` reads it: the taxonomy, milestones and events with their data
 * labels in that language (see the module's comment for what stays as it is).
 */
export function localizeCorpus(
	corpus: Corpus,
	titles: RecordTitles,
	locale: Locale,
	issuers: readonly Issuer[] = []
): Corpus {
	const issuer = <T extends { issuer: string }>(item: T): T => {
		const named = issuers.find((i) => i.name === item.issuer);
		const name = named ? inLocale(named, 'name', locale) : item.issuer;
		return name === item.issuer ? item : { ...item, issuer: name };
	};
	return {
		...corpus,
		// Who issued each text, in the page's language (data/issuers.yaml).
		documents: unlessSame(corpus.documents, issuer),
		versions: unlessSame(corpus.versions, issuer),
		// The English page too is sent the English alone, as the other two are sent theirs.
		taxonomy: localizeTaxonomy(corpus.taxonomy, locale),
		milestones: corpus.milestones.map((m) => localizeMilestone(m, locale)),
		events: corpus.events.map((e) => localizeEvent(e, corpus, titles, locale)),
		leads: corpus.leads.map((l) => localizeLead(l, locale))
	};
}
