import { describe, expect, it } from 'vitest';
import {
	fitLabels,
	labelHidden,
	labelMaxWidth,
	MIN_LABEL_ROOM,
	type LabelBox,
	type Rect
} from './label-fit';

/** A window from x = 100 to x = 500. */
const EDGE = { left: 100, right: 500 };
const rect = (left: number, width: number, top = 0, height = 20): Rect => ({
	left,
	right: left + width,
	top,
	bottom: top + height,
	width
});
/** A point whose box (dot and label) starts at `left`; its label starts 10 px later. */
const point = (left: number, width: number, top = 0, fullWidth = width - 10): LabelBox => ({
	box: rect(left, width, top),
	point: true,
	contentLeft: left + 10,
	fullWidth
});

describe('fitLabels', () => {
	it.each<[string, LabelBox[], { left: boolean; room: number | null }[]]>([
		['inside the window: left alone', [point(200, 100)], [{ left: false, room: null }]],
		[
			'past the right edge with room on the left: moves left',
			[point(450, 100)],
			[{ left: true, room: null }]
		],
		[
			'past the edge, but moving left would leave the window: cut at the edge',
			// 350 wide at 420: left of its dot it would start at 70, outside the window.
			[point(420, 350)],
			[{ left: false, room: 500 - 430 - 6 }]
		],
		[
			'past the edge, another box where it would go: cut at the edge',
			[point(450, 100), point(380, 40)],
			[
				{ left: false, room: 500 - 460 - 6 },
				{ left: false, room: null }
			]
		],
		[
			'a box in another row is no obstacle',
			[point(450, 100), point(380, 40, 50)],
			[
				{ left: true, room: null },
				{ left: false, room: null }
			]
		],
		['the dot itself past the edge: left alone', [point(520, 100)], [{ left: false, room: null }]],
		[
			'a label already cut: measured by its full width, still needs the limit',
			[{ ...point(420, 74, 0, 300), box: rect(420, 74) }],
			// 74 wide ends at 494, inside: no move; its full 300 px does not fit in the 64 px left.
			[{ left: false, room: 64 }]
		],
		[
			'a label that fits in its room needs no limit',
			[{ ...point(420, 60, 0, 50) }],
			[{ left: false, room: null }]
		],
		[
			'no room at all: zero, not negative',
			[{ box: rect(498, 1000), point: true, contentLeft: 498, fullWidth: 300 }],
			[{ left: false, room: 0 }]
		],
		[
			'the next item in its row starts before the label ends: cut before it',
			// The label starts at 210 and is 300 wide; the next box in the row starts at 400.
			[point(200, 60, 0, 300), point(400, 60)],
			[
				{ left: false, room: 400 - 210 - 6 },
				{ left: false, room: null }
			]
		],
		[
			'the next item is in another row, or further than the label reaches: no limit',
			[point(200, 60, 0, 150), point(300, 60, 50), point(380, 60)],
			[
				{ left: false, room: null },
				{ left: false, room: null },
				{ left: false, room: null }
			]
		],
		[
			'near the edge and before another item: the nearer limit wins',
			// The edge leaves 500 - 410 - 6 = 84; the item at 470 leaves 470 - 410 - 6 = 54.
			[point(400, 60, 0, 300), point(470, 20)],
			[
				{ left: false, room: 54 },
				{ left: false, room: null }
			]
		],
		[
			'a range or a cluster: left alone',
			[{ ...point(450, 100), point: false }],
			[{ left: false, room: null }]
		],
		[
			'not drawn yet (no box, no width): left alone',
			[
				{ box: null, point: true, contentLeft: 0, fullWidth: 0 },
				{ ...point(480, 0), box: rect(480, 0) }
			],
			[
				{ left: false, room: null },
				{ left: false, room: null }
			]
		]
	])('%s', (_, labels, expected) => {
		expect(fitLabels(EDGE, labels)).toEqual(expected);
	});

	it('without a window yet, nothing moves', () => {
		expect(fitLabels(null, [point(450, 100)])).toEqual([{ left: false, room: null }]);
	});
});

describe('labelMaxWidth', () => {
	it.each<[number | null, boolean, string]>([
		[null, true, ''],
		[null, false, ''],
		[64, true, '64px'],
		[0, true, '0px'],
		[64, false, 'min(15rem, 64px)']
	])('room %s, event %s → "%s"', (room, event, expected) => {
		expect(labelMaxWidth(room, event)).toBe(expected);
	});
});

describe('labelHidden', () => {
	it.each<[number | null, boolean]>([
		[null, false],
		[0, true],
		[1, true],
		[MIN_LABEL_ROOM - 1, true],
		[MIN_LABEL_ROOM, false],
		[200, false]
	])('room %s → hidden %s', (room, expected) => {
		expect(labelHidden(room)).toBe(expected);
	});
});
