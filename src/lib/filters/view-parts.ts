/**
 * The view state in the parts a page reads separately: the filters (which events match), the
 * display (how they are drawn and counted), the timeline's range and the open event. A part is
 * replaced only when one of its fields changes, so whatever is derived from one part (the events
 * that match, from the filters) is not recomputed when another changes (the range, when the
 * reader drags the timeline). The URL still holds one ViewState: see view-state.ts.
 *
 * This module is also the one definition of what "filtered" means, of "clear the filters" and of
 * toggling a theme, for every control that does it.
 */
import type { Format, Level } from '$lib/corpus/schema';
import type { DateRange, ViewState } from './view-state';

/** The fields of a view that decide which events match. */
export type FilterState = Pick<
	ViewState,
	'themes' | 'match' | 'levels' | 'formats' | 'person' | 'place' | 'text'
>;

/** The fields of a view that decide how the events are drawn and counted, not which. */
export type DisplayState = Pick<ViewState, 'dim' | 'count' | 'scale'>;

export function filtersOf(v: FilterState): FilterState {
	const { themes, match, levels, formats, person, place, text } = v;
	return { themes, match, levels, formats, person, place, text };
}

export function displayOf(v: DisplayState): DisplayState {
	const { dim, count, scale } = v;
	return { dim, count, scale };
}

/** The filters of a view with none set: what "clear all filters" writes. */
export const NO_FILTERS: Readonly<FilterState> = Object.freeze({
	themes: [] as string[],
	match: 'any',
	levels: [] as Level[],
	formats: [] as Format[],
	person: null,
	place: null,
	text: ''
});

/** A fresh copy of NO_FILTERS, for a patch (a frozen list must not end up in a state). */
export function clearedFilters(): FilterState {
	return { ...NO_FILTERS, themes: [], levels: [], formats: [] };
}

/** How many filters are set (each theme, level and format counts; match alone does not). */
export function activeFilterCount(f: FilterState): number {
	return (
		f.themes.length +
		f.levels.length +
		f.formats.length +
		(f.person ? 1 : 0) +
		(f.place ? 1 : 0) +
		(f.text ? 1 : 0)
	);
}

/** Whether any filter leaves events out. */
export function hasFilters(f: FilterState): boolean {
	return activeFilterCount(f) > 0;
}

/**
 * `value` put in or taken out of `list`, kept in `order` (the order the choices are shown), so the
 * URL for a view is always the same whatever order they were picked in.
 */
export function toggleIn<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
	const on = list.includes(value);
	return order.filter((v) => (v === value ? !on : list.includes(v)));
}

/** The theme filter with a theme put in or out, in taxonomy order (`order`: every theme id). */
export function toggleTheme(f: FilterState, id: string, order: readonly string[]): string[] {
	return toggleIn(f.themes, id, order);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
	return (
		sameList(a.themes, b.themes) &&
		a.match === b.match &&
		sameList(a.levels, b.levels) &&
		sameList(a.formats, b.formats) &&
		a.person === b.person &&
		a.place === b.place &&
		a.text === b.text
	);
}

export function sameDisplay(a: DisplayState, b: DisplayState): boolean {
	return a.dim === b.dim && a.count === b.count && a.scale === b.scale;
}

export function sameRange(a: DateRange | null, b: DateRange | null): boolean {
	return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}
