/**
 * What the record holds: per year and per kind of engagement (format × level), how many events
 * there are and what texts stand behind them. One pure function, so the /record/ page and
 * `npm run check:data` print the same numbers.
 *
 * Which government a text is from is read from its issuer, as data/sources/*.md write it:
 * "Prime Minister's Office, Canada", "Global Affairs Canada", "National Defence, Canada" are
 * Canadian; "Ministry of Foreign Affairs of Japan", "Prime Minister's Office of Japan", "Ministry
 * of Defense of Japan" are Japanese. A joint statement of the two governments is both governments'
 * own text, whichever site published it, so an issuer that says "joint" counts for both.
 */
import type { Format, Level } from '$lib/corpus/schema';
import { formats, levels } from '$lib/corpus/vocabulary';

/** Whose government issued a text. */
export interface IssuerSides {
	canada: boolean;
	japan: boolean;
}

const COUNTRY = /\b(Canad(?:a|ian)|Japan(?:ese)?)\b/;
/** Japan's ministries as they name themselves in Japanese, with no country word. */
const JAPANESE_ISSUER = /外務省|防衛省|経済産業省|首相官邸|内閣/;
const JOINT = /\bjoint\b|共同/i;

/**
 * The government that issued a text: the first country its issuer names ("Ministry of Foreign
 * Affairs of Japan", "Natural Resources Canada", "Embassy of Japan in Canada" is Japan's), or
 * Japan for a ministry named in Japanese; both for a joint statement.
 */
export function issuerSides(issuer: string): IssuerSides {
	if (JOINT.test(issuer)) return { canada: true, japan: true };
	const first = COUNTRY.exec(issuer)?.[1];
	if (!first) return { canada: false, japan: JAPANESE_ISSUER.test(issuer) };
	return { canada: first.startsWith('Canad'), japan: first.startsWith('Japan') };
}

/** The columns of every row. `canadian` and `japanese` include the events that have `both`. */
export interface RecordCounts {
	/** Events (engagements) of the row. */
	engagements: number;
	/** With at least one text issued by the Government of Canada (joint statements included). */
	canadian: number;
	/** With at least one text issued by the Government of Japan (joint statements included). */
	japanese: number;
	/** With texts of both governments (or a joint statement). */
	both: number;
	/** Whose every saved text is only the opening of its page: all their counts are lower bounds. */
	excerptsOnly: number;
	/** Record-only: no official text located. */
	noText: number;
}

export interface KindRow extends RecordCounts {
	format: Format;
	level: Level;
}

export interface YearRow extends RecordCounts {
	year: string;
	/** The kinds that occur that year, by level (leaders first), then format, in schema order. */
	kinds: KindRow[];
}

export interface RecordSummary extends RecordCounts {
	years: YearRow[];
	/** Every year together, by kind. */
	kinds: KindRow[];
}

/** What the summary reads of an event and of a source document. */
export interface SummaryEvent {
	date: string;
	format: Format;
	level: Level;
	recordOnly: boolean;
	/** File names of its sources. */
	sources: readonly string[];
}
export interface SummaryDocument {
	file: string;
	issuer: string;
	excerpt: boolean;
}

const zero = (): RecordCounts => ({
	engagements: 0,
	canadian: 0,
	japanese: 0,
	both: 0,
	excerptsOnly: 0,
	noText: 0
});

function add(into: RecordCounts, e: RecordCounts) {
	into.engagements += e.engagements;
	into.canadian += e.canadian;
	into.japanese += e.japanese;
	into.both += e.both;
	into.excerptsOnly += e.excerptsOnly;
	into.noText += e.noText;
}

/** One event's row: 1 in each column it belongs to. */
export function countEvent(
	e: SummaryEvent,
	docs: ReadonlyMap<string, SummaryDocument>
): RecordCounts {
	const c = zero();
	c.engagements = 1;
	const sources = e.sources.flatMap((f) => docs.get(f) ?? []);
	if (e.recordOnly || !sources.length) {
		c.noText = 1;
		return c;
	}
	const sides = sources.map((d) => issuerSides(d.issuer));
	c.canadian = sides.some((s) => s.canada) ? 1 : 0;
	c.japanese = sides.some((s) => s.japan) ? 1 : 0;
	c.both = c.canadian && c.japanese ? 1 : 0;
	c.excerptsOnly = sources.every((d) => d.excerpt) ? 1 : 0;
	return c;
}

const kindOrder = (r: { format: Format; level: Level }) =>
	levels.indexOf(r.level) * formats.length + formats.indexOf(r.format);

function kindRows(map: Map<string, KindRow>): KindRow[] {
	return [...map.values()].sort((a, b) => kindOrder(a) - kindOrder(b));
}

function addKind(map: Map<string, KindRow>, e: SummaryEvent, c: RecordCounts) {
	const key = `${e.level}/${e.format}`;
	let row = map.get(key);
	if (!row) map.set(key, (row = { format: e.format, level: e.level, ...zero() }));
	add(row, c);
}

/** The summary of the record: years in order, kinds in schema order, totals over all. */
export function summarizeRecord(
	events: readonly SummaryEvent[],
	documents: readonly SummaryDocument[]
): RecordSummary {
	const docs = new Map(documents.map((d) => [d.file, d]));
	const total = zero();
	const allKinds = new Map<string, KindRow>();
	const years = new Map<string, { counts: RecordCounts; kinds: Map<string, KindRow> }>();
	for (const e of events) {
		const c = countEvent(e, docs);
		const year = e.date.slice(0, 4);
		let y = years.get(year);
		if (!y) years.set(year, (y = { counts: zero(), kinds: new Map() }));
		add(y.counts, c);
		addKind(y.kinds, e, c);
		addKind(allKinds, e, c);
		add(total, c);
	}
	return {
		...total,
		years: [...years]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([year, y]) => ({ year, ...y.counts, kinds: kindRows(y.kinds) })),
		kinds: kindRows(allKinds)
	};
}

/**
 * The columns in the order every view shows them, with their English headings for the terminal
 * (`npm run check:data`); a page words them in its language with columnHeading (words.ts).
 */
export const RECORD_COLUMNS: readonly { key: keyof RecordCounts; heading: string }[] = [
	{ key: 'engagements', heading: 'Engagements' },
	{ key: 'canadian', heading: 'Canadian text' },
	{ key: 'japanese', heading: 'Japanese text' },
	{ key: 'both', heading: 'Both' },
	{ key: 'excerptsOnly', heading: 'Excerpts only' },
	{ key: 'noText', heading: 'No official text' }
];

/** A lead (data/record.yaml), for the text summary. */
export interface SummaryLead {
	when: string;
	title: string;
}

function leadLines(leads: readonly SummaryLead[]): string {
	const width = Math.max(...leads.map((l) => l.when.length));
	return [...leads]
		.sort((a, b) => a.when.localeCompare(b.when))
		.map((l) => `  ${l.when.padEnd(width)}  ${l.title}`)
		.join('\n');
}

/**
 * The summary as plain text for a terminal: a table by year with the totals, then the kinds over
 * all years, then the leads. `kindName` words a kind ("Meeting, leaders").
 */
export function formatRecordSummary(
	s: RecordSummary,
	leads: readonly SummaryLead[],
	kindName: (r: { format: Format; level: Level }) => string
): string {
	const head = ['', ...RECORD_COLUMNS.map((c) => c.heading)];
	const line = (name: string, c: RecordCounts) => [
		name,
		...RECORD_COLUMNS.map((col) => String(c[col.key]))
	];
	const table = (rows: string[][]) => {
		const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
		return rows
			.map((r) =>
				r
					.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
					.join('  ')
			)
			.join('\n');
	};
	const out = [
		'What the record holds, by year:',
		table([head, ...s.years.map((y) => line(y.year, y)), line('All years', s)]),
		'',
		'By kind, all years:',
		table([head, ...s.kinds.map((k) => line(kindName(k), k))]),
		'',
		leads.length
			? `Leads not yet located (${leads.length}):\n${leadLines(leads)}`
			: 'Leads not yet located: none.'
	];
	return out.join('\n');
}
