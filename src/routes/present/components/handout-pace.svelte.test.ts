import { describe, expect, it } from 'vitest';
import { BLOCKS_PER_STEP, HandoutPace, type Schedule } from './handout-pace.svelte';

/** A schedule the test runs by hand: `steps` waiting, `run()` runs the first. */
function manual() {
	const steps: (() => void)[] = [];
	const schedule: Schedule = (step) => {
		steps.push(step);
		return () => steps.splice(steps.indexOf(step), 1);
	};
	return { schedule, steps, run: () => steps.shift()!() };
}

describe('HandoutPace', () => {
	it('makes nothing until started, then the cover, then a few blocks a step, up to the total', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 10, clock.schedule);
		expect([pace.made, pace.done, clock.steps.length]).toEqual([null, false, 0]);
		pace.start();
		expect(clock.steps).toHaveLength(1);
		clock.run();
		expect(pace.made).toBe(0);
		const seen: number[] = [];
		while (clock.steps.length) {
			clock.run();
			seen.push(pace.made!);
		}
		expect(seen).toEqual([BLOCKS_PER_STEP, 2 * BLOCKS_PER_STEP, 10]);
		expect(pace.done).toBe(true);
	});

	it('keeps one step waiting however often it is started', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 10, clock.schedule);
		pace.start();
		pace.start();
		expect(clock.steps).toHaveLength(1);
	});

	it('makes every block at once for printing, and cancels the step that waited', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 10, clock.schedule);
		pace.start();
		pace.all();
		expect(clock.steps).toHaveLength(0);
		expect(pace.done).toBe(true);
		expect([0, 1, 2].slice(0, pace.made!)).toEqual([0, 1, 2]);
		pace.start();
		expect(clock.steps).toHaveLength(0);
	});

	it('goes on when the total grows (the deck became final with more events)', () => {
		const clock = manual();
		let total = $state(0);
		const pace = new HandoutPace(() => total, clock.schedule);
		pace.start();
		clock.run();
		expect([pace.made, pace.done]).toEqual([0, true]);
		total = 5;
		expect(pace.done).toBe(false);
		pace.start();
		clock.run();
		clock.run();
		expect([pace.made, pace.done, clock.steps.length]).toEqual([5, true, 0]);
	});

	it('is done at once with nothing to print, once the cover is made', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 0, clock.schedule);
		pace.start();
		clock.run();
		expect([pace.made, pace.done, clock.steps.length]).toEqual([0, true, 0]);
	});
});
