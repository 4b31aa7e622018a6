import { describe, expect, it } from 'vitest';
import { deckKey, type DeckKeyResult, type DeckPosition } from './deck-keys';

const at = (index: number, typed = '', total = 6): DeckPosition => ({ index, total, typed });

describe('deckKey', () => {
	it.each<[string, DeckPosition, boolean, DeckKeyResult | null]>([
		// A remote's keys and the arrows, from the middle of a deck of six.
		['PageDown', at(2), false, { typed: '', go: 3 }],
		['ArrowRight', at(2), false, { typed: '', go: 3 }],
		['PageUp', at(2), false, { typed: '', go: 1 }],
		['ArrowLeft', at(2), false, { typed: '', go: 1 }],
		['Home', at(2), false, { typed: '', go: 0 }],
		['End', at(2), false, { typed: '', go: 5 }],
		// Past either end is asked for as it is: the mover clamps.
		['PageDown', at(5), false, { typed: '', go: 6 }],
		['ArrowLeft', at(0), false, { typed: '', go: -1 }],
		// Space moves on, except on a focused button or link, which keeps it.
		[' ', at(2), false, { typed: '', go: 3 }],
		[' ', at(2), true, null],
		['f', at(2), false, { typed: '', fullscreen: true }],
		['F', at(2), false, { typed: '', fullscreen: true }],
		['Escape', at(2), false, { typed: '', leave: true }],
		['p', at(2), false, { typed: '', presenter: true }],
		['P', at(2, '3'), false, { typed: '3', presenter: true }],
		// Digits build a slide number, the last four kept; Enter opens it.
		['3', at(0), false, { typed: '3' }],
		['0', at(0, '1'), false, { typed: '10' }],
		['9', at(0, '1234'), false, { typed: '2349' }],
		['Enter', at(0, '3'), false, { typed: '', go: 2 }],
		// A number outside the deck stays on the slide shown.
		['Enter', at(1, '7'), false, { typed: '', go: 1 }],
		['Enter', at(1, '0'), false, { typed: '', go: 1 }],
		['Backspace', at(0, '12'), false, { typed: '1' }],
		// Escape drops the digits first, and only leaves when none are typed.
		['Escape', at(0, '12'), false, { typed: '' }],
		// A move keeps the digits typed.
		['PageDown', at(0, '4'), false, { typed: '4', go: 1 }],
		// Keys the deck leaves alone.
		['Enter', at(2), false, null],
		['Backspace', at(2), false, null],
		['a', at(2), false, null],
		['Tab', at(2), false, null]
	])('%j at %j (on a control: %s) → %j', (key, position, onControl, expected) => {
		expect(deckKey(key, position, onControl)).toEqual(expected);
	});
});
