import { afterEach, describe, expect, it } from 'vitest';
import { channelName, DeckLink, isLater, readSyncMessage } from './presenter-sync';

describe('isLater', () => {
	it.each([
		[{ clock: 1, from: 'a' }, null, true],
		[{ clock: 2, from: 'a' }, { clock: 1, from: 'b' }, true],
		[{ clock: 1, from: 'b' }, { clock: 2, from: 'a' }, false],
		// The same clock: the window id decides, the same way in both windows.
		[{ clock: 3, from: 'b' }, { clock: 3, from: 'a' }, true],
		[{ clock: 3, from: 'a' }, { clock: 3, from: 'b' }, false],
		[{ clock: 3, from: 'a' }, { clock: 3, from: 'a' }, false]
	])('%o after %o: %s', (incoming, last, later) => {
		expect(isLater(incoming, last)).toBe(later);
	});
});

describe('readSyncMessage', () => {
	it('takes the four kinds', () => {
		const move = { kind: 'move', slide: 3, stamp: { clock: 2, from: 'w1' } };
		expect(readSyncMessage(move)).toEqual(move);
		expect(readSyncMessage({ kind: 'hello', from: 'w1' })).toEqual({ kind: 'hello', from: 'w1' });
		expect(readSyncMessage({ kind: 'leave', from: 'w1' })).toEqual({ kind: 'leave', from: 'w1' });
	});

	it('drops what another page of the site might post', () => {
		for (const bad of [
			null,
			'move',
			42,
			{},
			{ kind: 'jump', slide: 2 },
			{ kind: 'move', slide: 0, stamp: { clock: 1, from: 'w' } },
			{ kind: 'move', slide: 1.5, stamp: { clock: 1, from: 'w' } },
			{ kind: 'move', slide: '2', stamp: { clock: 1, from: 'w' } },
			{ kind: 'move', slide: 2 },
			{ kind: 'move', slide: 2, stamp: { clock: -1, from: 'w' } },
			{ kind: 'move', slide: 2, stamp: { clock: 1, from: '' } },
			{ kind: 'move', slide: 2, stamp: { clock: 1, from: 'x'.repeat(65) } },
			{ kind: 'hello' },
			{ kind: 'leave', from: 7 }
		])
			expect(readSyncMessage(bad), JSON.stringify(bad)).toBeNull();
	});

	it('keeps only the fields it knows', () => {
		const msg = readSyncMessage({ kind: 'hello', from: 'w', extra: '<script>' });
		expect(msg).toEqual({ kind: 'hello', from: 'w' });
	});
});

describe('channelName', () => {
	it('separates sites by base path', () => {
		expect(channelName('')).toBe('cjt-deck:/');
		expect(channelName('/briefings')).toBe('cjt-deck:/briefings');
		expect(channelName('/a')).not.toBe(channelName('/b'));
	});
});

/** Waits until every message posted so far on `name` has been delivered. */
function delivered(name: string): Promise<void> {
	return new Promise((resolve) => {
		const a = new BroadcastChannel(name);
		const b = new BroadcastChannel(name);
		b.onmessage = () => {
			a.close();
			b.close();
			resolve();
		};
		a.postMessage('flush');
	});
}

describe('DeckLink (two windows over a real BroadcastChannel)', () => {
	const links: DeckLink[] = [];
	afterEach(() => {
		for (const l of links.splice(0)) l.close();
	});
	function open(name: string, onmove: (n: number) => void, more = {}) {
		const link = new DeckLink(name, { onmove, ...more });
		links.push(link);
		return link;
	}

	it('a move in either window reaches the other, not itself', async () => {
		const name = 'test-either';
		const seen = { deck: [] as number[], presenter: [] as number[] };
		const deck = open(name, (n) => seen.deck.push(n));
		const presenter = open(name, (n) => seen.presenter.push(n));
		deck.move(2);
		await delivered(name);
		presenter.move(5);
		await delivered(name);
		expect(seen).toEqual({ deck: [5], presenter: [2] });
	});

	it('two moves at the same moment end on the same slide in both windows', async () => {
		const name = 'test-race';
		let deckAt = 3;
		let presenterAt = 3;
		const deck = open(name, (n) => (deckAt = n));
		const presenter = open(name, (n) => (presenterAt = n));
		// Both move before either hears the other.
		deck.move((deckAt = 4));
		presenter.move((presenterAt = 2));
		await delivered(name);
		expect(deckAt).toBe(presenterAt);
		expect([2, 4]).toContain(deckAt);
		// And they go on together.
		deck.move((deckAt = deckAt + 1));
		await delivered(name);
		expect(presenterAt).toBe(deckAt);
	});

	it('hello asks the others; leave tells them; neither comes back to its sender', async () => {
		const name = 'test-hello';
		const calls: string[] = [];
		const deck = open(name, () => {}, {
			onhello: () => calls.push('deck heard hello'),
			onleave: () => calls.push('deck heard leave')
		});
		const presenter = open(name, () => {}, {
			onhello: () => calls.push('presenter heard hello'),
			onleave: () => calls.push('presenter heard leave')
		});
		presenter.hello();
		deck.leave();
		await delivered(name);
		expect(calls.sort()).toEqual(['deck heard hello', 'presenter heard leave']);
	});

	it('show tells the others of a new slide only: not the first, not a repeat, not what it was told', async () => {
		const name = 'test-show';
		const seen = { deck: [] as number[], presenter: [] as number[] };
		const deck = open(name, (n) => {
			seen.deck.push(n);
			deck.show(n);
		});
		const presenter = open(name, (n) => {
			seen.presenter.push(n);
			presenter.show(n);
		});
		deck.show(1); // the slide it opened at
		presenter.show(1);
		deck.show(1);
		await delivered(name);
		expect(seen).toEqual({ deck: [], presenter: [] });
		deck.show(2);
		await delivered(name);
		presenter.show(3);
		await delivered(name);
		// Each window heard the other's one move, and echoed nothing back.
		expect(seen).toEqual({ deck: [3], presenter: [2] });
	});

	it('a stale move (an earlier stamp) is not taken', async () => {
		const name = 'test-stale';
		const seen: number[] = [];
		open(name, (n) => seen.push(n));
		const poster = new BroadcastChannel(name);
		poster.postMessage({ kind: 'move', slide: 7, stamp: { clock: 5, from: 'other' } });
		poster.postMessage({ kind: 'move', slide: 3, stamp: { clock: 4, from: 'other' } });
		poster.postMessage({ kind: 'move', slide: 'x', stamp: { clock: 9, from: 'other' } });
		await delivered(name);
		poster.close();
		expect(seen).toEqual([7]);
	});
});
