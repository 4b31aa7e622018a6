/**
 * Stage 3, extract: the event's date, format, level, place and framework from the cleaned text,
 * following the conventions of Canadian and Japanese government readouts.
 */
import type { Dropped } from './clean';
import type { PeopleIndex } from './people';
import { countryByName, foldSameLength } from './people';
import type { Country, Format, Level, Location, Participant } from './schema';
import { addDays, normalizeForMatch } from './text';

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH =
	'(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthIndex(name: string): number {
	const n = name.toLowerCase().replace(/\.$/, '');
	return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

function iso(year: number, month: number, day: number): string | null {
	const d = new Date(Date.UTC(year, month, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day)
		return null;
	return d.toISOString().slice(0, 10);
}

/** A month and day without a year: the latest such date on or before publication. */
function withPublishedYear(month: number, day: number, published: string): string | null {
	const year = Number(published.slice(0, 4));
	const same = iso(year, month, day);
	if (same && same <= addDays(published, 1)) return same;
	return iso(year - 1, month, day);
}

export interface DateFinding {
	date: string | null;
	dateJapan: string | null;
	/** The words the date was read from, for review. */
	evidence: string | null;
}

// Compiled once: the date readers run for every opening sentence of every document.
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s+\\d{4})`, 'i');
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?!,?\\s+\\d{4})`, 'i');
const ON_DATE = new RegExp(
	`\\bon\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?)`,
	'i'
);

/** "March 6, 2026", "6 March 2026", "March 6" (year from publication), ISO. */
function readExplicitDate(
	text: string,
	published: string | null
): { date: string; match: string } | null {
	const t = normalizeForMatch(text);
	let m = MONTH_DAY_YEAR.exec(t);
	if (m) {
		const d = iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
		if (d) return { date: d, match: m[0] };
	}
	m = DAY_MONTH_YEAR.exec(t);
	if (m) {
		const d = iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
		if (d) return { date: d, match: m[0] };
	}
	m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
	if (m) {
		const d = iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
		if (d) return { date: d, match: m[0] };
	}
	if (published) {
		m = MONTH_DAY.exec(t);
		if (m) {
			const d = withPublishedYear(monthIndex(m[1]!), Number(m[2]), published);
			if (d) return { date: d, match: m[0] };
		}
		m = DAY_MONTH.exec(t);
		if (m) {
			const d = withPublishedYear(monthIndex(m[2]!), Number(m[1]), published);
			if (d) return { date: d, match: m[0] };
		}
	}
	return null;
}

/**
 * The event date. In order: what the opening sentences say ("On January 13th", "Yesterday",
 * "Today", "On Tuesday"), the newswire dateline, a header date, and last the publication date.
 */
export function extractDate(
	opening: readonly string[],
	dropped: readonly Dropped[],
	published: string | null
): DateFinding {
	let date: string | null = null;
	let evidence: string | null = null;
	for (const sentence of opening) {
		const t = normalizeForMatch(sentence);
		const on = ON_DATE.exec(t);
		if (on) {
			const found = readExplicitDate(on[0], published);
			if (found) {
				date = found.date;
				evidence = on[0];
				break;
			}
		}
		if (published) {
			const rel =
				/\b(yesterday|last night|today|this (?:morning|afternoon|evening)|tonight|earlier today)\b/i.exec(
					t
				);
			if (rel) {
				date = /^(yesterday|last night)$/i.test(rel[1]!) ? addDays(published, -1) : published;
				evidence = rel[0];
				break;
			}
			const wd = /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(t);
			if (wd) {
				const target = WEEKDAYS.indexOf(wd[1]!.toLowerCase());
				let d = published;
				for (let i = 0; i < 7 && new Date(`${d}T00:00:00Z`).getUTCDay() !== target; i++)
					d = addDays(d, -1);
				date = d;
				evidence = wd[0];
				break;
			}
		}
	}
	if (!date) {
		for (const d of dropped) {
			if (d.rule !== 'dateline' && d.rule !== 'header: date') continue;
			const found = readExplicitDate(d.text, published);
			if (found) {
				date = found.date;
				evidence = d.text.trim();
				break;
			}
		}
	}
	// "(local time; January 13th, 11:40 p.m. Japan time)": the date in Japan.
	let dateJapan: string | null = null;
	for (const sentence of opening) {
		const jt = /\(([^()]*?)\bJapan time\)/i.exec(normalizeForMatch(sentence));
		if (jt && date) {
			const found = readExplicitDate(jt[1]!, date);
			if (found) dateJapan = found.date;
			break;
		}
	}
	return { date, dateJapan, evidence };
}

/**
 * Call, meeting, statement or document: the title says it most reliably ("speaks with",
 * "Telephone Talk", "Joint Statement", "Backgrounder", "Meeting"), then the opening sentences.
 */
export function extractFormat(title: string, opening: readonly string[]): Format | null {
	const call =
		/\b(?:spoke|speaks|speak|spoken) (?:by (?:tele)?phone )?with\b|\b(?:tele)?phone\b|\bvideo ?(?:call|conference)\b|\bteleconference\b|\bvirtual (?:meeting|call)\b|\b(?:held|holds|had|has) a call\b|\bcall with\b|\bcalls? between\b/i;
	const statement = /\bstatement\b|\bdeclaration\b|\bcommuniqu[eé]\b/i;
	const document =
		/\bbackgrounder\b|\bpriorities\b|\baction plan\b|\broadmap\b|\bfact ?sheet\b|\bframework\b/i;
	const meeting =
		/\b(?:met|meets|meet|meeting|summit|talks|visit|visits|visited|visiting|bilateral|dialogue|consultations?)\b/i;
	const t = normalizeForMatch(title);
	if (call.test(t)) return 'call';
	if (statement.test(t)) return 'statement';
	if (document.test(t)) return 'document';
	if (meeting.test(t)) return 'meeting';
	const body = normalizeForMatch(opening.join(' '));
	if (call.test(body)) return 'call';
	if (/^we,? the\b/i.test(body.trim())) return 'statement';
	if (meeting.test(body)) return 'meeting';
	if (statement.test(body)) return 'statement';
	return null;
}

const LEVEL_RANK: Record<Level, number> = { leaders: 0, ministers: 1, officials: 2, government: 3 };

export function highestLevel(levels: Iterable<Level>): Level | null {
	let best: Level | null = null;
	for (const l of levels) if (!best || LEVEL_RANK[l] < LEVEL_RANK[best]) best = l;
	return best;
}

/** The highest office among the participants; without any, what the text calls them. */
export function extractLevel(
	participants: readonly Participant[],
	index: PeopleIndex,
	title: string,
	opening: readonly string[]
): Level | null {
	const officeLevels = participants.flatMap((p) => {
		const office = [...index.offices.values()].find((o) => o.title === p.office);
		return office ? [office.level] : [];
	});
	const fromPeople = highestLevel(officeLevels);
	if (fromPeople) return fromPeople;
	const t = normalizeForMatch([title, ...opening].join(' '));
	if (/\b(?:prime ministers?|leaders?|summit|president)\b/i.test(t)) return 'leaders';
	if (/\bministers?\b|\bministerial\b/i.test(t)) return 'ministers';
	if (
		/\b(?:officials?|vice-ministers?|deputy ministers?|director|dialogue|consultations)\b/i.test(t)
	)
		return 'officials';
	return null;
}

interface PlaceMatchers {
	/** Folded city name → the first city of that name, in data/places.yaml order. */
	cityByName: Map<string, { city: string; country: Country }>;
	inCity: RegExp;
	visitCountry: RegExp;
}

// Built once per index: every meeting's location lookup would otherwise rebuild them.
const placeMatchers = new WeakMap<PeopleIndex, PlaceMatchers>();

function matchersFor(index: PeopleIndex): PlaceMatchers {
	const cached = placeMatchers.get(index);
	if (cached) return cached;
	const cities = index.countries.flatMap((c) => c.cities.map((city) => ({ city, country: c })));
	const cityByName = new Map<string, (typeof cities)[number]>();
	for (const c of cities) {
		const f = foldSameLength(c.city);
		if (!cityByName.has(f)) cityByName.set(f, c);
	}
	const cityAlt = cities
		.map((c) => c.city)
		.sort((a, b) => b.length - a.length)
		.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
	const countryAlt = index.countries
		.flatMap((c) => [c.name])
		.sort((a, b) => b.length - a.length)
		.join('|');
	const matchers = {
		cityByName,
		inCity: new RegExp(
			`\\b(?:in|at|visiting|visit to|visited|trip to|travel(?:l)?ed to|arrived in|hosted in|held in)\\s+(?:the\\s+)?(${cityAlt})\\b`,
			'i'
		),
		visitCountry: new RegExp(
			`\\b(?:visiting|visit to|visited|trip to|travel(?:l)?ed to|arrived in)\\s+(?:the\\s+)?(${countryAlt})\\b`,
			'i'
		)
	};
	placeMatchers.set(index, matchers);
	return matchers;
}

/**
 * Where it happened: the newswire dateline ("TOKYO, March 6, 2026"), a visit ("who was visiting
 * Montreal, Canada", "during his visit to Japan") or "in <city>". Calls happen nowhere.
 */
export function extractLocation(
	format: Format | null,
	opening: readonly string[],
	dropped: readonly Dropped[],
	index: PeopleIndex
): Location | null {
	if (format === 'call') return null;
	const { cityByName, inCity, visitCountry } = matchersFor(index);
	const findCity = (name: string) => cityByName.get(foldSameLength(name.trim()));
	for (const d of dropped) {
		if (d.rule !== 'dateline' && d.rule !== 'header: place') continue;
		const m = /^([A-Z][\p{L} .'’-]+?),/u.exec(d.text.trim());
		const hit = m && findCity(m[1]!);
		if (hit) return { city: hit.city, country: hit.country.name };
	}
	if (format === 'statement' || format === 'document') return null;
	for (const s of opening) {
		const m = inCity.exec(normalizeForMatch(s));
		const hit = m && findCity(m[1]!);
		if (hit) return { city: hit.city, country: hit.country.name };
	}
	for (const s of opening) {
		const m = visitCountry.exec(normalizeForMatch(s));
		const country = m && countryByName(index, m[1]!);
		if (country) return { city: null, country: country.name };
	}
	return null;
}

export function formatLocation(loc: Location | null): string | null {
	if (!loc) return null;
	return loc.city ? `${loc.city}, ${loc.country}` : loc.country;
}

/** "London, United Kingdom" → a Location; the country must be one data/places.yaml knows. */
export function parseLocation(text: string, index: PeopleIndex): Location | string {
	const [first, second] = text.split(',').map((s) => s.trim());
	if (second === undefined) {
		const c = countryByName(index, first!);
		return c ? { city: null, country: c.name } : `country "${first}" is not in data/places.yaml`;
	}
	const c = countryByName(index, second);
	return c ? { city: first!, country: c.name } : `country "${second}" is not in data/places.yaml`;
}

/**
 * Framework documents: the 2021 shared priorities, the 2022 action plan, the 2026 roadmap.
 * A title that names one, or a sentence that establishes or adopts one.
 */
export function extractFramework(title: string, sentences: readonly string[]): string | null {
	const t = normalizeForMatch(title);
	const named =
		/\b(Shared [\w-]+ priorities|[\w-]+ Action Plan|[\w-]+(?: [A-Z][\w-]*)* Roadmap)\b/.exec(t);
	if (named && !/\b(?:progress|review|implementation of)\b/i.test(t)) return named[1]!;
	for (const s of sentences) {
		const m =
			/\b(?:establish|adopt|launch|release|issue|endorse)(?:es|ed|s)?\s+(?:a |the |our )?(?:new |renewed )?((?:(?:Canada|Japan)-(?:Japan|Canada) )?(?:[A-Z][\w-]* )*(?:Roadmap|Action Plan))\b/.exec(
				normalizeForMatch(s)
			);
		if (m) return m[1]!;
	}
	return null;
}
