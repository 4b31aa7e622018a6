import { describe, expect, it } from 'vitest';
import { loadCorpus, sourceCountries } from '$lib/server/corpus';
import { deckLookups, toDeckData } from './deck-data';
import { slideNotes } from './presenter-notes';
import { keySentences } from './slides';

// The real record: invariants only, so a readout added to data/ needs no change here.
const data = toDeckData(loadCorpus(), sourceCountries());
const { themes } = deckLookups(data);

describe('slideNotes over data/', () => {
	it('every source of data/ has its government', () => {
		for (const e of data.events)
			for (const s of e.sources) expect(s.country, `${e.id}: ${s.file}`).toMatch(/^(CA|JP)$/);
	});

	it("lists every theme of the event with its count, most first, and the slide's quotations", () => {
		for (const e of data.events) {
			const quotes = keySentences(e.sources);
			const notes = slideNotes(e, quotes, themes);
			expect(notes.quotes).toBe(quotes);
			expect(notes.themes.map((t) => t.id).sort()).toEqual(e.themes.map((t) => t.id).sort());
			const counts = notes.themes.map((t) => t.mentions);
			expect(counts).toEqual([...counts].sort((a, b) => b - a));
			for (const t of notes.themes) expect(t.label).toBe(themes.get(t.id)!.label);
		}
	});

	it("names as the other government's readouts exactly the sources of the government not quoted first", () => {
		let both = 0;
		for (const e of data.events) {
			const quotes = keySentences(e.sources);
			const notes = slideNotes(e, quotes, themes);
			const first = e.sources.find(
				(s) => s.file === (quotes[0]?.source.file ?? e.sources[0]?.file)
			);
			const expected = e.sources.filter((s) => first && s.country !== first.country);
			expect(notes.others.map((o) => o.url)).toEqual(expected.map((s) => s.url));
			for (const o of notes.others) {
				// Every sentence given is one of that source's evidence sentences, word for word.
				const source = e.sources.find((s) => s.url === o.url)!;
				const evidence = new Set(source.themes.flatMap((t) => t.evidence.map((x) => x.trim())));
				for (const s of o.sentences) expect(evidence.has(s), s).toBe(true);
			}
			if (notes.others.length) both += 1;
		}
		// The record holds events both governments wrote up: the rule is exercised, not vacuous.
		expect(both).toBeGreaterThan(0);
	});
});

describe('slideNotes rules', () => {
	const source = (file: string, country: string | null, evidence: string[]) => ({
		file,
		title: `Title ${file}`,
		issuer: `Issuer ${file}`,
		url: `https://example.org/${file}`,
		published: '2024-01-01',
		lang: 'en' as const,
		excerpt: false,
		country,
		themes: [
			{ id: 'trade', mentions: evidence.length, evidence, sentences: evidence.map((_, i) => i) }
		]
	});
	const event = (sources: ReturnType<typeof source>[]) => ({
		themes: [
			{ id: 'trade', mentions: 2 },
			{ id: 'energy', mentions: 5 }
		],
		sources
	});

	it('with one government only, there is no other readout', () => {
		const e = event([source('a', 'CA', ['One.']), source('b', 'CA', ['Two.'])]);
		expect(slideNotes(e as never, keySentences(e.sources as never), themes).others).toEqual([]);
	});

	it('a source of unknown government is never called the other', () => {
		const e = event([source('a', 'CA', ['One.']), source('b', null, ['Two.'])]);
		expect(slideNotes(e as never, keySentences(e.sources as never), themes).others).toEqual([]);
	});

	it('the other is the government not quoted first, whichever that is', () => {
		const e = event([
			source('a', 'JP', ['Un.']),
			source('b', 'CA', ['Deux.', 'Trois.', 'Quatre.'])
		]);
		const notes = slideNotes(e as never, keySentences(e.sources as never), themes);
		expect(notes.others.map((o) => o.title)).toEqual(['Title b']);
		expect(notes.others[0]!.sentences).toEqual(['Deux.', 'Trois.']);
		expect(notes.themes.map((t) => [t.id, t.mentions])).toEqual([
			['energy', 5],
			['trade', 2]
		]);
	});
});
