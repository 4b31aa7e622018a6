/**
 * The live corpus (data/, or the folder CJT_DATA_DIR names) keeps every invariant of
 * invariants.ts: it grows by the day, so nothing here counts documents or events. The same rules
 * hold of the fixture corpus, and each rule is shown to catch the corpus that breaks it.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus, RawSource } from './corpus';
import { formatLocation } from './extract';
import { checkCorpus, corpusInvariants } from './invariants';
import { RECORD_FILE } from './record';
import { RecordFile, type RecordOnlyEvent } from './schema';
import { dataFiles, DATA, FIXTURE, rawSources } from './testing';
import { parseYaml } from './yaml-data';

/** Japanese script: kana, kanji, or the full-width forms. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\uff00-\uffef]/u;
/** An ordinary space where French typography puts a no-break one: before : ; ! ? », after «. */
const FRENCH_SPACE = / [:;!?»]|« /;

/**
 * What the French and Japanese pages would show in English, or show badly: every theme, framework
 * area, milestone, record-only event and office, and every place the record names, needs its
 * French and Japanese form (src/lib/i18n/README.md, rule 10); a Japanese form is written in
 * Japanese, and a French one spaces its punctuation as French does. Each problem names the record
 * and the field.
 */
function untranslated(
	corpus: Pick<Corpus, 'taxonomy' | 'milestones' | 'events' | 'people' | 'leads'>,
	recordEvents: readonly RecordOnlyEvent[]
): string[] {
	const problems: string[] = [];
	const checkFrench = (what: string, fr: string) => {
		if (FRENCH_SPACE.test(fr))
			problems.push(`${what}: the French has an ordinary space at « : ; ! ? »`);
	};
	const check = (what: string, fr: string | undefined, ja: string | undefined) => {
		if (!fr) problems.push(`${what}: no French`);
		else checkFrench(what, fr);
		if (!ja) problems.push(`${what}: no Japanese`);
		else if (!JAPANESE.test(ja)) problems.push(`${what}: the Japanese "${ja}" is not in Japanese`);
	};
	for (const t of corpus.taxonomy.themes) {
		check(`theme ${t.id} label`, t.label_fr, t.label_ja);
		check(`theme ${t.id} definition`, t.definition_fr, t.definition_ja);
	}
	for (const f of corpus.taxonomy.frameworks) {
		check(`framework area ${f.id} label`, f.label_fr, f.label_ja);
		check(`framework area ${f.id} framework`, f.framework_fr, f.framework_ja);
	}
	for (const m of corpus.milestones) check(`milestone ${m.id} title`, m.title_fr, m.title_ja);
	for (const r of recordEvents) {
		check(`record-only event ${r.date} ${r.title}`, r.title_fr, r.title_ja);
		r.others.forEach((other, i) =>
			check(
				`record-only event ${r.date} ${r.title}: others[${i}]`,
				r.others_fr?.[i],
				r.others_ja?.[i]
			)
		);
	}
	for (const l of corpus.leads) check(`lead ${l.when} ${l.title}`, l.title_fr, l.title_ja);
	// Every office, held or not: a participant's office is shown beside the name on every page.
	for (const o of corpus.people.offices.values())
		check(`office ${o.id} title`, o.title_fr, o.title_ja);
	for (const p of corpus.people.people)
		for (const t of p.terms)
			if (t.title_fr !== undefined)
				checkFrench(`person ${p.id}: term ${t.office} from ${t.from} title_fr`, t.title_fr);
	const places = new Map(
		corpus.events.flatMap((e) =>
			e.location ? [[formatLocation(e.location), e.location] as const] : []
		)
	);
	for (const [place, { city, country }] of places) {
		const c = corpus.people.countries.find((k) => k.name === country);
		check(`place "${place}": country ${country}`, c?.name_fr, c?.name_ja);
		if (city) check(`place "${place}": city ${city}`, c?.cities_fr?.[city], c?.cities_ja?.[city]);
	}
	return problems;
}

describe(`the corpus in ${DATA}`, () => {
	const { corpus, broken } = corpusInvariants(dataFiles(DATA), rawSources(DATA));

	it('builds, and keeps every invariant', () => {
		expect(broken).toEqual([]);
		expect(corpus?.documents.length).toBeGreaterThan(0);
	});

	it('has every data label and every place of the record in French and Japanese', () => {
		const record = dataFiles(DATA).record;
		const recordEvents = record
			? (parseYaml(RECORD_FILE, record, RecordFile).value?.events ?? [])
			: [];
		expect(untranslated(corpus!, recordEvents)).toEqual([]);
	});

	it('has a rule for translations that catches what is missing or malformed', () => {
		const copy = structuredClone(corpus!);
		delete copy.taxonomy.themes[0]!.label_fr;
		copy.milestones[0]!.title_ja = 'An English title';
		copy.taxonomy.frameworks[0]!.label_fr = 'Priorités : un espace ordinaire';
		const located = copy.events.find((e) => e.location?.city)!.location!;
		delete copy.people.countries.find((c) => c.name === located.country)!.cities_ja![located.city!];
		copy.leads[0]!.title_ja = undefined;
		const office = [...copy.people.offices.values()][0]!;
		delete office.title_ja;
		const holder = copy.people.people.find((p) => p.terms.length)!;
		holder.terms[0]!.title_fr = 'ministre : un espace ordinaire';
		const call = {
			date: '2024-01-01',
			title: 'A call',
			title_ja: '電話会談',
			others: ['An ambassador'],
			others_fr: ['Un ambassadeur']
		};
		expect(untranslated(copy, [call as RecordOnlyEvent])).toEqual([
			`theme ${copy.taxonomy.themes[0]!.id} label: no French`,
			`framework area ${copy.taxonomy.frameworks[0]!.id} label: the French has an ordinary space at « : ; ! ? »`,
			`milestone ${copy.milestones[0]!.id} title: the Japanese "An English title" is not in Japanese`,
			'record-only event 2024-01-01 A call: no French',
			'record-only event 2024-01-01 A call: others[0]: no Japanese',
			`lead ${copy.leads[0]!.when} ${copy.leads[0]!.title}: no Japanese`,
			`office ${office.id} title: no Japanese`,
			`person ${holder.id}: term ${holder.terms[0]!.office} from ${holder.terms[0]!.from} title_fr: the French has an ordinary space at « : ; ! ? »`,
			`place "${formatLocation(located)}": city ${located.city}: no Japanese`
		]);
	});

	it('gives every source its language, issuer, address and publication date', () => {
		for (const d of corpus?.documents ?? [])
			expect([d.file, d.lang, !!d.issuer, !!d.url, d.published]).toEqual([
				d.file,
				expect.stringMatching(/^(en|fr|ja)$/),
				true,
				true,
				expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
			]);
	});
});

describe('the invariants', () => {
	const files = dataFiles(FIXTURE);
	const sources = rawSources(FIXTURE);
	const brokenBy = (change: (s: RawSource[]) => RawSource[], today?: string) =>
		corpusInvariants(files, change(sources.map((s) => ({ ...s }))), today).broken;
	const edit = (prefix: string, from: string | RegExp, to: string) => (s: RawSource[]) =>
		s.map((r) => (r.name.startsWith(prefix) ? { ...r, text: r.text.replace(from, to) } : r));

	it('hold of the fixture corpus', () => {
		expect(corpusInvariants(files, sources).broken).toEqual([]);
	});

	it('catch a page saved twice under two forms of its address', () => {
		const copy = sources.find((s) => s.name.startsWith('2022-02-08'))!;
		expect(
			brokenBy((s) => [
				...s,
				{
					name: '2022-02-08-copy.md',
					text: copy.text.replace(
						'https://pm.gc.ca/en/node/16726',
						'http://PM.gc.ca/en/node/16726/'
					)
				}
			])
		).toContainEqual(expect.stringMatching(/already the source of 2022-02-08-prime-minister/));
	});

	it('catch a publication date outside 2000 to a year from today', () => {
		expect(
			brokenBy(edit('2024-01-13', 'published: 2024-01-13', 'published: 2024-01-13'), '2022-01-01')
		).toContainEqual(
			'data/sources/2024-01-13-japan-canada-foreign-ministers-meeting.md: published 2024-01-13 is not a date from 2000-01-01 to 2023-01-01'
		);
	});

	it('catch a saved text holding bidi controls', () => {
		expect(brokenBy(edit('2024-01-13', 'Montreal', '\u202EMontreal'))).toContain(
			'data/sources/2024-01-13-japan-canada-foreign-ministers-meeting.md: the saved text holds bidirectional control characters'
		);
	});

	it('catch a milestone quote that is not in its source', () => {
		const { broken } = corpusInvariants(
			{ ...files, milestones: files.milestones.replace('legally binding', 'binding') },
			sources
		);
		expect(broken).toContainEqual(expect.stringMatching(/^does not build: .*the quote is not in/));
	});

	it('catch a record-only event without a basis that would name its reports', () => {
		const record = `events:\n  - date: 2023-05-19\n    title: A pull-aside\n    format: meeting\n    level: leaders\n    location: null\n    basis: reports\n`;
		expect(corpusInvariants({ ...files, record }, sources).broken).toContainEqual(
			expect.stringMatching(/^does not build: data\/record\.yaml:\d+: events\[0\]\.basis/)
		);
	});

	describe('over a built corpus', () => {
		const built = corpusInvariants(files, sources).corpus!;
		/** The rules a corpus breaks once `change` has been made to a deep copy of it. */
		const brokenAfter = (change: (c: typeof built) => void) => {
			const copy = structuredClone(built);
			change(copy);
			return checkCorpus(copy, sources);
		};
		const meeting = (c: typeof built) => c.documents.find((d) => d.file.startsWith('2024-01-13'))!;

		it.each([
			[
				'a count that is not the number of sentences carrying the theme',
				(c: typeof built) => (meeting(c).themes[0]!.mentions += 1),
				/mentions, but \d+ sentences carry it/
			],
			[
				'evidence that is not the text of its sentences',
				(c: typeof built) => (meeting(c).themes[0]!.evidence[0] = 'Something else.'),
				/its evidence is not the text of its sentences/
			],
			[
				'a sentence that is not the saved text at its offsets',
				(c: typeof built) => (meeting(c).sentences[1]!.start += 1),
				/sentence 1 is not the saved text at/
			],
			[
				'a theme a sentence carries that the document does not count',
				(c: typeof built) => (meeting(c).themes = meeting(c).themes.slice(1)),
				/sentence \d+ carries it, uncounted/
			],
			[
				'a source without a language',
				(c: typeof built) => ((meeting(c) as { lang: string }).lang = 'de'),
				/lang "de" is not en, fr or ja/
			],
			[
				'a source without an issuer',
				(c: typeof built) => (meeting(c).issuer = ''),
				/has no issuer/
			],
			[
				'an excerpt flag that does not reach the event',
				(c: typeof built) => (meeting(c).excerpt = true),
				/excerpt is false, unlike its sources/
			],
			[
				'an event count that is not the sum over its sources',
				(c: typeof built) => (c.events[0]!.themes[0]!.mentions += 1),
				/mentions, its sources have/
			],
			[
				'a record-only event with sources and themes',
				(c: typeof built) =>
					c.events.push({
						...structuredClone(c.events[0]!),
						id: 'record-only',
						recordOnly: true,
						basis: null
					}),
				/is record-only but has sources/
			],
			[
				'a document in no event',
				(c: typeof built) =>
					(c.events = c.events.filter((e) => !e.sources.some((f) => f.startsWith('2024-01-13')))),
				/is a source of 0 events, not one/
			]
		])('catch %s', (_, change, expected) => {
			expect(brokenAfter(change)).toContainEqual(expect.stringMatching(expected));
		});
	});
});
