/**
 * The projections every page and download shares: a source's publication facts, and an event as
 * the home page shows and filters it (`toHomeEvent`). The downloads, /data/events.json and
 * /data/events.csv, are built from the same corpus the pages show, so a number quoted from either
 * can be traced to the sentences behind it.
 */
import type { Corpus } from './corpus';
import { formatLocation } from './extract';
import type { Document, EventRecord } from './schema';

/** A source as every page and download names it: its publication facts, language and excerpt flag. */
export type SourcePublication = Pick<
	Document,
	'file' | 'title' | 'issuer' | 'url' | 'published' | 'lang' | 'excerpt'
>;

export function sourcePublication(d: Document): SourcePublication {
	const { file, title, issuer, url, published, lang, excerpt } = d;
	return { file, title, issuer, url, published, lang, excerpt };
}

/** The same, with the republication (`via`) and the issuer's own address, where the page links them. */
export function sourceFacts(d: Document) {
	return { ...sourcePublication(d), via: d.via, original: d.original };
}

/**
 * One event as the home page shows and filters it, and as events.json starts from: the record's
 * facts as they are, its place written out, and its sources named by their publication facts.
 * No source text: the home page carries every event, so each is kept to its facts.
 */
export type HomeEvent = Pick<
	EventRecord,
	| 'id'
	| 'date'
	| 'dateJapan'
	| 'title'
	| 'label'
	| 'format'
	| 'level'
	| 'framework'
	| 'participants'
	| 'recordOnly'
	| 'excerpt'
	| 'langs'
	| 'basis'
	| 'others'
	| 'themes'
> & {
	/** "City, Country" or "Country" (formatLocation), or null: as every page writes a place. */
	location: string | null;
	sources: SourcePublication[];
};

/** Documents by file name, as `toHomeEvent` looks an event's sources up. */
export function documentsByFile(corpus: Corpus): ReadonlyMap<string, Document> {
	return new Map(corpus.documents.map((d) => [d.file, d]));
}

/**
 * The one projection of an event for the pages and downloads. Its keys are in the order
 * events.json writes them (toEventsJson adds `reports` after `basis`), so that the download reads
 * as it always has.
 */
export function toHomeEvent(e: EventRecord, documents: ReadonlyMap<string, Document>): HomeEvent {
	return {
		id: e.id,
		date: e.date,
		dateJapan: e.dateJapan,
		title: e.title,
		label: e.label,
		format: e.format,
		level: e.level,
		location: formatLocation(e.location),
		framework: e.framework,
		participants: e.participants,
		recordOnly: e.recordOnly,
		excerpt: e.excerpt,
		langs: e.langs,
		basis: e.basis,
		others: e.others,
		themes: e.themes,
		// groupEvents only lists files it was given, so the document is always there.
		sources: e.sources.map((file) => sourcePublication(documents.get(file)!))
	};
}

export function toEventsJson(corpus: Corpus) {
	const documents = documentsByFile(corpus);
	return {
		events: corpus.events.map((e) => {
			// Taken apart and put back so that `reports` sits after `basis`, where the download has it.
			const { others, themes, sources, ...head } = toHomeEvent(e, documents);
			return {
				...head,
				// Named as the download always has, without the people.yaml ids the page filters by.
				participants: head.participants.map(({ name, office, country }) => ({
					name,
					office,
					country
				})),
				reports: e.reports,
				others,
				themes,
				// With what the page fetches per event (/data/events/[id].json): the republication, and
				// the sentences behind each theme's count.
				sources: sources.map(({ file }) => {
					const d = documents.get(file)!;
					return {
						...sourceFacts(d),
						themes: d.themes.map(({ id, mentions, evidence }) => ({ id, mentions, evidence }))
					};
				})
			};
		}),
		themes: corpus.taxonomy.themes.map(({ id, label, color, frameworks }) => ({
			id,
			label,
			color,
			frameworks
		})),
		milestones: corpus.milestones.map(({ date, end, precision, title, source, quote }) => ({
			date,
			...(end ? { end } : {}),
			precision,
			title,
			source,
			quote
		}))
	};
}

export type EventsJson = ReturnType<typeof toEventsJson>;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-leading cells defused. */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let s = String(value);
	// A cell starting with = + - @ is run as a formula by spreadsheet programs.
	if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
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
	// Added with the whole record; after the first columns, so sheets that read those still work.
	'record_only',
	'excerpt',
	'langs'
] as const;

/**
 * One row per event and theme; an event without themes (a record-only event) still gets one row.
 * `record_only` and `excerpt` are "yes" or "no"; `langs` the sources' languages ("en ja").
 */
export function toEventsCsv(corpus: Corpus): string {
	const labels = new Map(corpus.taxonomy.themes.map((t) => [t.id, t.label]));
	const docs = documentsByFile(corpus);
	const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
	for (const e of corpus.events) {
		const base = [
			e.id,
			e.date,
			e.title,
			e.format,
			e.level,
			formatLocation(e.location),
			e.participants.map((p) => `${p.name} (${p.office ?? 'no office'}, ${p.country})`).join('; ')
		];
		const sources = e.sources.map((f) => docs.get(f)?.url ?? f).join(' ');
		const flags = [e.recordOnly ? 'yes' : 'no', e.excerpt ? 'yes' : 'no', e.langs.join(' ')];
		if (!e.themes.length) rows.push([...base, null, null, 0, sources, ...flags]);
		for (const t of e.themes)
			rows.push([...base, t.id, labels.get(t.id) ?? t.id, t.mentions, sources, ...flags]);
	}
	return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
