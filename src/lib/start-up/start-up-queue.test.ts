import { describe, expect, it } from 'vitest';
import { StartUpQueue } from './start-up-queue';

/** A queue whose tasks run only when the test says: `tick()` runs the next one. */
function manual() {
	const tasks: (() => void)[] = [];
	const queue = new StartUpQueue((run) => void tasks.push(run));
	return { queue, tasks, tick: () => tasks.shift()!() };
}

describe('StartUpQueue', () => {
	it('runs one job per task, first queued first', async () => {
		const { queue, tasks, tick } = manual();
		const ran: string[] = [];
		const a = queue.run(() => ran.push('a'));
		const b = queue.run(() => ran.push('b'));
		expect(ran).toEqual([]);
		expect(tasks).toHaveLength(1);
		tick();
		expect(ran).toEqual(['a']);
		expect(queue.waiting).toBe(1);
		tick();
		expect(ran).toEqual(['a', 'b']);
		expect(tasks).toHaveLength(0);
		await expect(Promise.all([a, b])).resolves.toEqual([1, 2]);
	});

	it('runs a job queued by a job after those queued before it', () => {
		const { queue, tick } = manual();
		const ran: string[] = [];
		void queue.run(() => {
			ran.push('a');
			void queue.run(() => ran.push('c'));
		});
		void queue.run(() => ran.push('b'));
		tick();
		tick();
		tick();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('runs a job queued ahead before those queued without, after those queued ahead before it', () => {
		const { queue, tick } = manual();
		const ran: string[] = [];
		void queue.run(() => ran.push('card 1'));
		void queue.run(() => ran.push('card 2'));
		tick();
		void queue.run(() => ran.push('make'), { ahead: true });
		void queue.run(() => ran.push('fill'), { ahead: true });
		void queue.run(() => ran.push('card 3'));
		expect(queue.waiting).toBe(4);
		while (queue.waiting) tick();
		expect(ran).toEqual(['card 1', 'make', 'fill', 'card 2', 'card 3']);
	});

	it('holds the jobs queued without ahead until a promise settles, not those queued ahead', async () => {
		const { queue, tasks, tick } = manual();
		const ran: string[] = [];
		let loaded!: () => void;
		queue.holdFor(new Promise<void>((done) => (loaded = done)));
		void queue.run(() => ran.push('card'));
		expect(tasks).toHaveLength(0);
		void queue.run(() => ran.push('make'), { ahead: true });
		tick();
		expect(ran).toEqual(['make']);
		expect(tasks).toHaveLength(0);
		loaded();
		await Promise.resolve();
		tick();
		expect(ran).toEqual(['make', 'card']);
	});

	it('lets the held jobs go when the promise fails', async () => {
		const { queue, tick } = manual();
		const ran: string[] = [];
		queue.holdFor(Promise.reject(new Error('offline')));
		void queue.run(() => ran.push('card'));
		await Promise.resolve();
		tick();
		expect(ran).toEqual(['card']);
	});

	it('rejects a failed job and goes on with the next', async () => {
		const { queue, tick } = manual();
		const failed = queue.run(() => {
			throw new Error('no');
		});
		const next = queue.run(() => 'yes');
		tick();
		tick();
		await expect(failed).rejects.toThrow('no');
		await expect(next).resolves.toBe('yes');
	});

	it('runs in real tasks by default', async () => {
		const queue = new StartUpQueue();
		let sync = true;
		const seen = queue.run(() => sync);
		sync = false;
		await expect(seen).resolves.toBe(false);
	});
});
