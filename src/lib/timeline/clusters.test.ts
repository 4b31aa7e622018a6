import { describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$paraglide/runtime';
import {
	clusterText,
	clusterTooltip,
	clusterZoom,
	countMatching,
	countShown,
	membersOf,
	type Members
} from './clusters';
import { DAY, MIN_SPAN, type Range } from './controller';
import type { Shown } from './looks';
import { toVisItem } from './vis-items';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const members = (...ids: (string | null)[]): Members => ({
	eventIds: ids,
	starts: ids.map((_, i) => t('2024-03-01') + i * 10 * DAY),
	ends: ids.map((_, i) => t('2024-03-01') + i * 10 * DAY)
});
const shown = (matching: string[], dim = false): Shown => ({ matching: new Set(matching), dim });
const YEAR: Range = { start: t('2024-01-01'), end: t('2025-01-01') };

describe('membersOf', () => {
	it('lists event ids (null for milestones), starts and ends (a point ends where it starts)', () => {
		const a = toVisItem({
			id: 'a',
			group: 'leaders',
			start: '2024-03-01',
			type: 'point',
			className: 'event',
			mark: '',
			label: 'A',
			tooltip: 'A',
			eventId: 'a'
		});
		const m = toVisItem({
			id: 'milestone:x',
			group: 'milestones',
			start: '2024-03-05',
			end: '2024-03-08',
			type: 'range',
			className: 'milestone',
			mark: '',
			label: 'X',
			tooltip: 'X',
			eventId: null
		});
		expect(membersOf({ isCluster: true, uiItems: [{ data: a }, { data: m }] })).toEqual({
			eventIds: ['a', null],
			starts: [t('2024-03-01') + DAY / 2, t('2024-03-05')],
			ends: [t('2024-03-01') + DAY / 2, t('2024-03-08')]
		});
	});
});

describe('membersOf, remembered by the list of items', () => {
	const item = (id: string) =>
		toVisItem({
			id,
			group: 'leaders',
			start: '2024-03-01',
			type: 'point',
			className: 'event',
			mark: '',
			label: id,
			tooltip: id,
			eventId: id
		});

	it('the same list gives the same members, read once', () => {
		const list = [{ data: item('a') }, { data: item('b') }];
		const first = membersOf({ isCluster: true, uiItems: list });
		// vis-timeline hands the template a new data object at each redraw, with the same list.
		expect(membersOf({ isCluster: true, uiItems: list })).toBe(first);
	});

	it('a new list (setUiItems, new items) is read anew', () => {
		const first = membersOf({ isCluster: true, uiItems: [{ data: item('a') }] });
		const next = membersOf({
			isCluster: true,
			uiItems: [{ data: item('a') }, { data: item('c') }]
		});
		expect(next).not.toBe(first);
		expect(next.eventIds).toEqual(['a', 'c']);
	});
});

describe('counting and saying a cluster', () => {
	it.each<[string, Members, Shown, number, number, string]>([
		['all match', members('a', 'b'), shown(['a', 'b']), 2, 2, '2 events'],
		['one matches, others hidden', members('a', 'b', 'c'), shown(['a']), 1, 1, '1 event'],
		[
			'one matches, others dimmed',
			members('a', 'b', 'c'),
			shown(['a'], true),
			3,
			1,
			'1 of 3 events'
		],
		['all match, dimmed: no "of"', members('a', 'b'), shown(['a', 'b'], true), 2, 2, '2 events'],
		['none matches', members('a', 'b'), shown([]), 0, 0, '0 events'],
		['milestones always count', members(null, null), shown([]), 2, 2, '2 milestones'],
		['events and milestones: events', members('a', 'b', null), shown(['a', 'b']), 3, 3, '3 events'],
		['the event filtered out: the milestone', members('a', null), shown([]), 1, 1, '1 milestone'],
		['mixed, dimmed', members('a', null), shown([], true), 2, 1, '1 of 2 events']
	])('%s', (_, m, s, nShown, nMatching, text) => {
		expect(countShown(m, s)).toBe(nShown);
		expect(countMatching(m, s)).toBe(nMatching);
		expect(clusterText(m, s)).toBe(text);
	});

	it('tooltip: the count close together, and what a click does', () => {
		expect(clusterTooltip(members('a', 'b', 'c'), shown(['a', 'b'], true))).toEqual([
			'2 of 3 events close together',
			'Click to zoom in on them'
		]);
	});
});

describe('clusterZoom', () => {
	const iso = (r: Range | 'list' | null) =>
		r === null || r === 'list'
			? r
			: [new Date(r.start).toISOString().slice(0, 10), new Date(r.end).toISOString().slice(0, 10)];

	it.each<[string, Members, Shown, Range, ReturnType<typeof iso>]>([
		// Members on 1, 11 and 21 March: a 20-day span, padded by 2 days each side.
		[
			'all shown: their span with a tenth each side',
			members('a', 'b', 'c'),
			shown(['a', 'b', 'c']),
			YEAR,
			['2024-02-28', '2024-03-23']
		],
		// Only 1 and 11 March: 10 days, padded by a tenth, which is the least (a day).
		[
			'only what is shown',
			members('a', 'b', 'c'),
			shown(['a', 'b']),
			YEAR,
			['2024-02-29', '2024-03-12']
		],
		[
			'dimmed members count',
			members('a', 'b', 'c'),
			shown([], true),
			YEAR,
			['2024-02-28', '2024-03-23']
		],
		// The milestone of 1 March alone: a day each side, then widened to a week around it.
		['milestones always count', members(null, 'b'), shown([]), YEAR, ['2024-02-26', '2024-03-04']],
		['nothing shown: nothing to open', members('a', 'b'), shown([]), YEAR, null],
		[
			'no closer than now: the list',
			members('a', 'b', 'c'),
			shown(['a', 'b', 'c']),
			{ start: t('2024-03-01'), end: t('2024-03-01') + MIN_SPAN },
			'list'
		]
	])('%s', (_, m, s, now, expected) => {
		expect(iso(clusterZoom(m, s, now))).toEqual(expected);
	});
});

describe('a cluster in French and Japanese', () => {
	it.each<[Members, Shown, string, string]>([
		[members('a', 'b'), shown(['a', 'b']), '2 événements', '2件'],
		[members('a', 'b', 'c'), shown(['a']), '1 événement', '1件'],
		[members('a', 'b', 'c'), shown(['a'], true), '1 sur 3 événements', '3件中1件'],
		[members(null, null), shown([]), '2 jalons', '節目2件'],
		[members('a', null), shown([]), '1 jalon', '節目1件']
	])('%#: %s', (m, s, fr, ja) => {
		try {
			overwriteGetLocale(() => 'fr');
			expect(clusterText(m, s)).toBe(fr);
			expect(clusterTooltip(m, s)[0]).toBe(`Groupe\u00a0: ${fr}`);
			overwriteGetLocale(() => 'ja');
			expect(clusterText(m, s)).toBe(ja);
			expect(clusterTooltip(m, s)[0]).toBe(`${ja}（近接）`);
		} finally {
			overwriteGetLocale(() => baseLocale);
		}
	});
});
