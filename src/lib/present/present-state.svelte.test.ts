import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/corpus';
import { dataFiles, FIXTURE, rawSources } from '$lib/corpus/testing';
import { toDeckData, type DeckData } from './deck-data';
import { CHART_AXES, CHART_MIN_ROW, PresentState, type DeckTexts } from './present-state.svelte';
import { eventWindow } from './slides';

let data: DeckData;

beforeAll(() => {
	const { corpus, problems } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
	if (!corpus) throw new Error(problems.map((p) => p.message).join('\n'));
	data = toDeckData(corpus);
});

/**
 * A deck over the fixture corpus, as the page makes one: the query string is state, and
 * navigating sets it, as SvelteKit's goto sets the page's URL.
 */
function deck(initial: string | null = '', texts: DeckTexts = { texts: null, status: 'idle' }) {
	let search = $state<string | null>(initial);
	const went: string[] = [];
	const state = new PresentState({
		data: () => data,
		search: () => search,
		texts,
		navigate: (query) => {
			went.push(query);
			search = query;
		}
	});
	return {
		state,
		went,
		open: (query: string | null) => (search = query)
	};
}

describe('PresentState', () => {
	it('shows one neutral slide until the URL is read, and prints every event', () => {
		const { state, went, open } = deck(null);
		expect(state.ready).toBe(false);
		expect(state.total).toBe(1);
		expect(state.index).toBe(0);
		expect(state.selected).toEqual([]);
		expect(state.printed).toHaveLength(data.events.length);
		// No move before the URL is known: there is nothing to move from.
		state.go(1);
		expect(went).toEqual([]);
		expect(state.press('PageDown')).toBeNull();
		open('');
		expect(state.ready).toBe(true);
		expect(state.total).toBe(data.events.length + 2);
		expect(state.selection).toBe('Every event');
	});

	it('gives one slide per event, oldest first, between a title and a closing slide', () => {
		const { state, open } = deck('?slide=2');
		const dates = state.selected.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(state.current?.id).toBe(state.selected[0]!.id);
		expect(state.closing).toBe(false);
		// The timeline looks at the event's years either side.
		expect(state.range).toEqual(eventWindow(state.current!.date));
		expect(state.sentences.get(state.current!.id)!.length).toBeLessThanOrEqual(3);

		open(`?slide=${state.total}`);
		expect(state.current).toBeNull();
		expect(state.closing).toBe(true);
		expect(state.chart.rows.length).toBeGreaterThan(0);
		expect(state.chart.rows.length).toBeLessThanOrEqual(8);
	});

	it('sizes the closing chart to its room: bars tall enough for two lines, the rest in the handout', () => {
		const { state } = deck('');
		const mentioned = state.themeRows.length;
		expect(mentioned).toBeGreaterThan(3);
		// Before the slide is measured: the most bars.
		expect(state.chart.rows.length).toBe(Math.min(8, mentioned));
		for (const room of [CHART_AXES + 3 * CHART_MIN_ROW, CHART_AXES + 4.5 * CHART_MIN_ROW, 900]) {
			state.chartRoom = room;
			const bars = state.chart.rows.length;
			expect(bars).toBeGreaterThanOrEqual(Math.min(3, mentioned));
			expect(state.chartRow, `room ${room}`).toBeGreaterThanOrEqual(CHART_MIN_ROW);
			expect(CHART_AXES + bars * CHART_MIN_ROW, `room ${room}`).toBeLessThanOrEqual(room);
			// Whatever the slide leaves out, the handout has, and the slide says how many.
			expect(state.chart.more).toBe(mentioned - bars);
			expect(state.themeRows.slice(0, bars)).toEqual(state.chart.rows);
		}
	});

	it('wraps the closing chart’s labels to half its width', () => {
		const { state } = deck('');
		const longest = () =>
			Math.max(
				...(state.chart.config.data.labels as (string | string[])[]).flatMap((l) =>
					typeof l === 'string' ? [l.length] : l.map((line) => line.length)
				)
			);
		state.chartRoom = 600;
		state.chartWidth = 2000;
		const wide = longest();
		state.chartWidth = 400;
		expect(longest()).toBeLessThan(wide);
	});

	it('keeps the events the dashboard’s filters keep, and says which', () => {
		const { state } = deck('?level=leaders');
		const leaders = data.events.filter((e) => e.level === 'leaders');
		expect(leaders.length).toBeGreaterThan(0);
		expect(state.selected.map((e) => e.id).sort()).toEqual(leaders.map((e) => e.id).sort());
		expect(state.selection).toBe('Leaders only');
		expect(state.homeQuery).toBe('?level=leaders');
		expect([...state.selectedIds].sort()).toEqual(leaders.map((e) => e.id).sort());
	});

	it('moves within the deck, in its colours, through the navigation it was given', () => {
		const { state, went } = deck('?level=leaders&theme=dark');
		state.go(1);
		expect(went.at(-1)).toBe('?level=leaders&slide=2&theme=dark');
		expect(state.index).toBe(1);
		state.go(999);
		expect(state.index).toBe(state.total - 1);
		state.go(-5);
		expect(state.index).toBe(0);
		state.go(0, 'contrast');
		expect(went.at(-1)).toBe('?level=leaders&slide=1&theme=contrast');
		expect(state.colours).toBe('contrast');
	});

	it('takes the keys a remote sends, and digits with Enter', () => {
		const { state } = deck('');
		expect(state.press('PageDown')).toBe('done');
		expect(state.index).toBe(1);
		expect(state.press('End')).toBe('done');
		expect(state.index).toBe(state.total - 1);
		expect(state.press('2')).toBe('done');
		expect(state.typed).toBe('2');
		expect(state.index).toBe(state.total - 1);
		expect(state.press('Enter')).toBe('done');
		expect(state.typed).toBe('');
		expect(state.index).toBe(1);
		expect(state.press('f')).toBe('fullscreen');
		expect(state.press('Escape')).toBe('leave');
		expect(state.press('x')).toBeNull();
	});

	it('lists what the URL asked for in vain until the reader moves on', () => {
		const { state } = deck('?slide=two&theme=pink&nonsense=1');
		expect(state.index).toBe(0);
		expect(state.notices).toHaveLength(3);
		expect(state.notices[0]).toContain('nonsense');
		expect(state.notices[1]).toContain('theme="pink"');
		expect(state.notices[2]).toContain('There is no slide "two"');
		// Asking for the slide shown writes the deck's own parameters anew: the view's stay as given.
		state.go(0);
		expect(state.notices).toHaveLength(1);
		expect(state.notices[0]).toContain('nonsense');
		// Moving on dismisses them.
		state.go(1);
		expect(state.notices).toEqual([]);
	});

	it('shows the events of a place, and names an unknown place in a notice', () => {
		const place = data.events.find((e) => e.location)?.location;
		if (!place) throw new Error('the fixture corpus has no event with a place');
		const { state, open } = deck(`?place=${encodeURIComponent(place)}`);
		expect(state.selected.length).toBeGreaterThan(0);
		expect(state.selected.every((e) => e.location === place)).toBe(true);
		expect(state.notices).toEqual([]);
		open('?place=Atlantis');
		expect(state.notices.join(' ')).toContain('Atlantis');
		expect(state.selected).toHaveLength(data.events.length);
	});

	it('waits for the source texts before a text-filtered deck is final', () => {
		const texts = $state<{
			texts: ReadonlyMap<string, string> | null;
			status: DeckTexts['status'];
		}>({ texts: null, status: 'loading' });
		const first = data.events[0]!;
		const { state } = deck('?q=zzzunlikelyword', texts);
		expect(state.needsTexts).toBe(true);
		expect(state.ready).toBe(false);
		texts.texts = new Map([[first.id, 'a text with zzzunlikelyword in it']]);
		texts.status = 'ready';
		expect(state.ready).toBe(true);
		expect(state.selected.map((e) => e.id)).toEqual([first.id]);
	});

	it('follows a dragged timeline on its slide, and puts it back on the next', () => {
		const { state } = deck('?slide=2');
		const dragged = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
		state.drag(dragged);
		expect(state.range).toEqual(dragged);
		state.go(2);
		expect(state.range).toEqual(eventWindow(state.current!.date));
	});

	it('opens an event’s slide from the timeline, and only an event of the deck', () => {
		const { state, went } = deck('');
		const second = state.selected[1]!;
		state.openEvent(second.id);
		expect(state.current?.id).toBe(second.id);
		const before = went.length;
		state.openEvent('no-such-event');
		expect(went).toHaveLength(before);
	});

	it('asks to print once, when the deck is final', () => {
		const { state, open } = deck(null);
		open('?level=leaders&print=1');
		expect(state.claimPrint()).toBe(true);
		expect(state.claimPrint()).toBe(false);
		expect(deck('?level=leaders').state.claimPrint()).toBe(false);
		expect(deck(null).state.claimPrint()).toBe(false);
	});

	it('asks to download the PowerPoint once, when the deck is final, and only for pptx', () => {
		const { state, open } = deck(null);
		expect(state.claimDownload()).toBe(false);
		open('?level=leaders&download=pptx');
		expect(state.claimDownload()).toBe(true);
		expect(state.claimDownload()).toBe(false);
		expect(deck('?level=leaders').state.claimDownload()).toBe(false);
		expect(deck('?download=pdf').state.claimDownload()).toBe(false);
		// Its own key: not a notice of an unknown parameter of the view.
		expect(deck('?download=pptx').state.notices).toEqual([]);
	});
});
