import { afterEach, describe, expect, it } from 'vitest';
import type { FilterableEvent } from '$lib/filters/apply';
import { defaultViewState, type ViewState } from '$lib/filters/view-state';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import {
	dashboardQuery,
	deckLanes,
	eventWindow,
	idsOf,
	keySentences,
	keySentencesById,
	readingLength,
	parseSlide,
	parseTheme,
	periodText,
	presentQuery,
	presentThemeLabel,
	quoted,
	readDeckQuery,
	selectEvents,
	selectionText,
	topThemes,
	viewParams,
	type EvidenceSource
} from './slides';

const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...defaultViewState(), ...patch });

describe('dashboardQuery and presentQuery', () => {
	it.each([
		['', ''],
		['?slide=3', ''],
		['?level=leaders&slide=3', '?level=leaders'],
		// The dashboard's "Print a handout" asks once; the deck's own links do not ask again.
		['?level=leaders&print=1', '?level=leaders'],
		['?slide=2&themes=defence,cyber&theme=dark&q=a%20b', '?themes=defence,cyber&q=a%20b'],
		// Only the keys themselves: a value or a longer key that starts the same is the view's.
		['?q=slide&slides=1', '?q=slide&slides=1'],
		['?sli%64e=4&level=leaders', '?level=leaders'],
		['?&&level=leaders&', '?level=leaders'],
		['?notes=1&level=leaders', '?level=leaders'],
		['?level=leaders&download=pptx', '?level=leaders']
	])('%j → dashboard %j', (search, expected) => {
		expect(dashboardQuery(search)).toBe(expected);
	});

	it.each([
		['', 1, 'light', '?slide=1'],
		['?level=leaders', 3, 'light', '?level=leaders&slide=3'],
		['?themes=a,b&slide=9&theme=dark', 2, 'dark', '?themes=a,b&slide=2&theme=dark'],
		['?theme=contrast', 4, 'contrast', '?slide=4&theme=contrast']
	] as const)('%j, slide %d, %s → %j', (search, slide, theme, expected) => {
		expect(presentQuery(search, slide, theme)).toBe(expected);
	});

	it('keeps the notes in the handout when asked, after the slide and colours', () => {
		expect(presentQuery('?level=leaders&notes=1', 2, 'dark', true)).toBe(
			'?level=leaders&slide=2&theme=dark&notes=1'
		);
		expect(presentQuery('?notes=1', 2, 'light')).toBe('?slide=2');
	});

	it('hands parseViewState only the view’s parameters', () => {
		const params = viewParams(new URLSearchParams('level=leaders&slide=2&theme=dark&q=x'));
		expect([...params.keys()]).toEqual(['level', 'q']);
	});
});

describe('deckLanes', () => {
	const lanes = [{ id: 'leaders' }, { id: 'ministers' }, { id: 'officials' }, { id: 'milestones' }];
	it.each<[string, { level: string }[], string[]]>([
		['one event: its lane', [{ level: 'ministers' }], ['ministers']],
		[
			'events of two levels: both, in lane order',
			[{ level: 'officials' }, { level: 'leaders' }],
			['leaders', 'officials']
		],
		['no event: every lane', [], ['leaders', 'ministers', 'officials', 'milestones']],
		[
			'a level with no lane: every lane',
			[{ level: 'nobody' }],
			['leaders', 'ministers', 'officials', 'milestones']
		]
	])('%s', (_, shown, ids) => {
		expect(deckLanes(lanes, shown).map((l) => l.id)).toEqual(ids);
	});

	it('gives back the same lanes when it leaves none out', () => {
		const two = [{ id: 'leaders' }, { id: 'ministers' }];
		expect(deckLanes(two, [{ level: 'leaders' }, { level: 'ministers' }])).toBe(two);
	});
});

describe('parseSlide', () => {
	it.each([
		[null, 5, 0, false],
		['1', 5, 0, false],
		['3', 5, 2, false],
		['5', 5, 4, false],
		[' 2 ', 5, 1, false],
		['0', 5, 0, true],
		['6', 5, 0, true],
		['-1', 5, 0, true],
		['2.5', 5, 0, true],
		['two', 5, 0, true],
		['', 5, 0, true],
		['1e1', 20, 0, true],
		['99999999999', 5, 0, true]
	])('slide=%j of %d → index %d (notice: %s)', (value, total, index, notice) => {
		const got = parseSlide(value, total);
		expect(got.index).toBe(index);
		expect(got.notice !== null).toBe(notice);
	});

	it('says which slide it could not find', () => {
		expect(parseSlide('12', 4).notice).toBe(
			'There is no slide "12" in this deck of 4: showing slide 1.'
		);
	});
});

describe('parseTheme', () => {
	it.each([
		[null, 'light', false],
		['', 'light', false],
		['dark', 'dark', false],
		['contrast', 'contrast', false],
		['light', 'light', false],
		['neon', 'light', true]
	])('theme=%j → %s (notice: %s)', (value, theme, notice) => {
		const got = parseTheme(value);
		expect(got.theme).toBe(theme);
		expect(got.notice !== null).toBe(notice);
	});
});

describe('selectEvents', () => {
	const ev = (id: string, date: string, level: 'leaders' | 'ministers', themes: string[]) =>
		({
			id,
			date,
			format: 'meeting',
			level,
			participants: [],
			themes: themes.map((t) => ({ id: t }))
		}) satisfies FilterableEvent;
	// Newest first, as the corpus lists them.
	const events = [
		ev('d', '2026-03-06', 'leaders', ['defence']),
		ev('c', '2024-01-13', 'ministers', ['trade']),
		ev('b', '2022-02-08', 'leaders', ['trade', 'defence']),
		ev('b2', '2022-02-08', 'leaders', []),
		ev('a', '2021-05-03', 'ministers', ['defence'])
	];
	const ids = (v: ViewState) => selectEvents(events, v).map((e) => e.id);

	it('puts the oldest first, keeping the order of events on one day', () => {
		expect(ids(view())).toEqual(['a', 'b', 'b2', 'c', 'd']);
	});
	it('applies the filters and the range, both days included', () => {
		expect(ids(view({ levels: ['leaders'] }))).toEqual(['b', 'b2', 'd']);
		expect(ids(view({ themes: ['defence'] }))).toEqual(['a', 'b', 'd']);
		expect(ids(view({ themes: ['defence', 'trade'], match: 'all' }))).toEqual(['b']);
		expect(ids(view({ range: { start: '2022-02-08', end: '2024-01-13' } }))).toEqual([
			'b',
			'b2',
			'c'
		]);
		expect(
			ids(view({ levels: ['leaders'], range: { start: '2023-01-01', end: '2023-12-31' } }))
		).toEqual([]);
	});
	it('searches the texts once they are there', () => {
		const texts = new Map([
			['a', 'Critical minerals'],
			['c', 'critical MINERALS and more']
		]);
		expect(
			selectEvents(events, view({ text: 'critical minerals' }), texts).map((e) => e.id)
		).toEqual(['a', 'c']);
	});
});

describe('topThemes', () => {
	it('takes the most mentioned, ties in input order', () => {
		const themes = [
			{ id: 'a', mentions: 1 },
			{ id: 'b', mentions: 4 },
			{ id: 'c', mentions: 2 },
			{ id: 'd', mentions: 4 },
			{ id: 'e', mentions: 0 }
		];
		expect(topThemes(themes, 3).map((t) => t.id)).toEqual(['b', 'd', 'c']);
		expect(topThemes(themes).map((t) => t.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
		expect(topThemes([], 5)).toEqual([]);
	});
});

describe('eventWindow', () => {
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
	it.each([
		['2024-01-13', 12, '2023-01-13', '2025-01-14'],
		['2022-02-08', 9, '2021-05-08', '2022-11-09'],
		// A day the month before does not have: its last day.
		['2024-03-31', 1, '2024-02-29', '2024-05-01'],
		// Narrower than the timeline goes: its narrowest window, around the day.
		['2021-05-03', 0, '2021-04-30', '2021-05-07']
	])('%s ± %d months → %s … %s (end exclusive)', (date, months, start, end) => {
		const r = eventWindow(date, months);
		expect(iso(r.start)).toBe(start);
		expect(iso(r.end)).toBe(end);
	});
	it('centres the event', () => {
		const r = eventWindow('2024-07-01');
		const noon = Date.parse('2024-07-01T12:00:00Z');
		expect(Math.abs((r.start + r.end) / 2 - noon)).toBeLessThan(2 * 86_400_000);
	});
	it('falls back to a legal window for a bad date', () => {
		const r = eventWindow('soon');
		expect(Number.isFinite(r.start) && r.end > r.start).toBe(true);
	});
});

describe('keySentences', () => {
	const source = (
		file: string,
		themes: EvidenceSource['themes'],
		title = `Title ${file}`,
		lang: EvidenceSource['lang'] = 'en'
	): EvidenceSource => ({
		file,
		title,
		issuer: 'Issuer',
		url: `https://example.org/${file}`,
		lang,
		excerpt: lang === 'ja',
		themes
	});

	it('prefers sentences that are evidence for the most themes, shown in reading order', () => {
		const s = source('a', [
			{ id: 'defence', evidence: ['One.', 'Both.', 'All three.'], sentences: [0, 3, 5] },
			{ id: 'trade', evidence: ['Both.', 'All three.', 'Trade only.'], sentences: [3, 5, 6] },
			{ id: 'cyber', evidence: ['All three.'], sentences: [5] }
		]);
		expect(keySentences([s], { count: 2 }).map((k) => k.text)).toEqual(['Both.', 'All three.']);
		expect(keySentences([s], { count: 2 })[1]!.themes).toEqual(['defence', 'trade', 'cyber']);
	});

	it('then the earliest, by sentence position when known', () => {
		const s = source('a', [
			{ id: 'x', evidence: ['Late.', 'Later.'], sentences: [10, 12] },
			{ id: 'y', evidence: ['Early.'], sentences: [2] }
		]);
		expect(keySentences([s], { count: 2 }).map((k) => k.text)).toEqual(['Early.', 'Late.']);
		// Without positions, a sentence's place in its theme's list stands in for it.
		const t = source('a', [
			{ id: 'x', evidence: ['First of x.', 'Second of x.'] },
			{ id: 'y', evidence: ['First of y.'] }
		]);
		expect(keySentences([t], { count: 2 }).map((k) => k.text)).toEqual([
			'First of x.',
			'First of y.'
		]);
	});

	it('puts the presenter’s themes first', () => {
		const s = source('a', [
			{ id: 'defence', evidence: ['Both.'] },
			{ id: 'trade', evidence: ['Both.'] },
			{ id: 'health', evidence: ['Health.'] }
		]);
		expect(keySentences([s], { count: 1, prefer: ['health'] }).map((k) => k.text)).toEqual([
			'Health.'
		]);
	});

	it('takes a very long sentence only when nothing shorter is left', () => {
		const long = `${'word '.repeat(80)}end.`;
		const s = source('a', [
			{ id: 'x', evidence: [long, 'Short.'] },
			{ id: 'y', evidence: [long] }
		]);
		expect(keySentences([s], { count: 1 }).map((k) => k.text)).toEqual(['Short.']);
		expect(keySentences([s], { count: 2 }).map((k) => k.text)).toEqual([long, 'Short.']);
	});

	it('names the first source of a sentence two sources share, once', () => {
		const first = source('a', [{ id: 'x', evidence: ['Shared.'] }], 'Readout');
		const second = source('b', [{ id: 'y', evidence: ['Shared.', 'Own.'] }], 'Statement');
		const got = keySentences([first, second]);
		expect(got.map((k) => [k.text, k.source.title])).toEqual([
			['Shared.', 'Readout'],
			['Own.', 'Statement']
		]);
		expect(got[0]!.source).toEqual({
			file: 'a',
			title: 'Readout',
			issuer: 'Issuer',
			url: 'https://example.org/a',
			lang: 'en',
			excerpt: false
		});
	});

	it('counts a Japanese sentence’s characters twice against the length a slide can read', () => {
		// 120 kana read as 240 characters: over 220, so the shorter English one goes first.
		const long = 'あ'.repeat(119) + '。';
		const ja = source('b', [{ id: 'x', evidence: [long] }], '日加', 'ja');
		const en = source('a', [{ id: 'x', evidence: ['E'.repeat(200)] }]);
		expect(keySentences([ja, en], { count: 1 }).map((k) => k.source.lang)).toEqual(['en']);
		expect(readingLength('日加 ab。')).toBe(9);
	});

	it('keeps each quotation’s language and whether its source is an excerpt', () => {
		const en = source('a', [{ id: 'x', evidence: ['Trade.'] }]);
		const ja = source(
			'b',
			[{ id: 'x', evidence: ['両首脳は貿易について議論した。'] }],
			'日加首脳会談',
			'ja'
		);
		expect(keySentences([en, ja]).map((k) => [k.text, k.source.lang, k.source.excerpt])).toEqual([
			['Trade.', 'en', false],
			['両首脳は貿易について議論した。', 'ja', true]
		]);
	});

	it('handles nothing to quote', () => {
		expect(keySentences([])).toEqual([]);
		expect(keySentences([source('a', [{ id: 'x', evidence: ['  '] }])])).toEqual([]);
		expect(keySentences([source('a', [{ id: 'x', evidence: ['A.'] }])], { count: 0 })).toEqual([]);
	});
});

describe('periodText and selectionText', () => {
	it.each([
		[[], ''],
		[['2024-01-13'], '13 January 2024'],
		[['2026-03-06', '2021-05-03', '2024-01-13'], '3 May 2021 – 6 March 2026']
	])('%j → %j', (dates, text) => {
		expect(periodText(dates)).toBe(text);
	});

	const names = {
		themes: new Map([
			['defence', 'Defence and security'],
			['trade', 'Trade and investment']
		]),
		people: new Map([['mark-carney', 'Mark Carney']])
	};
	it.each([
		[view(), 'Every event'],
		[view({ levels: ['leaders'] }), 'Leaders only'],
		[
			view({ themes: ['defence', 'trade'], match: 'all', person: 'mark-carney' }),
			'With Mark Carney, themes: Defence and security and Trade and investment'
		],
		[
			view({ range: { start: '2024-01-01', end: '2024-12-31' }, formats: ['call'], text: 'g7' }),
			'Jan – Dec 2024, calls only, text “g7”'
		]
	])('%j → %j', (v, text) => {
		expect(selectionText(v, names)).toBe(text);
	});
});

describe("selectionText, a place in the page's language", () => {
	const names = { themes: new Map<string, string>(), people: new Map<string, string>() };
	it("names a place filter by the layout's placeNames, the English location when it has none", () => {
		const v = view({ place: 'Tokyo, Japan' });
		expect(selectionText(v, { ...names, places: { 'Tokyo, Japan': 'Tokyo (Japon)' } })).toContain(
			'Tokyo (Japon)'
		);
		expect(selectionText(v, names)).toContain('Tokyo, Japan');
	});
});

describe('readDeckQuery', () => {
	const known = {
		themes: ['defence', 'trade'],
		people: new Set<string>(),
		events: new Set<string>()
	};
	it.each([
		['', { theme: 'light', slide: null, print: false, notes: false, notices: 0 }],
		['?slide=3&theme=dark', { theme: 'dark', slide: '3', print: false, notes: false, notices: 0 }],
		[
			'?level=leaders&print=1',
			{ theme: 'light', slide: null, print: true, notes: false, notices: 0 }
		],
		// print=1 only: any other value is not a request.
		['?print=yes', { theme: 'light', slide: null, print: false, notes: false, notices: 0 }],
		// notes=1 likewise; it is the deck's own key, not an unknown one of the view.
		['?notes=1', { theme: 'light', slide: null, print: false, notes: true, notices: 0 }],
		['?notes=on', { theme: 'light', slide: null, print: false, notes: false, notices: 0 }],
		// An unknown theme of colours and an unknown parameter: one notice each, the view's first.
		['?theme=pink&bogus=1', { theme: 'light', slide: null, print: false, notes: false, notices: 2 }]
	] as const)('%j', (search, expected) => {
		const q = readDeckQuery(search, known);
		expect({
			theme: q.theme,
			slide: q.slide,
			print: q.print,
			notes: q.notes,
			notices: q.notices.length
		}).toEqual(expected);
	});

	it('reads the dashboard’s view, the deck’s own keys left out', () => {
		const q = readDeckQuery('?themes=defence&level=leaders&slide=2&theme=dark', known);
		expect(q.view).toEqual(view({ themes: ['defence'], levels: ['leaders'] }));
		expect(q.notices).toEqual([]);
		expect(readDeckQuery('?theme=pink&bogus=1', known).notices[0]).toContain('bogus');
	});
});

describe('keySentencesById and idsOf', () => {
	const source = (file: string, evidence: string[]): EvidenceSource => ({
		file,
		title: file,
		issuer: 'MOFA',
		url: `https://example.org/${file}`,
		lang: 'en',
		excerpt: false,
		themes: [{ id: 'defence', evidence }]
	});
	it('gives each event its own sentences, and no event none', () => {
		const events = [
			{ id: 'a', sources: [source('a.md', ['One.', 'Two.', 'Three.', 'Four.'])] },
			{ id: 'b', sources: [] }
		];
		const byId = keySentencesById(events, []);
		expect(byId.get('a')!.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.']);
		expect(byId.get('b')).toEqual([]);
		expect([...idsOf(events)]).toEqual(['a', 'b']);
	});
});

describe('in French and Japanese', () => {
	const original = getLocale;
	afterEach(() => overwriteGetLocale(original));
	const inLocale = (locale: Locale) => overwriteGetLocale(() => locale);
	const NB = '\u00a0';

	it.each([
		['en', 'There is no slide "12" in this deck of 4: showing slide 1.'],
		[
			'fr',
			`La diapositive "12" n’existe pas dans cette présentation de 4 diapositives${NB}: affichage de la diapositive 1.`
		],
		['ja', '全4枚のスライドにスライド "12" はありません。1枚目を表示しています。']
	] as const)('%s: a slide that is not there', (locale, notice) => {
		inLocale(locale);
		expect(parseSlide('12', 4).notice).toBe(notice);
	});

	it('French: a deck of one slide is singular', () => {
		inLocale('fr');
		expect(parseSlide('3', 1).notice).toContain('présentation de 1 diapositive\u00a0:');
	});

	it.each([
		['en', 'Ignored theme="neon": use "dark" or "contrast".'],
		['fr', `Paramètre theme="neon" ignoré${NB}: utilisez "dark" ou "contrast".`],
		['ja', 'theme="neon" を無視しました。"dark" または "contrast" を指定してください。']
	] as const)('%s: colours that do not exist', (locale, notice) => {
		inLocale(locale);
		expect(parseTheme('neon')).toEqual({ theme: 'light', notice });
	});

	it.each([
		['en', ['Light', 'Dark', 'High contrast'], '3 May 2021 – 1 March 2026', 'Every event'],
		[
			'fr',
			['Clair', 'Sombre', 'Contraste élevé'],
			'3 mai 2021 – 1er mars 2026',
			'Tous les événements'
		],
		[
			'ja',
			['明るい背景', '暗い背景', '高コントラスト'],
			'2021年5月3日～2026年3月1日',
			'すべての会談等'
		]
	] as const)('%s: colours, period and an unfiltered selection', (locale, labels, period, all) => {
		inLocale(locale);
		expect((['light', 'dark', 'contrast'] as const).map(presentThemeLabel)).toEqual(labels);
		expect(periodText(['2026-03-01', '2021-05-03'])).toBe(period);
		expect(periodText(['2021-05-03'])).toBe(
			{ en: '3 May 2021', fr: '3 mai 2021', ja: '2021年5月3日' }[locale]
		);
		const names = { themes: new Map<string, string>(), people: new Map<string, string>() };
		expect(selectionText(view(), names)).toBe(all);
	});
});

describe('quoted', () => {
	it.each([
		['en', '“We agreed.”'],
		['fr', '«\u00a0We agreed.\u00a0»'],
		['ja', '「We agreed.」']
	] as const)('a quotation from a source in %s takes its marks', (lang, text) => {
		expect(quoted('We agreed.', lang)).toBe(text);
	});
});
