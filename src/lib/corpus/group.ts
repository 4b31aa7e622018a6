/**
 * Stage 5, group: documents about the same meeting become one event. Canada and Japan date the
 * same meeting a day apart across time zones, so "same day" means within one day.
 */
import { highestLevel } from './extract';
import type { PeopleIndex } from './people';
import { sortParticipants } from './people';
import type { Document, EventRecord, Format, Participant } from './schema';
import { daysBetween, slugify } from './text';
import { titleLang } from './title-lang';

/** Which source leads an event: the readout of the meeting before the document issued at it. */
const FORMAT_RANK: Record<Format, number> = {
	call: 0,
	meeting: 0,
	'courtesy-call': 0,
	signing: 1,
	'entry-into-force': 1,
	statement: 2,
	document: 3
};

/** The event's format, from its sources': the engagement itself before what was issued at it. */
const FORMAT_PRECEDENCE: readonly Format[] = [
	'call',
	'meeting',
	'courtesy-call',
	'signing',
	'entry-into-force',
	'statement',
	'document'
];

function samePeople(a: readonly Participant[], b: readonly Participant[]): boolean {
	if (!a.length || !b.length) return false;
	const A = new Set(a.map((p) => p.id));
	const B = new Set(b.map((p) => p.id));
	const [small, big] = A.size <= B.size ? [A, B] : [B, A];
	for (const id of small) if (!big.has(id)) return false;
	// One readout may name an extra person (a minister who attended): the principals must match.
	return small.size === big.size || small.size >= 2;
}

/**
 * A call and a meeting on the same day are two events, and so are a meeting and a courtesy call;
 * a statement, document or signing can belong to either.
 */
function compatible(a: Format, b: Format): boolean {
	if (a === b) return true;
	const engagements = (['call', 'meeting', 'courtesy-call'] as const).filter(
		(f) => a === f || b === f
	);
	return engagements.length < 2;
}

export function sameEvent(a: Document, b: Document): boolean {
	if (a.event || b.event) return a.event !== null && a.event === b.event;
	return (
		Math.abs(daysBetween(a.date, b.date)) <= 1 &&
		compatible(a.format, b.format) &&
		samePeople(a.participants, b.participants)
	);
}

function shortTitle(title: string): string {
	return title
		.replace(/\s*\((?:readout|backgrounder|news release|statement)\)\s*$/i, '')
		.replace(/^readout:\s*/i, '');
}

function familyName(p: Participant, index: PeopleIndex): string {
	return index.byId.get(p.id)?.family ?? p.name;
}

/** "Carney–Takaichi · Tokyo": the principals of each country, and the city. */
export function eventLabel(
	participants: readonly Participant[],
	city: string | null,
	title: string,
	index: PeopleIndex
): string {
	const principals: Participant[] = [];
	for (const country of [...new Set(participants.map((p) => p.country))]) {
		const first = participants.find((p) => p.country === country);
		if (first) principals.push(first);
	}
	const who = principals.map((p) => familyName(p, index)).join('–');
	const base = who || shortTitle(title).slice(0, 60);
	return city ? `${base} · ${city}` : base;
}

export function groupEvents(documents: readonly Document[], index: PeopleIndex): EventRecord[] {
	const docs = [...documents].sort(
		(a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file)
	);
	const parent = docs.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < docs.length; i++) {
		for (let j = i + 1; j < docs.length; j++) {
			// Sorted by date: once two days apart, no later document can be the same event (unless keyed).
			if (daysBetween(docs[i]!.date, docs[j]!.date) > 1 && !docs[i]!.event) break;
			if (sameEvent(docs[i]!, docs[j]!)) parent[find(j)] = find(i);
		}
	}
	// Keyed documents may be far apart in time.
	const byKey = new Map<string, number>();
	docs.forEach((d, i) => {
		if (!d.event) return;
		const k = byKey.get(d.event);
		if (k === undefined) byKey.set(d.event, i);
		else parent[find(i)] = find(k);
	});
	const groups = new Map<number, Document[]>();
	docs.forEach((d, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), d]));

	const used = new Set<string>();
	const events: EventRecord[] = [];
	for (const group of groups.values()) {
		const sources = [...group].sort(
			(a, b) =>
				FORMAT_RANK[a.format] - FORMAT_RANK[b.format] ||
				a.date.localeCompare(b.date) ||
				a.published.localeCompare(b.published) ||
				a.file.localeCompare(b.file)
		);
		const primary = sources[0]!;
		const date = sources.map((d) => d.date).sort()[0]!;
		const japanese = sources.find(
			(d) => /japan/i.test(d.issuer) && !/canada/i.test(d.issuer) && d.date !== date
		);
		const dateJapanRaw = sources.find((d) => d.dateJapan)?.dateJapan ?? japanese?.date ?? null;
		const formats = new Set(sources.map((d) => d.format));
		const format: Format = FORMAT_PRECEDENCE.find((f) => formats.has(f)) ?? primary.format;
		const location =
			format === 'call'
				? null
				: (sources.find((d) => d.location?.city)?.location ??
					sources.find((d) => d.location)?.location ??
					null);
		const participants = sortParticipants(
			[...new Map(sources.flatMap((d) => d.participants).map((p) => [p.id, p])).values()],
			index
		);
		const mentions = new Map<string, number>();
		for (const d of sources)
			for (const t of d.themes) mentions.set(t.id, (mentions.get(t.id) ?? 0) + t.mentions);
		const label = eventLabel(participants, location?.city ?? null, primary.title, index);
		const base = `${date}-${slugify(label.replace(/ · .*$/, ''), 50)}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		events.push({
			id,
			date,
			dateJapan: dateJapanRaw && dateJapanRaw !== date ? dateJapanRaw : null,
			title: shortTitle(
				(sources.find((d) => d.lang === titleLang(sources.map((s) => s.lang))) ?? primary).title
			),
			label,
			format,
			level: highestLevel(sources.map((d) => d.level)) ?? primary.level,
			location,
			participants,
			framework: sources.find((d) => d.framework)?.framework ?? null,
			themes: [...mentions]
				.map(([id, n]) => ({ id, mentions: n }))
				.sort((a, b) => b.mentions - a.mentions),
			sources: sources.map((d) => d.file),
			langs: [...new Set(sources.map((d) => d.lang))],
			excerpt: sources.some((d) => d.excerpt),
			recordOnly: false,
			basis: null,
			reports: [],
			others: []
		});
	}
	// Newest first, as the product lists them.
	return events.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
