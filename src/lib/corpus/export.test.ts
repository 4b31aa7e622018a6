/**
 * The downloads say what a reader must know about each event and source: record-only events,
 * excerpts, languages, republications. Built over the fixture corpus with one record-only event
 * and one source marked as an excerpt, so every flag has a case that is set and one that is not.
 * The home page's events come from the same projection (toHomeEvent), pinned here field by field.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import {
	CSV_COLUMNS,
	documentsByFile,
	toEventsCsv,
	toEventsJson,
	toHomeEvent,
	type HomeEvent
} from './export';
import { formatLocation } from './extract';
import { formatProblem } from './schema';
import { dataFiles, FIXTURE, rawSources } from './testing';

const EXCERPT_FILE = '2024-01-13-japan-canada-foreign-ministers-meeting.md';

const RECORD = `events:
  - date: 2025-12-12
    title: Canada-Japan Mutual Legal Assistance Treaty signed
    format: signing
    level: officials
    location: Ottawa, Canada
    others: [Ambassador of Japan to Canada]
    basis: Reported by two news agencies on 12 December 2025; no government text located.
    reports: [https://example.org/report]
leads: []
`;

function corpus() {
	const sources = rawSources(FIXTURE).map((s) =>
		s.name === EXCERPT_FILE ? { ...s, text: s.text.replace(/^---\n/, '---\nexcerpt: true\n') } : s
	);
	const { corpus, problems } = buildCorpus({ ...dataFiles(FIXTURE), record: RECORD }, sources);
	if (!corpus) throw new Error(problems.map(formatProblem).join('\n'));
	return corpus;
}

const c = corpus();
const json = toEventsJson(c);
const recordOnly = json.events.find((e) => e.recordOnly)!;
const montreal = json.events.find((e) => e.sources.some((s) => s.file === EXCERPT_FILE))!;

/** Every field of HomeEvent, in the order events.json writes them: a new one is a choice to make. */
const HOME_FIELDS = [
	'id',
	'date',
	'dateJapan',
	'title',
	'label',
	'format',
	'level',
	'location',
	'framework',
	'participants',
	'recordOnly',
	'excerpt',
	'langs',
	'basis',
	'others',
	'themes',
	'sources'
] as const satisfies readonly (keyof HomeEvent)[];

const SOURCE_FIELDS = ['file', 'title', 'issuer', 'url', 'published', 'lang', 'excerpt'];

describe('toHomeEvent', () => {
	const documents = documentsByFile(c);
	const home = c.events.map((e) => toHomeEvent(e, documents));

	it('gives every event exactly the fields of HomeEvent', () => {
		for (const h of home) expect(Object.keys(h), h.id).toEqual([...HOME_FIELDS]);
	});

	it('takes the record’s facts as they are, writes the place out and names the sources', () => {
		for (const [i, e] of c.events.entries()) {
			const h = home[i]!;
			const { location, sources, ...facts } = h;
			for (const [k, v] of Object.entries(facts))
				expect(v, `${e.id} ${k}`).toEqual(e[k as keyof typeof e]);
			expect(location, e.id).toBe(formatLocation(e.location));
			expect(sources.map((s) => s.file)).toEqual(e.sources);
			for (const s of sources) {
				expect(Object.keys(s)).toEqual(SOURCE_FIELDS);
				expect(s).toMatchObject({ lang: documents.get(s.file)!.lang });
			}
		}
		expect(home.find((h) => h.recordOnly)).toMatchObject({
			location: 'Ottawa, Canada',
			sources: [],
			others: ['Ambassador of Japan to Canada']
		});
		// The fixture has a located meeting and people with ids, so neither check above is empty.
		expect(home.some((h) => h.location !== null && !h.recordOnly)).toBe(true);
		expect(home.flatMap((h) => h.participants).every((p) => p.id.length > 0)).toBe(true);
		expect(home.flatMap((h) => h.participants).length).toBeGreaterThan(0);
	});

	it('is what events.json starts from: the same facts in the same order, plus the download’s own', () => {
		for (const [i, j] of json.events.entries()) {
			const h = home[i]!;
			expect(Object.keys(j), h.id).toEqual([
				...HOME_FIELDS.slice(0, HOME_FIELDS.indexOf('basis') + 1),
				'reports',
				'others',
				'themes',
				'sources'
			]);
			const { participants, reports, sources, ...rest } = j;
			expect({ ...rest, participants, sources: [] }).toEqual({
				...h,
				participants: h.participants.map(({ name, office, country }) => ({
					name,
					office,
					country
				})),
				sources: []
			});
			expect(reports).toEqual(c.events[i]!.reports);
			for (const [k, s] of sources.entries()) expect(s).toMatchObject(h.sources[k]!);
		}
	});
});

describe('events.json', () => {
	it('flags the record-only event, with what its facts rest on and no sources', () => {
		expect(recordOnly).toMatchObject({
			date: '2025-12-12',
			format: 'signing',
			level: 'officials',
			recordOnly: true,
			excerpt: false,
			langs: [],
			basis: expect.stringContaining('news agencies'),
			reports: ['https://example.org/report'],
			others: ['Ambassador of Japan to Canada'],
			themes: [],
			sources: []
		});
	});

	it('flags an excerpt on the source and on its event, and gives every source its language', () => {
		expect(montreal.excerpt).toBe(true);
		expect(montreal.sources[0]).toMatchObject({ excerpt: true, lang: 'en', via: null });
		for (const e of json.events) {
			expect(e.excerpt, e.id).toBe(e.sources.some((s) => s.excerpt));
			expect(e.langs, e.id).toEqual([...new Set(e.sources.map((s) => s.lang))]);
			if (!e.recordOnly) expect(e.basis, e.id).toBeNull();
			for (const s of e.sources)
				expect(Object.keys(s)).toEqual(
					expect.arrayContaining(['lang', 'excerpt', 'via', 'original'])
				);
		}
		expect(json.events.filter((e) => e.excerpt)).toHaveLength(1);
	});
});

describe('events.csv', () => {
	const rows = toEventsCsv(c)
		.trimEnd()
		.split('\r\n')
		.map((r) => r.split(','));
	it('names its columns as CSV_COLUMNS does', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
	});

	it('keeps the old columns first and adds record_only, excerpt, langs', () => {
		expect(rows[0]!.slice(0, 11)).toEqual([
			'event_id',
			'date',
			'title',
			'format',
			'level',
			'location',
			'participants',
			'theme_id',
			'theme_label',
			'mentions',
			'sources'
		]);
		expect(rows[0]!.slice(11)).toEqual(['record_only', 'excerpt', 'langs']);
	});

	it('gives the record-only event one row, flagged, with no theme and no source', () => {
		const mine = rows.filter((r) => r[0] === recordOnly.id);
		expect(mine).toHaveLength(1);
		// From the end: no comma inside these columns, so the split above is safe there (a place
		// such as "Ottawa, Canada" is quoted and holds one).
		expect(mine[0]!.slice(-5)).toEqual(['0', '', 'yes', 'no', '']);
	});

	it('flags the excerpt event on each of its rows, and says each event’s languages', () => {
		for (const r of rows.slice(1)) {
			const e = json.events.find((x) => x.id === r[0])!;
			expect(r.at(-2), e.id).toBe(e.excerpt ? 'yes' : 'no');
			expect(r.at(-1), e.id).toBe(e.langs.join(' '));
			expect(r.at(-3), e.id).toBe(e.recordOnly ? 'yes' : 'no');
		}
		expect(rows.some((r) => r[0] === montreal.id && r.at(-2) === 'yes')).toBe(true);
	});
});
