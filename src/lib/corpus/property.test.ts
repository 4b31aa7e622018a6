/**
 * Property tests: the cleaner and splitter never throw, and never drop official text, whatever
 * the page looks like.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { splitSentences } from './split';

const word = fc.stringMatching(/^[a-z]{1,9}$/);
const capital = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
/** An official sentence: a capitalised word, more words, a full stop. */
const sentence = fc
	.tuple(capital, fc.array(word, { minLength: 2, maxLength: 14 }), fc.constantFrom('.', '!', '?'))
	.map(([first, rest, end]) => `${first} ${rest.join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const FURNITURE_LINES = [
	'Main Content',
	'Skip to main content',
	'Back to news releases',
	'Share this page',
	'Photo: The leaders in Tokyo',
	'(Photo credit: PMO)',
	'Print',
	'January 13, 2024',
	'date 2026-03-06'
];
const TAIL_BLOCKS = [
	['Associated links', 'Some link title'],
	[
		'Source link',
		'• Related Posts',
		'Russia invades',
		'Leave a Reply',
		'You Missed',
		'Nintendo sues'
	],
	[
		'Search for related information by keyword: Foreign affairs | Japan',
		'Page details',
		'Date modified:'
	]
];

const page = fc.record({
	official: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
	furniture: fc.array(fc.tuple(fc.nat(8), fc.constantFrom(...FURNITURE_LINES)), { maxLength: 6 }),
	tail: fc.option(fc.constantFrom(...TAIL_BLOCKS), { nil: undefined }),
	eol: fc.constantFrom('\n', '\r\n', '\n\n'),
	indent: fc.constantFrom('', '  ', '\t')
});

// Hundreds of generated pages each: what is held is correctness, never speed, so a busy machine
// (one took over 5 s beside the browser tests) must not fail them.
describe('cleaner and splitter properties', { timeout: 60_000 }, () => {
	it('never throw and keep offsets exact on any input', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 400 }),
				fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
				(text, title) => {
					const { blocks } = cleanText(text, title);
					for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
					for (const s of splitSentences(blocks)) {
						expect(text.slice(s.start, s.end)).toBe(s.text);
						expect(s.text.trim()).toBe(s.text);
						expect(s.text.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('never drop official text, wherever the furniture stands', () => {
		fc.assert(
			fc.property(page, ({ official, furniture, tail, eol, indent }) => {
				const lines: string[] = official.map((p) => indent + p);
				for (const [at, f] of furniture) lines.splice(Math.min(at, lines.length), 0, f);
				if (tail) lines.push(...tail);
				const text = lines.join(eol);
				const { blocks } = cleanText(text);
				const sentences = splitSentences(blocks);
				const kept = blocks.map((b) => b.text);
				for (const p of official) expect(kept).toContain(p);
				// Every official sentence survives the splitter as a whole.
				const all = sentences.map((s) => s.text).join('\u0000');
				for (const p of official) for (const s of p.split(/(?<=[.!?]) /)) expect(all).toContain(s);
				// And nothing of the furniture is left.
				for (const f of [...FURNITURE_LINES, ...(tail ?? [])]) expect(kept).not.toContain(f);
			}),
			{ numRuns: 300 }
		);
	});
});
