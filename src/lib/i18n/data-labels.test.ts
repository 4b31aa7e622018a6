import { describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/corpus';
import type {
	Country,
	EventRecord,
	FrameworkArea,
	Location,
	Milestone,
	Office,
	Person,
	Taxonomy,
	Theme
} from '$lib/corpus/schema';
import { loadCorpus, readIssuers } from '$lib/server/corpus';
import { dataFiles, FIXTURE, rawSources } from '$lib/corpus/testing';
import { eventTitleLang } from './data-labels-lang';
import { nameWithOffice, officeAround } from './data-labels-office';
import {
	inLocale,
	localFrameworkName,
	localizeCorpus,
	localizeEvent,
	localizeFrameworkArea,
	localizeLead,
	localizeMilestone,
	localizeTheme,
	localOfficeTitle,
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

describe('offices', () => {
	const office = (o: Partial<Office> & Pick<Office, 'id' | 'title'>): Office => ({
		country: 'JP',
		level: 'leaders',
		role: 'prime-minister',
		aliases: [],
		...o
	});
	const offices = new Map(
		[
			office({
				id: 'prime-minister-of-japan',
				title: 'Prime Minister of Japan',
				title_fr: 'premier ministre du Japon',
				title_ja: '内閣総理大臣'
			}),
			// No Japanese title: the English stands in.
			office({
				id: 'minister-for-foreign-affairs-of-japan',
				title: 'Minister for Foreign Affairs of Japan',
				title_fr: 'ministre des Affaires étrangères du Japon'
			})
		].map((o) => [o.id, o])
	);
	const person = (id: string, terms: Person['terms']): Person => ({
		id,
		given: 'Given',
		family: 'Family',
		country: 'JP',
		nameOrder: 'family-first',
		aliases: [],
		terms
	});
	const byId = new Map(
		[
			person('kishida-fumio', [
				{ office: 'minister-for-foreign-affairs-of-japan', from: '2012-12-26', to: '2017-08-03' },
				{ office: 'prime-minister-of-japan', from: '2021-10-04', to: '2024-10-01' }
			]),
			// French makes her title agree: her term says so, the office does not.
			person('takaichi-sanae', [
				{
					office: 'prime-minister-of-japan',
					from: '2025-10-21',
					title_fr: 'première ministre du Japon'
				}
			])
		].map((p) => [p.id, p])
	);
	const people = { byId, offices };
	const kishida = { id: 'kishida-fumio', office: 'Prime Minister of Japan' };
	const takaichi = { id: 'takaichi-sanae', office: 'Prime Minister of Japan' };

	it.each([
		[kishida, 'en', 'Prime Minister of Japan'],
		[kishida, 'fr', 'premier ministre du Japon'],
		[kishida, 'ja', '内閣総理大臣'],
		[takaichi, 'en', 'Prime Minister of Japan'],
		[takaichi, 'fr', 'première ministre du Japon'],
		// Japanese titles do not agree with the holder: the office's.
		[takaichi, 'ja', '内閣総理大臣'],
		// No Japanese title for the office: the English.
		[
			{ id: 'kishida-fumio', office: 'Minister for Foreign Affairs of Japan' },
			'ja',
			'Minister for Foreign Affairs of Japan'
		],
		[
			{ id: 'kishida-fumio', office: 'Minister for Foreign Affairs of Japan' },
			'fr',
			'ministre des Affaires étrangères du Japon'
		],
		// A title people.yaml does not hold, and no office at all, stay as they are.
		[{ id: 'kishida-fumio', office: 'Governor of Nowhere' }, 'fr', 'Governor of Nowhere'],
		[{ id: 'kishida-fumio', office: null }, 'ja', null],
		// Someone people.yaml does not hold still gets the office's title.
		[{ id: 'someone-else', office: 'Prime Minister of Japan' }, 'fr', 'premier ministre du Japon']
	] as const)('%j in %s → %s', (participant, locale, expected) => {
		expect(localOfficeTitle(participant, '2026-03-06', people, locale)).toBe(expected);
	});

	it("takes a holder's French form from the term on the event's date", () => {
		const twice = new Map([
			[
				'p',
				person('p', [
					{ office: 'prime-minister-of-japan', from: '2001-01-01', to: '2002-01-01' },
					{ office: 'prime-minister-of-japan', from: '2010-01-01', title_fr: 'première ministre' }
				])
			]
		]);
		const p = { id: 'p', office: 'Prime Minister of Japan' };
		const on = (date: string) => localOfficeTitle(p, date, { byId: twice, offices }, 'fr');
		expect(on('2001-06-01')).toBe('premier ministre du Japon');
		expect(on('2011-06-01')).toBe('première ministre');
	});
});

describe('an office after a name', () => {
	it.each([
		['en', 'Prime Minister of Canada', 'Mark Carney (Prime Minister of Canada)'],
		['fr', 'premier ministre du Canada', 'Mark Carney (premier ministre du Canada)'],
		['ja', 'カナダ首相', 'Mark Carney（カナダ首相）'],
		['ja', null, 'Mark Carney']
	] as const)('in running text in %s: %s → %s', (locale, office, expected) => {
		expect(nameWithOffice('Mark Carney', office, locale)).toBe(expected);
	});

	it.each([
		['en', ', ', ''],
		['fr', ', ', ''],
		['ja', '（', '）']
	] as const)('in a list of people in %s: %j … %j', (locale, before, after) => {
		expect(officeAround(locale, 'listed')).toEqual([before, after]);
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

	it("gives the participants' offices in the page's language, and keeps the rest", () => {
		const { offices } = people.people;
		const withTitles = {
			people: {
				...people.people,
				offices: new Map(
					[...offices].map(([id, o]) => [
						id,
						{ ...o, title_fr: `fr ${o.title}`, title_ja: `ja ${o.title}` }
					])
				)
			}
		};
		const held = sourced.participants.filter((p) => p.office !== null);
		expect(held.length).toBeGreaterThan(0);
		for (const locale of ['fr', 'ja'] as const) {
			const localized = localizeEvent(sourced, withTitles, titles, locale);
			expect(localized.participants).toEqual(
				sourced.participants.map((p) => ({
					...p,
					office: p.office === null ? null : `${locale} ${p.office}`
				}))
			);
			expect(localized.id).toBe(sourced.id);
		}
		// The record is not changed: the downloads are built from it.
		expect(held.every((p) => !p.office!.startsWith('fr '))).toBe(true);
		expect(localizeEvent(sourced, withTitles, titles, 'en').participants).toBe(
			sourced.participants
		);
	});

	it('keeps the English office where the data gives no translation (the fixtures give none)', () => {
		expect(localizeEvent(sourced, people, titles, 'fr').participants).toBe(sourced.participants);
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

describe('localFrameworkName', () => {
	const taxonomy = {
		themes: [],
		frameworks: [
			{
				id: 'r2026-a',
				framework: 'Comprehensive Strategic Roadmap',
				framework_fr: 'Feuille de route stratégique globale',
				framework_ja: '包括的戦略的ロードマップ',
				year: 2026,
				label: 'A'
			}
		]
	} as unknown as Taxonomy;

	it.each([
		['Canada-Japan Comprehensive Strategic Roadmap', 'fr', 'Feuille de route stratégique globale'],
		['Comprehensive Strategic Roadmap', 'ja', '包括的戦略的ロードマップ'],
		// English keeps the document's own words.
		[
			'Canada-Japan Comprehensive Strategic Roadmap',
			'en',
			'Canada-Japan Comprehensive Strategic Roadmap'
		],
		// A name the taxonomy does not know stays as the document writes it.
		['Some Other Plan', 'fr', 'Some Other Plan']
	] as const)('%s in %s → %s', (name, locale, expected) => {
		expect(localFrameworkName(name, taxonomy, locale)).toBe(expected);
	});

	it('every framework document of data/ has its framework in French and Japanese', () => {
		const corpus = loadCorpus();
		for (const e of corpus.events.filter((x) => x.framework))
			for (const locale of ['fr', 'ja'] as const)
				expect(localFrameworkName(e.framework!, corpus.taxonomy, locale), e.id).not.toBe(
					e.framework
				);
	});
});

describe('issuers', () => {
	const issuers = [{ name: 'Global Affairs Canada', name_fr: 'Affaires mondiales Canada' }];
	const corpus = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE)).corpus!;
	const gac = corpus.documents.find((d) => d.issuer === 'Global Affairs Canada');

	it.each([
		['fr', 'Affaires mondiales Canada'],
		// No Japanese name given: the English stands in.
		['ja', 'Global Affairs Canada'],
		['en', 'Global Affairs Canada']
	] as const)('a source issued by Global Affairs Canada names it in %s as %s', (locale, name) => {
		const localized = localizeCorpus(corpus, new Map(), locale, issuers);
		expect(localized.documents.find((d) => d.file === gac!.file)!.issuer).toBe(name);
		// The corpus the downloads are built from is left as it was.
		expect(gac!.issuer).toBe('Global Affairs Canada');
	});

	it('every issuer of data/sources has its French and Japanese name and its country in data/issuers.yaml', () => {
		const named = new Map(readIssuers().map((i) => [i.name, i]));
		const missing = [...new Set(loadCorpus().documents.map((d) => d.issuer))].filter(
			(name) => !named.get(name)?.name_fr || !named.get(name)?.name_ja || !named.get(name)?.country
		);
		expect(missing, 'add these to data/issuers.yaml with name_fr, name_ja and country').toEqual([]);
	});
});
