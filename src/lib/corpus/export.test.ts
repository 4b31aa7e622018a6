/**
 * The downloads say what a reader must know about each event and source: record-only events,
 * excerpts, languages, republications. Built over the fixture corpus with one record-only event
 * and one source marked as an excerpt, so every flag has a case that is set and one that is not.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import { CSV_COLUMNS, toEventsCsv, toEventsJson } from './export';
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
