import { describe, expect, it } from 'vitest';
import { HandoutPace, whenIdle, type Schedule } from './handout-pace.svelte';

/**
 * A schedule the test runs by hand: `steps` waiting; `run(n)` runs the first with time for `n`
 * pieces of work (its clock says time is left until it has been asked `n` times).
 */
function manual() {
	const steps: ((timeLeft: () => number) => void)[] = [];
	const schedule: Schedule = (step) => {
		steps.push(step);
		return () => steps.splice(steps.indexOf(step), 1);
	};
	const run = (n = 1) => {
		let asked = 0;
		steps.shift()!(() => n - ++asked);
	};
	return { schedule, steps, run };
}

describe('HandoutPace', () => {
	it('makes nothing until started, then the cover, then as many blocks as a step has time for', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 10, clock.schedule);
		expect([pace.made, pace.done, clock.steps.length]).toEqual([null, false, 0]);
		pace.start();
		expect(clock.steps).toHaveLength(1);
		clock.run(1);
		expect(pace.made).toBe(0);
		const seen: number[] = [];
		for (const n of [1, 3, 0, 4, 9]) {
			clock.run(n);
			seen.push(pace.made!);
		}
		// One block at least, even with no time left; never past the total.
		expect(seen).toEqual([1, 4, 5, 9, 10]);
		expect([pace.done, clock.steps.length]).toEqual([true, 0]);
	});

	it('draws each block before it looks at the time, so that the time counts the drawing', () => {
		const clock = manual();
		const log: string[] = [];
		const pace = new HandoutPace(
			() => 3,
			clock.schedule,
			() => log.push(`draw ${pace.made}`)
		);
		pace.start();
		const step = clock.steps.shift()!;
		step(() => {
			log.push('time?');
			return 1;
		});
		expect(log).toEqual(['draw 0', 'time?', 'draw 1', 'time?', 'draw 2', 'time?', 'draw 3']);
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
		clock.run(5);
		expect([pace.made, pace.done]).toEqual([0, true]);
		total = 5;
		expect(pace.done).toBe(false);
		pace.start();
		clock.run(2);
		clock.run(3);
		expect([pace.made, pace.done, clock.steps.length]).toEqual([5, true, 0]);
	});

	it('is done at once with nothing to print, once the cover is made', () => {
		const clock = manual();
		const pace = new HandoutPace(() => 0, clock.schedule);
		pace.start();
		clock.run(3);
		expect([pace.made, pace.done, clock.steps.length]).toEqual([0, true, 0]);
	});
});

describe('whenIdle', () => {
	it('runs the step in a task of its own with a few milliseconds, and can be cancelled', async () => {
		const times: number[] = [];
		await new Promise<void>((done) =>
			whenIdle((timeLeft) => {
				times.push(timeLeft());
				done();
			})
		);
		expect(times[0]).toBeGreaterThan(0);
		expect(times[0]).toBeLessThanOrEqual(8);
		let ran = false;
		whenIdle(() => (ran = true))();
		await new Promise((r) => setTimeout(r, 20));
		expect(ran).toBe(false);
	});
});
