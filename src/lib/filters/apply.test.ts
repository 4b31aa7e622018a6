import { describe, expect, it } from 'vitest';
import type { Format, Level } from '$lib/corpus/schema';
import {
	createEventFilter,
	filterEvents,
	highlightRanges,
	inRange,
	matchesFilters,
	searchTerms,
	themeEventCounts,
	type FilterableEvent
} from './apply';
import { defaultViewState, type ViewState } from './view-state';

function event(
	id: string,
	date: string,
	format: Format,
	level: Level,
	people: string[],
	themes: string[],
	location?: string | null
): FilterableEvent {
	return {
		id,
		date,
		format,
		level,
		participants: people.map((p) => ({ id: p })),
		themes: themes.map((t) => ({ id: t })),
		// Left out, not undefined, when not given: the slides' events may have no such field.
		...(location === undefined ? {} : { location })
	};
}

// Shaped like the corpus: two leaders' events, two ministers'.
const events: FilterableEvent[] = [
	event(
		'roadmap',
		'2026-03-06',
		'meeting',
		'leaders',
		['carney', 'takaichi'],
		['defence', 'cyber'],
		'Tokyo, Japan'
	),
	event(
		'joly',
		'2024-01-13',
		'meeting',
		'ministers',
		['joly', 'kamikawa'],
		['multilateral'],
		'Montreal, Canada'
	),
	event(
		'call',
		'2022-02-08',
		'call',
		'leaders',
		['trudeau', 'kishida'],
		['defence', 'russia'],
		null
	),
	event(
		'priorities',
		'2021-05-03',
		'document',
		'ministers',
		['garneau', 'motegi'],
		['defence', 'energy-food']
	)
];

const search = new Map([
	['roadmap', 'the canada–japan comprehensive strategic roadmap on critical minerals.'],
	['joly', 'the two ministers met in montréal.\nfree and\nopen indo-pacific'],
	['call', 'prime minister trudeau spoke with prime minister kishida.'],
	['priorities', 'shared priorities: energy security, lng and critical minerals.']
]);

const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...patch });
const ids = (list: readonly FilterableEvent[]) => list.map((e) => e.id);

describe('filterEvents', () => {
	it.each<[string, Partial<ViewState>, string[]]>([
		['no filter keeps every event in input order', {}, ['roadmap', 'joly', 'call', 'priorities']],
		['any: at least one theme', { themes: ['cyber', 'energy-food'] }, ['roadmap', 'priorities']],
		['all: every theme', { themes: ['defence', 'cyber'], match: 'all' }, ['roadmap']],
		[
			'all with one theme is any',
			{ themes: ['defence'], match: 'all' },
			['roadmap', 'call', 'priorities']
		],
		['all with themes no event shares', { themes: ['cyber', 'russia'], match: 'all' }, []],
		['match alone filters nothing', { match: 'all' }, ['roadmap', 'joly', 'call', 'priorities']],
		['unknown theme matches nothing', { themes: ['bogus'] }, []],
		['level', { levels: ['leaders'] }, ['roadmap', 'call']],
		[
			'levels are OR-ed',
			{ levels: ['leaders', 'ministers'] },
			['roadmap', 'joly', 'call', 'priorities']
		],
		['level with no events', { levels: ['officials'] }, []],
		['format', { formats: ['call', 'document'] }, ['call', 'priorities']],
		['person', { person: 'kamikawa' }, ['joly']],
		['unknown person', { person: 'nobody' }, []],
		['place', { place: 'Tokyo, Japan' }, ['roadmap']],
		// A place is the whole location as written: a city alone or the country alone is another.
		['place: city alone is another place', { place: 'Tokyo' }, []],
		['place: country alone is another place', { place: 'Japan' }, []],
		['place and person combine', { place: 'Montreal, Canada', person: 'joly' }, ['joly']],
		['place and person that never meet', { place: 'Montreal, Canada', person: 'carney' }, []],
		['text: word', { text: 'minerals' }, ['roadmap', 'priorities']],
		['text: every term must occur', { text: 'critical LNG' }, ['priorities']],
		['text: substring of a word', { text: 'miner' }, ['roadmap', 'priorities']],
		['text: phrase', { text: '"prime minister trudeau"' }, ['call']],
		['text: phrase not in that order', { text: '"trudeau prime"' }, []],
		['text: case-insensitive', { text: 'KISHIDA' }, ['call']],
		['text: accent-insensitive', { text: 'Montreal' }, ['joly']],
		['text: accent in the query', { text: 'Kishidá' }, ['call']],
		['text: dash forms are one', { text: 'canada-japan' }, ['roadmap']],
		['text: line breaks are spaces', { text: '"free and open"' }, ['joly']],
		[
			'text: only white space is no query',
			{ text: '   ' },
			['roadmap', 'joly', 'call', 'priorities']
		],
		[
			'filters combine',
			{ themes: ['defence'], levels: ['leaders'], formats: ['meeting'], text: 'roadmap' },
			['roadmap']
		],
		[
			'range, event and dim do not filter',
			{ range: { start: '2030-01-01', end: '2031-01-01' }, event: 'joly', dim: true },
			['roadmap', 'joly', 'call', 'priorities']
		]
	])('%s', (_name, patch, expected) => {
		expect(ids(filterEvents(events, view(patch), search))).toEqual(expected);
	});

	it.each([null, undefined])('ignores the text until the index is loaded (%s)', (index) => {
		expect(ids(filterEvents(events, view({ text: 'nowhere' }), index))).toHaveLength(4);
		expect(ids(filterEvents(events, view({ text: 'x', levels: ['leaders'] }), index))).toEqual([
			'roadmap',
			'call'
		]);
	});

	it('an event missing from the index does not match a query', () => {
		const partial = new Map([['call', 'kishida']]);
		expect(ids(filterEvents(events, view({ text: 'kishida' }), partial))).toEqual(['call']);
		expect(ids(filterEvents(events, view({ text: 'the' }), partial))).toEqual([]);
	});

	it('reads a replaced index entry, not a cached one', () => {
		const index = new Map([['call', 'alpha']]);
		expect(ids(filterEvents(events, view({ text: 'alpha' }), index))).toEqual(['call']);
		index.set('call', 'beta');
		expect(ids(filterEvents(events, view({ text: 'alpha' }), index))).toEqual([]);
		expect(ids(filterEvents(events, view({ text: 'beta' }), index))).toEqual(['call']);
	});

	it('keeps the element type', () => {
		const labelled = events.map((e) => ({ ...e, label: e.id.toUpperCase() }));
		const kept = filterEvents(labelled, view({ levels: ['ministers'] }));
		expect(kept.map((e) => e.label)).toEqual(['JOLY', 'PRIORITIES']);
	});
});

describe('matchesFilters', () => {
	const [roadmap] = events as [FilterableEvent];

	it.each<[string, Partial<ViewState>, boolean, boolean]>([
		// name, state, match, match with ignoreThemes
		['theme it has', { themes: ['cyber'] }, true, true],
		['theme it lacks', { themes: ['russia'] }, false, true],
		[
			'theme it lacks, other filter fails too',
			{ themes: ['russia'], levels: ['ministers'] },
			false,
			false
		],
		['all, one missing', { themes: ['cyber', 'russia'], match: 'all' }, false, true],
		['person', { person: 'takaichi' }, true, true],
		['place it has', { place: 'Tokyo, Japan' }, true, true],
		['place it lacks', { place: 'Montreal, Canada' }, false, false]
	])('%s', (_name, patch, expected, ignoringThemes) => {
		expect(matchesFilters(roadmap, view(patch), search)).toBe(expected);
		expect(matchesFilters(roadmap, view(patch), search, { ignoreThemes: true })).toBe(
			ignoringThemes
		);
	});

	it('agrees with filterEvents for every event', () => {
		const s = view({ themes: ['defence'], text: 'minister' });
		const filter = createEventFilter(s, search);
		for (const e of events) {
			expect(matchesFilters(e, s, search)).toBe(filterEvents([e], s, search).length === 1);
			expect(filter(e)).toBe(matchesFilters(e, s, search));
		}
	});
});

describe('inRange', () => {
	const range = { start: '2024-01-01', end: '2024-12-31' };
	it.each<[string, typeof range | null, boolean]>([
		['2024-01-01', range, true],
		['2024-06-15', range, true],
		['2024-12-31', range, true],
		['2023-12-31', range, false],
		['2025-01-01', range, false],
		['1066-10-14', null, true]
	])('%s in %j → %s', (date, r, expected) => {
		expect(inRange({ date }, r)).toBe(expected);
	});
});

describe('themeEventCounts', () => {
	const themeIds = ['defence', 'cyber', 'multilateral', 'energy-food', 'russia', 'health'];
	const counts = (patch: Partial<ViewState>, index: Map<string, string> | null = search) =>
		Object.fromEntries(themeEventCounts(events, view(patch), themeIds, index));

	it.each<[string, Partial<ViewState>, Record<string, number>]>([
		[
			'no filter: events per theme; 0 for a theme no event has',
			{},
			{ defence: 3, cyber: 1, multilateral: 1, 'energy-food': 1, russia: 1, health: 0 }
		],
		[
			'the theme selection itself does not change the counts',
			{ themes: ['cyber', 'russia'], match: 'all' },
			{ defence: 3, cyber: 1, multilateral: 1, 'energy-food': 1, russia: 1, health: 0 }
		],
		[
			'counts follow the level filter',
			{ levels: ['leaders'] },
			{ defence: 2, cyber: 1, multilateral: 0, 'energy-food': 0, russia: 1, health: 0 }
		],
		[
			'counts follow format, person and text',
			{ formats: ['meeting', 'document'], person: 'motegi' },
			{ defence: 1, cyber: 0, multilateral: 0, 'energy-food': 1, russia: 0, health: 0 }
		],
		[
			'counts follow the place',
			{ place: 'Tokyo, Japan', themes: ['russia'] },
			{ defence: 1, cyber: 1, multilateral: 0, 'energy-food': 0, russia: 0, health: 0 }
		],
		[
			'counts follow the text',
			{ text: 'minerals', themes: ['multilateral'] },
			{ defence: 2, cyber: 1, multilateral: 0, 'energy-food': 1, russia: 0, health: 0 }
		]
	])('%s', (_name, patch, expected) => {
		expect(counts(patch)).toEqual(expected);
	});

	it('ignores the text while the index is not loaded', () => {
		expect(counts({ text: 'minerals' }, null).defence).toBe(3);
	});

	it('has an entry for exactly the ids asked for, in their order', () => {
		const map = themeEventCounts(events, defaultViewState(), ['russia', 'cyber']);
		expect([...map.keys()]).toEqual(['russia', 'cyber']);
	});

	it('counts an event once per theme even if the record repeats it', () => {
		const repeated = event('x', '2020-01-01', 'call', 'leaders', [], ['defence', 'defence']);
		expect(themeEventCounts([repeated], defaultViewState(), ['defence']).get('defence')).toBe(1);
	});

	it('each count is the number of events picking that theme alone would show', () => {
		const s = view({ levels: ['leaders', 'ministers'], formats: ['meeting', 'call'], text: 'the' });
		const map = themeEventCounts(events, s, themeIds, search);
		for (const id of themeIds) {
			expect(map.get(id)).toBe(filterEvents(events, { ...s, themes: [id] }, search).length);
		}
	});
});

describe('searchTerms', () => {
	it.each<[string, string[]]>([
		['', []],
		['   ', []],
		['LNG', ['lng']],
		['critical  minerals', ['critical', 'minerals']],
		['"critical minerals" LNG', ['critical minerals', 'lng']],
		['“free and open” indo-pacific', ['free and open', 'indo-pacific']],
		['"unclosed phrase', ['unclosed phrase']],
		['""', []],
		['" padded  phrase "', ['padded phrase']],
		['Mélanie Joly', ['melanie', 'joly']],
		['Canada–Japan', ['canada-japan']],
		['defence Defence DEFENCE', ['defence']],
		['a"b', ['a', 'b']]
	])('%j → %j', (q, expected) => {
		expect(searchTerms(q)).toEqual(expected);
	});
});

describe('highlightRanges', () => {
	const marked = (text: string, q: string) =>
		highlightRanges(text, q).map(({ start, end }) => text.slice(start, end));

	it.each<[string, string, string, string[]]>([
		['no query', 'Critical minerals', '', []],
		['no text', '', 'x', []],
		['case-insensitive, every occurrence', 'LNG and lng', 'lng', ['LNG', 'lng']],
		['phrase', 'critical minerals and minerals', '"critical minerals"', ['critical minerals']],
		['accents in the text', 'Mélanie Joly met', 'melanie', ['Mélanie']],
		['accents as combining marks', 'Me\u0301lanie', 'melanie', ['Me\u0301lanie']],
		['accents in the query', 'Melanie', 'Mélanie', ['Melanie']],
		['dash forms', 'the Canada–Japan roadmap', 'canada-japan', ['Canada–Japan']],
		['curly quotes', 'Japan’s role', "japan's", ['Japan’s']],
		['white space runs', 'free and\n  open', '"free and open"', ['free and\n  open']],
		['overlapping terms merge', 'strategic', 'strat tegic', ['strategic']],
		['touching terms merge', 'indopacific', 'indo pacific', ['indopacific']],
		['separate terms stay apart', 'defence and cyber', 'cyber defence', ['defence', 'cyber']],
		['repeated letters', 'aaaa', 'aa', ['aaaa']],
		['astral characters keep offsets', '😀 Kishida 😀 kishida', 'kishida', ['Kishida', 'kishida']],
		['dotted capital I', 'İstanbul', 'istanbul', ['İstanbul']]
	])('%s', (_name, text, q, expected) => {
		expect(marked(text, q)).toEqual(expected);
	});

	it('returns sorted, disjoint, non-touching ranges', () => {
		const ranges = highlightRanges('b a b a c', 'c a b');
		expect(ranges).toEqual([
			{ start: 0, end: 1 },
			{ start: 2, end: 3 },
			{ start: 4, end: 5 },
			{ start: 6, end: 7 },
			{ start: 8, end: 9 }
		]);
	});
});

describe('speed', () => {
	// Not a timed test: it only shows that counting is one pass over each event's themes.
	it('counts 10,000 events × 16 themes with one filter per event', () => {
		const themes = Array.from({ length: 16 }, (_, i) => `t${i}`);
		const many = Array.from({ length: 10_000 }, (_, i) =>
			event(
				`e${i}`,
				'2024-01-01',
				'call',
				i % 2 ? 'leaders' : 'ministers',
				[],
				themes.slice(i % 16)
			)
		);
		const map = themeEventCounts(many, view({ levels: ['leaders'] }), themes);
		expect(map.get('t15')).toBe(5000);
		// t1 is carried when i % 16 is 0 or 1; of those only the odd ones are leaders'.
		expect(map.get('t1')).toBe(625);
		expect(map.get('t0')).toBe(0);
	});
});
