/**
 * The slide's type scale that fits (fit-slide.ts), found in few layouts: each scale tried is a
 * layout of the slide, in the task that shows it. Stepping down by 4 % from 1 took up to eleven at
 * 1920×1080 (from 1 down to 24 px of 40), and four at 1280×720 to reach the least size, where most
 * slides end. Here the first layout, at full size, also says by how much the slide runs over,
 * which picks the first scale to try; halving the range does the rest. Measured over the 57
 * slides of the whole record: 222 layouts before, 114 now at 1280×720; 352 (at most 10 a slide)
 * before, 306 (at most 6) now at 1920×1080.
 */

/** How near the largest scale that fits a search ends: the 4 % a step took before. */
export const FIT_PRECISION = 0.04;

/**
 * The largest scale in [`min`, 1] at which the slide fits, to within `precision`; `min` when none
 * does (the slide then drops and cuts what still runs over). `room(scale)` applies the scale and
 * measures: 1 or more when the slide fits, else its room over what it needs (0.8: a fifth too
 * little). Less type must never need more room. The scale last tried is not always the one
 * returned: apply the result.
 */
export function largestFit(
	room: (scale: number) => number,
	min: number,
	precision = FIT_PRECISION
): number {
	if (min >= 1) return 1;
	const full = room(1);
	if (full >= 1) return 1;
	// Invariant: `lo` fits or is `min`; `hi` does not fit. Each scale tried is one that splits the
	// range; the first is chosen by how far the slide runs over at full size.
	let lo = min;
	let hi = 1;
	const split = (scale: number) => {
		if (room(scale) >= 1) lo = scale;
		else hi = scale;
	};
	// Text needs room in proportion to its scale or more (a paragraph's lines also get fewer): a
	// slide that has `full` of the room it needs fits at `full` or above, often. Short of the
	// room by more than `min`, it seldom fits even at `min` (most slides at 1280×720): try that.
	if (full > min) split(full);
	else {
		split(min);
		if (hi === min) return min;
	}
	while (hi - lo > precision) split((lo + hi) / 2);
	return lo;
}
