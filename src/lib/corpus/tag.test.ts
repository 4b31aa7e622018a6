import { describe, expect, it } from 'vitest';
import { compilePattern, compileTaxonomy, tagSentence } from './tag';
import { realReference } from './testing';

const themesOf = (text: string) =>
	tagSentence(text, realReference().context.themes).map((t) => t.id);

describe('tagSentence with data/themes.yaml', () => {
	it.each([
		[
			'critical minerals',
			'They agreed to deepen cooperation on critical minerals.',
			['economic-security']
		],
		['LNG and hydrogen', 'Energy projects, including LNG, LPG and hydrogen.', ['energy-food']],
		[
			'South China Sea is rule of law, not China',
			'We oppose coercion in the South China Sea.',
			['rule-of-law']
		],
		['China itself', "They discussed China's actions in the region.", ['china-taiwan']],
		[
			'sustained energy is not energy',
			'We bring sustained energy, ambition, and depth to the relationship.',
			[]
		],
		[
			'security environment is not the environment',
			'Amidst a changing strategic environment, we act.',
			[]
		],
		[
			'exchanged views is not people-to-people',
			'The ministers exchanged views on the situation.',
			[]
		],
		['non-breaking hyphen', 'A comprehensive Indo\u2011Pacific strategy.', ['indo-pacific']],
		['AI is case-sensitive', 'Frontier technologies such as AI.', ['economic-security']],
		['"said" is not AI', 'She said so.', []]
	])('%s', (_n, text, expected) => {
		expect(themesOf(text)).toEqual(expected);
	});

	it('keeps the matched phrase as it is written', () => {
		expect(tagSentence('Support the Indo\u2011Pacific.', realReference().context.themes)).toEqual([
			{ id: 'indo-pacific', phrase: 'Indo\u2011Pacific' }
		]);
	});
});

describe('patterns', () => {
	it('compiles phrases with wildcards and whole words', () => {
		const re = compilePattern('abduct*') as RegExp;
		expect('the abductions issue'.match(re)?.[0]).toBe('abductions');
		expect(
			compilePattern('trade') instanceof RegExp &&
				(compilePattern('trade') as RegExp).test('trader')
		).toBe(false);
	});
	it('reports a broken regular expression with its line', () => {
		const { problems } = compileTaxonomy(
			[
				{
					id: 'x',
					label: 'X',
					definition: 'd',
					color: '#000000',
					frameworks: [],
					patterns: ['/(unclosed/'],
					exclude: ['/a*/']
				}
			],
			'data/themes.yaml',
			() => 42
		);
		expect(problems.map((p) => [p.line, p.field])).toEqual([
			[42, 'themes.x.patterns[0]'],
			[42, 'themes.x.exclude[0]']
		]);
		expect(problems[0]!.message).toMatch(/not a valid regular expression/);
		expect(problems[1]!.message).toMatch(/matches empty text/);
	});
});
