import { describe, expect, it } from 'vitest';
import { FIT_PRECISION, largestFit } from './fit-scale';

/**
 * A slide of height `box` whose text needs `fixed + text × scale^power` (power 1: lines that do
 * not wrap; 2: paragraphs); `tried` counts the layouts a search takes.
 */
function slide({ fixed = 0, text, power }: { fixed?: number; text: number; power: number }) {
	const box = 100;
	const need = (s: number) => fixed + text * s ** power;
	const tried: number[] = [];
	return {
		tried,
		need,
		room: (s: number) => (tried.push(s), box / need(s)),
		/** The largest scale that fits (need is monotone: bisection to a millionth). */
		best: (min: number) => {
			if (need(1) <= box) return 1;
			let [lo, hi] = [min, 1];
			while (hi - lo > 1e-6) {
				const mid = (lo + hi) / 2;
				if (need(mid) <= box) lo = mid;
				else hi = mid;
			}
			return lo;
		}
	};
}

/** What fit-slide did before: from 1, 4 % down at a time, a layout per step, until it fits or reaches min. */
function stepped(room: (s: number) => number, min: number): number {
	let f = 1;
	while (room(f) < 1 && f > min) f = Math.max(min, f - 0.04);
	return f;
}

/** Slides of height 100 whose text needs `fixed + text × scale^power`, and the least scale. */
const SLIDES = [
	{ text: 90, power: 2, min: 0.6 },
	{ text: 104, power: 2, min: 0.6 },
	{ text: 104, power: 1, min: 0.6 },
	{ text: 130, power: 1.5, min: 0.6 },
	{ text: 160, power: 2, min: 0.6 },
	{ fixed: 30, text: 90, power: 2, min: 0.6 },
	{ fixed: 40, text: 80, power: 1, min: 0.6 },
	{ text: 250, power: 2, min: 0.6 },
	{ text: 106, power: 1.5, min: 0.89 },
	{ fixed: 20, text: 95, power: 2, min: 0.89 },
	{ text: 200, power: 2, min: 0.89 }
];

describe('largestFit', () => {
	// min: 24 px of body text over the slide's type (24 px of 27 at 1280×720, of 40 at 1920×1080).
	it.each(SLIDES)(
		'text $text × scale^$power + $fixed, min $min: the largest scale that fits, to the precision',
		({ min, ...text }) => {
			const s = slide(text);
			const scale = largestFit(s.room, min);
			const best = s.best(min);
			// Never a scale that runs over (unless none fits), and within the precision of the best.
			if (best > min) expect(s.need(scale)).toBeLessThanOrEqual(100);
			expect(scale).toBeLessThanOrEqual(best + 1e-6);
			expect(best - scale).toBeLessThanOrEqual(FIT_PRECISION + 1e-9);
			// At most a layout more than stepping down took on any one slide…
			const old = slide(text);
			stepped(old.room, min);
			expect(s.tried.length).toBeLessThanOrEqual(old.tried.length + 1);
		}
	);

	it('takes fewer layouts than stepping down over the slides, and one when a slide fits', () => {
		let [now, before] = [0, 0];
		for (const { min, ...text } of SLIDES) {
			const s = slide(text);
			largestFit(s.room, min);
			const old = slide(text);
			stepped(old.room, min);
			now += s.tried.length;
			before += old.tried.length;
		}
		expect(now).toBeLessThan(before);
		const fits = slide({ text: 90, power: 2 });
		expect(largestFit(fits.room, 0.6)).toBe(1);
		expect(fits.tried).toEqual([1]);
	});

	it('tries the least scale second when the slide is far over, and stops there if it runs over', () => {
		const crowded = slide({ text: 300, power: 2 });
		expect(largestFit(crowded.room, 0.6)).toBe(0.6);
		expect(crowded.tried).toEqual([1, 0.6]);
		const old = slide({ text: 300, power: 2 });
		stepped(old.room, 0.6);
		expect(old.tried).toHaveLength(11);
	});

	it('does not search when the type may not shrink', () => {
		const s = slide({ text: 200, power: 2 });
		expect(largestFit(s.room, 1)).toBe(1);
		expect(s.tried).toEqual([]);
	});
});
