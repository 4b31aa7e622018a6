import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
	it('loads once and shares the result', async () => {
		let calls = 0;
		const load = loadOnce(async () => ++calls);
		expect(await Promise.all([load(), load()])).toEqual([1, 1]);
		expect(await load()).toBe(1);
		expect(calls).toBe(1);
	});

	it('forgets a failure: the next call loads again', async () => {
		const results = [Promise.reject(new Error('chunk failed')), Promise.resolve('vis')];
		let calls = 0;
		const load = loadOnce(() => results[calls++]!);
		await expect(load()).rejects.toThrow('chunk failed');
		expect(await load()).toBe('vis');
		expect(await load()).toBe('vis');
		expect(calls).toBe(2);
	});

	it('callers waiting on a failed load all see the failure', async () => {
		let fail!: (e: Error) => void;
		const load = loadOnce(() => new Promise((_, reject) => (fail = reject)));
		const a = load();
		const b = load();
		fail(new Error('offline'));
		await expect(a).rejects.toThrow('offline');
		await expect(b).rejects.toThrow('offline');
	});
});
