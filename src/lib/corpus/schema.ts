/**
 * One zod schema per record of the corpus; every TypeScript type of the pipeline is inferred from
 * these, so a record and its type can never drift apart.
 *
 * The chain: SourceFile (saved text + front matter) → Document (cleaned, split, extracted, tagged)
 * → Event (documents about the same meeting, grouped) → the JSON/CSV downloads and the pages.
 */
import { z } from 'zod';
import { fieldNames, formats, ISO_DATE_PATTERN, isRealDay, langs, levels } from './vocabulary';

// The lists live in vocabulary.ts, which the pages import (no zod there); the pipeline keeps
// importing them from here, beside the schemas they make.
export { fieldNames, formats, langs, levels };

export const isoDate = z
	.string()
	.regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
	.refine(isRealDay, 'is not a calendar date');

const slugId = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be lower-case words joined by hyphens (e.g. "energy-food")'
	);

/** ISO 3166-1 alpha-2, upper case: CA, JP, GB, … */
export const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CA or JP');

/** What kind of engagement a text records (the list, with what each means: vocabulary.ts). */
export const Format = z.enum(formats);
export const Level = z.enum(levels);
export type Format = z.infer<typeof Format>;
export type Level = z.infer<typeof Level>;

/** The language a source is written in. */
export const Lang = z.enum(langs);
export type Lang = z.infer<typeof Lang>;

// ---------------------------------------------------------------- data/themes.yaml

/**
 * A French or Japanese version of a taxonomy text. Optional, so a taxonomy written in English
 * alone (the fixtures of tests/) stays valid; the pages fall back to the English.
 */
const Translation = z.string().min(1).optional();

export const FrameworkArea = z.strictObject({
	id: slugId,
	framework: z.string().min(1),
	framework_fr: Translation,
	framework_ja: Translation,
	year: z.number().int(),
	label: z.string().min(1),
	label_fr: Translation,
	label_ja: Translation
});
export type FrameworkArea = z.infer<typeof FrameworkArea>;

/**
 * A pattern is a phrase ("critical minerals": case-insensitive, whole words, any dash or space
 * between words) or a regular expression written between slashes ("/\bAI\b/", flags after the
 * closing slash; case-sensitive unless it has the i flag).
 */
export const Pattern = z.string().min(2);

export const Theme = z.strictObject({
	id: slugId,
	label: z.string().min(1),
	label_fr: Translation,
	label_ja: Translation,
	definition: z.string().min(1),
	definition_fr: Translation,
	definition_ja: Translation,
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'),
	frameworks: z.array(slugId),
	patterns: z.array(Pattern).min(1, 'needs at least one pattern'),
	/** Phrases that look like a match but are not (e.g. "security environment" for climate). */
	exclude: z.array(Pattern).default([])
});
export type Theme = z.infer<typeof Theme>;

export const Taxonomy = z.strictObject({
	frameworks: z.array(FrameworkArea).min(1),
	themes: z.array(Theme).min(1)
});
export type Taxonomy = z.infer<typeof Taxonomy>;

// ---------------------------------------------------------------- data/people.yaml

export const Office = z.strictObject({
	id: slugId,
	/** The English title: what the pipeline and the downloads in /data/ write. */
	title: z.string().min(1),
	/**
	 * The title on the French and Japanese pages, in the governments' own wording (canada.ca's
	 * « ministre des Affaires étrangères du Canada », MOFA's カナダ外務大臣). Optional, so a test
	 * fixture may leave them out; data/ gives both (src/lib/corpus/data.test.ts holds it).
	 */
	title_fr: z.string().min(1).optional(),
	title_ja: z.string().min(1).optional(),
	country: countryCode,
	level: Level,
	/** The role shared by the same office in other countries: "prime-minister", "foreign-minister". */
	role: slugId,
	/** Other ways a text names this office ("Japanese Prime Minister", "Foreign Minister of Japan"). */
	aliases: z.array(z.string().min(2)).default([])
});
export type Office = z.infer<typeof Office>;

export const Role = z.strictObject({
	id: slugId,
	/** Plural forms used in "the Prime Ministers of Canada and Japan". */
	plurals: z.array(z.string().min(2)).min(1),
	/** What a meeting of two holders of this role is called: "Summit", "Foreign Ministers'". */
	meetingTerms: z.array(z.string().min(2)).default([])
});
export type Role = z.infer<typeof Role>;

export const Term = z
	.strictObject({
		office: slugId,
		from: isoDate,
		to: isoDate.optional(),
		/**
		 * The French title as this holder bore it, where French makes a title agree with the person
		 * (« première ministre du Japon »); without it, the office's `title_fr`.
		 */
		title_fr: z.string().min(1).optional()
	})
	.refine((t) => !t.to || t.to >= t.from, { message: 'ends before it starts', path: ['to'] });
export type Term = z.infer<typeof Term>;

export const Person = z.strictObject({
	id: slugId,
	/** Given name(s) and family name. Japanese names are written in all name orders from these. */
	given: z.string().min(1),
	family: z.string().min(1),
	country: countryCode,
	/** "family-first" for names the source governments write FAMILY Given (KISHIDA Fumio). */
	nameOrder: z.enum(['given-first', 'family-first']).default('given-first'),
	aliases: z.array(z.string().min(2)).default([]),
	terms: z.array(Term).default([])
});
export type Person = z.infer<typeof Person>;

export const PeopleFile = z.strictObject({
	roles: z.array(Role).min(1),
	offices: z.array(Office).min(1),
	people: z.array(Person).min(1)
});
export type PeopleFile = z.infer<typeof PeopleFile>;

// ---------------------------------------------------------------- data/places.yaml

/** Reference geography (not event facts): how texts name countries and the cities in them. */
/** A city's name in one language, by the city as `cities` writes it (Montreal: Montréal). */
const CityNames = z.record(z.string(), z.string().min(1)).optional();

export const Country = z
	.strictObject({
		code: countryCode,
		name: z.string().min(1),
		/** The name in French and in Japanese as the two governments write it: « Japon », 英国. */
		name_fr: Translation,
		name_ja: Translation,
		/** Other names and adjectives: "Japanese", "Japan's". */
		aliases: z.array(z.string().min(2)).default([]),
		cities: z.array(z.string().min(2)).default([]),
		/**
		 * The French and Japanese names of cities of `cities`, shown wherever the page names a place
		 * (« Tokyo (Japon) », 東京（日本）). Names to show, not to read texts by: the names a text
		 * may use are `cityAliases`. Optional, like every translation: a city without one is shown
		 * in English.
		 */
		cities_fr: CityNames,
		cities_ja: CityNames,
		/**
		 * Other names of a city of `cities`, by that city: the Japanese names (モントリオール) and the
		 * venues a text names instead of the city (総理大臣官邸 for Tokyo). A place read from any of them
		 * is the city as `cities` writes it.
		 */
		cityAliases: z.record(z.string(), z.array(z.string().min(1))).default({})
	})
	.superRefine((c, ctx) => {
		// A name given for a city the country does not list is a misspelt key: it would never show.
		const cities = new Set(c.cities);
		for (const field of ['cities_fr', 'cities_ja'] as const)
			for (const city of Object.keys(c[field] ?? {}))
				if (!cities.has(city))
					ctx.addIssue({
						code: 'custom',
						path: [field, city],
						message: `names "${city}", which is not in this country's cities`
					});
	});
export type Country = z.infer<typeof Country>;

export const PlacesFile = z.strictObject({ countries: z.array(Country).min(1) });
export type PlacesFile = z.infer<typeof PlacesFile>;

// ---------------------------------------------------------------- data/milestones.yaml

export const Milestone = z
	.strictObject({
		id: slugId,
		date: isoDate,
		/** How much of `date` is known: "2026-01-01" with precision month means January 2026. */
		precision: z.enum(['day', 'month', 'year']).default('day'),
		end: isoDate.optional(),
		title: z.string().min(1),
		/** The title in French and Japanese: the governments' own name of an agreement where it exists. */
		title_fr: Translation,
		title_ja: Translation,
		/** File name in data/sources/ whose text mentions this milestone. */
		source: z.string().regex(/^[^/\\]+\.md$/, 'must be a file name in data/sources/, e.g. "x.md"'),
		quote: z.string().min(10)
	})
	.refine((m) => !m.end || m.end >= m.date, { message: 'ends before it starts', path: ['end'] });
export type Milestone = z.infer<typeof Milestone>;

export const MilestonesFile = z.strictObject({ milestones: z.array(Milestone) });

// ---------------------------------------------------------------- data/sources/*.md front matter

export const LocationText = z
	.string()
	.regex(/^[^,]+(, [^,]+)?$/, 'must be written "City, Country" or "Country"');

/**
 * Publication facts (always given) and, only where the text cannot say it, facts about the event.
 * Any event field given here overrides what the pipeline extracts, and the record says so.
 */
export const FrontMatter = z.strictObject({
	title: z.string().min(1),
	issuer: z.string().min(1),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address of the original page' }),
	published: isoDate,
	date: isoDate.optional(),
	/** The date in Japan when it differs (calls across time zones). */
	dateJapan: isoDate.optional(),
	format: Format.optional(),
	level: Level.optional(),
	location: LocationText.nullable().optional(),
	/** Person ids or any name form from data/people.yaml. */
	participants: z.array(z.string().min(1)).optional(),
	/** Theme ids that always apply, in addition to those the text matches. */
	themes: z.array(slugId).optional(),
	/** Marks a framework document (the 2021 priorities, the 2022 action plan, the 2026 roadmap). */
	framework: z.string().min(1).optional(),
	/** Documents with the same `event` are one event, whatever their dates and participants. */
	event: slugId.optional(),
	/** Where the facts given above (beyond the publication facts) come from. */
	basis: z.string().min(1).optional(),
	/** The language of the text; read from the text when not given. */
	lang: Lang.optional(),
	/** The saved text is only the opening of the page: its counts are a lower bound. */
	excerpt: z.boolean().optional(),
	/**
	 * When `url` is a word-for-word republication of the official text (a wire service such as CNW
	 * or EIN Presswire, a mirror of MOFA pages), who republished it; `original` is the issuer's own
	 * address where it is known.
	 */
	via: z.string().min(1).optional(),
	original: z.url({ protocol: /^https?$/ }).optional(),
	/**
	 * Makes this file the other-language version of a source (the French of a PMO statement): the
	 * file name of that source in data/sources/. A version is not a source of its own: it adds no
	 * event, no participant and no count; the pages show it in its language. It needs `lang`.
	 */
	translationOf: z
		.string()
		.regex(/^[^/\\]+\.md$/, 'must be a file name in data/sources/, e.g. "x.md"')
		.optional()
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/**
 * The fields a version may give: the facts about its page. The facts about the event (date,
 * participants, themes, …) are its original's.
 */
export const VERSION_FIELDS = [
	'title',
	'issuer',
	'url',
	'published',
	'lang',
	'excerpt',
	'via',
	'original',
	'basis',
	'translationOf'
] as const satisfies readonly (keyof FrontMatter)[];

// ---------------------------------------------------------------- data/record.yaml

/**
 * An engagement known from reports, with no official text located. Its facts are all given and
 * `basis` names the reports they rest on; no report's text is saved, and it counts in no chart.
 */
export const RecordOnlyEvent = z
	.strictObject({
		date: isoDate,
		dateJapan: isoDate.optional(),
		title: z.string().min(1),
		/**
		 * The title in French and Japanese. The title is the team's words, not a source's: the French
		 * and Japanese pages show it in their language.
		 */
		title_fr: Translation,
		title_ja: Translation,
		format: Format,
		level: Level,
		location: LocationText.nullable(),
		/** Person ids or any name form from data/people.yaml; may be empty (an act of government). */
		participants: z.array(z.string().min(1)).default([]),
		/** Who the reports say took part but data/people.yaml does not hold (an ambassador's title). */
		others: z.array(z.string().min(1)).default([]),
		/** `others` in French and Japanese, one for one and in the same order. */
		others_fr: z.array(z.string().min(1)).optional(),
		others_ja: z.array(z.string().min(1)).optional(),
		basis: z.string().min(10, 'must name the reports the facts rest on'),
		/** Addresses of the reports (not saved: they are not official texts). */
		reports: z.array(z.url({ protocol: /^https?$/ })).default([])
	})
	.superRefine((r, ctx) => {
		for (const field of ['others_fr', 'others_ja'] as const)
			if (r[field] && r[field].length !== r.others.length)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `names ${r[field].length} people where \`others\` names ${r.others.length}: give one for each, in the same order`
				});
	});
export type RecordOnlyEvent = z.infer<typeof RecordOnlyEvent>;

/** An engagement referred to somewhere but not yet located at all. */
export const Lead = z.strictObject({
	/** "2022-04" or "2023-09" or "2026": as precise as the reference allows. */
	// YAML reads a bare year (2026) as a number.
	when: z
		.union([z.number().int(), z.string()])
		.transform(String)
		.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
	title: z.string().min(1),
	/** The title in French and Japanese (the team's words, shown in the page's language). */
	title_fr: Translation,
	title_ja: Translation,
	basis: z.string().min(1)
});
export type Lead = z.infer<typeof Lead>;

export const RecordFile = z.strictObject({
	events: z.array(RecordOnlyEvent).default([]),
	leads: z.array(Lead).default([])
});
export type RecordFile = z.infer<typeof RecordFile>;

// ---------------------------------------------------------------- data/issuers.yaml

/** An issuer of source texts, as front matter writes it, with its French and Japanese names. */
export const Issuer = z.strictObject({
	name: z.string().min(1),
	name_fr: Translation,
	name_ja: Translation,
	/**
	 * The government it belongs to (CA, JP): the presenter's notes name the other government's
	 * readout by it. Optional like the names; data/ gives it (src/lib/i18n/data-labels.test.ts).
	 */
	country: countryCode.optional()
});
export type Issuer = z.infer<typeof Issuer>;

export const IssuersFile = z.strictObject({ issuers: z.array(Issuer).default([]) });
export type IssuersFile = z.infer<typeof IssuersFile>;

// ---------------------------------------------------------------- pipeline records

/** A half-open range [start, end) of character offsets into the saved text (the body of the file). */
export const Span = z.strictObject({
	start: z.number().int().min(0),
	end: z.number().int().min(0)
});
export type Span = z.infer<typeof Span>;

export const ThemeMatch = z.strictObject({ id: slugId, phrase: z.string() });

export const Sentence = z.strictObject({
	index: z.number().int().min(0),
	text: z.string().min(1),
	start: z.number().int().min(0),
	end: z.number().int().min(0),
	kind: z.enum(['paragraph', 'list-item', 'heading']),
	themes: z.array(ThemeMatch)
});
export type Sentence = z.infer<typeof Sentence>;

export const Participant = z.strictObject({
	/** Id in data/people.yaml. */
	id: slugId,
	name: z.string(),
	office: z.string().nullable(),
	country: countryCode
});
export type Participant = z.infer<typeof Participant>;

export const Location = z.strictObject({ city: z.string().nullable(), country: z.string() });
export type Location = z.infer<typeof Location>;

export const ThemeEvidence = z.strictObject({
	id: slugId,
	mentions: z.number().int().min(0),
	/** Indices into the document's sentences. */
	sentences: z.array(z.number().int().min(0)),
	evidence: z.array(z.string())
});
export type ThemeEvidence = z.infer<typeof ThemeEvidence>;

export const Provenance = z.record(z.enum(fieldNames), z.enum(['extracted', 'given', 'missing']));
export type Provenance = z.infer<typeof Provenance>;
export type FieldName = (typeof fieldNames)[number];

export const Document = z.strictObject({
	file: z.string(),
	title: z.string(),
	issuer: z.string(),
	url: z.string(),
	published: isoDate,
	date: isoDate,
	dateJapan: isoDate.nullable(),
	format: Format,
	level: Level,
	location: Location.nullable(),
	participants: z.array(Participant),
	framework: z.string().nullable(),
	event: slugId.nullable(),
	lang: Lang,
	excerpt: z.boolean(),
	via: z.string().nullable(),
	original: z.string().nullable(),
	themes: z.array(ThemeEvidence),
	sentences: z.array(Sentence),
	provenance: Provenance,
	warnings: z.array(z.string())
});
export type Document = z.infer<typeof Document>;

/**
 * The other-language version of a source (see FrontMatter `translationOf`): its page, and its
 * sentences tagged as a source's are, so its text shows its theme marks. It counts in nothing.
 */
export const SourceVersion = Document.pick({
	file: true,
	title: true,
	issuer: true,
	url: true,
	published: true,
	lang: true,
	excerpt: true,
	via: true,
	original: true,
	themes: true,
	sentences: true,
	warnings: true
}).extend({
	/** The file name of the source this is a version of. */
	translationOf: z.string()
});
export type SourceVersion = z.infer<typeof SourceVersion>;

export const EventRecord = z
	.strictObject({
		id: slugId,
		date: isoDate,
		dateJapan: isoDate.nullable(),
		title: z.string(),
		label: z.string(),
		format: Format,
		level: Level,
		location: Location.nullable(),
		participants: z.array(Participant),
		framework: z.string().nullable(),
		themes: z.array(z.strictObject({ id: slugId, mentions: z.number().int().min(0) })),
		/** File names of the documents, in display order; empty for a record-only event. */
		sources: z.array(z.string()),
		/** The languages of its sources, in display order of first appearance. */
		langs: z.array(Lang),
		/** Some source is only the opening of its page: every count is a lower bound. */
		excerpt: z.boolean(),
		/** No official text located: facts from reports (`basis`), counted in no chart. */
		recordOnly: z.boolean(),
		/** For a record-only event: the reports its facts rest on, and people not in people.yaml. */
		basis: z.string().nullable(),
		reports: z.array(z.string()),
		others: z.array(z.string())
	})
	.refine((e) => e.recordOnly || e.sources.length > 0, {
		message: 'an event with official text needs at least one source',
		path: ['sources']
	});
export type EventRecord = z.infer<typeof EventRecord>;

// ---------------------------------------------------------------- problems

/** One thing wrong with the input, precise enough to fix without reading code. */
export interface Problem {
	file: string;
	line?: number;
	field?: string;
	message: string;
	fix?: string;
}

export function formatProblem(p: Problem): string {
	const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
	const field = p.field ? ` ${p.field}:` : '';
	return `${where}:${field} ${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}
