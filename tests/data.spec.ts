import { z } from 'zod';
import { REQUIRED_THEMES } from '../src/lib/corpus/corpus';
import { formats, langs, levels } from '../src/lib/corpus/schema';
import { expect, parseCsv, test } from './support/test';

const Evidence = z.object({
	id: z.string(),
	mentions: z.number().int(),
	evidence: z.array(z.string())
});
const EventsJson = z.object({
	events: z.array(
		z
			.object({
				id: z.string(),
				date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
				title: z.string().min(1),
				format: z.enum(formats),
				level: z.enum(levels),
				location: z.string().nullable(),
				// An act of government (an agreement entering into force) may name nobody.
				participants: z.array(
					z.object({ name: z.string(), office: z.string().nullable(), country: z.string() })
				),
				recordOnly: z.boolean(),
				excerpt: z.boolean(),
				langs: z.array(z.enum(langs)),
				basis: z.string().nullable(),
				reports: z.array(z.url()),
				themes: z.array(z.object({ id: z.string(), mentions: z.number().int().min(1) })),
				sources: z.array(
					z.object({
						file: z.string().endsWith('.md'),
						title: z.string(),
						issuer: z.string().min(1),
						url: z.url(),
						published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
						lang: z.enum(langs),
						excerpt: z.boolean(),
						via: z.string().nullable(),
						original: z.url().nullable(),
						themes: z.array(Evidence)
					})
				)
			})
			// An event with official text has a source; a record-only one has none, and rests on a basis.
			.refine((e) => (e.recordOnly ? e.sources.length === 0 && !!e.basis : e.sources.length > 0), {
				message: 'a record-only event has no sources and a basis; any other has a source'
			})
	),
	themes: z.array(
		z.object({
			id: z.string(),
			label: z.string(),
			color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
			frameworks: z.array(z.string())
		})
	),
	milestones: z.array(
		z.object({ date: z.string(), title: z.string(), source: z.string(), quote: z.string() })
	)
});
type EventsJson = z.infer<typeof EventsJson>;

async function fetchJson(request: import('@playwright/test').APIRequestContext) {
	const response = await request.get('data/events.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	return EventsJson.parse(await response.json());
}

test('events.json has the documented shape, with its flags and languages', async ({ request }) => {
	const data = await fetchJson(request);
	expect(data.events.length).toBeGreaterThan(0);
	// Newest first, as the pages list them.
	const dates = data.events.map((e) => e.date);
	expect([...dates].sort().reverse()).toEqual(dates);
	for (const e of data.events) {
		expect(e.excerpt, e.id).toBe(e.sources.some((s) => s.excerpt));
		expect(e.langs, e.id).toEqual([...new Set(e.sources.map((s) => s.lang))]);
		if (e.recordOnly) expect(e.themes, e.id).toEqual([]);
	}
	// No official page twice.
	const urls = data.events.flatMap((e) => e.sources.map((s) => s.url));
	expect(new Set(urls).size).toBe(urls.length);
	// The taxonomy's fixed ids, whatever else themes.yaml may add: not a count of the data.
	expect(data.themes.map((t) => t.id)).toEqual(expect.arrayContaining([...REQUIRED_THEMES]));
	expect(data.milestones.length).toBeGreaterThan(0);
	for (const e of data.events) {
		// An event's count for a theme is the sum over its sources, each backed by its sentences.
		for (const t of e.themes) {
			const perSource = e.sources.flatMap((s) => s.themes.filter((st) => st.id === t.id));
			expect(
				perSource.reduce((n, st) => n + st.mentions, 0),
				`${e.id} ${t.id}`
			).toBe(t.mentions);
			for (const st of perSource) expect(st.evidence).toHaveLength(st.mentions);
		}
	}
});

test.describe('as prerendered', () => {
	// The evidence is in each page's HTML, as a reader with no scripts gets it: no page of the
	// walk waits for its scripts to load and hydrate, which made it the slowest test here.
	test.use({ javaScriptEnabled: false });

	test('every evidence sentence in events.json is on its event page', async ({ page, request }) => {
		const data: EventsJson = await fetchJson(request);
		// One page per event: the time grows with the record, not with the machine's patience.
		test.setTimeout(60_000 + 5_000 * data.events.length);
		for (const e of data.events) {
			await page.goto(`events/${e.id}/`);
			for (const s of e.sources) {
				const source = page.locator(`#source-${s.file.replace(/\.md$/, '')}`);
				const shown = new Set(
					await source
						.locator('[data-sentence] .words')
						.evaluateAll((els) => els.map((el) => el.textContent))
				);
				const evidence = [...new Set(s.themes.flatMap((t) => t.evidence))];
				expect(evidence.length, s.file).toBeGreaterThan(0);
				const missing = evidence.filter((sentence) => !shown.has(sentence));
				expect(missing, `${s.file}: evidence sentences not shown as written`).toEqual([]);
			}
		}
	});
});

test('events.csv has its header and one row per event and theme', async ({ request }) => {
	const data = await fetchJson(request);
	const response = await request.get('data/events.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/csv/);
	const rows = parseCsv(await response.text());
	expect(rows[0]).toEqual([
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
		'sources',
		'record_only',
		'excerpt',
		'langs'
	]);
	const body = rows.slice(1);
	// An event without themes (a record-only event) still has its row.
	const expected = data.events.flatMap((e) =>
		e.themes.length ? e.themes.map((t) => [e.id, t.id, String(t.mentions)]) : [[e.id, '', '0']]
	);
	expect(body.map((r) => [r[0], r[7], r[9]])).toEqual(expected);
	const byId = new Map(data.events.map((e) => [e.id, e]));
	for (const r of body) {
		expect(r, r.join(',')).toHaveLength(rows[0]!.length);
		const e = byId.get(r[0]!)!;
		expect(r.slice(11), e.id).toEqual([
			e.recordOnly ? 'yes' : 'no',
			e.excerpt ? 'yes' : 'no',
			e.langs.join(' ')
		]);
	}
});
