import { describe, expect, it } from 'vitest';
import {
	columnLabel,
	countNotes,
	withCountNotes,
	describeSelection,
	describeView,
	eventCountPhrase,
	eventsText,
	listOf,
	percentOf,
	sentencesText,
	shareOfEvents,
	shareWithBase,
	sourceNames,
	wrapLabel
} from './captions';
import { sourceProfiles } from './theme-profiles';

const none = {
	rangeLabel: '',
	levels: [],
	formats: [],
	person: null,
	themeLabels: [],
	match: 'any',
	text: ''
} as const;

describe('describeSelection', () => {
	it.each([
		['nothing set', {}, ''],
		['the range alone', { rangeLabel: 'Jan – Dec 2024' }, 'Jan – Dec 2024'],
		['one level', { levels: ['leaders'] }, 'leaders only'],
		['two levels', { levels: ['leaders', 'ministers'] }, 'leaders and ministers only'],
		['one format, in the plural', { formats: ['call'] }, 'calls only'],
		['two formats', { formats: ['call', 'meeting'] }, 'calls and meetings only'],
		[
			'three formats',
			{ formats: ['call', 'meeting', 'statement'] },
			'calls, meetings and statements only'
		],
		['a person', { person: 'Mark Carney' }, 'with Mark Carney'],
		['a place alone', { place: 'Tokyo, Japan' }, 'in Tokyo, Japan'],
		[
			'a place, with the window',
			{ rangeLabel: '2024', place: 'Tokyo, Japan' },
			'2024 in Tokyo, Japan'
		],
		['one theme', { themeLabels: ['Energy'] }, 'theme: Energy'],
		['themes, match any', { themeLabels: ['Energy', 'Trade'] }, 'themes: Energy or Trade'],
		[
			'themes, match all',
			{ themeLabels: ['Energy', 'Trade'], match: 'all' as const },
			'themes: Energy and Trade'
		],
		[
			// Labels hold commas, so only the conjunction separates them.
			'themes with commas in their labels',
			{ themeLabels: ['Economic security, supply chains and technology', 'Cyber', 'Health'] },
			'themes: Economic security, supply chains and technology or Cyber or Health'
		],
		['text, trimmed', { text: '  minerals ' }, 'text “minerals”'],
		['blank text', { text: '   ' }, ''],
		[
			'everything, in order',
			{
				rangeLabel: '2024',
				levels: ['leaders'],
				formats: ['call'],
				person: 'Mark Carney',
				place: 'Tokyo, Japan',
				themeLabels: ['energy', 'trade'],
				text: 'minerals'
			},
			'2024 in Tokyo, Japan, leaders only, calls only, with Mark Carney, themes: energy or trade, text “minerals”'
		]
	])('%s', (_, input, expected) => {
		expect(describeSelection({ ...none, ...input })).toBe(expected);
	});
});

describe('eventCountPhrase', () => {
	it.each([
		[0, '— no events'],
		[1, '— 1 event'],
		[2, '— 2 events'],
		[10_000, '— 10,000 events']
	])('%i → %s', (n, expected) => expect(eventCountPhrase(n)).toBe(expected));
});

describe('shareWithBase', () => {
	it.each([
		[2, 3, '2 of 3 (67%)'],
		[1, 2, '1 of 2 (50%)'],
		[3, 3, '3 of 3 (100%)'],
		[0, 5, '0 of 5 (0%)'],
		[0, 0, '0 of 0'],
		// Rounding would say 0% and 100%; neither is true.
		[1, 1000, '1 of 1,000 (<1%)'],
		[999, 1000, '999 of 1,000 (>99%)'],
		[5, 1000, '5 of 1,000 (1%)']
	])('%i of %i → %s', (n, base, expected) => expect(shareWithBase(n, base)).toBe(expected));
});

describe('describeView', () => {
	const names = {
		people: new Map([['mark-carney', 'Mark Carney']]),
		themes: new Map([['energy-food', 'Energy and food security']])
	};
	it('names people and themes, and falls back to ids it cannot name', () => {
		expect(
			describeView(
				{
					levels: ['leaders'],
					formats: [],
					person: 'mark-carney',
					themes: ['energy-food', 'gone'],
					match: 'all',
					text: ''
				},
				'2024',
				names
			)
		).toBe('2024, leaders only, with Mark Carney, themes: Energy and food security and gone');
		expect(
			describeView(
				{ levels: [], formats: [], person: 'nobody', themes: [], match: 'any', text: '' },
				'',
				names
			)
		).toBe('with nobody');
	});
});

describe('countNotes', () => {
	it.each([
		[{ total: 5, excerpts: 0, recordOnly: 0 }, ''],
		[
			{ total: 5, excerpts: 2, recordOnly: 0 },
			' 2 of the 5 events counted have an excerpt source: counts from excerpts are lower bounds.'
		],
		[
			{ total: 5, excerpts: 0, recordOnly: 1 },
			' 1 event with no official text located is not counted.'
		],
		[
			{ total: 1, excerpts: 1, recordOnly: 3 },
			' The event counted has an excerpt source: counts from excerpts are lower bounds. 3 events with no official text located are not counted.'
		]
	])('%o', (stats, expected) => {
		expect(countNotes(stats)).toBe(expected);
	});
});

describe('withCountNotes', () => {
	const none = { total: 4, excerpts: 0, recordOnly: 0 };
	const some = { total: 4, excerpts: 1, recordOnly: 0 };
	it.each([
		['Events — 4 events', none, 'Events — 4 events'],
		[
			'Events — 4 events',
			some,
			'Events — 4 events. 1 of the 4 events counted has an excerpt source: counts from excerpts are lower bounds.'
		],
		[
			'Share. Each share is of the year’s events.',
			some,
			'Share. Each share is of the year’s events. 1 of the 4 events counted has an excerpt source: counts from excerpts are lower bounds.'
		]
	])('%j', (caption, stats, expected) => {
		expect(withCountNotes(caption, stats)).toBe(expected);
	});
});

describe('words in the charts', () => {
	it.each<[number, string, string]>([
		[0, '0 events', '0 sentences'],
		[1, '1 event', '1 sentence'],
		[1234, '1,234 events', '1,234 sentences']
	])('%i: %s, %s', (n, events, sentences) => {
		expect(eventsText(n)).toBe(events);
		expect(sentencesText(n)).toBe(sentences);
	});

	it('remembers each phrase by language and number, not by number alone', () => {
		// Asked in turn, twice over: a phrase kept for one language must not answer another.
		for (let round = 0; round < 2; round++)
			for (const [locale, events, sentences, phrase] of [
				['en', '2 events', '2 sentences', '— 2 events'],
				['fr', '2 événements', '2 phrases', '— 2 événements'],
				['ja', '2件', '2文', '— 2件']
			] as const) {
				expect(eventsText(2, locale)).toBe(events);
				expect(sentencesText(2, locale)).toBe(sentences);
				expect(eventCountPhrase(2, locale)).toBe(phrase);
			}
	});

	it.each<[number, number, string]>([
		[2, 3, '2 of 3 events (67%)'],
		[1, 1, '1 of 1 event (100%)'],
		[0, 0, '0 of 0 events'],
		[0, 4, '0 of 4 events (0%)']
	])('shareOfEvents(%i, %i) = %s', (n, base, expected) => {
		expect(shareOfEvents(n, base)).toBe(expected);
	});

	it.each<[number, number, string]>([
		[2, 3, '67%'],
		[1, 1000, '<1%'],
		[0, 0, '–']
	])('percentOf(%i, %i) = %s', (n, base, expected) => {
		expect(percentOf(n, base)).toBe(expected);
	});

	it.each<[string, number, string | string[]]>([
		['North Korea', 20, 'North Korea'],
		[
			'Economic security, supply chains and technology',
			20,
			['Economic security,', 'supply chains and', 'technology']
		],
		['Supercalifragilistic word', 5, ['Supercalifragilistic', 'word']],
		['', 10, []]
	])('wrapLabel(%j, %i)', (text, width, expected) => {
		expect(wrapLabel(text, width)).toEqual(expected);
	});

	it('column labels carry their base', () => {
		expect(columnLabel({ label: '2024', total: 3 })).toBe('2024 · 3 events');
		expect(columnLabel({ label: 'Q1 2024', total: 1 })).toBe('Q1 2024 · 1 event');
	});

	it('names sources by issuer, numbered when an issuer has two', () => {
		const profile = sourceProfiles(
			[
				{ file: 'a', title: 'A', issuer: 'PMO', themes: [] },
				{ file: 'b', title: 'B', issuer: 'MOFA', themes: [] },
				{ file: 'c', title: 'C', issuer: 'PMO', themes: [] }
			],
			{ themes: [] }
		);
		expect(sourceNames(profile)).toEqual(['PMO (1)', 'MOFA', 'PMO (2)']);
	});

	it('says which sources are excerpts', () => {
		const profile = sourceProfiles(
			[
				{ file: 'a', title: 'A', issuer: 'PMO', themes: [], excerpt: true },
				{ file: 'b', title: 'B', issuer: 'MOFA', themes: [] },
				{ file: 'c', title: 'C', issuer: 'PMO', themes: [], excerpt: false }
			],
			{ themes: [] }
		);
		expect(sourceNames(profile)).toEqual(['PMO (1), excerpt', 'MOFA', 'PMO (2)']);
		expect(profile.sources.map((s) => s.excerpt)).toEqual([true, false, false]);
	});
});

describe('in French and Japanese', () => {
	it.each<[string, Parameters<typeof describeSelection>[0], string, string]>([
		[
			'levels and formats',
			{
				...none,
				rangeLabel: 'janv. – déc. 2024',
				levels: ['leaders', 'ministers'],
				formats: ['call']
			},
			'janv. – déc. 2024, dirigeants et ministres seulement, appels seulement',
			'janv. – déc. 2024、首脳、閣僚のみ、電話会談のみ'
		],
		[
			'three formats',
			{ ...none, formats: ['call', 'meeting', 'statement'] },
			'appels, rencontres et déclarations seulement',
			'電話会談、会談、声明のみ'
		],
		[
			'a place with the window, a person',
			{ ...none, rangeLabel: '2024', place: 'Tokyo (Japon)', person: 'Mark Carney' },
			'2024, lieu\u00a0: Tokyo (Japon), avec Mark Carney',
			'2024、場所：Tokyo (Japon)、Mark Carneyが参加'
		],
		[
			'themes and text',
			{ ...none, themeLabels: ['Énergie', 'Commerce'], match: 'all', text: 'minéraux' },
			'thèmes\u00a0: Énergie et Commerce, texte «\u00a0minéraux\u00a0»',
			'テーマ：ÉnergieおよびCommerce、本文「minéraux」'
		],
		[
			'one theme, match any',
			{ ...none, themeLabels: ['Santé', 'Cyber'] },
			'thèmes\u00a0: Santé ou Cyber',
			'テーマ：SantéまたはCyber'
		]
	])('describeSelection: %s', (_, input, fr, ja) => {
		expect(describeSelection(input, 'fr')).toBe(fr);
		expect(describeSelection(input, 'ja')).toBe(ja);
	});

	it.each<[number, string, string]>([
		[0, '— aucun événement', '— 該当なし'],
		[1, '— 1 événement', '— 1件'],
		[10_000, '— 10\u202f000 événements', '— 10,000件']
	])('eventCountPhrase(%i)', (n, fr, ja) => {
		expect(eventCountPhrase(n, 'fr')).toBe(fr);
		expect(eventCountPhrase(n, 'ja')).toBe(ja);
	});

	it.each<[number, number, string, string]>([
		[2, 3, '2 sur 3 (67\u00a0%)', '3中2（67%）'],
		[0, 0, '0 sur 0', '0中0'],
		[1, 1000, '1 sur 1\u00a0000 (<1\u00a0%)', '1,000中1（<1%）']
	])('shareWithBase(%i, %i)', (n, base, fr, ja) => {
		expect(shareWithBase(n, base, 'fr')).toBe(fr);
		expect(shareWithBase(n, base, 'ja')).toBe(ja);
	});

	it.each<[number, number, string, string]>([
		[2, 3, '2 sur 3 événements (67\u00a0%)', '3件中2件（67%）'],
		[1, 1, '1 sur 1 événement (100\u00a0%)', '1件中1件（100%）'],
		[0, 0, '0 sur 0 événement', '0件中0件']
	])('shareOfEvents(%i, %i)', (n, base, fr, ja) => {
		expect(shareOfEvents(n, base, 'fr')).toBe(fr);
		expect(shareOfEvents(n, base, 'ja')).toBe(ja);
	});

	it('counts, columns and lists', () => {
		expect(eventsText(2, 'fr')).toBe('2 événements');
		expect(sentencesText(1, 'fr')).toBe('1 phrase');
		expect(eventsText(2, 'ja')).toBe('2件');
		expect(sentencesText(12, 'ja')).toBe('12文');
		expect(columnLabel({ label: 'T1 2024', total: 3 }, 'fr')).toBe('T1 2024 · 3 événements');
		expect(listOf(['a, b', 'c'], 'fr')).toBe('a, b\u00a0; c');
		expect(listOf(['a', 'b', 'c'], 'ja')).toBe('a、b、c');
	});

	it('notes after a caption: a full stop and a space, or 。 and none', () => {
		const stats = { total: 4, excerpts: 0, recordOnly: 2 };
		expect(withCountNotes('Événements — 4 événements', stats, 'fr')).toBe(
			'Événements — 4 événements. 2 événements sans texte officiel trouvé ne sont pas comptés.'
		);
		expect(withCountNotes('件数 — 4件', stats, 'ja')).toBe(
			'件数 — 4件。公式文書が未確認の2件は集計に含まれていません。'
		);
	});

	it('wraps Japanese, written without spaces, between words, each letter counting twice', () => {
		const label = '経済安全保障・サプライチェーン・技術';
		const lines = wrapLabel(label, 20, 'ja');
		expect(Array.isArray(lines)).toBe(true);
		expect((lines as string[]).join('')).toBe(label);
		for (const line of lines as string[]) expect(line.length).toBeLessThanOrEqual(10);
		expect(wrapLabel('北朝鮮', 20, 'ja')).toBe('北朝鮮');
		// An area's label: its year, a space, then Japanese; each line within the width.
		const area =
			'2021 · 国際保健（グローバルヘルス・セキュリティ）及び新型コロナウイルス感染症への対応';
		const areaLines = wrapLabel(area, 34, 'ja') as string[];
		expect(areaLines.join('').replace(/\s/g, '')).toBe(area.replace(/\s/g, ''));
		expect(areaLines.length).toBeGreaterThanOrEqual(3);
		for (const line of areaLines) expect(line.length).toBeLessThanOrEqual(17);
		for (const line of areaLines) expect(line).not.toMatch(/（$/);
		for (const line of areaLines) expect(line).not.toMatch(/^[、）]/);
	});
});
