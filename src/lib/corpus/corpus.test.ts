/**
 * Golden files: each source document of the fixture corpus in, its expected record out
 * (golden/<file>.json), and the events of that corpus (golden/events.json). A mismatch shows a
 * field-by-field diff. The fixture corpus (fixtures/corpus/) belongs to these tests, so adding a
 * document to data/ never changes what they expect; data/ is held to invariants in data.test.ts.
 * To accept a deliberate change, run `UPDATE_GOLDEN=1 npx vitest run golden` and review the diff in
 * git; CI never rewrites an expected file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from './corpus';
import { toEventsCsv, toEventsJson } from './export';
import { formatProblem } from './schema';
import { dataFiles, FIXTURE, rawSources } from './testing';

const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;

function golden(name: string, actual: unknown) {
	const path = join(GOLDEN, name);
	if (update || !existsSync(path)) {
		if (process.env.CI) throw new Error(`golden file ${name} is missing`);
		writeFileSync(path, JSON.stringify(actual, null, '\t') + '\n');
	}
	expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

function build(): Corpus {
	const { corpus, problems } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
	if (!corpus) throw new Error(problems.map(formatProblem).join('\n'));
	return corpus;
}

const corpus = build();
const doc = (prefix: string) => corpus.documents.find((d) => d.file.startsWith(prefix))!;
const themeIds = (d: { themes: { id: string }[] }) => d.themes.map((t) => t.id);

describe('golden files', () => {
	for (const d of corpus.documents) {
		it(`document ${d.file}`, () => golden(d.file.replace(/\.md$/, '.json'), d));
	}
	it('events', () => golden('events.json', corpus.events));
});

describe('what the golden files must show', () => {
	it('drops the aggregator furniture from the 2026 readout', () => {
		const readout = doc('2026-03-06-prime-minister-carney');
		expect(themeIds(readout)).not.toContain('russia-ukraine');
		const text = readout.sentences.map((s) => s.text).join(' ');
		expect(text).not.toMatch(/Nintendo|Mountbatten|Related Posts|Leave a Reply|Source link/);
		expect(corpus.documents.flatMap((d) => d.sentences).some((s) => /Nintendo/.test(s.text))).toBe(
			false
		);
	});

	it('makes the 2026 readout and joint statement one event with Carney and Takaichi', () => {
		const e = corpus.events.find((ev) => ev.date === '2026-03-06')!;
		expect(e.sources).toEqual([
			'2026-03-06-prime-minister-carney-meets-with-prime-minister-of-japan-takaichi-sanae.md',
			'2026-03-06-joint-statement-on-canada-japan-comprehensive-strategic-partnership.md'
		]);
		expect(e.participants.map((p) => [p.name, p.office, p.country])).toEqual([
			['Mark Carney', 'Prime Minister of Canada', 'CA'],
			['Takaichi Sanae', 'Prime Minister of Japan', 'JP']
		]);
		expect(e).toMatchObject({
			format: 'meeting',
			level: 'leaders',
			location: { city: 'Tokyo', country: 'Japan' },
			label: 'Carney–Takaichi · Tokyo'
		});
		expect(e.framework).toBe('Canada-Japan Comprehensive Strategic Roadmap');
	});

	it('dates the 2021 priorities to the Garneau–Motegi meeting in London', () => {
		const e = corpus.events.find((ev) => ev.date === '2021-05-03')!;
		expect(e.participants.map((p) => p.name)).toEqual(['Marc Garneau', 'Motegi Toshimitsu']);
		expect(e.location).toEqual({ city: 'London', country: 'United Kingdom' });
		expect(e.framework).toBe('Shared Canada-Japan priorities');
		expect(doc('2021-05-03').provenance).toMatchObject({
			date: 'given',
			participants: 'given',
			location: 'given',
			themes: 'extracted'
		});
	});

	it('dates the 2022 call to 8 February (Ottawa), 9 February in Japan', () => {
		const e = corpus.events.find((ev) => ev.format === 'call')!;
		expect([e.date, e.dateJapan, e.location]).toEqual(['2022-02-08', '2022-02-09', null]);
		expect(doc('2022-02-08').provenance.date).toBe('extracted');
	});

	it('reads the 2024 MOFA readout: Montreal, Joly and Kamikawa, ministers', () => {
		const e = corpus.events.find((ev) => ev.date === '2024-01-13')!;
		expect(e).toMatchObject({
			format: 'meeting',
			level: 'ministers',
			location: { city: 'Montreal', country: 'Canada' }
		});
		expect(e.participants.map((p) => p.id)).toEqual(['melanie-joly', 'kamikawa-yoko']);
	});

	it('counts mentions as matching sentences, each traceable to its text', () => {
		for (const d of corpus.documents) {
			for (const t of d.themes) {
				expect(t.mentions).toBe(t.evidence.length);
				for (const i of t.sentences)
					expect(d.sentences[i]!.themes.map((m) => m.id)).toContain(t.id);
			}
		}
		for (const e of corpus.events) {
			for (const t of e.themes) {
				const sum = e.sources
					.map(
						(f) =>
							corpus.documents.find((d) => d.file === f)!.themes.find((x) => x.id === t.id)
								?.mentions ?? 0
					)
					.reduce((a, b) => a + b, 0);
				expect(t.mentions).toBe(sum);
			}
		}
	});

	it('keeps every sentence verbatim at its offsets in the saved text', () => {
		for (const raw of rawSources(FIXTURE)) {
			const body = raw.text.slice(raw.text.indexOf('\n---\n') + 5);
			const d = corpus.documents.find((x) => x.file === raw.name)!;
			for (const s of d.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('keeps the saved texts unchanged from the seeds', () => {
		const seeds = join(import.meta.dirname, '../../../../shared/seeds');
		if (!existsSync(seeds)) return;
		const bodies = rawSources(FIXTURE).map((r) => r.text.slice(r.text.indexOf('\n---\n') + 5));
		for (const n of [
			'000_6ee1226c9558782b',
			'001_63dc4efe38e59694',
			'002_41b63fc220620e0c',
			'003_7cec2bebf1e4f072',
			'004_618d627f577b2807'
		])
			expect(bodies).toContain(readFileSync(join(seeds, `${n}.txt`), 'utf8'));
	});
});

describe('downloads', () => {
	it('events.json has the documented shape', () => {
		const json = toEventsJson(corpus);
		expect(json.events.map((e) => e.date)).toEqual(corpus.events.map((e) => e.date));
		expect(Object.keys(json.events[0]!)).toEqual(
			expect.arrayContaining([
				'id',
				'date',
				'title',
				'format',
				'level',
				'location',
				'participants',
				'themes',
				'sources'
			])
		);
		expect(json.events[0]!.location).toBe('Tokyo, Japan');
		expect(Object.keys(json.events[0]!.sources[0]!)).toEqual([
			'file',
			'title',
			'issuer',
			'url',
			'published',
			'lang',
			'excerpt',
			'via',
			'original',
			'themes'
		]);
		expect(json.themes).toHaveLength(16);
		expect(json.milestones.map((m) => m.date)).toContain('2016-07-12');
	});

	it('events.csv has one row per event and theme', () => {
		const lines = toEventsCsv(corpus).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'event_id,date,title,format,level,location,participants,theme_id,theme_label,mentions,sources,record_only,excerpt,langs'
		);
		expect(lines.length - 1).toBe(
			corpus.events.reduce((n, e) => n + Math.max(1, e.themes.length), 0)
		);
	});
});
