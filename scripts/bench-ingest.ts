/**
 * npm run bench:ingest
 *
 * Times ingest on 1,000 synthetic readouts of about 5 KB: pages built from varied readout
 * sentences, with page furniture, datelines and the people of data/people.yaml. Each page goes
 * through the same code as `npm run ingest` (read, plan, write into a temporary copy of data/),
 * one page per call so that each page can be timed. The target is under 5 s in all; the figure
 * is reported, not enforced.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { planIngest, type IngestResult } from '../src/lib/corpus/ingest';
import { PeopleFile, PlacesFile, type Person } from '../src/lib/corpus/schema';
import { addDays } from '../src/lib/corpus/text';
import { commitWrites, listSources, readInput, readReference } from './ingest-io';

const DOCS = 1000;
const TARGET_BYTES = 5000;
const TARGET_SECONDS = 5;

/** Deterministic, so that two runs time the same pages. */
function mulberry32(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = mulberry32(20240113);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

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
];
const ordinal = (d: number) =>
	`${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
function longDate(iso: string): { month: string; day: number; year: number } {
	return {
		month: MONTHS[Number(iso.slice(5, 7)) - 1]!,
		day: Number(iso.slice(8, 10)),
		year: Number(iso.slice(0, 4))
	};
}

const people = PeopleFile.parse(parse(readFileSync('data/people.yaml', 'utf8')));
const places = PlacesFile.parse(parse(readFileSync('data/places.yaml', 'utf8')));
const citiesOf = (code: string) => places.countries.find((c) => c.code === code)?.cities ?? [];

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
];

function holder(office: string, date: string): Person | undefined {
	return people.people.find((p) =>
		p.terms.some((t) => t.office === office && t.from <= date && (!t.to || date < t.to))
	);
}
const officeTitle = (id: string) => people.offices.find((o) => o.id === id)!.title;
const shortTitle = (id: string) => (id.startsWith('prime') ? 'Prime Minister' : 'Minister');

/** How the page names a person: "Kishida Fumio", "KISHIDA Fumio", "Fumio Kishida", "Mélanie Joly". */
function fullName(p: Person, mofaStyle: boolean): string {
	if (p.nameOrder === 'given-first') return `${p.given} ${p.family}`;
	if (mofaStyle) return `${p.family.toUpperCase()} ${p.given}`;
	return random() < 0.5 ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

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

interface Truth {
	date: string;
	published: string;
	format: 'call' | 'meeting' | 'statement';
	ids: string[];
}

function makeDocument(date: string): {
	text: string;
	published: string;
	url: string;
	truth: Truth;
} {
	let role = pick(ROLES);
	let ca = holder(role.ca, date);
	let jp = holder(role.jp, date);
	if (!ca || !jp) {
		role = ROLES[0]!;
		ca = holder(role.ca, date)!;
		jp = holder(role.jp, date)!;
	}
	const format = pick(['call', 'call', 'meeting', 'meeting', 'meeting', 'statement'] as const);
	const mofaStyle = format === 'meeting' && random() < 0.5;
	const caName = fullName(ca, mofaStyle);
	const jpName = fullName(jp, mofaStyle);
	const caShort = `${shortTitle(role.ca)} ${ca.family}`;
	const jpShort = `${shortTitle(role.jp)} ${jp.family}`;
	const { month, day, year } = longDate(date);
	const lines: string[] = [];
	let published = date;
	let url: string;

	if (format === 'statement') {
		url = `https://pm.gc.ca/en/news/statements/${year}/${date.slice(5, 7)}/${day}/joint-statement`;
		lines.push('Skip to main content', '', `Joint statement by ${caName} and ${jpName}`, '', '');
		const city = pick(citiesOf(pick(['CA', 'JP'])));
		lines.push(
			`${city.toUpperCase()}, ${month} ${day}, ${year} /CNW/ - We, the ${caShort} of Canada and ${jpName}, the ${officeTitle(role.jp)}, issue the following statement.`
		);
	} else if (mofaStyle) {
		url = `https://www.mofa.go.jp/na/na1/ca/page_${date.replace(/-/g, '')}.html`;
		const city = pick(citiesOf('CA'));
		lines.push('Japan-Canada Relations', `Japan-Canada ${role.plural}’ Meeting`);
		lines.push(`${month} ${day}, ${year}`, '', '');
		lines.push(
			`On ${month} ${ordinal(day)}, commencing at 9:40 a.m. (local time), for approximately ${20 + Math.floor(random() * 80)} minutes, ${jpName}, ${officeTitle(role.jp)}, who was visiting ${city}, Canada, held a meeting with the Honourable ${caName}, ${officeTitle(role.ca)}. The overview of the meeting is as follows.`
		);
	} else {
		url = `https://pm.gc.ca/en/news/readouts/${year}/${date.slice(5, 7)}/${String(day).padStart(2, '0')}/${ca.family.toLowerCase()}-${jp.family.toLowerCase()}`;
		const verb = format === 'call' ? 'speaks with' : 'meets with';
		lines.push('Main Content', '', `${caShort} ${verb} ${officeTitle(role.jp)} ${jpName}`, '');
		const when = pick(['Yesterday', 'Today', `On ${month} ${day}`]);
		if (when === 'Yesterday') published = addDays(date, 1);
		const what =
			format === 'call'
				? `spoke with the ${officeTitle(role.jp)}, ${jpName}`
				: `met with the ${officeTitle(role.jp)}, ${jpName}, in ${pick(citiesOf('JP'))}`;
		lines.push(`${when}, ${shortTitle(role.ca)} ${ca.given} ${ca.family} ${what}.`);
	}
	lines.push('');

	const fill = (s: string) =>
		s
			.replaceAll('{A}', caShort)
			.replaceAll('{B}', jpShort)
			.replaceAll('{a}', officeTitle(role.ca))
			.replaceAll('{b}', officeTitle(role.jp))
			.replaceAll('{plural}', role.plural.toLowerCase());
	// A shuffled deck: a page says each thing once before it repeats anything.
	const deck = [...TOPICS];
	for (let i = deck.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[deck[i], deck[j]] = [deck[j]!, deck[i]!];
	}
	let next = 0;
	let size = lines.join('\n').length;
	while (size < TARGET_BYTES - 400) {
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
		truth: { date, published, format, ids: [ca.id, jp.id] }
	};
}

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function main() {
	const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
	try {
		const dataDir = join(work, 'data');
		cpSync('data', dataDir, { recursive: true, dereference: true });

		// Distinct dates, so that every page gets its own name.
		const start = '2021-01-15';
		const days = Array.from({ length: 1960 }, (_, i) => addDays(start, i));
		for (let i = days.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[days[i], days[j]] = [days[j]!, days[i]!];
		}
		const docs = days.slice(0, DOCS).map((date, i) => {
			const doc = makeDocument(date);
			const path = join(work, `page-${String(i).padStart(4, '0')}.txt`);
			writeFileSync(path, doc.text);
			return { ...doc, path };
		});
		const totalBytes = docs.reduce((n, d) => n + statSync(d.path).size, 0);
		// Flush the generated pages to disk first, so that their write-back is not timed as ingest.
		spawnSync('sync');

		const load = loadavg()[0]!;
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		const { reference, problems: refProblems } = readReference(dataDir);
		if (!reference) throw new Error(refProblems.map((p) => p.message).join('\n'));
		const sourcesDir = join(dataDir, 'sources');
		const existing = listSources(sourcesDir);
		const perDoc: number[] = [];
		const results: (IngestResult | undefined)[] = [];
		let problems = 0;
		let written = 0;
		for (const doc of docs) {
			const t = performance.now();
			const { input } = readInput(doc.path);
			const plan = planIngest(
				[input!],
				{ published: doc.published, url: doc.url, sourcesDir },
				reference,
				existing
			);
			const commit = commitWrites(sourcesDir, plan.writes);
			for (const w of plan.writes) existing.add(w.name);
			perDoc.push(performance.now() - t);
			problems += plan.problems.length + commit.problems.length;
			written += commit.written.length;
			results.push(plan.results[0]);
		}
		const seconds = (performance.now() - t0) / 1000;
		const cpu = process.cpuUsage(cpu0);
		const cpuSeconds = (cpu.user + cpu.system) / 1e6;

		const sorted = [...perDoc].sort((a, b) => a - b);
		let dates = 0;
		let formats = 0;
		let participants = 0;
		docs.forEach((d, i) => {
			const r = results[i];
			if (!r) return;
			if (r.date === d.truth.date) dates++;
			if (r.format === d.truth.format) formats++;
			const ids = new Set(r.participants.map((p) => p.id));
			if (d.truth.ids.every((id) => ids.has(id))) participants++;
		});
		const mb = totalBytes / 1e6;
		const met = seconds < TARGET_SECONDS;
		const lines = [
			`ingest benchmark: ${DOCS} synthetic pages, ${(totalBytes / DOCS / 1000).toFixed(1)} KB each on average (${mb.toFixed(2)} MB)`,
			`  total:        ${seconds.toFixed(2)} s (read + plan + write, reference data loaded once)`,
			`  cpu:          ${cpuSeconds.toFixed(2)} s of this process; load average ${load.toFixed(2)} on ${cpus().length} cores at the start`,
			`  throughput:   ${(DOCS / seconds).toFixed(0)} docs/s, ${(mb / seconds).toFixed(2)} MB/s`,
			`  per page:     median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
			`  written:      ${written} files, ${problems} problem(s)`,
			`  extraction:   date ${dates}/${DOCS}, format ${formats}/${DOCS}, both principals ${participants}/${DOCS}`,
			`  target:       under ${TARGET_SECONDS} s: ${met ? 'met' : 'NOT met'}`
		];
		process.stdout.write(`${lines.join('\n')}\n`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main();
