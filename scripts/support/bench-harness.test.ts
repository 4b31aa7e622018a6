import { describe, expect, it } from 'vitest';
import { cleanUps, HarnessError, within } from './bench-harness';

describe('bench harness', () => {
	it('bounds a wait: the answer in time, a HarnessError naming the wait after it', async () => {
		await expect(within(Promise.resolve(3), 1000, 'quick')).resolves.toBe(3);
		const never = new Promise<never>(() => undefined);
		const late = within(never, 10, 'the page', 'no answer', ' (stuck?)');
		await expect(late).rejects.toBeInstanceOf(HarnessError);
		await expect(late).rejects.toThrow('the page: no answer within 0.01 s (stuck?)');
	});

	it('cleans up last first, every step whatever an earlier one threw, once', async () => {
		const done: string[] = [];
		const c = cleanUps('test');
		c.add(() => done.push('server'));
		c.add(
			() => {
				throw new Error('already gone');
			},
			() => done.push('folder')
		);
		await c.run();
		await c.run();
		expect(done).toEqual(['folder', 'server']);
	});
});
