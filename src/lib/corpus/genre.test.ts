/**
 * The genre, not five files: readouts in the forms the Prime Minister's Office, Global Affairs
 * Canada, MOFA and Japan's Ministry of Defense publish them. These texts are test inputs written in
 * those forms (not corpus data).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, checkFrontMatter } from './document';
import { parseSourceFile } from './front-matter';
import { groupEvents } from './group';
import { formatLocation } from './extract';
import type { Document } from './schema';
import { realReference } from './testing';

function ingest(file: string, fm: Record<string, string>, body: string): Document {
	const ctx = realReference().context;
	const front = Object.entries({ url: 'https://example.org/page', ...fm })
		.map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
		.join('\n');
	const { source, problems } = parseSourceFile(file, `---\n${front}\n---\n${body}`);
	expect(problems).toEqual([]);
	const { given, problems: fmProblems } = checkFrontMatter(source, ctx);
	expect(fmProblems).toEqual([]);
	return buildDocument(source, given, ctx).document;
}

const summary = (d: Document) => ({
	date: d.date,
	format: d.format,
	level: d.level,
	location: formatLocation(d.location),
	participants: d.participants.map((p) => p.id)
});

const PMO_MEETING = `Skip to main content
Readout
Prime Minister Trudeau meets with Prime Minister of Japan Fumio Kishida
May 18, 2023
Hiroshima, Japan

Prime Minister Justin Trudeau today met with the Prime Minister of Japan, Fumio Kishida, ahead of the G7 Leaders’ Summit.

The leaders discussed the Canada-Japan Action Plan and cooperation on critical minerals, energy security and LNG.

Associated links
Canada-Japan relations
`;

const MOFA_CALL = `Japan-Canada Relations
Japan-Canada Summit Telephone Talk
February 9, 2022

On February 9, commencing at 11:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with the Right Honourable Justin Trudeau, Prime Minister of Canada. The overview of the talk is as follows.
1. Prime Minister Kishida stated that Japan and Canada are strategic partners sharing fundamental values.
2. The two leaders exchanged views on the situation surrounding Ukraine and confirmed close cooperation within the G7.
3. The two leaders concurred to cooperate on the abductions issue and North Korea.
`;

const PMO_CALL = `Main Content

Yesterday, Prime Minister Justin Trudeau spoke with the Prime Minister of Japan, Kishida Fumio.

The leaders discussed Russia’s actions in and around Ukraine.
`;

const MOD_MEETING = `Japan-Canada Defense Ministerial Meeting (Summary)

On June 1, 2024, Mr. KIHARA Minoru, Minister of Defense, held a meeting with the Honourable Bill Blair, Minister of National Defence of Canada, during the Shangri-La Dialogue in Singapore.
1. The two ministers welcomed progress on the Security of Information Agreement.
2. The two ministers concurred to promote joint exercises and defence equipment and technology cooperation.
Photo: the two ministers
`;

const GAC_CALL = `Minister Joly speaks with Japan’s Minister for Foreign Affairs
News release
Share this page

The Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Hayashi Yoshimasa, Minister for Foreign Affairs of Japan.

The ministers discussed the humanitarian situation in Gaza, peacekeeping, and cooperation on cyber threats.

Search for related information by keyword: Foreign affairs | Japan
Page details
Date modified:
`;

describe('readouts of the genre', () => {
	it('a PMO meeting readout with date and place headers', () => {
		const d = ingest(
			'pmo.md',
			{
				title: 'Prime Minister Trudeau meets with Prime Minister of Japan Fumio Kishida',
				issuer: "Prime Minister's Office, Canada",
				published: '2023-05-18'
			},
			PMO_MEETING
		);
		expect(summary(d)).toEqual({
			date: '2023-05-18',
			format: 'meeting',
			level: 'leaders',
			location: 'Hiroshima, Japan',
			participants: ['justin-trudeau', 'kishida-fumio']
		});
		expect(d.sentences.map((s) => s.text).join(' ')).not.toMatch(
			/Readout|Skip|Associated|Canada-Japan relations$/
		);
		expect(d.themes.map((t) => t.id)).toEqual(
			expect.arrayContaining(['economic-security', 'energy-food', 'multilateral'])
		);
	});

	it('a MOFA telephone talk, grouped with the Canadian readout of the same call a day earlier', () => {
		const jp = ingest(
			'mofa.md',
			{
				title: 'Japan-Canada Summit Telephone Talk',
				issuer: 'Ministry of Foreign Affairs of Japan',
				published: '2022-02-09'
			},
			MOFA_CALL
		);
		const ca = ingest(
			'pmo.md',
			{
				title: 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio',
				issuer: "Prime Minister's Office, Canada",
				published: '2022-02-09'
			},
			PMO_CALL
		);
		expect(summary(jp)).toEqual({
			date: '2022-02-09',
			format: 'call',
			level: 'leaders',
			location: null,
			participants: ['justin-trudeau', 'kishida-fumio']
		});
		expect(summary(ca).date).toBe('2022-02-08');
		// Numbered points are sentences of their own.
		expect(jp.sentences.filter((s) => s.kind === 'list-item')).toHaveLength(3);
		const events = groupEvents([jp, ca], realReference().context.people);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			date: '2022-02-08',
			dateJapan: '2022-02-09',
			format: 'call',
			sources: ['pmo.md', 'mofa.md'],
			label: 'Trudeau–Kishida'
		});
	});

	it('a Japan Ministry of Defense meeting summary', () => {
		const d = ingest(
			'mod.md',
			{
				title: 'Japan-Canada Defense Ministerial Meeting (Summary)',
				issuer: 'Ministry of Defense of Japan',
				published: '2024-06-02'
			},
			MOD_MEETING
		);
		expect(summary(d)).toEqual({
			date: '2024-06-01',
			format: 'meeting',
			level: 'ministers',
			location: 'Singapore, Singapore',
			participants: ['bill-blair', 'kihara-minoru']
		});
		expect(d.themes.find((t) => t.id === 'defence')?.mentions).toBe(2);
		expect(d.sentences.some((s) => /Photo/.test(s.text))).toBe(false);
	});

	it('a Global Affairs Canada call readout', () => {
		const d = ingest(
			'gac.md',
			{
				title: 'Minister Joly speaks with Japan’s Minister for Foreign Affairs',
				issuer: 'Global Affairs Canada',
				published: '2022-11-03'
			},
			GAC_CALL
		);
		expect(summary(d)).toEqual({
			date: '2022-11-03',
			format: 'call',
			level: 'ministers',
			location: null,
			participants: ['melanie-joly', 'hayashi-yoshimasa']
		});
		expect(d.themes.map((t) => t.id)).toEqual(['middle-east', 'peace-humanitarian', 'cyber']);
		expect(d.sentences).toHaveLength(2);
	});

	it('separates a call and a meeting of the same people on the same day', () => {
		const call = ingest(
			'a.md',
			{ title: 'Trudeau speaks with Kishida', issuer: 'PMO', published: '2022-02-09' },
			PMO_CALL
		);
		const meeting = ingest(
			'b.md',
			{ title: 'Trudeau meets with Kishida', issuer: 'PMO', published: '2022-02-08' },
			'Today, Prime Minister Justin Trudeau met with Prime Minister Kishida Fumio in Ottawa.'
		);
		expect(groupEvents([call, meeting], realReference().context.people)).toHaveLength(2);
	});
});
