import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartGate, NEAR_MARGIN } from './chart-gate';

/** A stand-in for the browser's IntersectionObserver: the test says when the section is near. */
class FakeObserver {
	static last: FakeObserver | null = null;
	observed: Element[] = [];
	disconnected = false;
	constructor(
		readonly callback: (entries: { isIntersecting: boolean }[]) => void,
		readonly options: { rootMargin?: string }
	) {
		FakeObserver.last = this;
	}
	observe(element: Element) {
		this.observed.push(element);
	}
	disconnect() {
		this.disconnected = true;
	}
	report(isIntersecting: boolean) {
		this.callback([{ isIntersecting }]);
	}
}

/** Whether `promise` has settled, once the microtasks queued so far have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await new Promise((resolve) => setTimeout(resolve, 0));
	return done;
}

const section = {} as Element;

afterEach(() => {
	vi.unstubAllGlobals();
	FakeObserver.last = null;
});

describe('ChartGate', () => {
	it('stays shut while the section is far, opens when it comes near, then stops watching', async () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const gate = new ChartGate();
		gate.watch(section);
		const observer = FakeObserver.last!;
		expect(observer.observed).toEqual([section]);
		expect(observer.options.rootMargin).toBe(NEAR_MARGIN);
		// The first report of a section far below the fold.
		observer.report(false);
		expect(await settled(gate.opened)).toBe(false);
		observer.report(true);
		expect(await settled(gate.opened)).toBe(true);
		expect(observer.disconnected).toBe(true);
	});

	it('opens at once where there is no IntersectionObserver', async () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const gate = new ChartGate();
		gate.watch(section);
		expect(await settled(gate.opened)).toBe(true);
	});

	it('stops watching when the section goes, and stays shut', async () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const gate = new ChartGate('10px');
		const cleanup = gate.watch(section);
		expect(FakeObserver.last!.options.rootMargin).toBe('10px');
		(cleanup as () => void)();
		expect(FakeObserver.last!.disconnected).toBe(true);
		expect(await settled(gate.opened)).toBe(false);
	});
});
