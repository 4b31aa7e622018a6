import { describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/corpus';
import { documentsByFile, toHomeEvent } from '$lib/corpus/export';
import { formatProblem } from '$lib/corpus/schema';
import { dataFiles, FIXTURE, rawSources } from '$lib/corpus/testing';
import { packEvents, unpackEvents, withOfficialText, type HomeEvent } from './home-events';

const events: HomeEvent[] = [
	{
		id: '2022-02-08-trudeau-kishida',
		date: '2022-02-08',
		dateJapan: '2022-02-09',
		title: 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio',
		label: 'Trudeau–Kishida',
		format: 'call',
		level: 'leaders',
		location: null,
		framework: null,
		participants: [
			{
				id: 'justin-trudeau',
				name: 'Justin Trudeau',
				office: 'Prime Minister of Canada',
				country: 'CA'
			},
			{
				id: 'kishida-fumio',
				name: 'Kishida Fumio',
				office: 'Prime Minister of Japan',
				country: 'JP'
			}
		],
		themes: [
			{ id: 'north-korea', mentions: 3 },
			{ id: 'defence', mentions: 1 }
		],
		sources: [
			{
				file: '2022-02-08-a.md',
				title: 'Readout',
				issuer: "Prime Minister's Office, Canada",
				url: 'https://pm.gc.ca/en/node/16726',
				published: '2022-02-09',
				lang: 'en',
				excerpt: false
			}
		],
		langs: ['en'],
		excerpt: false,
		recordOnly: false,
		basis: null,
		others: []
	},
	{
		id: '2026-03-06-carney-takaichi',
		date: '2026-03-06',
		dateJapan: null,
		title: 'Joint statement <script>x</script>',
		label: 'Carney–Takaichi · Tokyo',
		format: 'meeting',
		level: 'leaders',
		location: 'Tokyo, Japan',
		framework: 'Canada-Japan Comprehensive Strategic Roadmap',
		participants: [
			{ id: 'kishida-fumio', name: 'Kishida Fumio', office: null, country: 'JP' },
			{
				id: 'justin-trudeau',
				name: 'Justin Trudeau',
				office: 'Prime Minister of Canada',
				country: 'CA'
			}
		],
		themes: [],
		sources: [
			{
				file: '2026-03-06-b.md',
				title: 'Statement',
				issuer: "Prime Minister's Office, Canada",
				url: 'https://example.org/b',
				published: '2026-03-06',
				lang: 'ja',
				excerpt: true
			},
			{
				file: '2026-03-06-c.md',
				title: '',
				issuer: 'Ministry of Foreign Affairs of Japan',
				url: 'https://example.org/c',
				published: '2026-03-07',
				lang: 'en',
				excerpt: false
			}
		],
		langs: ['ja', 'en'],
		excerpt: true,
		recordOnly: false,
		basis: null,
		others: []
	},
	{
		id: '2025-12-12-mlat-signed',
		date: '2025-12-12',
		dateJapan: null,
		title: 'Mutual Legal Assistance Treaty signed',
		label: 'Mutual Legal Assistance Treaty signed',
		format: 'signing',
		level: 'officials',
		location: 'Ottawa, Canada',
		framework: null,
		participants: [],
		themes: [],
		sources: [],
		langs: [],
		excerpt: false,
		recordOnly: true,
		basis: 'Reported by Kyodo and NHK on 12 December 2025',
		others: ['Ambassador of Japan to Canada']
	}
];

describe('packEvents / unpackEvents', () => {
	it('gives back what it was given', () => {
		expect(unpackEvents(packEvents(events))).toEqual(events);
	});

	it('writes what repeats once: people, offices, issuers, themes', () => {
		const packed = packEvents(events);
		expect(packed.people.map((p) => p.id)).toEqual(['justin-trudeau', 'kishida-fumio']);
		expect(packed.offices).toEqual(['Prime Minister of Canada', 'Prime Minister of Japan']);
		expect(packed.issuers).toEqual([
			"Prime Minister's Office, Canada",
			'Ministry of Foreign Affairs of Japan'
		]);
		expect(packed.themes).toEqual(['north-korea', 'defence']);
	});

	it('survives JSON, as it travels', () => {
		const travelled = JSON.parse(JSON.stringify(packEvents(events)));
		expect(unpackEvents(travelled)).toEqual(events);
	});

	it('gives back every event the server builds (toHomeEvent), whatever field it has', () => {
		// A field added to the projection but not packed, or packed but not unpacked, fails here.
		// (The record-only case is the table above: the fixture corpus has none.)
		const { corpus, problems } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
		if (!corpus) throw new Error(problems.map(formatProblem).join('\n'));
		const documents = documentsByFile(corpus);
		const built = corpus.events.map((e) => toHomeEvent(e, documents));
		expect(built.length).toBeGreaterThan(1);
		expect(unpackEvents(JSON.parse(JSON.stringify(packEvents(built))))).toEqual(built);
	});

	it('handles no events', () => {
		expect(unpackEvents(packEvents([]))).toEqual([]);
	});
});

describe('withOfficialText', () => {
	it('leaves record-only events out of what the charts count', () => {
		expect(withOfficialText(events).map((e) => e.id)).toEqual([
			'2022-02-08-trudeau-kishida',
			'2026-03-06-carney-takaichi'
		]);
	});

	it('gives back the same list when none is record-only', () => {
		const list = events.filter((e) => !e.recordOnly);
		expect(withOfficialText(list)).toBe(list);
		expect(withOfficialText([])).toEqual([]);
	});
});
