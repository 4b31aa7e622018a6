import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, levels } from '$lib/corpus/schema';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import {
	CHART_COUNTS,
	CHART_SCALES,
	DEFAULT_VIEW,
	MAX_TEXT,
	PARAM_KEYS,
	defaultViewState,
	normalizeViewState,
	parseViewState,
	serializeViewState,
	toQueryString,
	viewStateEquals,
	type Known,
	type ViewState
} from './view-state';

const known: Known = {
	themes: ['indo-pacific', 'defence', 'energy-food', 'cyber'],
	people: new Set(['mark-carney', 'takaichi-sanae']),
	events: new Set(['2026-03-06-carney-takaichi', '2024-01-13-joly-kamikawa']),
	places: new Set(['Tokyo, Japan', 'Ottawa, Canada', 'Japan'])
};

const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...patch });
const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

describe('parseViewState: valid parameters', () => {
	it.each<[string, Partial<ViewState>]>([
		['', {}],
		['themes=defence', { themes: ['defence'] }],
		// Taxonomy order, whatever order the link lists them in.
		['themes=energy-food,defence', { themes: ['defence', 'energy-food'] }],
		['themes=energy-food%2Cdefence', { themes: ['defence', 'energy-food'] }],
		['themes=defence&themes=cyber', { themes: ['defence', 'cyber'] }],
		['themes=%20defence%20,', { themes: ['defence'] }],
		['themes=', {}],
		['match=all', { match: 'all' }],
		['match=any', { match: 'any' }],
		['level=ministers,leaders', { levels: ['leaders', 'ministers'] }],
		['format=meeting,call', { formats: ['call', 'meeting'] }],
		['person=mark-carney', { person: 'mark-carney' }],
		// A place as its record writes it: the comma is left readable in a link (see toQueryString).
		['place=Tokyo,+Japan', { place: 'Tokyo, Japan' }],
		['place=Tokyo%2C%20Japan', { place: 'Tokyo, Japan' }],
		['place=Japan', { place: 'Japan' }],
		['place=%20Japan%20', { place: 'Japan' }],
		['place=', {}],
		['q=critical+minerals', { text: 'critical minerals' }],
		['q=%20%20LNG%20', { text: 'LNG' }],
		['q=%20', {}],
		['q=a%2Cb%26c', { text: 'a,b&c' }],
		[`q=${'x'.repeat(MAX_TEXT)}`, { text: 'x'.repeat(MAX_TEXT) }],
		['dim=1', { dim: true }],
		['dim=0', {}],
		['count=sentences', { count: 'sentences' }],
		['count=events', {}],
		['scale=share', { scale: 'share' }],
		['scale=count', {}],
		['from=2024-01-01&to=2024-12-31', { range: { start: '2024-01-01', end: '2024-12-31' } }],
		['to=2024-01-02&from=2024-01-01', { range: { start: '2024-01-01', end: '2024-01-02' } }],
		['from=1900-01-01&to=2100-12-31', { range: { start: '1900-01-01', end: '2100-12-31' } }],
		['event=2024-01-13-joly-kamikawa', { event: '2024-01-13-joly-kamikawa' }],
		[
			'themes=cyber,indo-pacific&match=all&level=leaders&format=statement&person=takaichi-sanae&q=roadmap&dim=1&count=sentences&scale=share&from=2025-01-01&to=2026-12-31&event=2026-03-06-carney-takaichi',
			{
				themes: ['indo-pacific', 'cyber'],
				match: 'all',
				levels: ['leaders'],
				formats: ['statement'],
				person: 'takaichi-sanae',
				text: 'roadmap',
				dim: true,
				count: 'sentences',
				scale: 'share',
				range: { start: '2025-01-01', end: '2026-12-31' },
				event: '2026-03-06-carney-takaichi'
			}
		]
	])('%s', (query, patch) => {
		const { state, notices } = parse(query);
		expect(state).toEqual(view(patch));
		expect(notices).toEqual([]);
	});
});

describe('parseViewState: malformed parameters are dropped with a notice', () => {
	it.each<[string, Partial<ViewState>, string[]]>([
		['foo=bar', {}, ['Ignored unknown parameter "foo".']],
		['Themes=defence', {}, ['Ignored unknown parameter "Themes".']],
		['themes=defence,bogus', { themes: ['defence'] }, ['Ignored unknown theme "bogus" in themes.']],
		[
			'themes=defence,defence',
			{ themes: ['defence'] },
			['Ignored repeated theme "defence" in themes.']
		],
		[
			'themes=defence&themes=defence',
			{ themes: ['defence'] },
			['Ignored repeated theme "defence" in themes.']
		],
		['themes=DEFENCE', {}, ['Ignored unknown theme "DEFENCE" in themes.']],
		['match=some', {}, ['Ignored match="some": use "any" or "all".']],
		['match=all&match=any', { match: 'all' }, ['Ignored repeated parameter match="any".']],
		['level=leaders,kings', { levels: ['leaders'] }, ['Ignored unknown level "kings" in level.']],
		['format=call,call', { formats: ['call'] }, ['Ignored repeated format "call" in format.']],
		['format=tweet', {}, ['Ignored unknown format "tweet" in format.']],
		['person=nobody', {}, ['Ignored unknown person "nobody" in person.']],
		['place=Atlantis', {}, ['Ignored unknown place "Atlantis" in place.']],
		// Places are matched as written: a city alone is not its "City, Country".
		['place=Tokyo', {}, ['Ignored unknown place "Tokyo" in place.']],
		['place=Japan&place=Tokyo', { place: 'Japan' }, ['Ignored repeated parameter place="Tokyo".']],
		[
			`q=${'x'.repeat(MAX_TEXT + 1)}`,
			{},
			[`Ignored a search text of ${MAX_TEXT + 1} characters in q (at most ${MAX_TEXT}).`]
		],
		['dim=yes', {}, ['Ignored dim="yes": use dim=1.']],
		['count=words', {}, ['Ignored count="words": use "events" or "sentences".']],
		['count=Sentences', {}, ['Ignored count="Sentences": use "events" or "sentences".']],
		[
			'count=sentences&count=events',
			{ count: 'sentences' },
			['Ignored repeated parameter count="events".']
		],
		['scale=percent', {}, ['Ignored scale="percent": use "count" or "share".']],
		['scale=', {}, ['Ignored scale="": use "count" or "share".']],
		['from=2024-01-01', {}, ['Ignored from="2024-01-01": to is missing.']],
		['to=2024-01-01', {}, ['Ignored to="2024-01-01": from is missing.']],
		[
			'from=2024-02-30&to=2024-03-01',
			{},
			['Ignored from="2024-02-30": not a date written YYYY-MM-DD.']
		],
		[
			'from=2024-1-1&to=yesterday',
			{},
			[
				'Ignored from="2024-1-1": not a date written YYYY-MM-DD.',
				'Ignored to="yesterday": not a date written YYYY-MM-DD.'
			]
		],
		[
			'from=2024-03-01&to=2024-03-01',
			{},
			['Ignored from=2024-03-01 and to=2024-03-01: from must be before to.']
		],
		[
			'from=2025-01-01&to=2024-01-01',
			{},
			['Ignored from=2025-01-01 and to=2024-01-01: from must be before to.']
		],
		[
			'from=1899-12-31&to=2024-01-01',
			{},
			['Ignored from=1899-12-31 and to=2024-01-01: outside the years 1900–2100.']
		],
		[
			'from=2024-01-01&to=2101-01-01',
			{},
			['Ignored from=2024-01-01 and to=2101-01-01: outside the years 1900–2100.']
		],
		['event=nope', {}, ['Ignored unknown event "nope" in event.']],
		[
			'event=2024-01-13-joly-kamikawa&event=nope',
			{ event: '2024-01-13-joly-kamikawa' },
			['Ignored repeated parameter event="nope".']
		],
		[`themes=${'z'.repeat(60)}`, {}, [`Ignored unknown theme "${'z'.repeat(40)}…" in themes.`]],
		// A bad value does not take the good parameters down with it.
		[
			'themes=bogus,cyber&level=leaders&dim=2&person=mark-carney',
			{ themes: ['cyber'], levels: ['leaders'], person: 'mark-carney' },
			['Ignored unknown theme "bogus" in themes.', 'Ignored dim="2": use dim=1.']
		]
	])('%s', (query, patch, expected) => {
		const { state, notices } = parse(query);
		expect(state).toEqual(view(patch));
		expect(notices).toEqual(expected);
	});

	const translated: [Locale, [query: string, notices: string[]][]][] = [
		[
			'fr',
			[
				['foo=bar', ['Paramètre inconnu "foo" ignoré.']],
				[
					'themes=defence,bogus,defence',
					[
						'Thème inconnu "bogus" ignoré dans themes.',
						'Thème répété "defence" ignoré dans themes.'
					]
				],
				['person=nobody', ['Personne inconnue "nobody" ignorée dans person.']],
				['match=some', ['match="some" ignoré\u00a0: utilisez "any" ou "all".']],
				[
					'from=2024-1-1&to=2024-02-01',
					['from="2024-1-1" ignoré\u00a0: ce n’est pas une date écrite AAAA-MM-JJ.']
				],
				[
					'from=1899-12-31&to=2024-01-01',
					['from=1899-12-31 et to=2024-01-01 ignorés\u00a0: hors des années 1900 à 2100.']
				]
			]
		],
		[
			'ja',
			[
				['foo=bar', ['不明なパラメーター "foo" を無視しました。']],
				['level=kings', ['level の不明なレベル "kings" を無視しました。']],
				[
					'event=nope&event=x',
					[
						'重複したパラメーター event="x" を無視しました。',
						'event の不明な会談等 "nope" を無視しました。'
					]
				],
				['to=2024-01-01', ['to="2024-01-01" を無視しました。from がありません。']]
			]
		]
	];
	describe.each(translated)("in %s, the notices are in the page's language", (locale, cases) => {
		it.each(cases)('%s', (query, expected) => {
			const before = getLocale;
			overwriteGetLocale(() => locale);
			try {
				expect(parse(query).notices).toEqual(expected);
			} finally {
				overwriteGetLocale(before);
			}
		});
	});

	it('takes a place as written when the page gives no list of places (the slides)', () => {
		const noPlaces = { themes: known.themes, people: known.people, events: known.events };
		const { state, notices } = parseViewState(new URLSearchParams('place=Atlantis'), noPlaces);
		expect(state).toEqual(view({ place: 'Atlantis' }));
		expect(notices).toEqual([]);
	});

	it('does not read inherited names such as __proto__ or constructor as parameters', () => {
		const { state, notices } = parse('__proto__=x&constructor=y&themes=__proto__');
		expect(state).toEqual(DEFAULT_VIEW);
		expect(notices).toHaveLength(3);
	});
});

describe('serializeViewState', () => {
	it.each<[Partial<ViewState>, string]>([
		[{}, ''],
		[{ themes: ['defence', 'energy-food'] }, 'themes=defence%2Cenergy-food'],
		[{ match: 'all' }, 'match=all'],
		[{ levels: ['ministers', 'leaders'] }, 'level=leaders%2Cministers'],
		[{ formats: ['meeting', 'call', 'meeting'] }, 'format=call%2Cmeeting'],
		[{ person: 'mark-carney' }, 'person=mark-carney'],
		[{ place: 'Tokyo, Japan' }, 'place=Tokyo%2C+Japan'],
		[{ text: ' critical minerals ' }, 'q=critical+minerals'],
		[{ text: '   ' }, ''],
		[{ dim: true }, 'dim=1'],
		[{ count: 'sentences' }, 'count=sentences'],
		[{ count: 'events' }, ''],
		[{ scale: 'share' }, 'scale=share'],
		[{ scale: 'count' }, ''],
		[{ scale: 'share', count: 'sentences', dim: true }, 'dim=1&count=sentences&scale=share'],
		[{ range: { start: '2024-01-01', end: '2024-12-31' } }, 'from=2024-01-01&to=2024-12-31'],
		[{ event: 'e1' }, 'event=e1'],
		// Canonical key order whatever order the fields were set in.
		[
			{ event: 'e1', dim: true, themes: ['cyber'], text: 'x', match: 'all', person: 'p' },
			'themes=cyber&match=all&person=p&q=x&dim=1&event=e1'
		]
	])('%j → %s', (patch, expected) => {
		expect(serializeViewState(view(patch)).toString()).toBe(expected);
	});

	it('writes every key in PARAM_KEYS order', () => {
		const full = view({
			themes: ['defence'],
			match: 'all',
			levels: ['leaders'],
			formats: ['call'],
			person: 'mark-carney',
			place: 'Japan',
			text: 'q',
			dim: true,
			count: 'sentences',
			scale: 'share',
			range: { start: '2024-01-01', end: '2024-02-01' },
			event: '2024-01-13-joly-kamikawa'
		});
		expect([...serializeViewState(full).keys()]).toEqual([...PARAM_KEYS]);
	});
});

describe('toQueryString', () => {
	it.each<[Partial<ViewState>, string]>([
		[{}, ''],
		[{ themes: ['energy-food', 'defence'] }, '?themes=energy-food,defence'],
		[{ text: 'a,b' }, '?q=a,b'],
		[{ place: 'Tokyo, Japan' }, '?place=Tokyo,+Japan'],
		// A "%2C" typed by the reader is escaped as %252C and must survive as typed.
		[{ text: '%2C' }, '?q=%252C']
	])('%j → %s', (patch, expected) => {
		const query = toQueryString(view(patch));
		expect(query).toBe(expected);
		expect(parseViewState(new URLSearchParams(query), known).state.text).toBe(
			view(patch).text.trim()
		);
	});
});

describe('viewStateEquals', () => {
	it.each<[string, Partial<ViewState>, Partial<ViewState>, boolean]>([
		['defaults', {}, {}, true],
		['list order does not matter', { themes: ['a', 'b'] }, { themes: ['b', 'a'] }, true],
		['levels as sets', { levels: ['leaders'] }, { levels: ['leaders', 'leaders'] }, true],
		['themes differ', { themes: ['a'] }, { themes: ['a', 'b'] }, false],
		['match', { match: 'all' }, {}, false],
		['levels', { levels: ['leaders'] }, {}, false],
		['formats', { formats: ['call'] }, { formats: ['meeting'] }, false],
		['person', { person: 'x' }, {}, false],
		['place', { place: 'Japan' }, { place: 'Tokyo, Japan' }, false],
		['text', { text: 'x' }, {}, false],
		['dim', { dim: true }, {}, false],
		['count', { count: 'sentences' }, {}, false],
		['scale', { scale: 'share' }, {}, false],
		[
			'equal ranges, different objects',
			{ range: { start: '2024-01-01', end: '2024-02-01' } },
			{ range: { start: '2024-01-01', end: '2024-02-01' } },
			true
		],
		['range vs none', { range: { start: '2024-01-01', end: '2024-02-01' } }, {}, false],
		[
			'range end',
			{ range: { start: '2024-01-01', end: '2024-02-01' } },
			{ range: { start: '2024-01-01', end: '2024-02-02' } },
			false
		],
		['event', { event: 'x' }, { event: 'y' }, false]
	])('%s', (_name, a, b, expected) => {
		expect(viewStateEquals(view(a), view(b))).toBe(expected);
		expect(viewStateEquals(view(b), view(a))).toBe(expected);
	});
});

describe('defaults', () => {
	it('DEFAULT_VIEW serializes to nothing and parses back from nothing', () => {
		expect(serializeViewState(DEFAULT_VIEW).toString()).toBe('');
		expect(parse('').state).toEqual(DEFAULT_VIEW);
	});

	it('defaultViewState gives a fresh copy each time', () => {
		const a = defaultViewState();
		a.themes.push('defence');
		expect(defaultViewState().themes).toEqual([]);
		expect(DEFAULT_VIEW.themes).toEqual([]);
	});

	it('normalizeViewState orders lists and drops unknown values', () => {
		const s = view({
			themes: ['cyber', 'bogus', 'defence', 'cyber'],
			levels: ['ministers', 'leaders'],
			person: 'nobody'
		});
		expect(normalizeViewState(s, known)).toEqual(
			view({ themes: ['defence', 'cyber'], levels: ['leaders', 'ministers'] })
		);
	});
});

// ---------------------------------------------------------------- properties

const isoDay = fc
	.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
	.map((t) => new Date(t).toISOString().slice(0, 10));

const subsetInOrder = <T>(all: readonly T[]) =>
	fc.subarray([...all]).map((picked) => all.filter((x) => picked.includes(x)));

/** Any state parseViewState could return for `known`. */
const validState: fc.Arbitrary<ViewState> = fc.record({
	themes: subsetInOrder(known.themes),
	match: fc.constantFrom('any' as const, 'all' as const),
	levels: subsetInOrder(levels),
	formats: subsetInOrder(formats),
	person: fc.option(fc.constantFrom(...known.people), { nil: null }),
	place: fc.option(fc.constantFrom(...known.places!), { nil: null }),
	// Grapheme units keep the string well-formed: a lone surrogate cannot travel in a URL.
	text: fc
		.string({ unit: 'grapheme', maxLength: 60 })
		.map((t) => t.trim())
		.filter((t) => t.length <= MAX_TEXT),
	dim: fc.boolean(),
	count: fc.constantFrom(...CHART_COUNTS),
	scale: fc.constantFrom(...CHART_SCALES),
	range: fc.option(
		fc
			.tuple(isoDay, isoDay)
			.filter(([a, b]) => a !== b)
			.map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a })),
		{ nil: null }
	),
	event: fc.option(fc.constantFrom(...known.events), { nil: null })
});

describe('properties', () => {
	it('parse(serialize(s)) equals s for any valid state, without notices', () => {
		fc.assert(
			fc.property(validState, (s) => {
				const { state, notices } = parseViewState(serializeViewState(s), known);
				expect(state).toEqual(s);
				expect(viewStateEquals(state, s)).toBe(true);
				expect(notices).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('the URL text round-trips too (what a shared link actually carries)', () => {
		fc.assert(
			fc.property(validState, (s) => {
				const query = toQueryString(s);
				expect(parseViewState(new URLSearchParams(query), known).state).toEqual(s);
			}),
			{ numRuns: 300 }
		);
	});

	const key = fc.oneof(fc.constantFrom(...PARAM_KEYS), fc.string({ maxLength: 8 }));
	const value = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 30 }),
		fc.constantFrom(
			...known.themes,
			'bogus',
			'2024-01-01',
			'1',
			'all',
			',',
			'',
			'sentences',
			'share'
		),
		fc.array(fc.constantFrom(...known.themes, 'x', ''), { maxLength: 5 }).map((a) => a.join(',')),
		fc.string({ maxLength: 300 })
	);

	it('never throws, and always returns a state that serializes and parses back cleanly', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
				const { state } = parseViewState(new URLSearchParams(pairs), known);
				const again = parseViewState(serializeViewState(state), known);
				expect(again.state).toEqual(state);
				expect(again.notices).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on any query string at all', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (query) => {
				expect(() => parseViewState(new URLSearchParams(query), known)).not.toThrow();
			}),
			{ numRuns: 500 }
		);
	});
});
