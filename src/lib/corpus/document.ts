/**
 * From one source file to one Document: clean, split, extract, tag, and apply what the front
 * matter gives. Pure: the same text and data always give the same record.
 */
import { cleanText } from './clean';
import {
	extractDate,
	extractFormat,
	extractFramework,
	extractLevel,
	extractLocation,
	parseLocation
} from './extract';
import type { SourceFile } from './front-matter';
import {
	findParticipants,
	resolvePerson,
	sortParticipants,
	toParticipant,
	type PeopleIndex
} from './people';
import {
	FrontMatter,
	type Document,
	type FieldName,
	type Problem,
	type Provenance,
	type Sentence,
	type ThemeEvidence
} from './schema';
import { splitSentences, type Segment } from './split';
import { tagSentence, type CompiledTheme } from './tag';
import { detectLang } from './text';
import { issueProblems } from './yaml-data';

export interface Context {
	people: PeopleIndex;
	themes: CompiledTheme[];
}

/** How many sentences at the start of a text may carry the event's date, place and people. */
const OPENING = 3;

/**
 * Partial front matter for texts without it (ingest of a raw saved page): the publication facts
 * may come from the command line instead.
 */
export type Given = Partial<FrontMatter>;

export interface DocumentResult {
	document: Document | null;
	problems: Problem[];
}

// Built once: zod compiles a schema on its first use, and .partial() makes a new one each call.
const PartialFrontMatter = FrontMatter.partial();

/** Validates front matter; problems name the line of the field. */
export function checkFrontMatter(
	source: SourceFile,
	ctx: Context,
	partial = false
): { given: Given; problems: Problem[] } {
	const schema = partial ? PartialFrontMatter : FrontMatter;
	const parsed = schema.safeParse(source.data);
	const lineOf = (path: (string | number)[]) => source.keyLines[String(path[0])];
	const problems: Problem[] = parsed.success
		? []
		: issueProblems(source.file, parsed.error.issues, lineOf);
	const given: Given = parsed.success ? parsed.data : {};
	const known = new Set(ctx.themes.map((t) => t.id));
	const themes = source.data.themes;
	if (Array.isArray(themes)) {
		themes.forEach((id, i) => {
			if (typeof id === 'string' && !known.has(id))
				problems.push({
					file: source.file,
					line: source.keyLines.themes,
					field: `themes[${i}]`,
					message: `unknown theme "${id}"`,
					fix: `use an id from data/themes.yaml: ${[...known].join(', ')}`
				});
		});
	}
	const participants = source.data.participants;
	if (Array.isArray(participants)) {
		participants.forEach((name, i) => {
			if (typeof name === 'string' && !resolvePerson(ctx.people, name))
				problems.push({
					file: source.file,
					line: source.keyLines.participants,
					field: `participants[${i}]`,
					message: `unknown person "${name}"`,
					fix: 'use a person id or name from data/people.yaml, or add the person there'
				});
		});
	}
	if (typeof source.data.location === 'string') {
		const loc = parseLocation(source.data.location, ctx.people);
		if (typeof loc === 'string')
			problems.push({
				file: source.file,
				line: source.keyLines.location,
				field: 'location',
				message: loc,
				fix: 'write "City, Country" with a country from data/places.yaml'
			});
	}
	return { given, problems };
}

/**
 * Themes: every sentence is tagged; a text's mentions of a theme = its matching sentences. With
 * `givenThemes`, the themes are exactly those (counted all the same), in that order.
 */
export function tagSegments(
	segments: readonly Segment[],
	ctx: Context,
	givenThemes?: readonly string[]
): { sentences: Sentence[]; themes: ThemeEvidence[] } {
	const sentences: Sentence[] = segments.map((s, index) => ({
		index,
		text: s.text,
		start: s.start,
		end: s.end,
		kind: s.kind,
		themes: tagSentence(s.text, ctx.themes)
	}));
	const order = givenThemes ?? ctx.themes.map((t) => t.id);
	const themes: ThemeEvidence[] = order.flatMap((id) => {
		const hits = sentences.filter((s) => s.themes.some((t) => t.id === id));
		if (!hits.length && !givenThemes) return [];
		return [
			{
				id,
				mentions: hits.length,
				sentences: hits.map((s) => s.index),
				evidence: hits.map((s) => s.text)
			}
		];
	});
	return { sentences, themes };
}

/** Builds the Document of one source. `given` is the validated front matter (possibly partial). */
export function buildDocument(
	source: SourceFile,
	given: Given,
	ctx: Context
): { document: Document; warnings: string[] } {
	const warnings: string[] = [];
	const title = given.title ?? '';
	const published = given.published ?? null;
	const { blocks, dropped } = cleanText(source.body, title || undefined);
	const segments = splitSentences(blocks);
	if (segments.length === 0) warnings.push('no official text found after removing page furniture');
	const opening = segments
		.filter((s) => s.kind !== 'heading')
		.slice(0, OPENING)
		.map((s) => s.text);
	const provenance = {} as Provenance;
	const mark = (field: FieldName, value: unknown, givenValue: unknown) => {
		provenance[field] =
			givenValue !== undefined
				? 'given'
				: value === null || value === undefined
					? 'missing'
					: 'extracted';
	};

	// The format first: a Japanese readout of a call is dated in Ottawa, from its time in Japan.
	const extractedFormat = extractFormat(title, opening);
	const format = given.format ?? extractedFormat ?? 'document';

	// Date: given, or read from the text, or (with a warning) the publication date.
	const dateFinding = extractDate(opening, dropped, published, format);
	let date = given.date ?? dateFinding.date;
	mark('date', dateFinding.date, given.date);
	if (!date) {
		if (published) {
			warnings.push(`no event date found in the text; using the publication date ${published}`);
			date = published;
		} else {
			warnings.push('no event date found in the text and no publication date given');
			date = '1970-01-01';
		}
	}
	const dateJapan =
		given.dateJapan ??
		(dateFinding.dateJapan && dateFinding.dateJapan !== date ? dateFinding.dateJapan : null);
	mark('dateJapan', dateJapan, given.dateJapan);

	// Participants: given (ids or names) replace what is found.
	let participants;
	if (given.participants) {
		participants = sortParticipants(
			given.participants.flatMap((n) => {
				const p = resolvePerson(ctx.people, n);
				return p ? [toParticipant(ctx.people, p, date)] : [];
			}),
			ctx.people
		);
	} else {
		const found = findParticipants(
			ctx.people,
			title,
			segments.map((s) => s.text),
			date
		);
		participants = found.participants;
		warnings.push(...found.warnings);
		// An agreement entering into force is an act of the two governments: no one is named.
		if (participants.length === 0 && format !== 'entry-into-force')
			warnings.push('no participants found: name them in front matter ("participants: [id, …]")');
	}
	mark('participants', participants.length ? participants : null, given.participants);

	mark('format', extractedFormat, given.format);
	if (!given.format && !extractedFormat)
		warnings.push(
			'format not recognised (call, meeting, courtesy call, signing, entry into force, statement or document); using "document"'
		);

	const extractedLevel = extractLevel(participants, ctx.people, title, opening, format);
	const level = given.level ?? extractedLevel ?? 'officials';
	mark('level', extractedLevel, given.level);
	if (!given.level && !extractedLevel) warnings.push('level not recognised; using "officials"');

	let location = null;
	if (given.location !== undefined) {
		const loc = given.location === null ? null : parseLocation(given.location, ctx.people);
		location = typeof loc === 'string' ? null : loc;
	} else {
		location = extractLocation(format, opening, dropped, ctx.people, title);
		if (!location && format === 'meeting')
			warnings.push(
				'no place found for this meeting: give "location: City, Country" in front matter'
			);
	}
	mark('location', location, given.location);

	const extractedFramework = extractFramework(
		title,
		segments.map((s) => s.text)
	);
	const framework = given.framework ?? extractedFramework;
	mark('framework', framework, given.framework);

	const { sentences, themes } = tagSegments(segments, ctx, given.themes);
	mark('themes', themes.length ? themes : null, given.themes);

	// Language: given, or read from the official text (furniture removed, so a Japanese menu on an
	// English page does not count).
	const lang = given.lang ?? detectLang(segments.map((s) => s.text).join(' '));
	mark('lang', lang, given.lang);

	return {
		document: {
			file: source.file,
			title,
			issuer: given.issuer ?? '',
			url: given.url ?? '',
			published: published ?? date,
			date,
			dateJapan,
			format,
			level,
			location,
			participants,
			framework,
			event: given.event ?? null,
			lang,
			excerpt: given.excerpt ?? false,
			via: given.via ?? null,
			original: given.original ?? null,
			themes,
			sentences,
			provenance,
			warnings
		},
		warnings
	};
}
