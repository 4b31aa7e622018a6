/**
 * Synthetic source documents for the benchmarks, built from the people, offices and places of
 * data/ so that the pipeline reads them as it reads real pages. Everything is drawn from a seeded
 * generator: two runs with the same seed produce the same corpus.
 *
 * - `makeReadout()`: one ~5 KB readout page with furniture, for `npm run bench:ingest`.
 * - `planEvents()` + `makeEventDocument()`: many short documents (3–6 sentences), each one event
 *   of its own, for `npm run bench:ui`.
 */
import {
	constants,
	copyFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	writeFileSync
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { PeopleFile, PlacesFile, type Person } from '../src/lib/corpus/schema';
import { addDays, slugify } from '../src/lib/corpus/text';

export type Random = () => number;

/** A small seeded generator (mulberry32): deterministic, so that two runs time the same pages. */
export function mulberry32(seed: number): Random {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(random: Random, list: readonly T[]): T =>
	list[Math.floor(random() * list.length)]!;

/** Fisher–Yates, in place. */
export function shuffle<T>(random: Random, list: T[]): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

// The generated pages are English readouts: their months are English words, whatever the site's language.
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const ordinal = (d: number) =>
	`${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
function longDate(iso: string): { month: string; day: number; year: number } {
	return {
		month: MONTHS[Number(iso.slice(5, 7)) - 1]!,
		day: Number(iso.slice(8, 10)),
		year: Number(iso.slice(0, 4))
	};
}

/** What the generators read from data/: who held which office when, and the cities. */
export interface SyntheticReference {
	people: PeopleFile;
	places: PlacesFile;
}

export function readSyntheticReference(dataDir = 'data'): SyntheticReference {
	return {
		people: PeopleFile.parse(parse(readFileSync(join(dataDir, 'people.yaml'), 'utf8'))),
		places: PlacesFile.parse(parse(readFileSync(join(dataDir, 'places.yaml'), 'utf8')))
	};
}

const citiesOf = (ref: SyntheticReference, code: string) =>
	ref.places.countries.find((c) => c.code === code)?.cities ?? [];
/** Cities a newswire dateline can name: the pipeline reads "TOKYO, …" but not "MONTRÉAL, …". */
const datelineCitiesOf = (ref: SyntheticReference, code: string) =>
	citiesOf(ref, code).filter((c) => /^[A-Z][A-Z .'-]+$/.test(c.toUpperCase()));

/** The three pairs of offices that meet: Canadian office, Japanese office, plural of the role. */
const ROLES = [
	{ ca: 'prime-minister-of-canada', jp: 'prime-minister-of-japan', plural: 'Prime Ministers' },
	{
		ca: 'minister-of-foreign-affairs-of-canada',
		jp: 'minister-for-foreign-affairs-of-japan',
		plural: 'Foreign Ministers'
	},
	{
		ca: 'minister-of-national-defence-of-canada',
		jp: 'minister-of-defense-of-japan',
		plural: 'Defence Ministers'
	}
] as const;

/** Who held `office` on `date` according to data/people.yaml (a term's `to` is exclusive). */
function officeHolder(ref: SyntheticReference, office: string, date: string): Person | undefined {
	return ref.people.people.find((p) =>
		p.terms.some((t) => t.office === office && t.from <= date && (!t.to || date < t.to))
	);
}
const officeTitle = (ref: SyntheticReference, id: string) =>
	ref.people.offices.find((o) => o.id === id)!.title;
const shortTitle = (id: string) => (id.startsWith('prime') ? 'Prime Minister' : 'Minister');

/** How the page names a person: "Kishida Fumio", "KISHIDA Fumio", "Fumio Kishida", "Mélanie Joly". */
function fullName(random: Random, p: Person, mofaStyle: boolean): string {
	if (p.nameOrder === 'given-first') return `${p.given} ${p.family}`;
	if (mofaStyle) return `${p.family.toUpperCase()} ${p.given}`;
	return random() < 0.5 ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

// ------------------------------------------------------------------ long readouts (bench:ingest)

const TOPICS = [
	'The {a} and the {b} reaffirmed the strategic partnership between Canada and Japan and their shared vision for a free and open Indo-Pacific region.',
	'They expressed serious concern over North Korea’s nuclear and ballistic missile programs and called for the complete denuclearization of North Korea.',
	'{A} and {B} discussed the situation in the East China Sea and the South China Sea, and the importance of peace and stability across the Taiwan Strait.',
	'The two sides condemned Russia’s war of aggression against Ukraine and reaffirmed their support for Ukraine’s sovereignty and territorial integrity.',
	'They exchanged views on the situation in the Middle East, including the humanitarian situation in Gaza, and the need to prevent the conflict from spreading.',
	'The {a} highlighted the growth of trade and investment between the two countries, including through the CPTPP.',
	'Both sides agreed to strengthen economic security and the resilience of supply chains for critical minerals and semiconductors.',
	'They welcomed cooperation on energy security, including LNG, hydrogen and small modular reactors, as well as food security.',
	'{A} underlined the importance of climate action and of the transition to clean energy, and both sides agreed to work together on the environment.',
	'The {b} thanked Canada for its support in the area of global health, including pandemic preparedness.',
	'They discussed humanitarian assistance and disaster relief, and cooperation in UN peacekeeping operations.',
	'Both sides agreed to strengthen cooperation on cyber security and to counter malicious cyber activities.',
	'They welcomed the growth of people-to-people exchanges, including the JET Program, youth exchanges and tourism.',
	'The two {plural} agreed to work closely together within the G7, the G20 and the United Nations.',
	'{A} welcomed the entry into force of the Security of Information Agreement and discussed defence equipment cooperation.',
	'The {a} and the {b} agreed to continue joint exercises between the Canadian Armed Forces and the Japan Self-Defense Forces.',
	'They reaffirmed their commitment to upholding the rule of law and the rules-based international order.',
	'{B} explained Japan’s efforts on the abductions issue, and {A} expressed Canada’s continued support.',
	'The two sides discussed cooperation in the Arctic and on maritime security, including illegal, unreported and unregulated fishing.',
	'They agreed on the importance of the Women, Peace and Security agenda.',
	'{A} and {B} discussed artificial intelligence and emerging technologies, and agreed to cooperate on research and innovation.',
	'Both sides welcomed the progress made under the Japan-Canada Action Plan for contributing to a free and open Indo-Pacific region.',
	'The {a} raised the case of a Canadian citizen, and {B} took note of it.',
	'They agreed to remain in close contact and to meet again at an early opportunity.',
	'{B} expressed appreciation for Canada’s contribution to monitoring United Nations sanctions against North Korea through Operation NEON.',
	'The two {plural} also discussed cooperation with partners in Southeast Asia and the Pacific Islands.',
	'In this regard, Minister Whitfield of the Pacific Islands Forum was mentioned as a partner in the region.'
];

/** What a readout is about, to check what the pipeline extracts from it. */
export interface ReadoutTruth {
	date: string;
	published: string;
	format: 'call' | 'meeting' | 'statement';
	ids: string[];
	lang: 'en' | 'ja';
}

/** Topic sentences as MOFA's Japanese summaries write them. */
const TOPICS_JA = [
	'両{plural}は、「自由で開かれたインド太平洋」の実現に向けて、日加アクションプランを土台に協力を進めていくことで一致しました。',
	'両{plural}は、核・ミサイル問題や拉致問題を含む北朝鮮への対応において、引き続き緊密に連携していくことを確認しました。',
	'両{plural}は、東シナ海・南シナ海における力による一方的な現状変更の試みに強く反対することで一致しました。',
	'両{plural}は、ロシアによるウクライナ侵略について、厳しい対露制裁と強力なウクライナ支援を継続することで一致しました。',
	'両{plural}は、中東情勢について意見交換を行い、ガザ地区の人道状況に深刻な懸念を表明しました。',
	'{B}から、CPTPPを含む貿易・投資の拡大への期待を述べました。',
	'両{plural}は、重要鉱物のサプライチェーン強靱化を含む経済安全保障分野での協力を進めることで一致しました。',
	'{A}から、LNGや水素を含むエネルギー安全保障及び食料安全保障での協力への期待が示されました。',
	'両{plural}は、気候変動対策や北極における協力を確認しました。',
	'両{plural}は、情報保護協定の下での防衛協力と自衛隊とカナダ軍の共同訓練を推進することで一致しました。',
	'両{plural}は、サイバー分野での協力を強化していくことを確認しました。',
	'両{plural}は、JETプログラムを含む人的交流を一層促進していくことで一致しました。',
	'両{plural}は、G7や国連の場でも緊密に連携していくことで一致しました。',
	'{B}から、法の支配に基づく自由で開かれた国際秩序の維持・強化の重要性を述べました。'
];

/** Japanese names of the offices of ROLES, as MOFA writes them after a name. */
const JA_TITLES: Record<string, string> = {
	'prime-minister-of-canada': 'カナダ首相',
	'prime-minister-of-japan': '内閣総理大臣',
	'minister-of-foreign-affairs-of-canada': 'カナダ外務大臣',
	'minister-for-foreign-affairs-of-japan': '外務大臣',
	'minister-of-national-defence-of-canada': 'カナダ国防大臣',
	'minister-of-defense-of-japan': '防衛大臣'
};
const JA_PLURALS: Record<string, string> = {
	'Prime Ministers': '首脳',
	'Foreign Ministers': '外相',
	'Defence Ministers': '防衛相'
};
const JA_SHORT: Record<string, string> = {
	'prime-minister-of-canada': '首相',
	'prime-minister-of-japan': '総理大臣',
	'minister-of-foreign-affairs-of-canada': '外相',
	'minister-for-foreign-affairs-of-japan': '大臣',
	'minister-of-national-defence-of-canada': '国防大臣',
	'minister-of-defense-of-japan': '大臣'
};

/** A person's name in Japanese script from data/people.yaml, with the parts run together as MOFA does for kanji. */
function japaneseName(p: Person): string | null {
	const alias = p.aliases.find((a) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(a));
	if (!alias) return null;
	return /\p{Script=Han}/u.test(alias) ? alias.replace(/\s+/g, '') : alias;
}
const japaneseFamily = (p: Person) => {
	const alias = p.aliases.find((a) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(a))!;
	const parts = alias.split(/[\s・]+/);
	return p.nameOrder === 'family-first' ? parts[0]! : parts.at(-1)!;
};

const REIWA = 2018;
/** The full-width space that opens a paragraph and follows a point's number on MOFA pages. */
const IDEOGRAPHIC_SPACE = '\u3000';
const jaDigits = (n: number) => String(n);

/**
 * A saved MOFA summary in Japanese of about `targetBytes` (UTF-8): breadcrumbs, the page type,
 * the title, the 令和 date line, photo captions, the opening sentence with its times, numbered
 * and bulleted points, and the links below. A call is dated in Ottawa: held at 8 or 10:30 in
 * the morning in Tokyo, the day after `date`, which is 13 or 14 hours earlier in Ottawa.
 */
function makeJapaneseReadout(
	ref: SyntheticReference,
	random: Random,
	date: string,
	targetBytes: number,
	role: (typeof ROLES)[number],
	ca: Person,
	jp: Person,
	format: 'call' | 'meeting'
): Readout {
	const caName = japaneseName(ca) ?? `${ca.given} ${ca.family}`;
	const jpName = japaneseName(jp) ?? `${jp.family} ${jp.given}`;
	const plural = JA_PLURALS[role.plural]!;
	const meetingName = `日・カナダ${plural}${format === 'call' ? '電話' : ''}会談`;
	const jst = format === 'call' ? addDays(date, 1) : date;
	const [y, m, d] = jst.split('-').map(Number) as [number, number, number];
	const published = jst;
	const url = `https://www.mofa.go.jp/mofaj/na/na1/ca/page_${jst.replace(/-/g, '')}.html`;
	const lines: string[] = [
		'ホーム > 外交政策 > 国・地域 > 北米 > カナダ',
		'報道発表',
		meetingName,
		`令和${jaDigits(y - REIWA)}年${m}月${d}日`,
		`会談を行う${jpName}${JA_TITLES[role.jp]}と${caName}${JA_TITLES[role.ca]}の様子（写真提供：内閣広報室）`,
		''
	];
	const minutes = 20 + Math.floor(random() * 80);
	if (format === 'call') {
		const time = pick(random, ['午前8時00分', '午前10時30分']);
		lines.push(
			`${IDEOGRAPHIC_SPACE}${m}月${d}日、${time}から約${minutes}分間、${jpName}${JA_TITLES[role.jp]}は、${caName}・${JA_TITLES[role.ca]}（The Honourable ${ca.given} ${ca.family}, ${officeTitle(ref, role.ca)}）と電話会談を行ったところ、概要は以下のとおりです。`
		);
	} else if (random() < 0.5) {
		const names = Object.values(
			ref.places.countries.find((c) => c.code === 'CA')?.cityAliases ?? {}
		).map((a) => a[0]!);
		const city = names.length ? pick(random, names) : 'オタワ';
		lines.push(
			`${IDEOGRAPHIC_SPACE}現地時間${m}月${d}日午前9時40分（日本時間同日午後11時40分）から約${minutes}分間、カナダ・${city}を訪問中の${jpName}${JA_TITLES[role.jp]}は、${caName}・${JA_TITLES[role.ca]}（The Honourable ${ca.given} ${ca.family}, ${officeTitle(ref, role.ca)}）と${meetingName}を行ったところ、概要は以下のとおりです。`
		);
	} else {
		lines.push(
			`${IDEOGRAPHIC_SPACE}${m}月${d}日、午後5時45分から約${minutes}分間、${jpName}${JA_TITLES[role.jp]}は、訪日中の${caName}・${JA_TITLES[role.ca]}と${meetingName}を行ったところ、概要は以下のとおりです。`
		);
	}
	lines.push('');
	const fill = (t: string) =>
		t
			.replaceAll('{A}', `${japaneseFamily(ca)}${JA_SHORT[role.ca]}`)
			.replaceAll('{B}', `${japaneseFamily(jp)}${JA_SHORT[role.jp]}`)
			.replaceAll('{plural}', plural);
	const deck = shuffle(random, [...TOPICS_JA]);
	let next = 0;
	let point = 1;
	const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
	let size = bytes(lines.join('\n'));
	while (size < targetBytes - 400) {
		const heading = `${point}${IDEOGRAPHIC_SPACE}${pick(random, ['冒頭', '二国間関係', '地域情勢', '経済', '安全保障'])}`;
		const n = 1 + Math.floor(random() * 3);
		const items = Array.from({ length: n }, (_, i) => {
			const t = fill(deck[next++ % deck.length]!);
			return random() < 0.5 ? `（${i + 1}）${t}` : `・${t}`;
		});
		lines.push(heading, ...items);
		size += bytes([heading, ...items].join('\n')) + 1;
		point++;
	}
	lines.push('（以上）', '関連リンク', '日・カナダ関係', 'ページの先頭へ戻る');
	return {
		text: lines.join(random() < 0.2 ? '\r\n' : '\n'),
		published,
		url,
		truth: { date, published, format, ids: [ca.id, jp.id], lang: 'ja' }
	};
}

export interface Readout {
	text: string;
	published: string;
	url: string;
	truth: ReadoutTruth;
}

/**
 * A saved readout page of about `targetBytes`: page furniture, a dateline or a "Yesterday", the
 * two principals in one of their name forms, then shuffled topic sentences.
 */
export function makeReadout(
	ref: SyntheticReference,
	random: Random,
	date: string,
	targetBytes: number
): Readout {
	let role: (typeof ROLES)[number] = pick(random, ROLES);
	let ca = officeHolder(ref, role.ca, date);
	let jp = officeHolder(ref, role.jp, date);
	if (!ca || !jp) {
		role = ROLES[0];
		ca = officeHolder(ref, role.ca, date)!;
		jp = officeHolder(ref, role.jp, date)!;
	}
	const format = pick(random, [
		'call',
		'call',
		'meeting',
		'meeting',
		'meeting',
		'statement'
	] as const);
	// A third of the pages are MOFA's Japanese summaries of calls and meetings.
	if (format !== 'statement' && random() < 0.4)
		return makeJapaneseReadout(ref, random, date, targetBytes, role, ca, jp, format);
	const mofaStyle = format === 'meeting' && random() < 0.5;
	const caName = fullName(random, ca, mofaStyle);
	const jpName = fullName(random, jp, mofaStyle);
	const caShort = `${shortTitle(role.ca)} ${ca.family}`;
	const jpShort = `${shortTitle(role.jp)} ${jp.family}`;
	const { month, day, year } = longDate(date);
	const lines: string[] = [];
	let published = date;
	let url: string;

	if (format === 'statement') {
		url = `https://pm.gc.ca/en/news/statements/${year}/${date.slice(5, 7)}/${day}/joint-statement`;
		lines.push('Skip to main content', '', `Joint statement by ${caName} and ${jpName}`, '', '');
		const city = pick(random, citiesOf(ref, pick(random, ['CA', 'JP'])));
		lines.push(
			`${city.toUpperCase()}, ${month} ${day}, ${year} /CNW/ - We, the ${caShort} of Canada and ${jpName}, the ${officeTitle(ref, role.jp)}, issue the following statement.`
		);
	} else if (mofaStyle) {
		url = `https://www.mofa.go.jp/na/na1/ca/page_${date.replace(/-/g, '')}.html`;
		const city = pick(random, citiesOf(ref, 'CA'));
		lines.push('Japan-Canada Relations', `Japan-Canada ${role.plural}’ Meeting`);
		lines.push(`${month} ${day}, ${year}`, '', '');
		lines.push(
			`On ${month} ${ordinal(day)}, commencing at 9:40 a.m. (local time), for approximately ${20 + Math.floor(random() * 80)} minutes, ${jpName}, ${officeTitle(ref, role.jp)}, who was visiting ${city}, Canada, held a meeting with the Honourable ${caName}, ${officeTitle(ref, role.ca)}. The overview of the meeting is as follows.`
		);
	} else {
		url = `https://pm.gc.ca/en/news/readouts/${year}/${date.slice(5, 7)}/${String(day).padStart(2, '0')}/${ca.family.toLowerCase()}-${jp.family.toLowerCase()}`;
		const verb = format === 'call' ? 'speaks with' : 'meets with';
		lines.push('Main Content', '', `${caShort} ${verb} ${officeTitle(ref, role.jp)} ${jpName}`, '');
		const when = pick(random, ['Yesterday', 'Today', `On ${month} ${day}`]);
		if (when === 'Yesterday') published = addDays(date, 1);
		const what =
			format === 'call'
				? `spoke with the ${officeTitle(ref, role.jp)}, ${jpName}`
				: `met with the ${officeTitle(ref, role.jp)}, ${jpName}, in ${pick(random, citiesOf(ref, 'JP'))}`;
		lines.push(`${when}, ${shortTitle(role.ca)} ${ca.given} ${ca.family} ${what}.`);
	}
	lines.push('');

	const fill = (s: string) =>
		s
			.replaceAll('{A}', caShort)
			.replaceAll('{B}', jpShort)
			.replaceAll('{a}', officeTitle(ref, role.ca))
			.replaceAll('{b}', officeTitle(ref, role.jp))
			.replaceAll('{plural}', role.plural.toLowerCase());
	// A shuffled deck: a page says each thing once before it repeats anything.
	const deck = shuffle(random, [...TOPICS]);
	let next = 0;
	let size = lines.join('\n').length;
	while (size < targetBytes - 400) {
		const bulleted = random() < 0.25;
		const n = 1 + Math.floor(random() * 3);
		const sentences = Array.from({ length: n }, () => fill(deck[next++ % deck.length]!));
		const block = bulleted ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
		lines.push(block, '');
		size += block.length + 2;
	}
	lines.push(
		'Associated links',
		'',
		'Canada–Japan relations',
		'Share this page',
		`Date modified: ${addDays(published, 2)}`
	);
	return {
		text: lines.join(random() < 0.2 ? '\r\n' : '\n'),
		published,
		url,
		truth: { date, published, format, ids: [ca.id, jp.id], lang: 'en' }
	};
}

// ------------------------------------------------------------- one event per document (bench:ui)

/**
 * Who takes part: one Canadian and one Japanese office (counterparts, or a minister calling on a
 * prime minister), or one office alone (a statement). Events of different sets never group.
 */
interface ParticipantSet {
	offices: string[];
	/** Relative frequency: counterparts meet more often than anyone else. */
	weight: number;
}

const PARTICIPANT_SETS: ParticipantSet[] = [
	...ROLES.flatMap((ca, i) =>
		ROLES.map((jp, j) => ({ offices: [ca.ca, jp.jp], weight: i === j ? 3 : 0.5 }))
	),
	...ROLES.flatMap((r) => [
		{ offices: [r.ca], weight: 0.5 },
		{ offices: [r.jp], weight: 0.5 }
	])
];

export type EventFormat = 'call' | 'meeting' | 'statement';

const PAIR_FORMATS: readonly EventFormat[] = [
	'call',
	'call',
	'meeting',
	'meeting',
	'meeting',
	'statement'
];

/** One planned event: what its one document must make the pipeline read. */
export interface PlannedEvent {
	date: string;
	format: EventFormat;
	/** Office ids, Canadian first. */
	offices: string[];
	/** The holders of `offices` on `date`. */
	people: Person[];
}

/**
 * `count` events between `from` and `to` (inclusive), none of which the pipeline may group with
 * another. Grouping joins documents dated within a day of each other with the same participants
 * (and compatible formats), so each participant set only ever gets every other day: two events
 * of one set are at least two days apart. Days within a day of `avoid` (the dates of the real
 * documents) are left empty, so no synthetic document joins a real event.
 */
export function planEvents(
	ref: SyntheticReference,
	random: Random,
	options: { count: number; from: string; to: string; avoid?: readonly string[] }
): PlannedEvent[] {
	const blocked = new Set((options.avoid ?? []).flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]));
	const slots: { key: number; date: string; set: ParticipantSet; people: Person[] }[] = [];
	for (let day = 0, date = options.from; date <= options.to; day++, date = addDays(date, 1)) {
		if (blocked.has(date)) continue;
		PARTICIPANT_SETS.forEach((set, s) => {
			if ((day + s) % 2) return;
			const people = set.offices.map((o) => officeHolder(ref, o, date));
			// Nobody in data/people.yaml held the office that day (Canada's defence minister before
			// Anita Anand, the days between two foreign ministers of Japan).
			if (people.some((p) => !p)) return;
			// Weighted sampling without replacement (Efraimidis–Spirakis): keep the largest keys.
			slots.push({ key: random() ** (1 / set.weight), date, set, people: people as Person[] });
		});
	}
	if (slots.length < options.count)
		throw new Error(
			`only ${slots.length} free slots between ${options.from} and ${options.to}; cannot plan ${options.count} separate events`
		);
	return slots
		.sort((a, b) => b.key - a.key)
		.slice(0, options.count)
		.sort(
			(a, b) =>
				a.date.localeCompare(b.date) || a.set.offices.join().localeCompare(b.set.offices.join())
		)
		.map(({ date, set, people }) => ({
			date,
			offices: set.offices,
			people,
			format: set.offices.length === 1 ? 'statement' : pick(random, PAIR_FORMATS)
		}));
}

/** Two sentences per theme; each matches its theme's patterns in data/themes.yaml. */
const THEME_SENTENCES: Record<string, readonly string[]> = {
	'indo-pacific': [
		'reaffirmed the shared commitment to a free and open Indo-Pacific',
		'discussed cooperation with partners in Southeast Asia and the Pacific Islands'
	],
	defence: [
		'agreed to deepen defence and security cooperation, including joint exercises',
		'welcomed closer cooperation between the Canadian Armed Forces and the Japan Self-Defense Forces'
	],
	'rule-of-law': [
		'opposed any unilateral attempt to change the status quo by force or coercion in the East China Sea and the South China Sea',
		'underlined the importance of the rule of law and freedom of navigation'
	],
	'north-korea': [
		'condemned North Korea’s ballistic missile launches and called for its complete denuclearization',
		'discussed the abductions issue and the monitoring of sanctions against North Korea'
	],
	'china-taiwan': [
		'stressed the importance of peace and stability across the Taiwan Strait',
		'discussed China’s actions and the situation in Hong Kong and Xinjiang'
	],
	'russia-ukraine': [
		'condemned Russia’s war of aggression against Ukraine',
		'reaffirmed steadfast support for Ukraine’s sovereignty and territorial integrity'
	],
	'middle-east': [
		'discussed the situation in the Middle East and called for the release of all hostages',
		'reaffirmed support for a two-state solution'
	],
	'trade-investment': [
		'welcomed growing trade and investment between the two countries under the CPTPP',
		'agreed to expand business ties and market access for small and medium-sized enterprises'
	],
	'economic-security': [
		'agreed to strengthen the resilience of supply chains for critical minerals and semiconductors',
		'discussed economic security and cooperation on artificial intelligence and quantum technologies'
	],
	'energy-food': [
		'discussed energy security, including LNG and hydrogen',
		'agreed to cooperate on food security and sustainable agriculture'
	],
	'climate-environment': [
		'agreed to work together on climate change and the protection of the oceans',
		'discussed cooperation in the Arctic and the fight against illegal fishing'
	],
	health: [
		'discussed global health and pandemic preparedness',
		'agreed to cooperate on vaccines and health security'
	],
	'peace-humanitarian': [
		'discussed peacekeeping and humanitarian assistance and disaster relief',
		'reaffirmed the importance of the Women, Peace and Security agenda'
	],
	cyber: [
		'agreed to counter malicious cyber activities',
		'discussed cooperation on cyber security and against ransomware'
	],
	'people-to-people': [
		'welcomed growing youth exchanges and tourism between the two countries',
		'highlighted the JET Program and academic ties'
	],
	multilateral: [
		'agreed to work closely together in the G7 and at the United Nations',
		'reaffirmed the importance of the rules-based international order'
	]
};

/** The themes this synthetic corpus can carry (all sixteen of data/themes.yaml). */
const SYNTHETIC_THEMES = Object.keys(THEME_SENTENCES);

/** How likely each theme is at a date and level, so that charts over time have some shape. */
function themeWeight(theme: string, date: string, offices: readonly string[]): number {
	const defence = offices.some((o) => o.includes('defen'));
	const leaders = offices.some((o) => o.startsWith('prime'));
	switch (theme) {
		case 'defence':
			return defence ? 6 : 1;
		case 'russia-ukraine':
			return date >= '2022-02-24' ? 4 : 0.2;
		case 'middle-east':
			return date >= '2023-10-07' ? 3 : 0.4;
		case 'health':
			return date < '2022-07-01' ? 4 : 0.5;
		case 'people-to-people':
			return date >= '2025-01-01' && date < '2025-11-01' ? 3 : 1;
		case 'trade-investment':
		case 'economic-security':
			return leaders ? 2.5 : 1;
		default:
			return 1;
	}
}

/** `k` distinct items, each drawn with probability proportional to its weight. */
function weightedSample(
	random: Random,
	items: readonly string[],
	weight: (s: string) => number,
	k: number
) {
	return items
		.map((item) => ({ item, key: random() ** (1 / weight(item)) }))
		.sort((a, b) => b.key - a.key)
		.slice(0, k)
		.map((x) => x.item);
}

export interface EventDocument {
	/** File name in data/sources/ (before de-duplication). */
	name: string;
	/** The whole file: front matter and text. */
	text: string;
	/** The theme ids its sentences were written for. */
	themes: string[];
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * One short source document (a title line and 3–6 sentences) that the pipeline reads as `event`:
 * the date, the format and the people come from the text, as they would from a real page.
 */
export function makeEventDocument(
	ref: SyntheticReference,
	random: Random,
	event: PlannedEvent
): EventDocument {
	const { date, format, offices, people } = event;
	const { month, day, year } = longDate(date);
	const [ca, jp] = people as [Person, Person | undefined];
	const [caOffice, jpOffice] = offices as [string, string | undefined];
	const japaneseIssuer = (jp && random() < 0.4) || ca.country === 'JP';
	const name = (p: Person) => fullName(random, p, japaneseIssuer);
	const short = (p: Person, office: string) => `${shortTitle(office)} ${p.family}`;
	let published = date;
	let title: string;
	let opening: string;
	let issuer: string;
	let url: string;
	let subjects: string[];

	const place = (dateline = false): string => {
		const where = random();
		const code =
			where < 0.4
				? 'JP'
				: where < 0.8
					? 'CA'
					: pick(
							random,
							ref.places.countries.filter((c) => c.code !== 'CA' && c.code !== 'JP')
						).code;
		return pick(random, (dateline ? datelineCitiesOf : citiesOf)(ref, code));
	};
	const when = (): string => {
		const w = pick(random, ['on', 'on', 'today', 'yesterday'] as const);
		if (w === 'yesterday') published = addDays(date, 1);
		return w === 'on' ? `On ${month} ${day}, ${year}` : w === 'today' ? 'Today' : 'Yesterday';
	};

	if (!jp) {
		// A statement by one minister or prime minister.
		const office = caOffice;
		const who = ca;
		const japanese = who.country === 'JP';
		const city = pick(random, datelineCitiesOf(ref, japanese ? 'JP' : 'CA'));
		title = `Statement by ${short(who, office)} on ${japanese ? 'Japan–Canada' : 'Canada–Japan'} relations`;
		opening = `${city.toUpperCase()}, ${month} ${day}, ${year} - ${name(who)}, ${officeTitle(ref, office)}, issued the following statement on relations with ${japanese ? 'Canada' : 'Japan'}.`;
		issuer = japanese ? 'Ministry of Foreign Affairs of Japan' : issuerOf(office);
		url = japanese
			? `https://www.mofa.go.jp/press/release/pressite_${date.replace(/-/g, '')}.html`
			: `https://www.canada.ca/en/news/${year}/${date.slice(5, 7)}/statement-${slugify(who.family)}.html`;
		subjects = [short(who, office), 'Canada and Japan', 'The two countries'];
	} else {
		const A = short(ca, caOffice);
		const B = short(jp, jpOffice!);
		const sameRole = ROLES.find((r) => r.ca === caOffice && r.jp === jpOffice);
		subjects = ['The two sides', 'Both sides', `${A} and ${B}`, 'They', A, B];
		if (format === 'statement') {
			title = `Joint statement by ${A} and ${officeTitle(ref, jpOffice!)} ${name(jp)}`;
			opening = `${place(true).toUpperCase()}, ${month} ${day}, ${year} /CNW/ - We, the ${officeTitle(ref, caOffice)}, ${ca.given} ${ca.family}, and the ${officeTitle(ref, jpOffice!)}, ${name(jp)}, issue the following statement.`;
			issuer = issuerOf(caOffice);
			url = `https://pm.gc.ca/en/news/statements/${year}/${date.slice(5, 7)}/${day}/joint-statement-${slugify(jp.family)}`;
		} else if (japaneseIssuer) {
			const talk = format === 'call' ? 'Telephone Talk' : 'Meeting';
			title = sameRole
				? `Japan-Canada ${sameRole.plural}’ ${talk}`
				: `${talk} between ${B} and ${A}`;
			const how =
				format === 'call'
					? `held a telephone talk with ${name(ca)}, ${officeTitle(ref, caOffice)}`
					: `held a meeting with ${name(ca)}, ${officeTitle(ref, caOffice)}, in ${place()}`;
			opening = `On ${month} ${ordinal(day)}, ${year}, for approximately ${20 + Math.floor(random() * 60)} minutes, ${name(jp)}, ${officeTitle(ref, jpOffice!)}, ${how}.`;
			issuer = 'Ministry of Foreign Affairs of Japan';
			url = `https://www.mofa.go.jp/na/na1/ca/page_${date.replace(/-/g, '')}_${slugify(ca.family)}.html`;
		} else {
			const verb = format === 'call' ? 'speaks with' : 'meets with';
			title = `${A} ${verb} ${officeTitle(ref, jpOffice!)} ${name(jp)}`;
			const what =
				format === 'call'
					? `spoke with the ${officeTitle(ref, jpOffice!)}, ${name(jp)}`
					: `met with the ${officeTitle(ref, jpOffice!)}, ${name(jp)}, in ${place()}`;
			opening = `${when()}, ${shortTitle(caOffice)} ${ca.given} ${ca.family} ${what}.`;
			issuer = issuerOf(caOffice);
			url = `https://${caOffice.startsWith('prime') ? 'pm.gc.ca' : 'www.canada.ca'}/en/news/readouts/${year}/${date.slice(5, 7)}/${String(day).padStart(2, '0')}/${slugify(ca.family)}-${slugify(jp.family)}-${format}`;
		}
	}

	const themes = weightedSample(
		random,
		SYNTHETIC_THEMES,
		(t) => themeWeight(t, date, offices),
		2 + Math.floor(random() * 4)
	);
	const sentences = themes.map(
		(t) => `${pick(random, subjects)} ${pick(random, THEME_SENTENCES[t]!)}.`
	);
	const body = [title, '', opening, '', sentences.join(' '), ''].join('\n');
	const frontMatter = [
		'---',
		`title: ${yamlString(title)}`,
		`issuer: ${yamlString(issuer)}`,
		`url: ${url}`,
		`published: ${published}`,
		'---',
		''
	].join('\n');
	return { name: `${date}-${slugify(title)}.md`, text: frontMatter + body, themes };
}

function issuerOf(office: string): string {
	if (office.startsWith('prime')) return 'Prime Minister of Canada';
	if (office.includes('foreign')) return 'Global Affairs Canada';
	return 'National Defence';
}

// ------------------------------------------------------------------------- writing a corpus

/** Is `path` inside `dir` (or `dir` itself), after resolving symbolic links? Both must exist. */
function isInside(path: string, dir: string): boolean {
	const rel = relative(realpathSync(dir), realpathSync(path));
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A copy of `from` (the real data/: its YAML files and sources, copied file by file so that no
 * symbolic link is carried over) in `to`, plus `documents` in `to/sources/`. `to` must not exist
 * yet and must not lie inside `from`: every file is then written into folders made here, so no
 * link can lead a write back into the real corpus.
 */
export function writeCorpus(
	from: string,
	to: string,
	documents: readonly EventDocument[]
): string[] {
	if (isInside(dirname(resolve(to)), from))
		throw new Error(`refusing to write ${resolve(to)}: it is inside ${resolve(from)}`);
	mkdirSync(to);
	mkdirSync(join(to, 'sources'));
	for (const name of readdirSync(from).filter((n) => n.endsWith('.yaml')))
		copyFileSync(join(from, name), join(to, name), constants.COPYFILE_EXCL);
	const real = readdirSync(join(from, 'sources')).filter((n) => n.endsWith('.md'));
	for (const name of real)
		copyFileSync(join(from, 'sources', name), join(to, 'sources', name), constants.COPYFILE_EXCL);
	const used = new Set(real);
	const names: string[] = [];
	for (const doc of documents) {
		let name = doc.name;
		for (let n = 2; used.has(name); n++) name = doc.name.replace(/\.md$/, `-${n}.md`);
		used.add(name);
		names.push(name);
		writeFileSync(join(to, 'sources', name), doc.text, { flag: 'wx' });
	}
	return names;
}
