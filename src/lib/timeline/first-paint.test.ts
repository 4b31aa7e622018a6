import { describe, expect, it } from 'vitest';
import { DAY, type Range } from './controller';
import {
	axisTicks,
	bandOf,
	clusterLane,
	FIRST_PAINT_BANDS,
	laneColumnWidth,
	sketchBands,
	sketchTimeline,
	stackLane,
	textWidth,
	type SketchItem
} from './first-paint';
import { toTimelineGroups, toTimelineItems, type TimelineEventInput } from './items';
import { dayTime } from './vis-items';

const years = (from: number, to: number): Range => ({
	start: Date.UTC(from, 0, 1),
	end: Date.UTC(to, 0, 1)
});

function event(
	id: string,
	date: string,
	extra: Partial<TimelineEventInput> = {}
): TimelineEventInput {
	return {
		id,
		date,
		label: `Label ${id}`,
		title: `Title ${id}`,
		format: 'meeting',
		level: 'leaders',
		framework: null,
		location: null,
		...extra
	};
}

/** As clusterLane reads an item: its times and centre. */
function timed(id: string, date: string, className = 'event format-meeting') {
	const start = dayTime(date, true).getTime();
	return {
		item: { ...toTimelineItems([event(id, date)], [])[0]!, className },
		start,
		end: null,
		center: start
	};
}

const ids = (entries: ReturnType<typeof clusterLane>) =>
	entries.map((e) => (Array.isArray(e) ? e.map((t) => t.item.id) : e.item.id));

describe('textWidth', () => {
	it.each<[string, string, string]>([
		['a CJK character is wider than a Latin one', '会', 'a'],
		['a capital is wider than a space', 'W', ' '],
		['more characters are wider', 'Trudeau–Kishida · Elmau', 'Trudeau']
	])('%s', (_, wide, narrow) => {
		expect(textWidth(wide, 14)).toBeGreaterThan(textWidth(narrow, 14));
	});
	it('bold is wider, and the width grows with the font', () => {
		expect(textWidth('Leaders', 14, true)).toBeGreaterThan(textWidth('Leaders', 14));
		expect(textWidth('Leaders', 16)).toBeGreaterThan(textWidth('Leaders', 14));
	});
});

describe('clusterLane (vis-timeline ClusterGenerator, maxItems 2)', () => {
	// 1 px per day: the cluster window is 2^round(log2(100 days)) ms, about 97 days.
	const scale = 1 / DAY;
	it.each<[string, ReturnType<typeof timed>[], (string | string[])[]]>([
		[
			'two close items stay apart',
			[timed('a', '2024-01-01'), timed('b', '2024-01-10')],
			['a', 'b']
		],
		[
			'three close items: the first two become a cluster',
			[timed('a', '2024-01-01'), timed('b', '2024-01-10'), timed('c', '2024-01-20')],
			[['a', 'b'], 'c']
		],
		[
			'items a year apart never cluster',
			[timed('a', '2022-01-01'), timed('b', '2023-01-01'), timed('c', '2024-01-01')],
			['a', 'b', 'c']
		],
		[
			'a framework document never joins a cluster',
			[
				timed('a', '2024-01-01'),
				timed('f', '2024-01-05', 'event format-document framework'),
				timed('b', '2024-01-10'),
				timed('c', '2024-01-20')
			],
			[['a', 'b'], 'f', 'c']
		]
	])('%s', (_, lane, expected) => {
		expect(ids(clusterLane(lane, scale))).toEqual(expected);
	});
	it('nothing clusters at a scale of a pixel per millisecond or more', () => {
		const lane = [timed('a', '2024-01-01'), timed('b', '2024-01-01'), timed('c', '2024-01-01')];
		expect(ids(clusterLane(lane, 1))).toEqual(['a', 'b', 'c']);
	});
});

describe('stackLane (vis-timeline stack, margins of options.ts)', () => {
	const box = (left: number, width: number, kind?: string) => ({
		left,
		width,
		height: 25,
		top: 0,
		...(kind ? { kind } : {})
	});
	it.each<[string, ReturnType<typeof box>[], number[], number]>([
		['apart: one row', [box(0, 50), box(100, 50)], [8, 8], 36],
		['overlapping: the later goes below', [box(0, 100), box(50, 50)], [8, 39], 67],
		['within the horizontal margin: below', [box(0, 50), box(53, 50)], [8, 39], 67],
		[
			'a third fits back on the first row',
			[box(0, 100), box(50, 100), box(120, 20)],
			[8, 39, 8],
			67
		],
		[
			'clusters after items, whatever their place',
			[box(0, 50, 'cluster'), box(10, 50)],
			[39, 8],
			67
		]
	])('%s', (_, boxes, tops, height) => {
		expect(stackLane(boxes)).toBe(height);
		expect(boxes.map((b) => b.top)).toEqual(tops);
	});
	it('an empty lane takes no height of its own', () => {
		expect(stackLane([])).toBe(0);
	});
});

describe('axisTicks (vis-timeline TimeStep, seven characters a label)', () => {
	it.each<[string, Range, number, string, string[]]>([
		[
			'five years on a laptop: years',
			years(2021, 2026),
			650,
			'year',
			['2021', '2022', '2023', '2024', '2025']
		],
		['five years on a phone: every fifth year', years(2021, 2026), 240, 'year', ['2020', '2025']],
		['a year on a laptop: quarters', years(2024, 2025), 650, 'month', ['Jan', 'Apr', 'Jul', 'Oct']],
		[
			'a year on a wide screen: months',
			years(2024, 2025),
			1100,
			'month',
			['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
		],
		[
			'a week: days',
			{ start: Date.UTC(2024, 2, 3), end: Date.UTC(2024, 2, 10) },
			650,
			'day',
			['3', '4', '5', '6', '7', '8', '9']
		]
	])('%s', (_, range, width, scale, labels) => {
		const axis = axisTicks(range, width, 'en');
		expect(axis.scale).toBe(scale);
		expect(axis.minor.map((t) => t.label)).toEqual(labels);
		// Each tick reaches the next; the first is at or before the window's start.
		axis.minor.slice(1).forEach((t, i) => expect(t.at).toBe(axis.minor[i]!.until));
		expect(axis.minor[0]!.at).toBeLessThanOrEqual(0);
	});
	it.each<['fr' | 'ja', string, string]>([
		['fr', 'janv.', '2024'],
		['ja', '1月', '2024年']
	])('months in %s, the year over them', (locale, month, year) => {
		const axis = axisTicks(years(2024, 2025), 650, locale);
		expect(axis.minor[0]!.label).toBe(month);
		expect(axis.majorLabels.map((l) => l.label)).toContain(year);
	});
});

describe('sketchTimeline', () => {
	// Four years of events, a few weeks apart, on two lanes, and a framework document.
	const events: TimelineEventInput[] = Array.from({ length: 40 }, (_, i) =>
		event(`e${i}`, new Date(Date.UTC(2021, 0, 15) + i * 37 * DAY).toISOString().slice(0, 10), {
			level: i % 3 ? 'ministers' : 'leaders'
		})
	);
	events.push(event('fw', '2024-06-01', { format: 'document', framework: 'Roadmap' }));
	const milestones = [
		{ id: 'm1', date: '2022-03-01', title: 'A milestone' },
		{ id: 'm2', date: '2023-01-01', end: '2023-06-30', title: 'A period' }
	];
	const items = toTimelineItems(events, milestones);
	const groups = toTimelineGroups(events);
	const range = years(2021, 2025);
	const members = (i: SketchItem) =>
		i.kind === 'cluster' ? Number(/\d+/.exec(i.text)![0]) : i.kind === 'point' && i.eventId ? 1 : 0;

	it.each([240, 650, 1000])(
		'at %i px, every event in the window is drawn once, alone or in a cluster',
		(width) => {
			const sketch = sketchTimeline({ items, groups, range, width, locale: 'en' });
			const drawn = sketch.lanes
				.filter((l) => l.id !== 'milestones')
				.flatMap((l) => l.items)
				.reduce((n, i) => n + members(i), 0);
			expect(drawn).toBe(events.length);
			expect(sketch.lanes.map((l) => l.id)).toEqual(groups.map((g) => g.id));
		}
	);

	it('places a point at its day, as a fraction of the window', () => {
		const sketch = sketchTimeline({ items, groups, range, width: 1000, locale: 'en' });
		const fw = sketch.lanes
			.flatMap((l) => l.items)
			.find((i) => i.kind === 'point' && i.eventId === 'fw');
		expect(fw?.kind).toBe('point');
		const at = (dayTime('2024-06-01', true).getTime() - range.start) / (range.end - range.start);
		expect(fw!.at).toBeCloseTo(at, 9);
	});

	it('draws a milestone period from its start to the day after its end', () => {
		const sketch = sketchTimeline({ items, groups, range, width: 1000, locale: 'en' });
		const period = sketch.lanes.at(-1)!.items.find((i) => i.kind === 'period');
		expect(period).toMatchObject({ kind: 'period', label: 'A period' });
		if (period?.kind !== 'period') return;
		const span = range.end - range.start;
		expect(period.at).toBeCloseTo((Date.UTC(2023, 0, 1) - range.start) / span, 9);
		expect(period.until).toBeCloseTo((Date.UTC(2023, 6, 1) - range.start) / span, 9);
	});

	it('hides the events the filters leave out, and dims them when asked', () => {
		const matching = new Set(['fw']);
		const hidden = sketchTimeline({
			items,
			groups,
			range,
			width: 1000,
			shown: { matching, dim: false }
		});
		const points = hidden.lanes
			.flatMap((l) => l.items)
			.filter((i) => i.kind === 'point' && i.eventId);
		expect(points.map((p) => p.kind === 'point' && p.eventId)).toEqual(['fw']);
		const dimmed = sketchTimeline({
			items,
			groups,
			range,
			width: 1000,
			shown: { matching, dim: true }
		});
		const all = dimmed.lanes.flatMap((l) => l.items).filter((i) => i.kind !== 'period');
		expect(all.some((i) => 'dimmed' in i && i.dimmed)).toBe(true);
		expect(all.find((i) => i.kind === 'point' && i.eventId === 'fw')).toMatchObject({
			dimmed: false
		});
	});

	it('leaves out what lies outside the window', () => {
		const sketch = sketchTimeline({
			items,
			groups,
			range: years(2030, 2031),
			width: 650,
			locale: 'en'
		});
		expect(sketch.lanes.flatMap((l) => l.items)).toEqual([]);
	});

	it('moves a label at the right edge left of its dot, as paint() does', () => {
		const late = [event('late', '2024-12-20', { label: 'A label long enough to cross the edge' })];
		const sketch = sketchTimeline({
			items: toTimelineItems(late, []),
			groups: toTimelineGroups(late),
			range,
			width: 650,
			locale: 'en'
		});
		expect(sketch.lanes[0]!.items[0]).toMatchObject({ kind: 'point', labelLeft: true });
	});

	it('lays out one sketch per band, each wider than the last', () => {
		const sketches = sketchBands({ items, groups, range, locale: 'en' });
		expect(sketches).toHaveLength(FIRST_PAINT_BANDS.length);
		sketches.slice(1).forEach((s, i) => expect(s!.width).toBeGreaterThan(sketches[i]!.width));
		expect(laneColumnWidth(groups, 800)).toBeGreaterThan(laneColumnWidth(groups, 358));
	});

	it('lays out one band alone when asked, the same as among all', () => {
		const all = sketchBands({ items, groups, range, locale: 'en' });
		const one = sketchBands({ items, groups, range, locale: 'en' }, 2);
		expect(one.map((s) => s !== null)).toEqual([false, false, true, false]);
		expect(one[2]).toEqual(all[2]);
	});

	it.each([
		[0, 0],
		[358, 0],
		[459, 0],
		[460, 1],
		[679, 1],
		[680, 2],
		[949, 2],
		[950, 3],
		[2000, 3]
	])('a box %i px wide shows band %i, as the container queries say', (box, band) => {
		expect(bandOf(box)).toBe(band);
		// The band's own layout width fits its bounds (a box of that width picks that band).
		expect(bandOf(FIRST_PAINT_BANDS[band]!.box)).toBe(band);
	});
});
