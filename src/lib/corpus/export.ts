/**
 * The downloads: /data/events.json and /data/events.csv. Both are built from the same corpus the
 * pages show, so a number quoted from either can be traced to the sentences behind it.
 */
import type { Corpus } from './corpus';
import { formatLocation } from './extract';
import type { Document } from './schema';

/** A source as every page and download names it: its publication facts, language and excerpt flag. */
export function sourcePublication(d: Document) {
	const { file, title, issuer, url, published, lang, excerpt } = d;
	return { file, title, issuer, url, published, lang, excerpt };
}

/** The same, with the republication (`via`) and the issuer's own address, where the page links them. */
export function sourceFacts(d: Document) {
	return { ...sourcePublication(d), via: d.via, original: d.original };
}

export function toEventsJson(corpus: Corpus) {
	const docs = new Map(corpus.documents.map((d) => [d.file, d]));
	return {
		events: corpus.events.map((e) => ({
			id: e.id,
			date: e.date,
			dateJapan: e.dateJapan,
			title: e.title,
			label: e.label,
			format: e.format,
			level: e.level,
			location: formatLocation(e.location),
			framework: e.framework,
			participants: e.participants.map(({ name, office, country }) => ({ name, office, country })),
			/** No official text located: the facts rest on `basis` and `reports`; no sources, no themes. */
			recordOnly: e.recordOnly,
			/** Some source is only the opening of its page: the theme counts are a lower bound. */
			excerpt: e.excerpt,
			langs: e.langs,
			basis: e.basis,
			reports: e.reports,
			others: e.others,
			themes: e.themes,
			sources: e.sources.map((file) => {
				const d = docs.get(file)!;
				return {
					...sourceFacts(d),
					themes: d.themes.map(({ id, mentions, evidence }) => ({ id, mentions, evidence }))
				};
			})
		})),
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
	const docs = new Map(corpus.documents.map((d) => [d.file, d]));
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
