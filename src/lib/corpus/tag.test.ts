import { describe, expect, it } from 'vitest';
import { compilePattern, compileTaxonomy, phrasePatternSource, tagSentence } from './tag';
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

describe('French with data/themes.yaml', () => {
	it.each([
		['elision, straight apostrophe', "La stratégie pour l'Indo-Pacifique.", ['indo-pacific']],
		[
			'elision, curly apostrophe',
			'La Stratégie du Canada pour l’Indo-Pacifique.',
			['indo-pacific']
		],
		[
			'no hyphen, as the PMO wrote it in 2021',
			'Une région indopacifique libre et ouverte.',
			['indo-pacific']
		],
		['accented plural', 'La coopération en matière de minéraux critiques.', ['economic-security']],
		['capital É', "L'ÉNERGIE et le GNL.", ['energy-food']],
		[
			'the South China Sea is rule of law, not China',
			'Dans la mer de Chine méridionale.',
			['rule-of-law']
		],
		['China itself', 'Les actions de la Chine dans la région.', ['china-taiwan']],
		['a minister of trade is a title', 'Le ministre du Commerce international du Canada.', []],
		['trade written as a subject', 'Le commerce et l’investissement.', ['trade-investment']],
		[
			'trade exchanges are not people-to-people',
			'Nos échanges commerciaux bilatéraux.',
			['trade-investment']
		],
		[
			'cultural exchanges are',
			'De riches échanges culturels et entre les peuples.',
			['people-to-people']
		],
		[
			'Russian military aggression is not defence',
			'L’agression militaire russe.',
			['russia-ukraine']
		],
		[
			'the security environment is not the environment',
			"Dans l'environnement de sécurité actuel.",
			[]
		],
		[
			'the environment itself',
			"L'environnement et les changements climatiques.",
			['climate-environment']
		],
		['"Russell" is not Russian', 'Russell said so.', []],
		['"commercial" in English is not a French pattern', 'A commercial flight.', []]
	])('%s', (_n, text, expected) => {
		expect(themesOf(text)).toEqual(expected);
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
	it.each([
		// Boundaries know accented Latin letters: with \b alone, "Chine" would match inside "échine"
		// and "marché" inside "marchés".
		['Chine', 'une échine', null],
		['marché', 'les marchés', null],
		['énergie', "d'énergie", 'énergie'],
		['énergie', 'd\u2019énergie', 'énergie'],
		['énergie', 'synergie', null],
		['énergétique*', 'priorités énergétiques', 'énergétiques'],
		['cultur*', 'relations culturelles', 'culturelles'],
		['sécurité alimentaire', 'la SÉCURITÉ ALIMENTAIRE', 'SÉCURITÉ ALIMENTAIRE'],
		[
			'chaînes d’approvisionnement',
			"des chaînes d'approvisionnement",
			"chaînes d'approvisionnement"
		],
		// Kana and kanji are not letters of a Latin word: Japanese matching is unchanged.
		['G7', 'G7外相会合', 'G7'],
		['防衛', '防衛協力', '防衛']
	])('phrase %s in %s', (phrase, text, found) => {
		const re = compilePattern(phrase) as RegExp;
		expect(text.match(re)?.[0] ?? null).toBe(found);
	});
	it('writes a boundary only beside a Latin letter or digit', () => {
		expect(phrasePatternSource('防衛')).toBe('防衛');
		expect(phrasePatternSource('énergie')).toMatch(/^\(\?<!\[/);
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
