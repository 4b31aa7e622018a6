/**
 * The home page's events, packed for the trip from the build to the browser and unpacked there.
 *
 * The page carries every event (the filters and the timeline work on all of them), inlined in its
 * HTML, and with 10,000 events that inline data is most of what the browser reads before the page
 * works. Packed, each event is a short array, and what repeats across events (people, offices,
 * issuers, themes) is written once in a table and referred to by number: about half the size.
 * `unpackEvents(packEvents(x))` gives back `x`.
 */
import type { HomeEvent, SourcePublication } from '$lib/corpus/export';
import { formats, langs, levels } from '$lib/corpus/vocabulary';

// One projection (toHomeEvent in export.ts) builds the events on the server. Its type is taken from
// there as a type only, so the page's script does not carry the pipeline.
export type { HomeEvent };

/**
 * A source: file, title, issuer (index), url, published ('' when the same as the event's date),
 * language (index) and excerpt (1) or not (0).
 */
type PackedSource = [string, string, number, string, string, number, number];

/**
 * id, date, dateJapan ('' for none), title, label, format and level (indices), location and
 * framework ('' for none), participants (person and office index pairs; office -1 for none),
 * themes (theme index and mentions pairs), sources, flags (FLAG_*), basis ('' for none), others. The
 * event's languages are its sources' and its excerpt flag is theirs too: not packed twice.
 */
type PackedEvent = [
	string,
	string,
	string,
	string,
	string,
	number,
	number,
	string,
	string,
	number[],
	number[],
	PackedSource[],
	number,
	string,
	string[]
];

const FLAG_RECORD_ONLY = 1;

export interface PackedEvents {
	people: { id: string; name: string; country: string }[];
	offices: string[];
	issuers: string[];
	themes: string[];
	events: PackedEvent[];
}

/** A table that hands out the index of each distinct key, in order of first use. */
function table<K, V>(keyOf: (v: V) => K) {
	const index = new Map<K, number>();
	const values: V[] = [];
	return {
		values,
		of(v: V): number {
			const k = keyOf(v);
			let i = index.get(k);
			if (i === undefined) {
				i = values.length;
				values.push(v);
				index.set(k, i);
			}
			return i;
		}
	};
}

export function packEvents(events: readonly HomeEvent[]): PackedEvents {
	const people = table((p: { id: string; name: string; country: string }) => p.id);
	const offices = table((o: string) => o);
	const issuers = table((s: string) => s);
	const themes = table((t: string) => t);
	const packed = events.map((e): PackedEvent => [
		e.id,
		e.date,
		e.dateJapan ?? '',
		e.title,
		e.label,
		formats.indexOf(e.format),
		levels.indexOf(e.level),
		e.location ?? '',
		e.framework ?? '',
		e.participants.flatMap((p) => [
			people.of({ id: p.id, name: p.name, country: p.country }),
			p.office === null ? -1 : offices.of(p.office)
		]),
		e.themes.flatMap((t) => [themes.of(t.id), t.mentions]),
		e.sources.map((s) => [
			s.file,
			s.title,
			issuers.of(s.issuer),
			s.url,
			s.published === e.date ? '' : s.published,
			langs.indexOf(s.lang),
			s.excerpt ? 1 : 0
		]),
		e.recordOnly ? FLAG_RECORD_ONLY : 0,
		e.basis ?? '',
		e.others
	]);
	return {
		people: people.values,
		offices: offices.values,
		issuers: issuers.values,
		themes: themes.values,
		events: packed
	};
}

/** Pairs [a, b, c, d] → [[a, b], [c, d]]. */
function pairs(list: readonly number[]): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i]!, list[i + 1]!]);
	return out;
}

export function unpackEvents(p: PackedEvents): HomeEvent[] {
	return p.events.map(
		([
			id,
			date,
			dateJapan,
			title,
			label,
			format,
			level,
			location,
			framework,
			who,
			what,
			packedSources,
			flags,
			basis,
			others
		]) => {
			const sources = packedSources.map(
				([file, title, issuer, url, published, lang, excerpt]): SourcePublication => ({
					file,
					title,
					issuer: p.issuers[issuer]!,
					url,
					published: published || date,
					lang: langs[lang]!,
					excerpt: excerpt === 1
				})
			);
			return {
				id,
				date,
				dateJapan: dateJapan || null,
				title,
				label,
				format: formats[format]!,
				level: levels[level]!,
				location: location || null,
				framework: framework || null,
				participants: pairs(who).map(([person, office]) => ({
					...p.people[person]!,
					office: office < 0 ? null : p.offices[office]!
				})),
				themes: pairs(what).map(([theme, mentions]) => ({ id: p.themes[theme]!, mentions })),
				sources,
				langs: [...new Set(sources.map((s) => s.lang))],
				excerpt: sources.some((s) => s.excerpt),
				recordOnly: (flags & FLAG_RECORD_ONLY) !== 0,
				basis: basis || null,
				others
			};
		}
	);
}

/**
 * The events the theme charts count: those with an official text. A record-only event has no
 * sentences, so it has no themes; counted in a chart's base ("of N events") it would lower every
 * share. The same list when there is none to leave out, so a chart is not redrawn for nothing.
 */
export function withOfficialText<E extends { recordOnly: boolean }>(
	events: readonly E[]
): readonly E[] {
	return events.some((e) => e.recordOnly) ? events.filter((e) => !e.recordOnly) : events;
}
