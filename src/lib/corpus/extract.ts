/**
 * Stage 3, extract: the event's date, format, level, place and framework from the cleaned text,
 * following the conventions of Canadian and Japanese government readouts.
 */
import type { Dropped } from './clean';
import type { PeopleIndex } from './people';
import { countryByName, foldSameLength } from './people';
import { readJapaneseEventDate, readJapaneseFullDate } from './japanese';
import type { Country, Format, Level, Location, Participant } from './schema';
import { addDays, CJK, escapeRegExp, normalizeForMatch } from './text';

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
	const japanese = readJapaneseFullDate(t);
	if (japanese) return japanese;
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
 * "Today", "On Tuesday"; in Japanese "現地時間6月13日午後7時35分（日本時間14日…）"), the newswire
 * dateline, a header date, and last the publication date. `format` matters for Japanese texts:
 * a call is dated in Ottawa, from the time in Japan (see japanese.ts).
 */
export function extractDate(
	opening: readonly string[],
	dropped: readonly Dropped[],
	published: string | null,
	format: Format | null = null
): DateFinding {
	if (opening.some((s) => CJK.test(s))) {
		// A month and day without a year belong to the year of the page's own date line.
		const header = dropped.find((d) => d.rule === 'header: date' && readJapaneseFullDate(d.text));
		const reference = (header && readJapaneseFullDate(header.text)?.date) ?? published;
		const ja = readJapaneseEventDate(opening, reference, format === 'call');
		if (ja) return { date: ja.date, dateJapan: ja.dateJapan, evidence: ja.evidence };
	}
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

const EN_CALL =
	/\b(?:spoke|speaks|speak|spoken) (?:by (?:tele)?phone )?with\b|\b(?:tele)?phone\b|\bvideo ?(?:call|conference)\b|\bteleconference\b|\bvirtual (?:meeting|call)\b|\b(?:held|holds|had|has) a call\b|\bcall with\b|\bcalls? between\b/i;
const EN_COURTESY = /\bcourtesy (?:call|visit)\b/i;
/** "met in Dubai", "met in person": a meeting, whatever verb the title uses. */
const EN_MET_IN = /\bmet (?:in person\b|in [A-Z]|at the\b|on the margins\b)/;
const EN_STATEMENT = /\bstatement\b|\bdeclaration\b|\bcommuniqu[eé]\b/i;
const EN_DOCUMENT =
	/\bbackgrounder\b|\bpriorities\b|\baction plan\b|\broadmap\b|\bfact ?sheet\b|\bframework\b/i;
const EN_MEETING =
	/\b(?:met|meets|meet|meeting|summit|talks|visit|visits|visited|visiting|bilateral|dialogue|consultations?)\b/i;
const EN_SIGNING_TITLE = /\bsigning\b|\bsign(?:s|ed)?\b/i;
const EN_FORCE = /\b(?:entry|enter|enters|entered|entering) into force\b/i;
/** "…, signed the Treaty between Japan and Canada on …": signing as what the sentence reports. */
const EN_SIGNED =
	/\bsign(?:ed|s)\s+(?:the|a|an|two)\b[^.;]{0,200}?\b(?:Agreement|Memorand(?:um|a)|Treaty|Arrangement|Convention|MOC|MOU|Protocol)\b/i;

const JA_CALL =
	/電話会談|電話会議|テレビ会談|テレビ会議|ビデオ会議|オンライン会談|オンライン会議|電話で/;
const JA_COURTESY = /表敬/;
const JA_MEETING =
	/会談|会合|懇談|立ち話|面談|会見|会食|ワーキング・?(?:ランチ|ディナー|ブレックファスト)|夕食会|昼食会/;
const JA_SIGNING = /署名|調印|締結/;
const JA_FORCE = /発効/;
const JA_STATEMENT = /談話|声明|メッセージ/;
const JA_DOCUMENT = /アクションプラン|行動計画|ロードマップ|ファクトシート/;

/**
 * What kind of engagement a text records: call, meeting, courtesy call, signing, entry into force,
 * statement or document. The title says it most reliably ("speaks with", "Telephone Talk",
 * "電話会談", "表敬", "…条約の署名", "Joint Statement", "Backgrounder", "Meeting"), then the opening
 * sentences. A meeting at which an agreement is also signed is a meeting: signing is the format
 * only where it is the act itself ("…signed the Treaty…", "署名が行われました").
 */
export function extractFormat(title: string, opening: readonly string[]): Format | null {
	const t = normalizeForMatch(title);
	const body = normalizeForMatch(opening.join(' '));
	const first = normalizeForMatch(opening[0] ?? '');
	if (CJK.test(t) || (!t.trim() && CJK.test(body)) || (CJK.test(body) && !/[a-z]{3}/i.test(t))) {
		for (const text of [t, first, body]) {
			if (!text.trim()) continue;
			if (JA_CALL.test(text)) return 'call';
			if (JA_COURTESY.test(text)) return 'courtesy-call';
			if (JA_FORCE.test(text) && !JA_MEETING.test(text)) return 'entry-into-force';
			if (JA_MEETING.test(text)) return 'meeting';
			if (JA_SIGNING.test(text)) return 'signing';
			if (JA_STATEMENT.test(text)) return 'statement';
			if (JA_DOCUMENT.test(text)) return 'document';
			// The title of a Japanese page says it, or nothing: then the first sentence, then all.
		}
		if (/訪問|訪日|来日/.test(body)) return 'meeting';
		return null;
	}
	// A title may say "speaks with" of a meeting in person: "…, met in Dubai, United Arab Emirates,
	// with …" (Global Affairs Canada, 2022). What the opening reports wins over the title's verb.
	if (EN_CALL.test(t))
		return opening.slice(0, 2).some((o) => EN_MET_IN.test(o)) ? 'meeting' : 'call';
	if (EN_COURTESY.test(t)) return 'courtesy-call';
	if (EN_FORCE.test(t)) return 'entry-into-force';
	if (EN_SIGNING_TITLE.test(t) && !EN_MEETING.test(t)) return 'signing';
	if (EN_STATEMENT.test(t)) return 'statement';
	if (EN_DOCUMENT.test(t)) return 'document';
	if (EN_MEETING.test(t)) return 'meeting';
	if (EN_CALL.test(body)) return 'call';
	if (EN_COURTESY.test(body)) return 'courtesy-call';
	if (EN_SIGNED.test(first) && !EN_MEETING.test(first)) return 'signing';
	if (EN_FORCE.test(first) && !/\bwelcom/i.test(first)) return 'entry-into-force';
	if (/^we,? the\b/i.test(body.trim())) return 'statement';
	if (EN_MEETING.test(body)) return 'meeting';
	if (EN_STATEMENT.test(body)) return 'statement';
	return null;
}

const LEVEL_RANK: Record<Level, number> = { leaders: 0, ministers: 1, officials: 2, government: 3 };

export function highestLevel(levels: Iterable<Level>): Level | null {
	let best: Level | null = null;
	for (const l of levels) if (!best || LEVEL_RANK[l] < LEVEL_RANK[best]) best = l;
	return best;
}

/**
 * The highest office among the participants; without any, what the text calls them. A courtesy
 * call takes the level of the caller, the lower office ("counted as ministerial" when a foreign
 * minister calls on a prime minister); an entry into force that names no one is an act of the
 * two governments.
 */
export function extractLevel(
	participants: readonly Participant[],
	index: PeopleIndex,
	title: string,
	opening: readonly string[],
	format: Format | null = null
): Level | null {
	const officeLevels = participants.flatMap((p) => {
		const office = [...index.offices.values()].find((o) => o.title === p.office);
		return office ? [office.level] : [];
	});
	if (format === 'courtesy-call' && officeLevels.length >= 2) {
		let lowest: Level | null = null;
		for (const l of officeLevels) if (!lowest || LEVEL_RANK[l] > LEVEL_RANK[lowest]) lowest = l;
		return lowest;
	}
	const fromPeople = highestLevel(officeLevels);
	if (fromPeople) return fromPeople;
	if (format === 'entry-into-force') return 'government';
	const t = normalizeForMatch([title, ...opening].join(' '));
	if (/首脳|総理|首相/.test(t)) return 'leaders';
	if (/大臣|外相|防衛相|国防相/.test(t)) return 'ministers';
	if (/大使|次官|局長|審議官|事務レベル/.test(t)) return 'officials';
	if (/\b(?:prime ministers?|leaders?|summit|president)\b/i.test(t)) return 'leaders';
	if (/\bministers?\b|\bministerial\b/i.test(t)) return 'ministers';
	if (
		/\b(?:officials?|vice-ministers?|deputy ministers?|director|dialogue|consultations)\b/i.test(t)
	)
		return 'officials';
	return null;
}

interface PlaceMatchers {
	/** Folded city name or alias → the first city of that name, in data/places.yaml order. */
	cityByName: Map<string, { city: string; country: Country }>;
	inCity: RegExp;
	metInCity: RegExp;
	visitCountry: RegExp;
	/** Japanese: "カナダ・モントリオールを訪問中の", "オタワにおいて", "G7エルマウ・サミット". */
	jaAt: RegExp | null;
	jaVisitCity: RegExp | null;
	jaSummitCity: RegExp | null;
	jaVisitCountry: RegExp | null;
}

// Built once per index: every meeting's location lookup would otherwise rebuild them.
const placeMatchers = new WeakMap<PeopleIndex, PlaceMatchers>();

const byLengthDesc = (a: string, b: string) => b.length - a.length;

function matchersFor(index: PeopleIndex): PlaceMatchers {
	const cached = placeMatchers.get(index);
	if (cached) return cached;
	const cities = index.countries.flatMap((c) => c.cities.map((city) => ({ city, country: c })));
	const cityByName = new Map<string, (typeof cities)[number]>();
	const jaCities: string[] = [];
	for (const c of cities) {
		for (const name of [c.city, ...(c.country.cityAliases[c.city] ?? [])]) {
			const f = foldSameLength(name);
			if (!cityByName.has(f)) cityByName.set(f, c);
			if (CJK.test(name)) jaCities.push(name);
		}
	}
	const cityAlt = cities
		.flatMap((c) => [c.city, ...(c.country.cityAliases[c.city] ?? []).filter((a) => !CJK.test(a))])
		.sort(byLengthDesc)
		.map(escapeRegExp)
		.join('|');
	const countryAlt = index.countries
		.flatMap((c) => [c.name])
		.sort(byLengthDesc)
		.join('|');
	const jaCountries = index.countries
		.flatMap((c) => c.aliases.filter((a) => CJK.test(a)))
		.sort(byLengthDesc)
		.map(escapeRegExp)
		.join('|');
	const jaCityAlt = jaCities.sort(byLengthDesc).map(escapeRegExp).join('|');
	// "イタリア共和国のプーリア", "米国・ニューヨーク", "米国ニューヨーク市": a country may come first.
	const country = jaCountries ? `(?:(?:${jaCountries})(?:共和国|連邦|合衆国|王国)?[・の]?)?` : '';
	const matchers = {
		cityByName,
		inCity: new RegExp(
			// "to attend the Munich Security Conference", "attending the G7 Hiroshima Summit".
			`\\b(?:in|at|visiting|visit to|visited|trip to|travel(?:l)?ed to|arrived in|hosted in|held in|attend|attending)\\s+(?:the\\s+)?(?:(?:G7|G20|APEC)\\s+)?(${cityAlt})\\b`,
			'i'
		),
		metInCity: new RegExp(`\\bmet in\\s+(${cityAlt})\\b`, 'i'),
		visitCountry: new RegExp(
			`\\b(?:visiting|visit to|visited|trip to|travel(?:l)?ed to|arrived in)\\s+(?:the\\s+)?(${countryAlt})\\b`,
			'i'
		),
		jaAt: jaCityAlt
			? new RegExp(`${country}(${jaCityAlt})市?(?:において|にて|で開催|で行われ|で実施|で会談)`)
			: null,
		jaVisitCity: jaCityAlt
			? new RegExp(`${country}(${jaCityAlt})市?(?:を|に)?(?:訪問中|訪問し|訪問した|滞在中|訪れ)`)
			: null,
		jaSummitCity: jaCityAlt
			? new RegExp(`G7\\s*(${jaCityAlt})[・ ]?(?:サミット|首脳会合|外相会合|外務・開発大臣会合)`)
			: null,
		jaVisitCountry: jaCountries
			? new RegExp(
					`(${jaCountries})(?:共和国|連邦|合衆国|王国)?(?:を|に)?(?:訪問中|訪問し|訪問した|滞在中)`
				)
			: null
	};
	placeMatchers.set(index, matchers);
	return matchers;
}

/** Where a Japanese opening says the meeting was: a city, else the country of a visit. */
function japaneseLocation(
	opening: readonly string[],
	m: PlaceMatchers,
	index: PeopleIndex
): Location | null {
	const city = (name: string | undefined) =>
		name ? m.cityByName.get(foldSameLength(name)) : undefined;
	for (const re of [m.jaAt, m.jaVisitCity, m.jaSummitCity]) {
		if (!re) continue;
		for (const s of opening) {
			const hit = city(re.exec(normalizeForMatch(s))?.[1]);
			if (hit) return { city: hit.city, country: hit.country.name };
		}
	}
	for (const s of opening) {
		const t = normalizeForMatch(s);
		const visit = m.jaVisitCountry?.exec(t);
		const country = visit && countryByName(index, visit[1]!);
		if (country) return { city: null, country: country.name };
		// "訪日中の…", "来日した…": the visitor is in Japan; "訪加" in Canada.
		const inJapan = /訪日|来日/.test(t) ? countryByName(index, 'Japan') : undefined;
		if (inJapan) return { city: null, country: inJapan.name };
		const inCanada = /訪加/.test(t) ? countryByName(index, 'Canada') : undefined;
		if (inCanada) return { city: null, country: inCanada.name };
	}
	return null;
}

/**
 * Where it happened: the newswire dateline ("TOKYO, March 6, 2026"), a visit ("who was visiting
 * Montreal, Canada", "during his visit to Japan", "カナダ・モントリオールを訪問中の") or "in <city>"
 * ("オタワにおいて"). Calls happen nowhere, and so does an entry into force.
 */
export function extractLocation(
	format: Format | null,
	opening: readonly string[],
	dropped: readonly Dropped[],
	index: PeopleIndex,
	title = ''
): Location | null {
	if (format === 'call' || format === 'entry-into-force') return null;
	const matchers = matchersFor(index);
	const { cityByName, inCity, metInCity, visitCountry } = matchers;
	const findCity = (name: string) => cityByName.get(foldSameLength(name.trim()));
	for (const d of dropped) {
		if (d.rule !== 'dateline' && d.rule !== 'header: place') continue;
		const m = /^([A-Z][\p{L} .'’-]+?),/u.exec(d.text.trim());
		const hit = m && findCity(m[1]!);
		if (hit) return { city: hit.city, country: hit.country.name };
	}
	if (format === 'statement' || format === 'document') {
		// A joint statement may say where its signatories met ("… met in Toronto on the occasion of
		// the G7 …"); any other place a statement names is what it is about, not where it was made.
		for (const s of opening) {
			const m = metInCity.exec(normalizeForMatch(s));
			const hit = m && findCity(m[1]!);
			if (hit) return { city: hit.city, country: hit.country.name };
		}
		return null;
	}
	if (opening.some((s) => CJK.test(s))) {
		const ja = japaneseLocation(opening, matchers, index);
		if (ja) return ja;
	}
	// The title after the opening: "Minister Champagne meets with his Japanese counterpart in Tokyo".
	for (const s of title ? [...opening, title] : opening) {
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
