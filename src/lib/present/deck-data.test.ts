import { describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/corpus';
import { toEventsJson } from '$lib/corpus/export';
import { dataFiles, FIXTURE, rawSources } from '$lib/corpus/testing';
import { deckLookups, toDeckData } from './deck-data';

const { corpus } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));

describe('toDeckData', () => {
	const data = toDeckData(corpus!);
	const json = toEventsJson(corpus!);

	it('has every event of /data/events.json, oldest first', () => {
		expect(data.events.map((e) => e.id).sort()).toEqual(json.events.map((e) => e.id).sort());
		const dates = data.events.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
	});

	it('places each evidence sentence in its source: one position per sentence', () => {
		for (const e of data.events)
			for (const s of e.sources)
				for (const t of s.themes) {
					expect(t.sentences, `${s.file} ${t.id}`).toHaveLength(t.evidence.length);
					expect(t.sentences.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
				}
	});

	it('lists each participant once, by id, with the name the events give', () => {
		const ids = data.people.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		const named = new Map(data.events.flatMap((e) => e.participants.map((p) => [p.id, p.name])));
		expect(new Map(data.people.map((p) => [p.id, p.name]))).toEqual(named);
	});
});

describe('deckLookups', () => {
	it('names what a URL may name, and how a selection is described', () => {
		const data = toDeckData(corpus!);
		const { themes, known, names } = deckLookups(data);
		expect(known.themes).toEqual(data.themes.map((t) => t.id));
		expect(known.events.size).toBe(data.events.length);
		expect(known.people.size).toBe(data.people.length);
		for (const t of data.themes) {
			expect(themes.get(t.id)).toBe(t);
			expect(names.themes.get(t.id)).toBe(t.label);
		}
	});
});
