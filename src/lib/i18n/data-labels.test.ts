import { describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/corpus';
import type {
	Country,
	EventRecord,
	FrameworkArea,
	Location,
	Milestone,
	Theme
} from '$lib/corpus/schema';
import { dataFiles, FIXTURE, rawSources } from '$lib/corpus/testing';
import { eventTitleLang } from './data-labels-lang';
import {
	inLocale,
	localizeCorpus,
	localizeEvent,
	localizeFrameworkArea,
	localizeLead,
	localizeMilestone,
	localizeTheme,
	localPlaceName,
	placeNamesOf,
	recordTitleKey,
	type RecordTitles
} from './data-labels';

const theme: Theme = {
	id: 'defence',
	label: 'Defence and security cooperation',
	label_fr: 'Coopération en matière de défense et de sécurité',
	label_ja: '防衛・安全保障協力',
	definition: 'Defence cooperation.',
	definition_fr: 'La coopération en matière de défense.',
	// No Japanese definition: the English stands in.
	color: '#4477aa',
	frameworks: [],
	patterns: ['defence'],
	exclude: []
};

const area: FrameworkArea = {
	id: 'p2021-rule-of-law',
	framework: 'Shared Canada-Japan priorities',
	framework_fr: 'Priorités communes Canada-Japon',
	framework_ja: '日本及びカナダが共有する優先協力分野',
	year: 2021,
	label: 'Rule of law',
	label_fr: 'État de droit',
	label_ja: '法の支配'
};

const milestone: Milestone = {
	id: 'centennial-of-relations',
	date: '2028-01-01',
	precision: 'year',
	title: 'Centennial of Canada-Japan diplomatic relations',
	title_fr: 'Centenaire des relations diplomatiques entre le Canada et le Japon',
	title_ja: '日加外交関係樹立100周年',
	source: 'x.md',
	quote: 'As we approach the centennial.'
};

const countries: Country[] = [
	{
		code: 'JP',
		name: 'Japan',
		name_fr: 'Japon',
		name_ja: '日本',
		aliases: [],
		cities: ['Tokyo', 'Nagoya'],
		cities_fr: { Tokyo: 'Tokyo' },
		cities_ja: { Tokyo: '東京' },
		cityAliases: {}
	},
	{
		code: 'SG',
		name: 'Singapore',
		name_fr: 'Singapour',
		name_ja: 'シンガポール',
		aliases: [],
		cities: ['Singapore'],
		cities_fr: { Singapore: 'Singapour' },
		cities_ja: { Singapore: 'シンガポール' },
		cityAliases: {}
	},
	// A country with no translations at all (as in the fixtures).
	{ code: 'PE', name: 'Peru', aliases: [], cities: ['Lima'], cityAliases: {} }
];

describe('inLocale', () => {
	it.each([
		['en', 'label', 'Defence and security cooperation'],
		['fr', 'label', 'Coopération en matière de défense et de sécurité'],
		['ja', 'label', '防衛・安全保障協力'],
		['fr', 'definition', 'La coopération en matière de défense.'],
		// A missing translation falls back to the English.
		['ja', 'definition', 'Defence cooperation.']
	] as const)('%s %s → %s', (locale, key, expected) => {
		expect(inLocale(theme, key, locale)).toBe(expected);
	});
});

describe('localizing the taxonomy and milestones', () => {
	it('gives a theme its label and definition in the language, and drops the other languages', () => {
		expect(localizeTheme(theme, 'fr')).toEqual({
			id: 'defence',
			label: 'Coopération en matière de défense et de sécurité',
			definition: 'La coopération en matière de défense.',
			color: '#4477aa',
			frameworks: [],
			patterns: ['defence'],
			exclude: []
		});
		expect(localizeTheme(theme, 'ja')).toMatchObject({
			label: '防衛・安全保障協力',
			definition: 'Defence cooperation.'
		});
		expect(Object.keys(localizeTheme(theme, 'en'))).not.toContain('label_fr');
		expect(localizeTheme(theme, 'en').label).toBe('Defence and security cooperation');
	});

	it.each([
		['en', 'Shared Canada-Japan priorities', 'Rule of law'],
		['fr', 'Priorités communes Canada-Japon', 'État de droit'],
		['ja', '日本及びカナダが共有する優先協力分野', '法の支配']
	] as const)('names a framework area in %s', (locale, framework, label) => {
		expect(localizeFrameworkArea(area, locale)).toEqual({
			id: 'p2021-rule-of-law',
			framework,
			year: 2021,
			label
		});
	});

	it.each([
		['en', 'Centennial of Canada-Japan diplomatic relations'],
		['fr', 'Centenaire des relations diplomatiques entre le Canada et le Japon'],
		['ja', '日加外交関係樹立100周年']
	] as const)('titles a milestone in %s', (locale, title) => {
		const localized = localizeMilestone(milestone, locale);
		expect(localized.title).toBe(title);
		expect(localized).not.toHaveProperty('title_fr');
		expect(localized.quote).toBe(milestone.quote);
	});
});

describe('leads', () => {
	const lead = {
		when: '2022-04',
		title: 'Hayashi–Joly meeting in person',
		title_fr: 'Rencontre en personne Hayashi–Joly',
		title_ja: '林・ジョリー対面会談',
		basis: 'MOFA readout.'
	};
	it.each([
		['en', 'Hayashi–Joly meeting in person'],
		['fr', 'Rencontre en personne Hayashi–Joly'],
		['ja', '林・ジョリー対面会談']
	] as const)('titles a lead in %s', (locale, title) => {
		expect(localizeLead(lead, locale)).toEqual({ when: '2022-04', title, basis: 'MOFA readout.' });
	});
});

describe('places', () => {
	const at = (city: string | null, country: string): Location => ({ city, country });
	it.each([
		[at('Tokyo', 'Japan'), 'en', 'Tokyo, Japan'],
		[at('Tokyo', 'Japan'), 'fr', 'Tokyo (Japon)'],
		[at('Tokyo', 'Japan'), 'ja', '東京（日本）'],
		[at(null, 'Japan'), 'fr', 'Japon'],
		[at(null, 'Japan'), 'ja', '日本'],
		// A city named as its country is written once.
		[at('Singapore', 'Singapore'), 'fr', 'Singapour'],
		[at('Singapore', 'Singapore'), 'ja', 'シンガポール'],
		[at('Singapore', 'Singapore'), 'en', 'Singapore, Singapore'],
		// No name for the city: the English city, in the page's country name and punctuation.
		[at('Nagoya', 'Japan'), 'ja', 'Nagoya（日本）'],
		// No names at all: the English, punctuated as the language does.
		[at('Lima', 'Peru'), 'fr', 'Lima (Peru)'],
		// A country data/places.yaml does not hold is named as the record names it.
		[at('Atlantis', 'Nowhere'), 'fr', 'Atlantis (Nowhere)']
	] as const)('%j in %s → %s', (location, locale, expected) => {
		expect(localPlaceName(location, countries, locale)).toBe(expected);
	});

	it('lists every location by its English, where its name differs', () => {
		const locations = [at('Tokyo', 'Japan'), null, at(null, 'Japan'), at('Tokyo', 'Japan')];
		expect(placeNamesOf(locations, countries, 'fr')).toEqual({
			'Tokyo, Japan': 'Tokyo (Japon)',
			Japan: 'Japon'
		});
		expect(placeNamesOf(locations, countries, 'ja')).toEqual({
			'Tokyo, Japan': '東京（日本）',
			Japan: '日本'
		});
		expect(placeNamesOf(locations, countries, 'en')).toEqual({});
	});
});

describe('events', () => {
	const { corpus } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
	const people = { people: { ...corpus!.people, countries } };
	const sourced = corpus!.events.find((e) => e.location?.city === 'Tokyo')!;
	const recordOnly: EventRecord = {
		...sourced,
		id: '2024-09-13-japan-canada-defence-ministers-meeting',
		date: '2024-09-13',
		title: "Japan-Canada Defence Ministers' Meeting",
		label: 'Tokyo',
		participants: [],
		others: ['Ambassador of Canada to Japan Ian McKay'],
		sources: [],
		langs: [],
		themes: [],
		recordOnly: true
	};
	const titles: RecordTitles = new Map([
		[
			recordTitleKey(recordOnly),
			{
				fr: {
					title: 'Rencontre des ministres de la Défense du Japon et du Canada',
					others: ['Ambassadeur du Canada au Japon Ian McKay']
				},
				// No Japanese `others`: the English stands in.
				ja: { title: '日加防衛相会談' }
			}
		]
	]);

	it.each([
		['en', "Japan-Canada Defence Ministers' Meeting", "Japan-Canada Defence Ministers' Meeting"],
		[
			'fr',
			'Rencontre des ministres de la Défense du Japon et du Canada',
			'Rencontre des ministres de la Défense du Japon et du Canada · Tokyo'
		],
		['ja', '日加防衛相会談', '日加防衛相会談 · 東京']
	] as const)('titles a record-only event in %s, and labels it', (locale, title, label) => {
		const localized = localizeEvent(recordOnly, people, titles, locale);
		expect(localized.title).toBe(title);
		if (locale !== 'en') expect(localized.label).toBe(label);
		expect(localized.id).toBe(recordOnly.id);
	});

	it.each([
		['en', 'Ambassador of Canada to Japan Ian McKay'],
		['fr', 'Ambassadeur du Canada au Japon Ian McKay'],
		['ja', 'Ambassador of Canada to Japan Ian McKay']
	] as const)('names its other participants in %s', (locale, other) => {
		expect(localizeEvent(recordOnly, people, titles, locale).others).toEqual([other]);
	});

	it('keeps a record-only title in English where it has no translation', () => {
		expect(localizeEvent(recordOnly, people, new Map(), 'fr').title).toBe(recordOnly.title);
	});

	it("keeps a source's title, and names the city of its label in the page's language", () => {
		const ja = localizeEvent(sourced, people, titles, 'ja');
		expect(ja.title).toBe(sourced.title);
		expect(ja.label).toBe(sourced.label.replace(/Tokyo$/, '東京'));
		expect(localizeEvent(sourced, people, titles, 'en')).toBe(sourced);
	});

	it.each([
		[{ recordOnly: true, langs: [] }, 'fr', 'fr'],
		[{ recordOnly: true, langs: [] }, 'ja', 'ja'],
		[{ recordOnly: true, langs: [] }, 'en', 'en'],
		[{ recordOnly: false, langs: ['ja'] }, 'fr', 'ja'],
		[{ recordOnly: false, langs: ['ja', 'en'] }, 'ja', 'en']
	] as const)('marks the title of %j on a %s page as %s', (event, locale, expected) => {
		expect(eventTitleLang({ ...event, langs: [...event.langs] }, locale)).toBe(expected);
	});
});

describe('localizeCorpus over the fixture corpus (English only: no translations)', () => {
	const { corpus } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
	it('falls back to the English everywhere, keeping ids, events and counts', () => {
		const fr = localizeCorpus(corpus!, new Map(), 'fr');
		expect(fr.taxonomy.themes.map((t) => [t.id, t.label])).toEqual(
			corpus!.taxonomy.themes.map((t) => [t.id, t.label])
		);
		expect(fr.milestones.map((m) => m.title)).toEqual(corpus!.milestones.map((m) => m.title));
		expect(fr.events.map((e) => [e.id, e.title, e.themes])).toEqual(
			corpus!.events.map((e) => [e.id, e.title, e.themes])
		);
		expect(fr.documents).toBe(corpus!.documents);
	});
});
