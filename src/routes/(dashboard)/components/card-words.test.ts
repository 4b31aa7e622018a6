import { describe, expect, it } from 'vitest';
import { m } from '$paraglide/messages';
import { cardWords } from './card-words';

describe('cardWords', () => {
	it('makes the words of a key once, and gives them back after', () => {
		let calls = 0;
		const make = () => {
			calls++;
			return m.dashboard_sources_heading({ count: 2 });
		};
		const first = cardWords('test sources 2', make);
		expect(cardWords('test sources 2', make)).toBe(first);
		expect(calls).toBe(1);
		expect(first).toBe(m.dashboard_sources_heading({ count: 2 }));
	});

	it('keeps keys apart', () => {
		expect(cardWords('test a', () => 'a')).toBe('a');
		expect(cardWords('test b', () => 'b')).toBe('b');
	});
});
