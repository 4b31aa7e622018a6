/**
 * Other-language versions of sources (`translationOf`): the model (counted nowhere, tagged for
 * display), the validation messages (file, line, field), the invariants, and the reading order.
 * Built on the fixture corpus, which these tests own; the French text below is a test string.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type RawSource } from './corpus';
import { checkCorpus } from './invariants';
import { formatProblem, type Lang } from './schema';
import { dataFiles, FIXTURE, rawSources } from './testing';
import { readingOrder, versionFor, versionsBySource } from './versions';

const ORIGINAL =
	'2022-02-08-prime-minister-justin-trudeau-speaks-with-prime-minister-of-japan-kishida-fumio.md';
const VERSION = `${ORIGINAL.replace(/\.md$/, '')}.fr.md`;

const FRENCH = [
	'Hier, le premier ministre Justin Trudeau s’est entretenu avec le premier ministre du Japon, Kishida Fumio.',
	'',
	'Les premiers ministres ont réaffirmé leur vision commune d’une région indo-pacifique libre et ouverte.',
	'',
	'Les dirigeants ont discuté des liens commerciaux entre le Canada et le Japon.'
].join('\n');

const front = (fields: Record<string, string>) =>
	Object.entries(fields)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');

const VERSION_FM = {
	title: 'Le premier ministre Justin Trudeau s’entretient avec le premier ministre du Japon',
	issuer: "Prime Minister's Office, Canada",
	url: 'https://pm.gc.ca/fr/node/16726',
	published: '2022-02-09',
	lang: 'fr',
	translationOf: ORIGINAL
};

function version(name = VERSION, fields: Record<string, string> = {}, body = FRENCH): RawSource {
	return { name, text: `---\n${front({ ...VERSION_FM, ...fields })}\n---\n${body}\n` };
}

/** The fixture's data files, with a French pattern for one theme (as data/themes.yaml has). */
function files() {
	const f = dataFiles(FIXTURE);
	f.themes = f.themes.replace(
		'      - Indo-Pacific\n',
		'      - Indo-Pacific\n      - indo-pacifique\n'
	);
	return f;
}

function build(extra: RawSource[]) {
	return buildCorpus(files(), [...rawSources(FIXTURE), ...extra]);
}

function problems(extra: RawSource[]): string[] {
	const { corpus, problems } = build(extra);
	expect(corpus).toBeNull();
	return problems.map(formatProblem);
}

describe('a version (translationOf)', () => {
	const without = build([]).corpus!;
	const withVersion = build([version()]).corpus!;

	it('builds, and keeps the corpus invariants', () => {
		expect(withVersion).not.toBeNull();
		expect(checkCorpus(withVersion, [...rawSources(FIXTURE), version()])).toEqual([]);
	});

	it('adds no document, event, participant or count: the corpus is the same without it', () => {
		expect(withVersion.documents).toEqual(without.documents);
		expect(withVersion.events).toEqual(without.events);
		expect(without.versions).toEqual([]);
	});

	it('is its own page, in its language, with its sentences tagged for display', () => {
		const [v] = withVersion.versions;
		expect(v).toMatchObject({
			file: VERSION,
			translationOf: ORIGINAL,
			lang: 'fr',
			url: 'https://pm.gc.ca/fr/node/16726',
			title: VERSION_FM.title,
			excerpt: false
		});
		expect(v!.sentences.map((s) => s.text)).toHaveLength(3);
		expect(v!.themes).toEqual([
			expect.objectContaining({ id: 'indo-pacific', mentions: 1, sentences: [1] })
		]);
		expect(versionsBySource(withVersion.versions).get(ORIGINAL)).toEqual([v]);
	});

	it('an invariant catches a version that an event counts', () => {
		const broken = structuredClone(withVersion);
		broken.events.find((e) => e.sources.includes(ORIGINAL))!.sources.push(VERSION);
		expect(checkCorpus(broken, [...rawSources(FIXTURE), version()])).toContain(
			`data/sources/${VERSION}: is a version, yet an event counts it as a source`
		);
	});
});

describe('validation of versions: file, line and field', () => {
	it('an unknown original', () => {
		expect(problems([version(VERSION, { translationOf: 'no-such-source.md' })])).toEqual([
			`data/sources/${VERSION}:7: translationOf: "no-such-source.md" is not a file in data/sources/ — name the file of the source this text is a version of`
		]);
	});

	it('a version of a version', () => {
		const second = version('second.ja.md', {
			translationOf: VERSION,
			lang: 'ja',
			url: 'https://example.org/ja'
		});
		expect(problems([version(), second])).toEqual([
			`data/sources/second.ja.md:7: translationOf: ${VERSION} is itself a version (of ${ORIGINAL}), not a source — name the source: "translationOf: ${ORIGINAL}"`
		]);
	});

	it('a version in the language of its original', () => {
		expect(problems([version(VERSION, { lang: 'en' })])).toEqual([
			expect.stringMatching(
				new RegExp(
					`^data/sources/${VERSION.replace(/\./g, '\\.')}:6: lang: is "en", the language of its original ${ORIGINAL.replace(/\./g, '\\.')}: a version is the same text in another language — `
				)
			)
		]);
	});

	it('two versions in one language', () => {
		const twin = version('twin.fr.md', { url: 'https://example.org/twin' });
		expect(problems([version(), twin])).toEqual([
			`data/sources/twin.fr.md:7: translationOf: ${ORIGINAL} already has a "fr" version, ${VERSION} — keep one version of a source per language: remove one of the two`
		]);
	});

	it('a fact about the event, and a missing language', () => {
		const text = version()
			.text.replace('lang: fr\n', '')
			.replace('---\n', '---\ndate: 2022-02-08\n');
		expect(problems([{ name: VERSION, text }])).toEqual([
			expect.stringMatching(
				/:2: date: is a fact about the event, and a version \(translationOf: .*\) takes the event's facts from its original — remove it/
			),
			expect.stringMatching(/:7: lang: is missing: a version must say its language/)
		]);
	});

	it('the address of another file', () => {
		expect(problems([version(VERSION, { url: 'https://pm.gc.ca/en/node/16726' })])).toEqual([
			`data/sources/${VERSION}: url: the address https://pm.gc.ca/en/node/16726 is already the source of ${ORIGINAL} — keep one file per page: remove one of the two`
		]);
	});
});

describe('readingOrder', () => {
	const s = (issuer: string, lang: Lang, file: string) => ({ issuer, lang, file });
	const cases: { name: string; lang: Lang; input: ReturnType<typeof s>[]; files: string[] }[] = [
		{
			name: 'on the Japanese site, MOFA’s Japanese page comes before its English one',
			lang: 'ja',
			input: [s('PMO', 'en', 'pmo'), s('MOFA', 'en', 'mofa-en'), s('MOFA', 'ja', 'mofa-ja')],
			files: ['pmo', 'mofa-ja', 'mofa-en']
		},
		{
			name: 'other issuers keep their places',
			lang: 'ja',
			input: [s('MOFA', 'en', 'mofa-en'), s('PMO', 'en', 'pmo'), s('MOFA', 'ja', 'mofa-ja')],
			files: ['mofa-ja', 'pmo', 'mofa-en']
		},
		{
			name: 'nothing to change in a language no source is in',
			lang: 'fr',
			input: [s('MOFA', 'ja', 'mofa-ja'), s('MOFA', 'en', 'mofa-en')],
			files: ['mofa-ja', 'mofa-en']
		},
		{
			name: 'a Japanese source of another issuer does not move',
			lang: 'ja',
			input: [s('PMO', 'en', 'pmo'), s('Kantei', 'ja', 'kantei')],
			files: ['pmo', 'kantei']
		}
	];
	for (const c of cases)
		it(c.name, () => expect(readingOrder(c.input, c.lang).map((x) => x.file)).toEqual(c.files));
});

describe('versionFor', () => {
	const fr = { lang: 'fr' as const, file: 'x.fr.md' };
	const ja = { lang: 'ja' as const, file: 'x.ja.md' };
	it.each([
		['the French version on the French site', 'en', [fr, ja], 'fr', 'x.fr.md'],
		['nothing on the English site for an English source', 'en', [fr], 'en', undefined],
		['nothing when no version is in the page’s language', 'en', [fr], 'ja', undefined],
		['the Japanese version on the Japanese site', 'en', [fr, ja], 'ja', 'x.ja.md']
	] as const)('%s', (_n, lang, versions, page, file) => {
		expect(versionFor({ lang, versions }, page)?.file).toBe(file);
	});
});
