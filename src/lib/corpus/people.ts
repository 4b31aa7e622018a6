/**
 * Stage 3b, participants: find people by name (any name order, accents optional) and by office
 * on the date of the event, using data/people.yaml.
 */
import type { Country, Office, Participant, PeopleFile, Person, Role } from './schema';
import { CJK, escapeRegExp, normalizeForMatch } from './text';

const NON_ASCII = /[^\p{ASCII}]/u;

/** Lower case without accents, one character for one, so offsets survive. */
export function foldSameLength(text: string): string {
	const norm = normalizeForMatch(text);
	// Plain ASCII has no accents to drop, and lower-casing it keeps every character's length.
	if (!NON_ASCII.test(norm)) return norm.toLowerCase();
	let out = '';
	for (const ch of norm) {
		const base = ch.normalize('NFD')[0] ?? ch;
		const lower = base.toLowerCase();
		out += lower.length === base.length ? lower : base;
	}
	return out;
}

export function displayName(p: Person): string {
	return p.nameOrder === 'family-first' ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

export function nameVariants(p: Person): string[] {
	return [`${p.given} ${p.family}`, `${p.family} ${p.given}`, ...p.aliases];
}

/** Separators inside a Japanese-script name: 岸田 文雄, メラニー・ジョリー. */
const JA_SEPARATOR = /[\s・･]+/g;

/**
 * The key a name is looked up by: folded, and for a name in Japanese script without the separators
 * texts may leave out ("岸田文雄" = "岸田 文雄"; "メラニー・ジョリー" = "メラニージョリー").
 */
export function nameKey(name: string): string {
	const f = foldSameLength(name).trim();
	return CJK.test(f) ? f.replace(JA_SEPARATOR, '') : f.replace(/[\s-]+/g, ' ');
}

/**
 * The family names of a person in Japanese script, from their aliases: the first part of a Japanese
 * name written "岸田 文雄", the last of a Western name written "メラニー・ジョリー".
 */
export function japaneseFamilyNames(p: Person): string[] {
	return p.aliases.flatMap((a) => {
		if (!CJK.test(a)) return [];
		const parts = a.trim().split(JA_SEPARATOR);
		if (parts.length < 2) return [];
		return [p.nameOrder === 'family-first' ? parts[0]! : parts.at(-1)!];
	});
}

/**
 * What follows a family name written in kanji in a Japanese text: a title ("岸田総理", "林外務大臣",
 * "山野内大使", "茂木大臣"). Only these: "岸" must not be found in "岸田", nor "林" in "林業".
 */
const JA_KANJI_TITLES = [
	'内閣総理大臣',
	'総理大臣',
	'総理',
	'首相',
	'外務大臣',
	'外相',
	'防衛大臣',
	'防衛相',
	'経済産業大臣',
	'経済産業副大臣',
	'経産相',
	'経産大臣',
	'国際博覧会担当大臣',
	'万博担当大臣',
	'外務副大臣',
	'副大臣',
	'大臣',
	'駐カナダ大使',
	'駐カナダ日本国大使',
	'大使',
	'次官',
	'長官',
	'氏'
];
/** A family name in katakana is a whole word (not "イン" in "インド") before a title within a phrase. */
const JA_KATAKANA_TITLE = '(?=[^。、,\\s()]{0,30}?(?:大臣|外相|首相|総理|大使|次官|長官)|氏)';

export interface PeopleIndex {
	people: Person[];
	byId: Map<string, Person>;
	offices: Map<string, Office>;
	roles: Map<string, Role>;
	countries: Country[];
	/** Folded full name or alias → person. */
	byName: Map<string, Person>;
	/** Folded family name → people with that family name (in Japanese script too). */
	byFamily: Map<string, Person[]>;
	fullNameRe: RegExp | null;
	/** Full names in Japanese script: run only on text that has some (most sentences have none). */
	fullNameJaRe: RegExp | null;
	familyRe: RegExp | null;
	/** "岸田総理", "ジョリー外相", "マッギンティ国防大臣": a family name in Japanese script and a title. */
	familyJaRe: RegExp | null;
	/** "日・カナダ外相会談", "日加首脳電話会談": a Japanese title naming two office holders. */
	meetingJaRes: { role: Role; re: RegExp }[];
	/**
	 * Every office title and alias in one expression (one pass over a sentence instead of one per
	 * office); `officeByName` says whose title a match is.
	 */
	officeRe: RegExp | null;
	officeJaRe: RegExp | null;
	officeByName: Map<string, Office>;
	pluralRes: { role: Role; re: RegExp }[];
	meetingRes: { role: Role; re: RegExp }[];
}

const TITLE_WORDS =
	'(?:prime minister|deputy prime minister|minister|president|premier|chancellor|secretary|ambassador|governor general|mr\\.?|ms\\.?|mrs\\.?|dr\\.?|the honourable|honourable|hon\\.?)';

function alternation(list: string[]): string {
	return [...new Set(list)]
		.sort((a, b) => b.length - a.length)
		.map((s) =>
			CJK.test(s)
				? foldSameLength(s).trim().split(JA_SEPARATOR).map(escapeRegExp).join('[\\s・･]*')
				: escapeRegExp(foldSameLength(s)).replace(/[\s-]+/g, '[\\s-]+')
		)
		.join('|');
}

/** Names or titles in Latin script (whole words) and in Japanese script (no spaces to bound them). */
const latin = (list: string[]) => list.filter((s) => !CJK.test(s));
const japanese = (list: string[]) => list.filter((s) => CJK.test(s));

/**
 * A Japanese office title is not part of a longer word ("カナダ外務大臣" is not Japan's 外務大臣,
 * nor is "副総理"), nor a meeting or an office under it ("防衛相会談", "外務大臣政務官"), nor a
 * past capacity ("外務大臣として訪問して以来").
 */
const JA_OFFICE_BEFORE = '(?<![\\p{Script=Han}\\p{Script=Katakana}ー])';
const JA_OFFICE_AFTER = '(?!政務官|補佐官|秘書官|会談|会合|電話会談|テレビ会談|官邸|として|経験)';

function officeSource(names: string[]): string {
	const parts: string[] = [];
	if (latin(names).length) parts.push(`(?<![\\p{L}])(?:${alternation(latin(names))})(?![\\p{L}])`);
	if (japanese(names).length)
		parts.push(`${JA_OFFICE_BEFORE}(?:${alternation(japanese(names))})${JA_OFFICE_AFTER}`);
	return parts.join('|');
}

function countryNames(c: Country): string[] {
	return [c.name, ...c.aliases];
}

export function buildPeopleIndex(file: PeopleFile, countries: Country[]): PeopleIndex {
	const byId = new Map(file.people.map((p) => [p.id, p]));
	const byName = new Map<string, Person>();
	const byFamily = new Map<string, Person[]>();
	for (const p of file.people) {
		for (const n of [...nameVariants(p), p.id.replace(/-/g, ' ')]) byName.set(nameKey(n), p);
		for (const f of new Set([p.family, ...japaneseFamilyNames(p)])) {
			const fam = nameKey(f);
			byFamily.set(fam, [...(byFamily.get(fam) ?? []), p]);
		}
	}
	const kanjiFamilies = file.people
		.flatMap(japaneseFamilyNames)
		.filter((f) => /\p{Script=Han}/u.test(f));
	const kanaFamilies = file.people
		.flatMap(japaneseFamilyNames)
		.filter((f) => !/\p{Script=Han}/u.test(f));
	const familyJa: string[] = [];
	if (kanjiFamilies.length)
		familyJa.push(
			`(?<![\\p{Script=Han}])(${alternation(kanjiFamilies)})(?=${alternation(JA_KANJI_TITLES)})`
		);
	if (kanaFamilies.length)
		familyJa.push(
			`(?<![\\p{Script=Katakana}ー])(${alternation(kanaFamilies)})(?![\\p{Script=Katakana}ー])${JA_KATAKANA_TITLE}`
		);
	const offices = new Map(file.offices.map((o) => [o.id, o]));
	const roles = new Map(file.roles.map((r) => [r.id, r]));
	const names = file.people.flatMap(nameVariants);
	const families = file.people.map((p) => p.family);
	const officeByName = new Map<string, Office>();
	for (const o of file.offices)
		for (const n of [o.title, ...o.aliases])
			if (!officeByName.has(nameKey(n))) officeByName.set(nameKey(n), o);
	const officeNames = [...new Set(file.offices.flatMap((o) => [o.title, ...o.aliases]))];
	// "the Prime Ministers of Canada and Japan" is English: the Japanese country names need not be tried.
	const countryAlt = alternation(latin(countries.flatMap(countryNames)));
	return {
		people: file.people,
		byId,
		offices,
		roles,
		countries,
		byName,
		byFamily,
		// A full name in Japanese script needs no boundary: "林芳正外務大臣" runs name into title.
		fullNameRe: latin(names).length
			? new RegExp(`(?<![\\p{L}])(?:${alternation(latin(names))})(?![\\p{L}])`, 'gu')
			: null,
		fullNameJaRe: japanese(names).length
			? new RegExp(`(?:${alternation(japanese(names))})`, 'gu')
			: null,
		familyJaRe: familyJa.length ? new RegExp(familyJa.join('|'), 'gu') : null,
		meetingJaRes: file.roles
			.filter((r) => japanese(r.meetingTerms).length)
			.map((role) => ({
				role,
				re: new RegExp(
					`(?:日本?[・･]?(?:カナダ|加)|カナダ[・･]?日本?)(?:両国)?(?:${alternation(japanese(role.meetingTerms))})間?の?(?:電話|テレビ|オンライン)?(?:会談|会合|懇談|立ち話)`,
					'u'
				)
			})),
		familyRe: families.length
			? new RegExp(`(?<![\\p{L}])${TITLE_WORDS}\\s+(${alternation(families)})(?![\\p{L}])`, 'gu')
			: null,
		officeRe: latin(officeNames).length ? new RegExp(officeSource(latin(officeNames)), 'gu') : null,
		officeJaRe: japanese(officeNames).length
			? new RegExp(officeSource(japanese(officeNames)), 'gu')
			: null,
		officeByName,
		pluralRes: file.roles.map((role) => ({
			role,
			re: new RegExp(
				`(?<![\\p{L}])(?:${alternation(latin(role.plurals))})\\s+of\\s+(${countryAlt})\\s+and\\s+(${countryAlt})(?![\\p{L}])`,
				'gu'
			)
		})),
		meetingRes: file.roles
			.filter((r) => latin(r.meetingTerms).length)
			.map((role) => ({
				role,
				re: new RegExp(
					`(${countryAlt})[\\s-]+(${countryAlt})\\s+(?:${alternation(latin(role.meetingTerms))})(?![\\p{L}])`,
					'gu'
				)
			}))
	};
}

/** Folded country name or alias → country, per index; the first country to use a name keeps it. */
const countryLookup = new WeakMap<PeopleIndex, Map<string, Country>>();

export function countryByName(index: PeopleIndex, name: string): Country | undefined {
	let lookup = countryLookup.get(index);
	if (!lookup) {
		lookup = new Map();
		for (const c of index.countries)
			for (const n of countryNames(c)) {
				const f = foldSameLength(n);
				if (!lookup.has(f)) lookup.set(f, c);
			}
		countryLookup.set(index, lookup);
	}
	return lookup.get(foldSameLength(name.trim()));
}

/** The office a person held on a date, or null. */
export function officeOn(index: PeopleIndex, person: Person, date: string): Office | null {
	const term = person.terms.find((t) => t.from <= date && (!t.to || date < t.to));
	return term ? (index.offices.get(term.office) ?? null) : null;
}

/** Who held an office on a date. */
export function holderOn(index: PeopleIndex, officeId: string, date: string): Person | null {
	return (
		index.people.find((p) =>
			p.terms.some((t) => t.office === officeId && t.from <= date && (!t.to || date < t.to))
		) ?? null
	);
}

export function toParticipant(index: PeopleIndex, person: Person, date: string): Participant {
	return {
		id: person.id,
		name: displayName(person),
		office: officeOn(index, person, date)?.title ?? null,
		country: person.country
	};
}

/** Resolves a name or id given in front matter. */
export function resolvePerson(index: PeopleIndex, nameOrId: string): Person | null {
	return index.byId.get(nameOrId) ?? index.byName.get(nameKey(nameOrId)) ?? null;
}

const levelRank = { leaders: 0, ministers: 1, officials: 2, government: 3 } as const;

export function sortParticipants(list: Participant[], index: PeopleIndex): Participant[] {
	const countryOrder = (c: string) => (c === 'CA' ? 0 : c === 'JP' ? 1 : 2);
	const rank = (p: Participant) => {
		const office = [...index.offices.values()].find((o) => o.title === p.office);
		return office ? levelRank[office.level] : 3;
	};
	return [...list].sort(
		(a, b) =>
			countryOrder(a.country) - countryOrder(b.country) ||
			rank(a) - rank(b) ||
			a.name.localeCompare(b.name)
	);
}

/** Capitalised names after a title ("Minister Joly", "President Zelenskyy") that are nobody we know. */
const TITLED_NAME =
	/(?<![\p{L}])(?:Prime Minister|Deputy Prime Minister|Minister|President|Premier|Chancellor|Secretary|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.|the Honourable|Hon\.)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;
const NOT_A_NAME = new Set([
	'minister',
	'ministers',
	'prime',
	'foreign',
	'affairs',
	'deputy',
	'general',
	'the',
	'he',
	'she',
	'they',
	'his',
	'her',
	'and',
	'said',
	'in',
	'on'
]);

/**
 * What `text.matchAll(re)` gives for a global `re` whose lastIndex is 0, without the copy of the
 * regular expression matchAll makes on every call (the finder runs a dozen per sentence).
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		if (m[0].length === 0) {
			const c = text.charCodeAt(re.lastIndex);
			const pair =
				re.unicode && c >= 0xd800 && c <= 0xdbff && text.charCodeAt(re.lastIndex + 1) >= 0xdc00;
			re.lastIndex += pair ? 2 : 1;
		}
	}
	re.lastIndex = 0;
	return out;
}

export interface ParticipantFinding {
	participants: Participant[];
	warnings: string[];
}

/**
 * Finds participants in the title and sentences of a document dated `date`. Every person found is a
 * participant: readouts name the people who took part, and the furniture (which names others) is
 * already gone.
 */
export function findParticipants(
	index: PeopleIndex,
	title: string,
	sentences: readonly string[],
	date: string
): ParticipantFinding {
	const found = new Map<string, Participant>();
	const warnings: string[] = [];
	const add = (p: Person) => {
		if (!found.has(p.id)) found.set(p.id, toParticipant(index, p, date));
	};
	const addOffice = (office: Office, phrase: string) => {
		const holder = holderOn(index, office.id, date);
		if (holder) add(holder);
		else warnings.push(`"${phrase}" names an office with no holder on ${date} in data/people.yaml`);
	};
	// A Japanese readout names its principals in its title and first sentence ("林外務大臣は、…
	// シャンパーニュ・カナダ革新・科学・産業大臣と会談"); later sentences name others in passing
	// ("トルドー首相の訪日", "林外務大臣と共に発出した"). Read the rest only when the opening names
	// no one of one of the two sides.
	const japaneseText = sentences.slice(0, 3).some((s) => CJK.test(s));
	const texts = japaneseText ? [title, ...sentences.slice(0, 2)] : [title, ...sentences];
	const scan = (list: readonly string[]) => {
		for (const text of list) scanText(text);
	};
	const scanText = (text: string) => {
		const folded = foldSameLength(text);
		// "…カナダ首相の代理として参列した": the person named is the one who was not there.
		const absent = (m: RegExpExecArray) =>
			/^[^、。]{0,12}?の代理/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16));
		const cjk = CJK.test(folded);
		for (const re of [index.fullNameRe, cjk ? index.fullNameJaRe : null])
			if (re)
				for (const m of allMatches(re, folded)) {
					const p = index.byName.get(nameKey(m[0]));
					if (p && !absent(m)) add(p);
				}
		const familyMatches = [
			...(index.familyRe ? allMatches(index.familyRe, folded) : []),
			...(index.familyJaRe && cjk ? allMatches(index.familyJaRe, folded) : [])
		];
		for (const m of familyMatches) {
			if (absent(m)) continue;
			const candidates = index.byFamily.get(nameKey(m[1] ?? m[2] ?? '')) ?? [];
			// "Minister Motegi" in 2021 and in 2026 is the same person; a shared family name is resolved by office on the date.
			const active = candidates.filter((p) => officeOn(index, p, date));
			const pick =
				active.length === 1 ? active[0] : candidates.length === 1 ? candidates[0] : undefined;
			if (pick) add(pick);
		}
		for (const r of [index.officeRe, cjk ? index.officeJaRe : null])
			if (r)
				for (const m of allMatches(r, folded)) {
					const office = index.officeByName.get(nameKey(m[0]));
					if (office && !absent(m)) addOffice(office, text.slice(m.index, m.index + m[0].length));
				}
		for (const { role, re } of index.pluralRes) {
			for (const m of allMatches(re, folded)) {
				for (const name of [m[1]!, m[2]!]) {
					const country = countryByName(index, name);
					const office = [...index.offices.values()].find(
						(o) => o.role === role.id && o.country === country?.code
					);
					if (office) addOffice(office, text.slice(m.index, m.index + m[0].length));
				}
			}
		}
	};
	scan(texts);
	if (japaneseText && new Set([...found.values()].map((p) => p.country)).size < 2)
		scan(sentences.slice(2));
	// "Japan-Canada Foreign Ministers' Meeting": the title names the two office holders.
	const foldedTitle = foldSameLength(title);
	for (const { role, re } of index.meetingRes) {
		for (const m of allMatches(re, foldedTitle)) {
			for (const name of [m[1]!, m[2]!]) {
				const country = countryByName(index, name);
				const office = [...index.offices.values()].find(
					(o) => o.role === role.id && o.country === country?.code
				);
				if (office) addOffice(office, title.slice(m.index, m.index + m[0].length));
			}
		}
	}
	// "日・カナダ外相会談", "日加首脳電話会談": the Japanese title names the two office holders too.
	for (const { role, re } of index.meetingJaRes) {
		const m = re.exec(normalizeForMatch(title));
		if (!m) continue;
		for (const office of index.offices.values())
			if (office.role === role.id && (office.country === 'CA' || office.country === 'JP'))
				addOffice(office, m[0]);
	}
	// Titled names that resolve to nobody in people.yaml.
	const unknown = new Set<string>();
	for (const text of sentences) {
		for (const m of allMatches(TITLED_NAME, normalizeForMatch(text))) {
			const words = m[1]!
				.replace(/[.,]+$/, '')
				.replace(/['’]s$/, '')
				.split(/\s+/)
				.filter((w) => !NOT_A_NAME.has(w.toLowerCase()));
			if (!words.length) continue;
			const name = words.join(' ');
			const f = nameKey(name);
			const known =
				index.byName.has(f) ||
				index.byFamily.has(f) ||
				words.some((w) => index.byFamily.has(nameKey(w)));
			if (!known && !/^(?:of|for)\b/i.test(name)) unknown.add(name);
		}
	}
	for (const name of unknown)
		warnings.push(
			`person "${name}" is not in data/people.yaml: add them (with their offices) to identify them`
		);
	// A person named who held no office that day, beside someone of the same country who did, is
	// mentioned rather than present: the predecessor thanked in a welcome to a new prime minister,
	// a former minister recalled. Someone with no office and no such colleague stays (a term that
	// people.yaml does not hold yet), with a warning.
	const holders = new Set([...found.values()].filter((p) => p.office).map((p) => p.country));
	for (const [key, p] of found) {
		if (p.office) continue;
		if (holders.has(p.country)) {
			found.delete(key);
			warnings.push(`${p.name} held no office on ${date}: named, but not counted as a participant`);
		} else warnings.push(`${p.name} held no office on ${date} according to data/people.yaml`);
	}
	return { participants: sortParticipants([...found.values()], index), warnings };
}
