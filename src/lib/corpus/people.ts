/**
 * Stage 3b, participants: find people by name (any name order, accents optional) and by office
 * on the date of the event, using data/people.yaml.
 */
import type { Country, Office, Participant, PeopleFile, Person, Role } from './schema';
import { escapeRegExp, normalizeForMatch } from './text';

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

export interface PeopleIndex {
	people: Person[];
	byId: Map<string, Person>;
	offices: Map<string, Office>;
	roles: Map<string, Role>;
	countries: Country[];
	/** Folded full name or alias → person. */
	byName: Map<string, Person>;
	/** Folded family name → people with that family name. */
	byFamily: Map<string, Person[]>;
	fullNameRe: RegExp | null;
	familyRe: RegExp | null;
	officeRes: { office: Office; re: RegExp }[];
	pluralRes: { role: Role; re: RegExp }[];
	meetingRes: { role: Role; re: RegExp }[];
}

const TITLE_WORDS =
	'(?:prime minister|deputy prime minister|minister|president|premier|chancellor|secretary|ambassador|governor general|mr\\.?|ms\\.?|mrs\\.?|dr\\.?|the honourable|honourable|hon\\.?)';

function alternation(list: string[]): string {
	return [...new Set(list)]
		.sort((a, b) => b.length - a.length)
		.map((s) => escapeRegExp(foldSameLength(s)).replace(/[\s-]+/g, '[\\s-]+'))
		.join('|');
}

function countryNames(c: Country): string[] {
	return [c.name, ...c.aliases];
}

export function buildPeopleIndex(file: PeopleFile, countries: Country[]): PeopleIndex {
	const byId = new Map(file.people.map((p) => [p.id, p]));
	const byName = new Map<string, Person>();
	const byFamily = new Map<string, Person[]>();
	for (const p of file.people) {
		for (const n of [...nameVariants(p), p.id.replace(/-/g, ' ')]) byName.set(foldSameLength(n), p);
		const fam = foldSameLength(p.family);
		byFamily.set(fam, [...(byFamily.get(fam) ?? []), p]);
	}
	const offices = new Map(file.offices.map((o) => [o.id, o]));
	const roles = new Map(file.roles.map((r) => [r.id, r]));
	const names = file.people.flatMap(nameVariants);
	const families = file.people.map((p) => p.family);
	const countryAlt = alternation(countries.flatMap(countryNames));
	return {
		people: file.people,
		byId,
		offices,
		roles,
		countries,
		byName,
		byFamily,
		fullNameRe: names.length
			? new RegExp(`(?<![\\p{L}])(?:${alternation(names)})(?![\\p{L}])`, 'gu')
			: null,
		familyRe: families.length
			? new RegExp(`(?<![\\p{L}])${TITLE_WORDS}\\s+(${alternation(families)})(?![\\p{L}])`, 'gu')
			: null,
		officeRes: file.offices.map((office) => ({
			office,
			re: new RegExp(
				`(?<![\\p{L}])(?:${alternation([office.title, ...office.aliases])})(?![\\p{L}])`,
				'gu'
			)
		})),
		pluralRes: file.roles.map((role) => ({
			role,
			re: new RegExp(
				`(?<![\\p{L}])(?:${alternation(role.plurals)})\\s+of\\s+(${countryAlt})\\s+and\\s+(${countryAlt})(?![\\p{L}])`,
				'gu'
			)
		})),
		meetingRes: file.roles
			.filter((r) => r.meetingTerms.length)
			.map((role) => ({
				role,
				re: new RegExp(
					`(${countryAlt})[\\s-]+(${countryAlt})\\s+(?:${alternation(role.meetingTerms)})(?![\\p{L}])`,
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
	return index.byId.get(nameOrId) ?? index.byName.get(foldSameLength(nameOrId)) ?? null;
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
	const texts = [title, ...sentences];
	for (const text of texts) {
		const folded = foldSameLength(text);
		if (index.fullNameRe)
			for (const m of allMatches(index.fullNameRe, folded)) {
				const p = index.byName.get(m[0].replace(/[\s-]+/g, ' '));
				if (p) add(p);
			}
		if (index.familyRe)
			for (const m of allMatches(index.familyRe, folded)) {
				const candidates = index.byFamily.get(m[1]!.replace(/[\s-]+/g, ' ')) ?? [];
				// "Minister Motegi" in 2021 and in 2026 is the same person; a shared family name is resolved by office on the date.
				const active = candidates.filter((p) => officeOn(index, p, date));
				const pick =
					active.length === 1 ? active[0] : candidates.length === 1 ? candidates[0] : undefined;
				if (pick) add(pick);
			}
		for (const { office, re } of index.officeRes)
			for (const m of allMatches(re, folded))
				addOffice(office, text.slice(m.index, m.index + m[0].length));
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
	}
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
			const f = foldSameLength(name);
			const known =
				index.byName.has(f) ||
				index.byFamily.has(f) ||
				words.some((w) => index.byFamily.has(foldSameLength(w)));
			if (!known && !/^(?:of|for)\b/i.test(name)) unknown.add(name);
		}
	}
	for (const name of unknown)
		warnings.push(
			`person "${name}" is not in data/people.yaml: add them (with their offices) to identify them`
		);
	for (const p of found.values()) {
		if (!p.office)
			warnings.push(`${p.name} held no office on ${date} according to data/people.yaml`);
	}
	return { participants: sortParticipants([...found.values()], index), warnings };
}
