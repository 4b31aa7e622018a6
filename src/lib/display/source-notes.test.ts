import { describe, expect, it } from 'vitest';
import { eventExcerptText, excerptCaption, viaText } from './source-notes';

describe('excerptCaption', () => {
	it.each([
		[0, 5, ''],
		[-1, 5, ''],
		[
			1,
			5,
			'1 of the 5 events counted has an excerpt source: counts from excerpts are lower bounds.'
		],
		[
			2,
			5,
			'2 of the 5 events counted have an excerpt source: counts from excerpts are lower bounds.'
		],
		[3, 3, 'All 3 events counted have an excerpt source: counts from excerpts are lower bounds.'],
		[1, 1, 'The event counted has an excerpt source: counts from excerpts are lower bounds.']
	])('%i excerpts of %i events', (n, total, expected) => {
		expect(excerptCaption(n, total)).toBe(expected);
	});
});

describe('viaText', () => {
	it('names the republisher', () => {
		expect(viaText('EIN Presswire')).toBe('Republished word for word by EIN Presswire');
	});
});

describe('eventExcerptText', () => {
	it.each([
		[0, 2, ''],
		[1, 1, 'only the opening of this page was saved; its counts are a lower bound.'],
		[1, 2, '1 of the 2 sources is only the opening of the page; their counts are a lower bound.'],
		[2, 3, '2 of the 3 sources are only the opening of the page; their counts are a lower bound.'],
		[2, 2, 'all 2 sources are only the opening of the page; their counts are a lower bound.']
	])('%i of %i', (n, total, expected) => {
		expect(eventExcerptText(n, total)).toBe(expected);
	});
});
