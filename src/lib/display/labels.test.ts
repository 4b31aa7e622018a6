import { describe, expect, it } from 'vitest';
import { placeText } from './labels';

describe('placeText', () => {
	it.each([
		[{ location: 'Tokyo, Japan', format: 'meeting' as const }, 'Tokyo, Japan'],
		[{ location: 'Tokyo, Japan', format: 'call' as const }, 'Tokyo, Japan'],
		[{ location: null, format: 'call' as const }, 'None (a call)'],
		[{ location: null, format: 'meeting' as const }, 'Not stated'],
		[{ location: null, format: 'document' as const }, 'Not stated']
	])('%o → %s', (event, expected) => {
		expect(placeText(event)).toBe(expected);
	});
});
