import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../synthetic-corpus';
import { withDistinctUrls } from './distinct-urls';

const doc = (url: string, name = 'x.md'): EventDocument => ({
	name,
	text: `---\ntitle: A statement\nurl: ${url}\npublished: 2024-01-02\n---\n\nText with url: in it.\n`,
	themes: []
});
const urls = (docs: EventDocument[]) => docs.map((d) => /^url: (.*)$/m.exec(d.text)![1]);

describe('withDistinctUrls', () => {
	it.each([
		{
			name: 'leaves distinct addresses alone',
			taken: [],
			given: ['https://a.example/1', 'https://a.example/2'],
			expected: ['https://a.example/1', 'https://a.example/2']
		},
		{
			name: 'numbers the later copies of one address',
			taken: [],
			given: ['https://a.example/s.html', 'https://a.example/s.html', 'https://a.example/s.html'],
			expected: [
				'https://a.example/s.html',
				'https://a.example/s.html?copy=2',
				'https://a.example/s.html?copy=3'
			]
		},
		{
			name: 'keeps clear of the real sources, as urlKey sees a page (host case, slash)',
			taken: ['https://A.example/s/'],
			given: ['http://a.example/s'],
			expected: ['http://a.example/s?copy=2']
		},
		{
			name: 'adds to a query there is',
			taken: ['https://a.example/p?id=1'],
			given: ['https://a.example/p?id=1'],
			expected: ['https://a.example/p?id=1&copy=2']
		}
	])('$name', ({ taken, given, expected }) => {
		const out = withDistinctUrls(
			given.map((u) => doc(u)),
			taken
		);
		expect(urls(out)).toEqual(expected);
		// Only the front matter's line changes.
		for (const d of out) expect(d.text).toMatch(/Text with url: in it\.\n$/);
	});

	it('returns a document without an address as it was', () => {
		const bare: EventDocument = { name: 'y.md', text: '---\ntitle: t\n---\n', themes: [] };
		expect(withDistinctUrls([bare], [])).toEqual([bare]);
	});
});
