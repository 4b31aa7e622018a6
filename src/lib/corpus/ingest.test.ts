/**
 * Ingest as a pure function: saved pages (as bytes) in, planned files and problems out. The
 * command line around it is tested end to end in scripts/ingest.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import { buildDocument, checkFrontMatter } from './document';
import { parseSourceFile } from './front-matter';
import {
	corpusFacts,
	corpusUrls,
	issuerFromUrl,
	latestDate,
	planIngest,
	type IngestOptions,
	type StoredFacts
} from './ingest';
import { decodeInput, MAX_BYTES, type IngestInput } from './ingest-input';
import { formatReport, resultJson } from './ingest-report';
import { corpusInvariants } from './invariants';
import { formatProblem } from './schema';
import { dataFiles, FIXTURE, fixtureReference, rawSources } from './testing';

const RAW = join(import.meta.dirname, '../../../tests/fixtures/raw');
const raw = (name: string) => readFileSync(join(RAW, name), 'utf8');
const TRUDEAU = raw('000_6ee1226c9558782b.txt');
const KAMIKAWA = raw('002_41b63fc220620e0c.txt');

const encoder = new TextEncoder();
const input = (path: string, text: string | Uint8Array): IngestInput => ({
	path,
	bytes: typeof text === 'string' ? encoder.encode(text) : text
});
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const BOM = '\uFEFF';

const TRUDEAU_FACTS: IngestOptions = {
	published: '2022-02-09',
	url: 'https://pm.gc.ca/en/node/16726',
	title: 'Trudeau–Kishida telephone call'
};

// Against the fixture corpus, which these tests own: what it finds cannot change as data/ grows.
const realReference = fixtureReference;

function plan(
	inputs: IngestInput[],
	options: IngestOptions,
	existing: string[] = [],
	urls: Map<string, string> = new Map()
) {
	return planIngest(inputs, options, realReference(), new Set(existing), urls);
}

/** The front matter of a planned file as data, and its text below the front matter. */
function written(text: string) {
	const { source, problems } = parseSourceFile('x.md', text);
	expect(problems).toEqual([]);
	return { data: source.data, body: source.body };
}

describe('decodeInput', () => {
	it.each([
		['an empty file', new Uint8Array(), 'f.txt: is empty'],
		['a file of blank lines', encoder.encode('\n \r\n\t\n'), 'f.txt: is empty'],
		['a lone BOM', encoder.encode(BOM), 'f.txt: is empty'],
		['NUL bytes, on the line they are on', encoder.encode('a\nb\n\0c'), 'f.txt:3: contains NUL'],
		['UTF-16 (NUL bytes)', new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'f.txt:1: contains NUL'],
		['a stray byte', new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a]), 'f.txt:2: is not valid UTF-8'],
		['a cut-off sequence', new Uint8Array([0x0a, 0x0a, 0x61, 0xe2, 0x80]), 'f.txt:3: is not valid'],
		['an overlong form', new Uint8Array([0xc0, 0xaf]), 'f.txt:1: is not valid UTF-8'],
		['an encoded surrogate', new Uint8Array([0x0a, 0xed, 0xa0, 0x80]), 'f.txt:2: is not valid'],
		['more than 5 MB', new Uint8Array(MAX_BYTES + 1).fill(0x61), 'f.txt: is larger than 5 MB']
	])('refuses %s', (_, bytes, start) => {
		const { text, problems } = decodeInput({ path: 'f.txt', bytes });
		expect(text).toBeNull();
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(`^${start}`)]);
	});

	it('accepts exactly 5 MB, and drops only the BOM', () => {
		const bytes = encoder.encode(`${BOM}x\r\n${'é'.repeat(10)}`);
		expect(decodeInput({ path: 'f', bytes }).text).toBe(`x\r\n${'é'.repeat(10)}`);
		const full = new Uint8Array(MAX_BYTES).fill(0x61);
		expect(decodeInput({ path: 'f', bytes: full }).text).toHaveLength(MAX_BYTES);
	});
});

describe('issuerFromUrl', () => {
	it.each([
		['https://pm.gc.ca/en/node/16726', "Prime Minister's Office, Canada"],
		['https://www.pm.gc.ca/en/news/readouts/x', "Prime Minister's Office, Canada"],
		['https://www.mofa.go.jp/na/na1/ca/page.html', 'Ministry of Foreign Affairs of Japan'],
		['https://www.mod.go.jp/en/article/x.html', 'Ministry of Defense of Japan'],
		['https://www.canada.ca/en/global-affairs/news/2021/05/x.html', 'Global Affairs Canada'],
		[
			'https://www.canada.ca/en/department-national-defence/news/x.html',
			'National Defence, Canada'
		],
		['https://www.canada.ca/en/immigration-refugees-citizenship/x.html', null],
		['https://www.canada.ca/en/global-affairs-x/y.html', null],
		['https://notpm.gc.ca/x', null],
		['https://www.newswire.ca/news-releases/x.html', null],
		['not a url', null]
	])('%s → %s', (url, issuer) => expect(issuerFromUrl(url)).toBe(issuer));
});

describe('planIngest: what it finds', () => {
	it('reads the 2022 call: date from "Yesterday", format, level and both prime ministers', () => {
		const { results, problems, writes } = plan([input('000.txt', TRUDEAU)], {
			published: '2022-02-09',
			dryRun: true
		});
		expect(problems).toEqual([]);
		expect(writes).toEqual([]);
		const [r] = results;
		expect(r).toMatchObject({
			file: '000.txt',
			date: '2022-02-08',
			dateEvidence: 'Yesterday',
			format: 'call',
			level: 'leaders',
			location: null,
			title: null,
			name: '2022-02-08-untitled.md'
		});
		expect(r!.participants.map((p) => p.id)).toEqual(['justin-trudeau', 'kishida-fumio']);
		expect(r!.themes.find((t) => t.id === 'north-korea')?.mentions).toBe(3);
		// What a real run would refuse is said, not hidden, in a dry run.
		expect(r!.warnings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/no title given and no heading/),
				expect.stringMatching(/no address of the original page/),
				expect.stringMatching(/no issuer given/)
			])
		);
	});

	it('reads the 2024 meeting: title, publication date and place from the page itself', () => {
		const { results, problems } = plan([input('002.txt', KAMIKAWA)], { dryRun: true });
		expect(problems).toEqual([]);
		const r = results[0]!;
		expect(r.title).toBe('Japan-Canada Foreign Ministers’ Meeting');
		expect(r).toMatchObject({ date: '2024-01-13', format: 'meeting', level: 'ministers' });
		expect(r.location).toBe('Montreal, Canada');
		expect(r.participants.map((p) => p.id)).toEqual(['melanie-joly', 'kamikawa-yoko']);
		expect(r.warnings).toEqual(
			expect.arrayContaining([
				'no --title given: using the heading "Japan-Canada Foreign Ministers’ Meeting" (check it)',
				'no --published given: using the date on the page, 2024-01-13 (from "January 13, 2024")'
			])
		);
	});

	it('gives the same findings for CRLF line ends and a BOM', () => {
		const facts = (text: string) => {
			const { results, problems } = plan([input('f.txt', text)], { dryRun: true });
			expect(problems).toEqual([]);
			return { ...resultJson(results[0]!, 'out.md'), file: undefined };
		};
		const lf = facts(KAMIKAWA);
		expect(facts(crlf(KAMIKAWA))).toEqual(lf);
		expect(facts(BOM + KAMIKAWA)).toEqual(lf);
		expect(facts(BOM + crlf(KAMIKAWA))).toEqual(lf);
	});

	it('guesses the issuer from the address, with a warning', () => {
		const { results } = plan([input('000.txt', TRUDEAU)], { ...TRUDEAU_FACTS, dryRun: true });
		expect(results[0]!.warnings).toContain(
			`no --issuer given: "Prime Minister's Office, Canada", from the address of the page (check it)`
		);
	});

	it('warns about a titled person who is not in people.yaml', () => {
		const text = TRUDEAU.replace('\n\n', '\n\nMinister Smithers also joined the call.\n\n');
		const { results } = plan([input('000.txt', text)], { ...TRUDEAU_FACTS, dryRun: true });
		expect(results[0]!.warnings).toContainEqual(expect.stringMatching(/person "Smithers"/));
	});

	it('prints the JSON shape of the issue', () => {
		const { results } = plan([input('002.txt', KAMIKAWA)], { dryRun: true });
		const json = resultJson(results[0]!, 'data/sources/x.md');
		expect(Object.keys(json)).toEqual([
			'file',
			'output',
			'title',
			'lang',
			'excerpt',
			'date',
			'format',
			'level',
			'location',
			'participants',
			'themes',
			'warnings'
		]);
		expect(json.participants[0]).toEqual({
			name: 'Mélanie Joly',
			office: 'Minister of Foreign Affairs of Canada',
			country: 'CA'
		});
		expect(Object.keys(json.themes[0]!)).toEqual(['id', 'mentions', 'evidence']);
		expect(json.themes.every((t) => t.evidence.length === t.mentions)).toBe(true);
	});
});

describe('planIngest: the file it writes', () => {
	it('writes the publication facts as fields and the extracted facts as comments', () => {
		const { writes, problems } = plan([input('000.txt', TRUDEAU)], TRUDEAU_FACTS);
		expect(problems).toEqual([]);
		expect(writes.map((w) => w.name)).toEqual(['2022-02-08-trudeau-kishida-telephone-call.md']);
		const text = writes[0]!.text;
		const { data, body } = written(text);
		// Extracted values as fields would be overrides ("given"): only the publication facts are.
		expect(data).toEqual({
			title: 'Trudeau–Kishida telephone call',
			issuer: "Prime Minister's Office, Canada",
			url: 'https://pm.gc.ca/en/node/16726',
			published: '2022-02-09'
		});
		expect(body).toBe(TRUDEAU);
		expect(text).toContain('# extracted — uncomment a line to override it:\n');
		expect(text).toContain('\n# date: 2022-02-08   # from "Yesterday"\n');
		expect(text).toContain('\n# format: call\n# level: leaders\n');
		expect(text).toContain('\n# participants: [justin-trudeau, kishida-fumio]\n');
		expect(text).toMatch(/\n# themes found: indo-pacific \(2\), .*north-korea \(3\)/);
		expect(text).toContain('\n# warnings:\n#   - no --issuer given:');
	});

	it('writes comment lines that become valid overrides when uncommented', () => {
		const { writes } = plan([input('002.txt', KAMIKAWA)], {
			url: 'https://www.mofa.go.jp/na/na1/ca/pageite_000001_00109.html'
		});
		const text = writes[0]!.text.replace(
			/^# (date|format|level|location|participants): /gm,
			'$1: '
		);
		const { source } = parseSourceFile('x.md', text);
		const checked = checkFrontMatter(source, realReference().context);
		expect(checked.problems).toEqual([]);
		expect(checked.given).toMatchObject({
			date: '2024-01-13',
			format: 'meeting',
			level: 'ministers',
			location: 'Montreal, Canada',
			participants: ['melanie-joly', 'kamikawa-yoko']
		});
		const { document } = buildDocument(source, checked.given, realReference().context);
		expect(document.provenance).toMatchObject({ date: 'given', location: 'given' });
		expect(document.location).toEqual({ city: 'Montreal', country: 'Canada' });
	});

	it('keeps the saved text byte for byte below the front matter, dropping only a BOM', () => {
		for (const text of [crlf(TRUDEAU), BOM + TRUDEAU, BOM + crlf(TRUDEAU)]) {
			const { writes, problems } = plan([input('000.txt', text)], TRUDEAU_FACTS);
			expect(problems).toEqual([]);
			const out = writes[0]!.text;
			expect(out.endsWith(text.replace(BOM, ''))).toBe(true);
			expect(out.startsWith('---\ntitle: ')).toBe(true);
			expect(out).not.toContain(BOM);
		}
	});

	it('keeps the fields and comments of front matter the file already has', () => {
		const text = [
			'---',
			'# Saved by hand from the archived copy.',
			'title: An old title',
			'published: 2022-02-10',
			'location: Ottawa, Canada',
			'participants: [justin-trudeau, kishida-fumio]',
			'---',
			TRUDEAU
		].join('\n');
		const { writes, results, problems } = plan([input('000.md', text)], {
			published: '2022-02-09',
			url: 'https://pm.gc.ca/en/node/16726',
			issuer: "Prime Minister's Office, Canada"
		});
		expect(problems).toEqual([]);
		const out = writes[0]!.text;
		expect(written(out)).toEqual({
			data: {
				title: 'An old title',
				issuer: "Prime Minister's Office, Canada",
				url: 'https://pm.gc.ca/en/node/16726',
				// The command line overrides the file's own publication facts.
				published: '2022-02-09',
				location: 'Ottawa, Canada',
				participants: ['justin-trudeau', 'kishida-fumio']
			},
			body: TRUDEAU
		});
		expect(out).toContain('# Saved by hand from the archived copy.');
		// Given fields are not repeated as extracted comments.
		expect(out).not.toMatch(/^# (location|participants):/m);
		expect(out).toMatch(/^# date: 2022-02-08 {3}# from "Yesterday"$/m);
		expect(results[0]!.location).toBe('Ottawa, Canada');
	});

	it('writes files the corpus accepts, with what the plan reported', () => {
		// Copies of two fixture pages, saved under other addresses (the same address is refused).
		const plans = [
			plan([input('000.txt', crlf(TRUDEAU))], {
				...TRUDEAU_FACTS,
				url: 'https://pm.gc.ca/en/news/readouts/2022/02/08/copy-for-a-test'
			}),
			plan([input('002.txt', BOM + KAMIKAWA)], {
				url: 'https://www.mofa.go.jp/na/na1/ca/copy_for_a_test.html',
				title: 'Foreign Ministers meet in Montreal'
			})
		];
		const added = plans.flatMap((p) => p.writes);
		expect(added.map((w) => w.name)).toEqual(plans.map((p) => p.results[0]!.name));
		const { corpus, problems } = buildCorpus(dataFiles(FIXTURE), [
			...rawSources(FIXTURE),
			...added
		]);
		expect(problems.map(formatProblem)).toEqual([]);
		for (const p of plans) {
			const r = p.results[0]!;
			const d = corpus!.documents.find((doc) => doc.file === r.name)!;
			expect(d).toMatchObject({ date: r.date, format: r.format, level: r.level, title: r.title });
			expect(d.participants.map((x) => x.id)).toEqual(r.participants.map((x) => x.id));
			expect(d.provenance).toMatchObject({ date: 'extracted', participants: 'extracted' });
		}
	});
});

describe('planIngest: problems', () => {
	const FACTS = [
		'title: A page',
		'issuer: Global Affairs Canada',
		'url: https://www.canada.ca/en/global-affairs/x.html',
		'published: 2024-01-13'
	];
	const withFrontMatter = (...lines: string[]) =>
		['---', ...FACTS, ...lines, '---', KAMIKAWA].join('\n');
	const problemsOf = (text: string, options: IngestOptions = {}) =>
		plan([input('p.txt', text)], options).problems.map(formatProblem);

	it.each([
		[
			'a front-matter date that is no date',
			['date: 2024-13-45'],
			'p.txt:6: date: is not a calendar date'
		],
		[
			'an unknown theme',
			['themes: [defence, no-such-theme]'],
			'p.txt:6: themes[1]: unknown theme "no-such-theme"'
		],
		[
			'an unknown person',
			['participants: [melanie-joly, nobody-here]'],
			'p.txt:6: participants[1]: unknown person "nobody-here"'
		],
		['an unknown field', ['venue: Montreal'], 'p.txt:6: has unknown field(s) "venue"'],
		[
			'a place in no known country',
			['location: Montreal, Atlantis'],
			'p.txt:6: location: country "Atlantis"'
		],
		['invalid YAML', ['participants: [melanie-joly'], 'p.txt:7: front matter: is not valid YAML']
	])('names the line of %s', (_, lines, start) => {
		expect(problemsOf(withFrontMatter(...lines))).toEqual([
			expect.stringMatching(`^${escape(start)}`)
		]);
	});

	it('names a front matter that never closes', () => {
		expect(problemsOf(`---\ntitle: x\n${KAMIKAWA}`)).toEqual([
			expect.stringMatching(/^p\.txt:1: front matter: opens with "---" but never closes/)
		]);
	});

	it('refuses front matter with no text below it', () => {
		expect(problemsOf(withFrontMatter().replace(KAMIKAWA, '\n'))).toEqual([
			expect.stringMatching(/^p\.txt:7: has no text below its front matter/)
		]);
	});

	it('names the option of a bad publication fact given on the command line', () => {
		expect(problemsOf(withFrontMatter(), { published: '2024-13-45' })).toEqual([
			'p.txt: published: is not a calendar date (--published 2024-13-45)'
		]);
		// One problem per value, though it breaks two rules.
		expect(problemsOf(withFrontMatter(), { published: '13/01/2024' })).toEqual([
			'p.txt: published: must be a date written YYYY-MM-DD (--published 13/01/2024)'
		]);
		expect(problemsOf(withFrontMatter('date: 13/01/2024'))).toEqual([
			'p.txt:6: date: must be a date written YYYY-MM-DD'
		]);
		expect(problemsOf(withFrontMatter(), { url: 'www.mofa.go.jp' })).toEqual([
			expect.stringMatching(
				/^p\.txt: url: must be an http\(s\) address .*\(--url www\.mofa\.go\.jp\)$/
			)
		]);
	});

	it('needs the address, title, issuer and publication date to write a file', () => {
		expect(problemsOf(TRUDEAU)).toEqual([
			expect.stringMatching(/^p\.txt: title: no title given and no heading found/),
			expect.stringMatching(/^p\.txt: url: no address of the original page/),
			expect.stringMatching(/^p\.txt: issuer: no issuer given, and no address/),
			'p.txt: published: no publication date given, and the page shows none — give --published YYYY-MM-DD'
		]);
		// A dry run can go without all but the date, which the event date may depend on.
		expect(problemsOf(TRUDEAU, { dryRun: true })).toEqual([
			'p.txt: published: no publication date given, and the page shows none — give --published YYYY-MM-DD'
		]);
	});

	it('refuses to overwrite a file, and says so in a dry run', () => {
		const existing = ['2022-02-08-trudeau-kishida-telephone-call.md'];
		const real = plan([input('000.txt', TRUDEAU)], TRUDEAU_FACTS, existing);
		expect(real.writes).toEqual([]);
		expect(real.problems.map(formatProblem)).toEqual([
			'000.txt: data/sources/2022-02-08-trudeau-kishida-telephone-call.md already exists: not overwritten — remove or rename that file first if this page replaces it'
		]);
		const dry = plan([input('000.txt', TRUDEAU)], { ...TRUDEAU_FACTS, dryRun: true }, existing);
		expect(dry.problems).toEqual([]);
		expect(dry.results[0]!.warnings).toContain(
			'data/sources/2022-02-08-trudeau-kishida-telephone-call.md already exists: a real run would refuse to overwrite it'
		);
	});

	it('writes nothing at all when any one input has a problem', () => {
		const good = input('good.txt', TRUDEAU);
		const alone = plan([good], TRUDEAU_FACTS);
		expect(alone.writes).toHaveLength(1);
		const mixed = plan([good, input('empty.txt', ''), input('bin.txt', '\0')], TRUDEAU_FACTS);
		expect(mixed.writes).toEqual([]);
		expect(mixed.results.map((r) => r.file)).toEqual(['good.txt']);
		expect(mixed.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^empty\.txt: is empty/),
			expect.stringMatching(/^bin\.txt:1: contains NUL bytes/)
		]);
	});

	it('refuses two inputs that would get the same name', () => {
		const at = (url: string, text: string) => `---\nurl: ${url}\n---\n${text}`;
		const { problems, writes } = plan(
			[
				input('a.txt', at('https://pm.gc.ca/en/node/1', TRUDEAU)),
				input('b.txt', at('https://pm.gc.ca/en/node/2', crlf(TRUDEAU)))
			],
			{ published: TRUDEAU_FACTS.published, title: TRUDEAU_FACTS.title }
		);
		expect(writes).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'b.txt: would be stored as data/sources/2022-02-08-trudeau-kishida-telephone-call.md, like a.txt in the same call — ingest one of them, or give them different titles'
		]);
	});

	it('puts every problem on one line', () => {
		const { problems } = plan(
			[input('p.txt', withFrontMatter('participants: [nobody-here]', 'date: 2024-13-45'))],
			{}
		);
		expect(problems).toHaveLength(2);
		for (const p of problems) expect(formatProblem(p)).not.toContain('\n');
	});
});

describe('planIngest: a page already in the corpus', () => {
	const urls = corpusUrls(rawSources(FIXTURE));
	const TRUDEAU_FILE = rawSources(FIXTURE).find((r) => r.name.startsWith('2022-02-08'))!.name;

	it.each([
		'https://pm.gc.ca/en/node/16726',
		'http://pm.gc.ca/en/node/16726',
		'https://PM.GC.CA/en/node/16726/',
		'https://pm.gc.ca/en/node/16726#page'
	])('refuses %s, naming the file that holds it', (url) => {
		const { problems, writes } = plan(
			[input('000.txt', TRUDEAU)],
			{ ...TRUDEAU_FACTS, url },
			[],
			urls
		);
		expect(writes).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			`000.txt: url: ${url} is already in the corpus: data/sources/${TRUDEAU_FILE} holds it (--url ${url}) — this page is saved already: review that file, or remove it first if this copy replaces it`
		]);
	});

	it('keeps addresses that differ in path or query apart', () => {
		for (const url of [
			'https://pm.gc.ca/en/node/16727',
			'https://pm.gc.ca/en/NODE/16726',
			'https://pm.gc.ca/en/node/16726?lang=fr'
		])
			expect(
				plan([input('000.txt', TRUDEAU)], { ...TRUDEAU_FACTS, url }, [], urls).problems
			).toEqual([]);
	});

	it('says so in a dry run, and refuses one address twice in a call', () => {
		const dry = plan([input('000.txt', TRUDEAU)], { ...TRUDEAU_FACTS, dryRun: true }, [], urls);
		expect(dry.problems).toEqual([]);
		expect(dry.results[0]!.warnings).toContain(
			`https://pm.gc.ca/en/node/16726 is already in the corpus: data/sources/${TRUDEAU_FILE} holds it: a real run would refuse it`
		);
		const at = (url: string, text: string) => `---\nurl: ${url}\n---\n${text}`;
		const twice = plan(
			[
				input('a.txt', at('https://pm.gc.ca/x', TRUDEAU)),
				input('b.txt', at('http://pm.gc.ca/x/', KAMIKAWA))
			],
			{ published: '2024-01-13', title: 'A page' }
		);
		expect(twice.writes).toEqual([]);
		expect(twice.problems.map(formatProblem)).toEqual([
			'b.txt:2: url: http://pm.gc.ca/x/ is also the address of a.txt in the same call — ingest the page once'
		]);
	});
});

describe('planIngest: the new publication facts', () => {
	it('writes --lang, --excerpt, --via and --original into the front matter', () => {
		const { writes, results, problems } = plan([input('000.txt', TRUDEAU)], {
			...TRUDEAU_FACTS,
			url: 'https://www.newswire.ca/news-releases/trudeau-kishida-call.html',
			issuer: "Prime Minister's Office, Canada",
			lang: 'en',
			excerpt: true,
			via: 'CNW',
			original: 'https://pm.gc.ca/en/node/16726'
		});
		expect(problems).toEqual([]);
		expect(written(writes[0]!.text).data).toEqual({
			title: 'Trudeau–Kishida telephone call',
			issuer: "Prime Minister's Office, Canada",
			url: 'https://www.newswire.ca/news-releases/trudeau-kishida-call.html',
			published: '2022-02-09',
			via: 'CNW',
			original: 'https://pm.gc.ca/en/node/16726',
			lang: 'en',
			excerpt: true
		});
		expect(results[0]).toMatchObject({ lang: 'en', excerpt: true, via: 'CNW' });
		expect(results[0]!.provenance.lang).toBe('given');
		const { corpus, problems: built } = buildCorpus(dataFiles(FIXTURE), [
			...rawSources(FIXTURE),
			...writes
		]);
		expect(built.map(formatProblem)).toEqual([]);
		const event = corpus!.events.find((e) => e.sources.includes(writes[0]!.name))!;
		expect(event.excerpt).toBe(true);
	});

	it('detects the language when not given, and prints it with the other facts', () => {
		const { writes, results } = plan([input('000.txt', TRUDEAU)], TRUDEAU_FACTS);
		expect(results[0]).toMatchObject({ lang: 'en', excerpt: false, via: null, original: null });
		expect(results[0]!.provenance.lang).toBe('extracted');
		expect(writes[0]!.text).toMatch(/^# lang: en {3}# detected from the text$/m);
		expect(written(writes[0]!.text).data).not.toHaveProperty('lang');
		expect(resultJson(results[0]!, 'x.md')).toMatchObject({ lang: 'en', excerpt: false });
	});

	it('refuses a language that is not en, fr or ja', () => {
		expect(
			plan([input('000.txt', TRUDEAU)], { ...TRUDEAU_FACTS, lang: 'de' }).problems.map(
				formatProblem
			)
		).toEqual([
			expect.stringMatching(
				/^000\.txt: lang: is not one of the allowed values \(--lang de\) — use one of "en", "fr", "ja"$/
			)
		]);
	});
});

describe('planIngest: hostile input — one problem line, nothing written', () => {
	const FACTS = [
		'title: A page',
		'issuer: Global Affairs Canada',
		'url: https://www.canada.ca/en/global-affairs/x.html',
		'published: 2024-01-13'
	].join('\n');
	const one = (text: string, options: IngestOptions = {}) => {
		const { problems, writes } = plan([input('p.txt', text)], options);
		expect(writes).toEqual([]);
		const lines = problems.map(formatProblem);
		expect(lines).toHaveLength(1);
		expect(lines[0]).not.toMatch(/[\n\r]/);
		return lines[0]!;
	};

	it('refuses a YAML alias bomb in the front matter, naming its line', () => {
		const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (const n of ['b', 'c', 'd', 'e', 'f', 'g', 'h'])
			laughs.push(
				`${n}: &${n} [${Array(9)
					.fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`)
					.join(', ')}]`
			);
		expect(one(`---\n${FACTS}\n${laughs.join('\n')}\n---\n${KAMIKAWA}`)).toMatch(
			/^p\.txt:7: front matter: expands YAML aliases \(\*name\) past 50 values: refused as a possible "billion laughs" attack/
		);
	});

	it('refuses a __proto__ key by name, and pollutes no prototype', () => {
		for (const proto of [
			'__proto__:\n  polluted: yes',
			'__proto__: {polluted: yes}',
			'"__proto__": x'
		])
			expect(one(`---\n${FACTS}\n${proto}\n---\n${KAMIKAWA}`)).toBe(
				'p.txt:6: __proto__: unknown field "__proto__" — remove it: no field has that name'
			);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('says when a page starting with a "---" line was read as front matter', () => {
		expect(one(`---\nJapan-Canada Relations\n---\n${KAMIKAWA}`)).toMatch(
			/^p\.txt:1: front matter: opens with "---", so line 2 \(up to the next "---"\) was read as front matter, but it holds none of its fields .* — if the saved page itself begins with a "---" line \(a horizontal rule\), delete that line/
		);
		expect(one(`---\n${KAMIKAWA}`)).toMatch(
			/^p\.txt:1: front matter: opens with "---" but never closes: the file was read as front matter/
		);
	});

	it.each([
		[
			'--published 1999',
			{ published: '1999-12-31' },
			/^p\.txt: published: 1999-12-31 is not a date from 2000-01-01 to 2027-11-27 \(a year from today\) \(--published 1999-12-31\)/
		],
		[
			'--published 2099',
			{ published: '2099-01-01' },
			/^p\.txt: published: 2099-01-01 is not a date from 2000-01-01/
		],
		[
			'--published a year and a day ahead',
			{ published: '2027-11-28' },
			/^p\.txt: published: 2027-11-28 is not a date/
		]
	])('refuses %s', (_, options, expected) => {
		expect(one(KAMIKAWA, { ...options, today: '2026-11-27', dryRun: true })).toMatch(expected);
	});

	it('refuses front-matter dates out of range, naming the line', () => {
		const today = { today: '2026-11-27' };
		expect(one(`---\n${FACTS}\ndate: 1999-05-03\n---\n${KAMIKAWA}`, today)).toBe(
			'p.txt:6: date: 1999-05-03 is not a date from 2000-01-01 to 2027-11-27 (a year from today) — check the year'
		);
		expect(
			one(`---\n${FACTS.replace('2024-01-13', '2099-01-13')}\n---\n${KAMIKAWA}`, today)
		).toMatch(/^p\.txt:5: published: 2099-01-13 is not a date/);
		// The bounds themselves are accepted, and "today" is the clock's when not injected.
		for (const published of ['2000-01-01', '2027-11-27'])
			expect(
				plan([input('p.txt', KAMIKAWA)], { published, dryRun: true, today: '2026-11-27' }).problems
			).toEqual([]);
		expect(latestDate('2028-02-29')).toBe('2029-03-01');
	});

	it.each([
		[
			'a newline in --url',
			{ url: 'https://pm.gc.ca/en/node/1\nissuer: forged' },
			'url',
			'U+000A (a line break)',
			'"https://pm.gc.ca/en/node/1\\nissuer: forged"'
		],
		[
			'a carriage return in --title',
			{ title: 'A title\rforged' },
			'title',
			'U+000D (a line break)',
			'"A title\\rforged"'
		],
		[
			'an escape in --issuer',
			{ issuer: 'Global Affairs\u001b[31m' },
			'issuer',
			'U+001B (a control character)',
			'"Global Affairs\\u001b[31m"'
		],
		[
			'a bidi override in --title',
			{ title: 'A \u202Eeltit' },
			'title',
			'U+202E (a bidirectional control)',
			'"A \u202Eeltit"'
		]
	])('refuses %s', (_, options, field, what, value) => {
		const line = one(KAMIKAWA, {
			url: 'https://www.mofa.go.jp/x.html',
			published: '2024-01-13',
			...options
		});
		expect(line).toBe(
			`p.txt: ${field}: contains ${what}, which a one-line fact cannot hold (--${field} ${value}) — give the value on one line, without control characters`
		);
	});

	it('refuses a control character in a front-matter field, naming its line', () => {
		expect(one(`---\n${FACTS}\nvia: "CNW\\nforged: yes"\n---\n${KAMIKAWA}`)).toBe(
			'p.txt:6: via: contains U+000A (a line break), which a one-line fact cannot hold — give the value on one line, without control characters'
		);
	});

	it('strips bidi controls from the text with a warning, and stores offsets into what it writes', () => {
		const hostile = KAMIKAWA.replace('Montreal', '\u202EMontreal\u202C').replace(
			'Kamikawa',
			'\u2067Kamikawa\u2069'
		);
		const { writes, results, problems } = plan([input('p.txt', hostile)], {
			url: 'https://www.mofa.go.jp/na/na1/ca/bidi_test.html',
			title: 'Foreign Ministers meet, with bidi controls'
		});
		expect(problems).toEqual([]);
		expect(results[0]!.warnings).toContainEqual(
			expect.stringMatching(
				/^removed \d+ bidirectional control character\(s\) \(U\+202E, U\+202C, U\+2067, U\+2069\) .* the file is written without them/
			)
		);
		expect(results[0]!.location).toBe('Montreal, Canada');
		expect(written(writes[0]!.text).body).toBe(KAMIKAWA);
		const { broken } = corpusInvariants(dataFiles(FIXTURE), [...rawSources(FIXTURE), ...writes]);
		expect(broken).toEqual([]);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('planIngest: a version of a source (--translation-of)', () => {
	const ORIGINAL = '2022-02-08-trudeau-kishida-telephone-call.md';
	// A test string, in French; the facts below are the fixture's.
	const FRENCH =
		'Hier, le premier ministre Justin Trudeau s’est entretenu avec le premier ministre du Japon, Kishida Fumio.\n\nLes dirigeants ont discuté des liens commerciaux entre le Canada et le Japon.\n';
	const OPTIONS: IngestOptions = {
		title: 'Le premier ministre Trudeau s’entretient avec le premier ministre Kishida',
		issuer: "Prime Minister's Office, Canada",
		url: 'https://pm.gc.ca/fr/node/16726',
		published: '2022-02-09',
		lang: 'fr',
		translationOf: ORIGINAL
	};
	const facts = (more: [string, StoredFacts][] = []) =>
		new Map<string, StoredFacts>([[ORIGINAL, { lang: 'en', translationOf: null }], ...more]);
	const planVersion = (options: IngestOptions = OPTIONS, more: [string, StoredFacts][] = []) =>
		planIngest(
			[input('fr.txt', FRENCH)],
			options,
			realReference(),
			new Set([ORIGINAL, ...more.map(([n]) => n)]),
			new Map(),
			facts(more)
		);

	it('writes <original>.<lang>.md with translationOf and lang, and no event facts', () => {
		const { writes, problems, results } = planVersion();
		expect(problems).toEqual([]);
		expect(writes.map((w) => w.name)).toEqual(['2022-02-08-trudeau-kishida-telephone-call.fr.md']);
		const text = writes[0]!.text;
		expect(written(text).data).toEqual({
			title: OPTIONS.title,
			issuer: OPTIONS.issuer,
			url: OPTIONS.url,
			published: '2022-02-09',
			lang: 'fr',
			translationOf: ORIGINAL
		});
		expect(written(text).body).toBe(FRENCH);
		expect(text).toContain(`\n# a version of ${ORIGINAL}: the event's facts are that file's\n`);
		expect(text).not.toMatch(/# (date|participants|format):/);
		expect(resultJson(results[0]!, 'x.md')).toMatchObject({ translationOf: ORIGINAL, lang: 'fr' });
		expect(formatReport(results[0]!, 'x.md')).toContain(`version of:   ${ORIGINAL}`);
	});

	it('the written version builds into the corpus beside its original, counted nowhere', () => {
		const sources = rawSources(FIXTURE);
		const original = sources.find((s) => s.name.startsWith('2022-02-08'))!.name;
		const { writes } = planIngest(
			[input('fr.txt', FRENCH)],
			{ ...OPTIONS, translationOf: original },
			realReference(),
			new Set(sources.map((s) => s.name)),
			corpusUrls(sources),
			corpusFacts(sources)
		);
		expect(writes).toHaveLength(1);
		const before = buildCorpus(dataFiles(FIXTURE), sources).corpus!;
		const after = buildCorpus(dataFiles(FIXTURE), [
			...sources,
			{ name: writes[0]!.name, text: writes[0]!.text }
		]);
		expect(after.problems.map(formatProblem)).toEqual([]);
		expect(after.corpus!.events).toEqual(before.events);
		expect(after.corpus!.versions.map((v) => [v.file, v.translationOf])).toEqual([
			[writes[0]!.name, original]
		]);
	});

	const cases: {
		name: string;
		options?: IngestOptions;
		more?: [string, StoredFacts][];
		problem: RegExp;
	}[] = [
		{
			name: 'an original that is not in data/sources/',
			options: { ...OPTIONS, translationOf: 'nope.md' },
			problem:
				/^fr\.txt: translationOf: "nope\.md" is not a file in data\/sources\/ \(--translation-of nope\.md\) — name the file/
		},
		{
			name: 'a version of a version',
			options: { ...OPTIONS, translationOf: 'v.ja.md', lang: 'fr' },
			more: [['v.ja.md', { lang: 'ja', translationOf: ORIGINAL }]],
			problem: new RegExp(
				`^fr\\.txt: translationOf: v\\.ja\\.md is itself a version \\(of ${ORIGINAL.replace(/\./g, '\\.')}\\), not a source`
			)
		},
		{
			name: 'the language of its original',
			options: { ...OPTIONS, lang: 'en' },
			problem:
				/^fr\.txt: lang: is "en", the language of its original .* \(--lang en\) — check --lang/
		},
		{
			name: 'a second version in one language',
			more: [['other.fr.md', { lang: 'fr', translationOf: ORIGINAL }]],
			problem: /^fr\.txt: translationOf: .* already has a "fr" version, other\.fr\.md/
		},
		{
			name: 'no language given',
			options: { ...OPTIONS, lang: undefined },
			problem: /^fr\.txt: lang: is missing: a version must say its language.* — give --lang fr/
		}
	];
	for (const c of cases)
		it(`refuses ${c.name}, naming the field, and writes nothing`, () => {
			const { problems, writes } = planVersion(c.options, c.more);
			expect(problems.map(formatProblem)).toEqual([expect.stringMatching(c.problem)]);
			expect(writes).toEqual([]);
		});

	it('refuses a fact about the event in the page’s own front matter', () => {
		const { problems } = planIngest(
			[input('fr.md', `---\ndate: 2022-02-08\n---\n${FRENCH}`)],
			OPTIONS,
			realReference(),
			new Set([ORIGINAL]),
			new Map(),
			facts()
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^fr\.md:2: date: is a fact about the event, and a version/)
		]);
	});

	it('corpusFacts reads a language given or from the text, and what a file translates', () => {
		const f = corpusFacts([
			{
				name: 'a.md',
				text: '---\ntitle: T\n---\nLe premier ministre a rencontré le Japon aujourd’hui.'
			},
			{ name: 'b.md', text: '---\nlang: ja\ntranslationOf: a.md\n---\nThe text.' }
		]);
		expect(Object.fromEntries(f)).toEqual({
			'a.md': { lang: 'fr', translationOf: null },
			'b.md': { lang: 'ja', translationOf: 'a.md' }
		});
	});
});
