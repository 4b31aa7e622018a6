import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_DELAY, type ViewNavigation } from '$lib/filters/view-url.svelte';
import { getLocale, overwriteGetLocale } from '$paraglide/runtime';
import { DashboardState, type SearchSource } from './dashboard-state.svelte';
import { packEvents, type HomeEvent } from './home-events';
import type { PageData } from './$types';

function event(
	id: string,
	date: string,
	location: string | null,
	patch: Partial<HomeEvent> = {}
): HomeEvent {
	return {
		id,
		date,
		dateJapan: null,
		title: `Event ${id}`,
		label: id,
		format: 'meeting',
		level: 'ministers',
		location,
		framework: null,
		participants: [],
		themes: [],
		sources: [],
		langs: [],
		excerpt: false,
		recordOnly: false,
		basis: null,
		others: [],
		...patch
	};
}

// Newest first, as the page's load gives them.
const EVENTS = [
	event('tokyo-2025', '2025-05-01', 'Tokyo, Japan', { themes: [{ id: 'trade', mentions: 2 }] }),
	event('ottawa-2024', '2024-03-01', 'Ottawa, Canada', {
		level: 'leaders',
		themes: [{ id: 'defence', mentions: 1 }]
	}),
	event('tokyo-2023', '2023-06-01', 'Tokyo, Japan', {
		themes: [
			{ id: 'defence', mentions: 1 },
			{ id: 'trade', mentions: 1 }
		]
	}),
	event('call-2022', '2022-02-08', null, { format: 'call' })
];

const DATA = {
	events: packEvents(EVENTS),
	themes: [
		{ id: 'defence', label: 'Defence', color: '#123456', frameworks: [] },
		{ id: 'trade', label: 'Trade', color: '#654321', frameworks: [] }
	],
	frameworks: [],
	people: [],
	milestones: [],
	counts: { events: EVENTS.length, recordOnly: 0, documents: 3, themes: 2 },
	span: { from: '2022-02-08', to: '2025-05-01' }
} as unknown as PageData;

/** A router that records what it was asked to do; the address starts empty. */
function fakeNavigation(panelEntry = false, address = '') {
	const calls: { query: string; push: boolean }[] = [];
	const nav: ViewNavigation = {
		query: () => address,
		navigate: (query, { push }) => {
			calls.push({ query, push });
			address = query;
		},
		backFromPanel: () => panelEntry
	};
	return { nav, calls };
}

function fakeSearch(): SearchSource & { loads: number } {
	return {
		texts: null,
		status: 'idle',
		loads: 0,
		async load() {
			this.loads++;
		}
	};
}

let state: DashboardState;
let calls: { query: string; push: boolean }[];
let search: ReturnType<typeof fakeSearch>;

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const url = (query: string) => new URL(`https://example.org/${query}`);
/**
 * The next frame, then the task after it: when the list settles; after the next one (the frame
 * that paints the list and charts), the URL is written.
 */
const nextFrame = () => vi.advanceTimersByTime(20);

beforeEach(() => {
	vi.useFakeTimers();
	// Node has no frames: one every 16 ms, on the fake clock.
	vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
	vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
	const fake = fakeNavigation();
	calls = fake.calls;
	search = fakeSearch();
	state = new DashboardState(() => DATA, fake.nav, search);
});

afterEach(() => {
	state.dispose();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('DashboardState: the view and what it derives', () => {
	it('with no filter, lists every event in the window and says nothing is filtered', () => {
		state.read(url(''));
		state.setRange(state.allRange);
		nextFrame();
		expect(ids(state.listed)).toEqual(ids(EVENTS));
		expect(state.filtered).toBe(false);
	});

	it('answers a filter on the timeline at once and in the list a frame later, then the URL', () => {
		state.read(url('?from=2020-01-01&to=2026-12-31'));
		state.change({ levels: ['leaders'] });
		expect(ids(state.matching)).toEqual(['ottawa-2024']);
		expect(ids(state.listed)).toHaveLength(EVENTS.length);
		expect(calls).toEqual([]);
		nextFrame();
		expect(ids(state.listed)).toEqual(['ottawa-2024']);
		expect(state.filtered).toBe(true);
		// The URL after the frame that paints the list, not in its task.
		expect(calls).toEqual([]);
		nextFrame();
		expect(calls).toEqual([{ query: '?level=leaders&from=2020-01-01&to=2026-12-31', push: false }]);
	});

	it('replaces the filters only when a filter changes, so what derives from them stays', () => {
		// Tests run Svelte compiled for the server, where a $derived is computed on every read; what
		// keeps the browser's `$derived(filterEvents(events, view.filters, texts))` from running
		// again is that `filters` is the same object, and that is what this checks.
		state.read(url('?themes=trade'));
		const { current, settled } = state.view;
		const filters = current.filters;
		const display = current.display;
		state.change({ range: { start: '2023-01-01', end: '2023-12-31' } });
		state.openEvent('tokyo-2023');
		nextFrame();
		expect(current.filters).toBe(filters);
		expect(settled.filters).toBe(filters);
		expect(current.display).toBe(display);
		expect(ids(state.listed)).toEqual(['tokyo-2023']);
		const range = current.range;
		state.change({ dim: true, count: 'sentences' });
		nextFrame();
		expect(current.filters).toBe(filters);
		expect(current.range).toBe(range);
		expect(current.display).not.toBe(display);
		// The same filters, given again (a URL read back): still the same object.
		state.change({ themes: ['trade'] });
		expect(current.filters).toBe(filters);
		state.change({ themes: ['defence'] });
		expect(current.filters).not.toBe(filters);
		expect(current.range).toBe(range);
		expect(ids(state.matching)).toEqual(['ottawa-2024', 'tokyo-2023']);
	});

	it('waits URL_DELAY after the last change of a drag or a word before writing the URL', () => {
		state.read(url(''));
		state.change({ text: 'min' }, URL_DELAY);
		nextFrame();
		state.change({ text: 'minerals' }, URL_DELAY);
		nextFrame();
		nextFrame();
		vi.advanceTimersByTime(URL_DELAY - 50);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(50);
		expect(calls).toEqual([{ query: '?q=minerals', push: false }]);
	});

	it('loads the source texts when a URL it reads holds a search', () => {
		state.read(url('?level=leaders'));
		expect(search.loads).toBe(0);
		state.read(url('?q=minerals'));
		expect(search.loads).toBe(1);
	});
});

describe('DashboardState: filters written once', () => {
	it('toggleTheme keeps taxonomy order whatever order themes are picked in', () => {
		state.read(url(''));
		state.toggleTheme('trade');
		state.toggleTheme('defence');
		expect(state.view.current.filters.themes).toEqual(['defence', 'trade']);
		state.toggleTheme('trade');
		expect(state.view.current.filters.themes).toEqual(['defence']);
	});

	it('clearFilters turns every filter off, the place too, and keeps the window and display', () => {
		state.read(
			url(
				'?themes=trade&match=all&level=ministers&place=Tokyo,+Japan&q=x&dim=1&from=2023-01-01&to=2025-12-31'
			)
		);
		state.clearFilters();
		nextFrame();
		nextFrame();
		expect(state.filtered).toBe(false);
		expect(calls.at(-1)).toEqual({ query: '?dim=1&from=2023-01-01&to=2025-12-31', push: false });
	});
});

describe('DashboardState: the place filter', () => {
	it('lists the places that occur, and reads one from the URL', () => {
		expect(state.places.map((g) => g.country)).toEqual(['Canada', 'Japan']);
		state.read(url('?place=Tokyo,+Japan&from=2020-01-01&to=2026-12-31'));
		expect(state.view.notices).toEqual([]);
		expect(ids(state.listed)).toEqual(['tokyo-2025', 'tokyo-2023']);
		expect(state.filtered).toBe(true);
	});

	it('drops an unknown place with a notice, and rewrites the link without it', () => {
		state.read(url('?place=Atlantis&level=leaders'));
		expect(state.view.notices).toEqual(['Ignored unknown place "Atlantis" in place.']);
		expect(state.view.current.filters.place).toBeNull();
		expect(calls).toEqual([{ query: '?level=leaders', push: false }]);
	});

	it('goes into the slides’ link and the printed selection', () => {
		state.read(url('?place=Tokyo,+Japan&event=tokyo-2023&dim=1'));
		expect(state.presentQuery).toBe('?place=Tokyo,+Japan');
		expect(state.printSelection).toMatch(/^Selection: \S.* in Tokyo, Japan — 2 events$/);
	});
});

describe('DashboardState: in French and Japanese', () => {
	it.each([
		['fr', 'Lieu inconnu "Atlantis" ignoré dans place.', /^Sélection\u00a0: \S/],
		['ja', 'place の不明な場所 "Atlantis" を無視しました。', /^選択：\S/]
	] as const)('%s: the words follow the page, the link stays the same', (locale, notice, words) => {
		const before = getLocale;
		overwriteGetLocale(() => locale);
		try {
			state.read(url('?place=Atlantis&level=leaders'));
			expect(state.view.notices).toEqual([notice]);
			state.read(url('?place=Tokyo,+Japan&event=tokyo-2023&dim=1'));
			// A link means one view in every language: the place stays the record's English.
			expect(state.presentQuery).toBe('?place=Tokyo,+Japan');
			expect(state.printSelection).toMatch(words);
		} finally {
			overwriteGetLocale(before);
		}
	});
});

describe('DashboardState: the panel', () => {
	it('opens an event as a new history entry and steps to the next one in the same entry', () => {
		state.read(url('?place=Tokyo,+Japan'));
		state.openEvent('tokyo-2025');
		expect(state.open?.id).toBe('tokyo-2025');
		// Neighbours among the events the filters show: the other Tokyo event, not Ottawa.
		expect(state.neighbours.earlier?.id).toBe('tokyo-2023');
		expect(state.neighbours.later).toBeNull();
		state.stepTo('tokyo-2023');
		expect(calls.map((c) => c.push)).toEqual([true, false]);
		expect(calls.at(-1)?.query).toContain('event=tokyo-2023');
	});

	it('closes by going back when the panel added the entry, without writing a URL', () => {
		const fake = fakeNavigation(true);
		const s = new DashboardState(() => DATA, fake.nav, fakeSearch());
		s.read(url('?event=tokyo-2025'));
		s.close();
		vi.advanceTimersByTime(1000);
		expect(fake.calls).toEqual([]);
		s.dispose();
	});

	it('closes in place (same entry, no event) when the panel came from a link', () => {
		const fake = fakeNavigation(false, '?event=tokyo-2025');
		const s = new DashboardState(() => DATA, fake.nav, fakeSearch());
		s.read(url('?event=tokyo-2025'));
		s.close();
		expect(s.open).toBeNull();
		expect(fake.calls).toEqual([{ query: '', push: false }]);
		s.dispose();
	});
});

describe('DashboardState: disposed with its page', () => {
	it('a URL write still pending when the page is left never happens', () => {
		state.read(url(''));
		state.change({ text: 'minerals' }, URL_DELAY);
		nextFrame();
		state.dispose();
		vi.advanceTimersByTime(10 * URL_DELAY);
		expect(calls).toEqual([]);
	});

	it('a change before the next frame is not settled or written after leaving', () => {
		state.read(url(''));
		state.change({ levels: ['leaders'] });
		state.dispose();
		vi.advanceTimersByTime(1000);
		expect(calls).toEqual([]);
		expect(state.view.settled.filters.levels).toEqual([]);
	});

	it('ignores every change made after it is disposed', () => {
		state.read(url(''));
		state.dispose();
		state.change({ levels: ['leaders'] });
		state.openEvent('tokyo-2025');
		state.read(url('?place=Nowhere'));
		vi.advanceTimersByTime(1000);
		expect(calls).toEqual([]);
		expect(state.view.current.filters.levels).toEqual([]);
		expect(state.open).toBeNull();
	});
});
