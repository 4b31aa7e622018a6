/**
 * The pages' loads over the live corpus, as a prerender runs them: one language after another in
 * one process. Each must give its page the data labels in the page's language (getLocale() read
 * inside the load, never once at import), and the downloads' English must not change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import { loadCorpus } from '$lib/server/corpus';
import { nameWithOffice } from './data-labels-office';
import { load as dashboard } from '../../routes/(dashboard)/+page.server';
import { load as layout } from '../../routes/+layout.server';
import { load as eventPage } from '../../routes/events/[id]/+page.server';
import { load as eventList } from '../../routes/events/+page.server';
import { load as present } from '../../routes/present/+page.server';
import { load as record } from '../../routes/record/+page.server';
import type { PageServerData as DashboardData } from '../../routes/(dashboard)/$types';
import type { LayoutServerData } from '../../routes/$types';
import type { PageServerData as EventData } from '../../routes/events/[id]/$types';
import type { PageServerData as EventListData } from '../../routes/events/$types';
import type { PageServerData as DeckData } from '../../routes/present/$types';
import type { PageServerData as RecordData } from '../../routes/record/$types';
import { unpackEvents } from '../../routes/(dashboard)/home-events';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

/**
 * What a load returns when the page is in `locale`, typed as the page receives it (a load's own
 * type is the wide PageServerLoad). The event page is the record-only event's; the others read
 * nothing of the request.
 */
async function inLocale<T>(
	locale: Locale,
	load: (event: never) => unknown,
	id = recordOnly.id
): Promise<T> {
	overwriteGetLocale(() => locale);
	return (await load({ params: { id } } as never)) as T;
}

const english = loadCorpus();
const defence = english.taxonomy.themes.find((t) => t.id === 'defence')!;
const area = english.taxonomy.frameworks[0]!;
const milestone = english.milestones[0]!;
const recordOnly = english.events.find((e) => e.recordOnly && e.location?.city)!;
const withOthers = english.events.find((e) => e.recordOnly && e.others.length)!;
/** A sourced event with two people in office, and their offices as people.yaml writes them. */
const met = english.events.find(
	(e) => !e.recordOnly && e.participants.filter((p) => p.office).length >= 2
)!;
const metOffices = met.participants.map((p) =>
	[...english.people.offices.values()].find((o) => o.title === p.office)!
);
/** The French a holder bore where French makes the title agree (« première ministre »). */
const holdersFrench = met.participants.map(
	(p, i) =>
		english.people.byId
			.get(p.id)!
			.terms.find(
				(t) => t.office === metOffices[i]!.id && t.from <= met.date && (!t.to || met.date < t.to)
			)?.title_fr
);

/** The offices of `met`'s people on every page that names them, as each load gives them. */
async function officesShown(locale: Locale) {
	const dashboard_ = await inLocale<DashboardData>(locale, dashboard);
	const home = unpackEvents(dashboard_.events).find((e) => e.id === met.id)!;
	const list = await inLocale<EventListData>(locale, eventList);
	const listed = list.years.flatMap((y) => y.events).find((e) => e.id === met.id)!;
	const page = await inLocale<EventData>(locale, eventPage, met.id);
	const deck = await inLocale<DeckData>(locale, present);
	const slide = deck.events.find((e) => e.id === met.id)!;
	return {
		home: home.participants.map((p) => p.office),
		list: listed.participants,
		page: page.event.participants.map((p) => p.office),
		deck: slide.participants.map((p) => p.office)
	};
}

describe.each([
	['fr', 'label_fr', 'framework_fr', 'title_fr', / \(.+\)$/],
	['ja', 'label_ja', 'framework_ja', 'title_ja', /（.+）$/]
] as const)('a page in %s', (locale, label, framework, title, place) => {
	it('is given theme labels, framework names and milestone titles in its language', async () => {
		const data = await inLocale<DashboardData>(locale, dashboard);
		expect(data.themes.find((t) => t.id === 'defence')!.label).toBe(defence[label]);
		expect(data.frameworks[0]).toMatchObject({ label: area[label], framework: area[framework] });
		expect(data.milestones[0]!.title).toBe(milestone[title]);
		// Its language alone: the other two are not sent.
		expect(JSON.stringify(data)).not.toMatch(/"(?:label|definition|title)_(?:fr|ja)"/);
	});

	it('shows a record-only title in its language, marked so, on the event pages', async () => {
		const list = await inLocale<EventListData>(locale, eventList);
		const listed = list.years.flatMap((y) => y.events).find((e) => e.id === recordOnly.id)!;
		const page = await inLocale<EventData>(locale, eventPage);
		expect([listed.title, listed.titleLang]).toEqual([page.event.title, locale]);
		expect(page.event.titleLang).toBe(locale);
		expect(page.event.title).not.toBe(recordOnly.title);
	});

	it("names a record-only event's other participants and the record's leads in its language", async () => {
		const deck = await inLocale<DeckData>(locale, present);
		const others = deck.events.find((e) => e.id === withOthers.id)!.others;
		expect(others).toHaveLength(withOthers.others.length);
		expect(others).not.toEqual(withOthers.others);
		const { leads } = await inLocale<RecordData>(locale, record);
		const english = new Set(loadCorpus().leads.map((l) => l.title));
		expect(leads.filter((l) => english.has(l.title))).toEqual([]);
	});

	it('names the offices people held in its language, on every page that shows them', async () => {
		const offices = metOffices.map((o, i) => (locale === 'fr' && holdersFrench[i]) || o[title]!);
		const shown = await officesShown(locale);
		expect(shown).toEqual({
			home: offices,
			list: met.participants.map((p, i) => nameWithOffice(p.name, offices[i]!, locale)),
			page: offices,
			deck: offices
		});
		// The English is nowhere left on the page.
		expect(offices).not.toContain(met.participants[0]!.office);
	});

	it('gives the slides the same theme labels', async () => {
		const deck = await inLocale<DeckData>(locale, present);
		expect(deck.themes.find((t) => t.id === 'defence')!.label).toBe(defence[label]);
	});

	it("names every place of the record in its language, keyed by the record's English", async () => {
		const { placeNames } = await inLocale<LayoutServerData>(locale, layout);
		expect(placeNames['Tokyo, Japan']).toMatch(place);
		expect(Object.keys(placeNames).length).toBeGreaterThan(0);
	});
});

describe('a page in English', () => {
	it('reads as it always has, whichever language was built before it', async () => {
		await inLocale<DashboardData>('fr', dashboard);
		const data = await inLocale<DashboardData>('en', dashboard);
		expect(data.themes.find((t) => t.id === 'defence')!.label).toBe(defence.label);
		expect(data.milestones[0]!.title).toBe(milestone.title);
		const page = await inLocale<EventData>('en', eventPage);
		expect([page.event.title, page.event.titleLang]).toEqual([recordOnly.title, 'en']);
		expect((await inLocale<LayoutServerData>('en', layout)).placeNames).toEqual({});
	});

	it('names the offices people held in English, after a page in another language', async () => {
		await officesShown('fr');
		const offices = met.participants.map((p) => p.office);
		expect(await officesShown('en')).toEqual({
			home: offices,
			list: met.participants.map((p) => `${p.name} (${p.office})`),
			page: offices,
			deck: offices
		});
	});

	it('leaves the corpus the downloads are built from in English', async () => {
		await inLocale<DashboardData>('ja', dashboard);
		expect(loadCorpus().taxonomy.themes.find((t) => t.id === 'defence')!.label).toBe(defence.label);
		expect(loadCorpus().events.find((e) => e.id === recordOnly.id)!.title).toBe(recordOnly.title);
		expect(loadCorpus().events.find((e) => e.id === met.id)!.participants).toEqual(
			met.participants
		);
		expect(met.participants.map((p) => p.office)).toEqual(metOffices.map((o) => o.title));
	});
});
