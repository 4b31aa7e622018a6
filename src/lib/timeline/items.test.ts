import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locale';
import { baseLocale, overwriteGetLocale } from '$paraglide/runtime';
import {
	FORMAT_MARKS,
	FRAMEWORK_MARK,
	formatMilestoneDate,
	toTimelineGroups,
	toTimelineItems,
	toTimelineMilestones,
	type TimelineEventInput,
	type TimelineItem,
	type TimelineMilestoneInput
} from './items';

// The corpus as the pages hand it over.
const events: TimelineEventInput[] = [
	{
		id: '2026-03-06-carney-takaichi',
		date: '2026-03-06',
		label: 'Carney–Takaichi · Tokyo',
		title: 'Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae',
		format: 'meeting',
		level: 'leaders',
		framework: 'Canada-Japan Comprehensive Strategic Roadmap',
		location: 'Tokyo, Japan'
	},
	{
		id: '2024-01-13-joly-kamikawa',
		date: '2024-01-13',
		label: 'Joly–Kamikawa · Montreal',
		title: "Japan-Canada Foreign Ministers' Meeting",
		format: 'meeting',
		level: 'ministers',
		framework: null,
		location: 'Montreal, Canada'
	},
	{
		id: '2022-02-08-trudeau-kishida',
		date: '2022-02-08',
		label: 'Trudeau–Kishida',
		title: 'Prime Minister Justin Trudeau speaks with Prime Minister of Japan Kishida Fumio',
		format: 'call',
		level: 'leaders',
		framework: null,
		location: null
	}
];

const officials: TimelineEventInput = {
	id: '2025-06-01-officials',
	date: '2025-06-01',
	label: 'Officials · Ottawa',
	title: 'Deputy ministers meet',
	format: 'meeting',
	level: 'officials',
	framework: null,
	location: 'Ottawa, Canada'
};

describe('toTimelineGroups', () => {
	it.each<[string, TimelineEventInput[], string[]]>([
		['no officials: three lanes', events, ['leaders', 'ministers', 'milestones']],
		[
			'officials: four lanes',
			[...events, officials],
			['leaders', 'ministers', 'officials', 'milestones']
		],
		['no events at all', [], ['leaders', 'ministers', 'milestones']]
	])('%s', (_name, input, expected) => {
		const groups = toTimelineGroups(input);
		expect(groups.map((g) => g.id)).toEqual(expected);
		expect(groups.map((g) => g.order)).toEqual(expected.map((_, i) => i));
	});

	it('names and classes the lanes', () => {
		expect(toTimelineGroups([officials])).toEqual([
			{ id: 'leaders', content: 'Leaders', className: 'lane lane-leaders', order: 0 },
			{ id: 'ministers', content: 'Ministers', className: 'lane lane-ministers', order: 1 },
			{ id: 'officials', content: 'Officials', className: 'lane lane-officials', order: 2 },
			{ id: 'milestones', content: 'Milestones', className: 'lane lane-milestones', order: 3 }
		]);
	});
});

describe('toTimelineItems: events', () => {
	const items = toTimelineItems(events, []);

	it('makes a point per event in its level lane', () => {
		expect(items.find((i) => i.id === '2026-03-06-carney-takaichi')).toEqual({
			id: '2026-03-06-carney-takaichi',
			group: 'leaders',
			start: '2026-03-06',
			type: 'point',
			className: 'event format-meeting framework',
			mark: '★',
			label: 'Carney–Takaichi · Tokyo',
			tooltip:
				'Prime Minister Carney meets with Prime Minister of Japan Takaichi Sanae\n6 March 2026 · Meeting, leaders',
			eventId: '2026-03-06-carney-takaichi'
		} satisfies TimelineItem);
	});

	it.each<[string, Partial<TimelineItem>]>([
		[
			'2024-01-13-joly-kamikawa',
			{
				group: 'ministers',
				className: 'event format-meeting',
				mark: '●',
				tooltip: "Japan-Canada Foreign Ministers' Meeting\n13 January 2024 · Meeting, ministers"
			}
		],
		[
			'2022-02-08-trudeau-kishida',
			{ group: 'leaders', className: 'event format-call', mark: '☎', label: 'Trudeau–Kishida' }
		]
	])('%s', (id, expected) => {
		const item = items.find((i) => i.id === id);
		expect(item).toMatchObject({ ...expected, eventId: id });
		expect(item).not.toHaveProperty('end');
	});

	it('keeps text as text: markup in a title is not interpreted or escaped here', () => {
		const [item] = toTimelineItems([{ ...officials, title: '<b>x</b> & y', label: '<i>' }], []);
		expect(item?.tooltip).toBe('<b>x</b> & y\n1 June 2025 · Meeting, officials');
		expect(item?.label).toBe('<i>');
	});
});

describe('toTimelineItems: the kinds of event', () => {
	const base = { ...officials, framework: null, location: null };
	it.each<[string, Partial<TimelineEventInput>, Partial<TimelineItem>]>([
		[
			'a meeting: a dot, the label as it is',
			{ format: 'meeting' },
			{ mark: '●', label: base.label }
		],
		['a call: a telephone', { format: 'call' }, { mark: '☎', label: base.label }],
		[
			'a courtesy call says so',
			{ format: 'courtesy-call', label: 'Joly–Kishida · Tokyo' },
			{ mark: '◉', label: 'Courtesy call: Joly–Kishida · Tokyo' }
		],
		[
			'a statement says so, unless its label does',
			{ format: 'statement', label: 'Condolences on the death of Abe Shinzo' },
			{ mark: '❝', label: 'Condolences on the death of Abe Shinzo' }
		],
		[
			'a statement of one leader',
			{ format: 'statement', label: 'Trudeau' },
			{ mark: '❝', label: 'Statement: Trudeau' }
		],
		['a document', { format: 'document' }, { mark: '▤' }],
		[
			'a signing says "Signed"',
			{ format: 'signing', label: 'MLAT · Ottawa' },
			{ mark: '✎', label: 'Signed: MLAT · Ottawa', className: 'event format-signing' }
		],
		[
			'a signing whose label says it already',
			{ format: 'signing', label: 'Mutual Legal Assistance Treaty signed' },
			{ label: 'Mutual Legal Assistance Treaty signed' }
		],
		[
			'an entry into force, in the Governments lane',
			{
				format: 'entry-into-force',
				level: 'government',
				label: 'Security of Information Agreement'
			},
			{ mark: '◆', group: 'government', label: 'In force: Security of Information Agreement' }
		],
		[
			'a framework document: a star, whatever its format',
			{ format: 'document', framework: 'Shared priorities' },
			{ mark: '★', className: 'event format-document framework' }
		],
		[
			'record-only: its own class, and the tooltip says no official text was located',
			{ format: 'meeting', recordOnly: true },
			{
				className: 'event format-meeting record-only',
				tooltip: 'Deputy ministers meet\n1 June 2025 · Meeting, officials\nNo official text located'
			}
		]
	])('%s', (_name, patch, expected) => {
		const [item] = toTimelineItems([{ ...base, ...patch }], []);
		expect(item).toMatchObject(expected);
	});

	it('every format has a mark of its own', () => {
		const marks = Object.values(FORMAT_MARKS);
		expect(new Set([...marks, FRAMEWORK_MARK]).size).toBe(marks.length + 1);
		for (const m of marks) expect(m).toMatch(/^\S$/u);
	});

	it('gives government-level events a lane, after the officials', () => {
		const groups = toTimelineGroups([
			{ ...base, level: 'government', format: 'entry-into-force' },
			officials
		]);
		expect(groups.map((g) => [g.id, g.content])).toEqual([
			['leaders', 'Leaders'],
			['ministers', 'Ministers'],
			['officials', 'Officials'],
			['government', 'Governments'],
			['milestones', 'Milestones']
		]);
	});
});

describe('toTimelineItems: milestones', () => {
	it.each<[string, TimelineMilestoneInput, Partial<TimelineItem>]>([
		[
			'a day: a point',
			{
				id: 'mutual-legal-assistance-treaty-signed',
				date: '2025-12-12',
				title: 'Mutual Legal Assistance Treaty signed'
			},
			{
				id: 'milestone:mutual-legal-assistance-treaty-signed',
				type: 'point',
				start: '2025-12-12',
				tooltip: 'Mutual Legal Assistance Treaty signed\n12 December 2025'
			}
		],
		[
			'a month: the tooltip names the month only',
			{ id: 'soia', date: '2026-01-01', precision: 'month', title: 'SOIA enters into force' },
			{ id: 'milestone:soia', type: 'point', tooltip: 'SOIA enters into force\nJanuary 2026' }
		],
		[
			'a year: the tooltip names the year only',
			{ id: 'centennial', date: '2028-01-01', precision: 'year', title: 'Centennial' },
			{ id: 'milestone:centennial', type: 'point', tooltip: 'Centennial\n2028' }
		],
		[
			'a period: a range whose end is the day after its last day',
			{
				id: 'expo',
				date: '2025-04-13',
				end: '2025-10-13',
				title: 'Expo 2025 Osaka, Kansai, Japan'
			},
			{
				id: 'milestone:expo',
				type: 'range',
				start: '2025-04-13',
				end: '2025-10-14',
				tooltip: 'Expo 2025 Osaka, Kansai, Japan\n13 April 2025 – 13 October 2025'
			}
		],
		[
			'no id: a slug of the title',
			{ date: '2022-10-11', title: 'Canada–Japan Action Plan (2022)' },
			{ id: 'milestone:canada-japan-action-plan-2022' }
		]
	])('%s', (_name, milestone, expected) => {
		const [item] = toTimelineItems([], [milestone]);
		expect(item).toMatchObject({
			group: 'milestones',
			className: 'milestone',
			mark: '',
			label: milestone.title,
			eventId: null,
			...expected
		});
		if (!milestone.end) expect(item).not.toHaveProperty('end');
	});

	it('gives repeated ids a suffix, since vis-timeline rejects duplicates', () => {
		const items = toTimelineItems(
			[],
			[
				{ date: '2024-01-01', title: 'Signed' },
				{ date: '2024-02-01', title: 'Signed' },
				{ id: 'signed', date: '2024-03-01', title: 'Other' }
			]
		);
		expect(items.map((i) => i.id)).toEqual([
			'milestone:signed',
			'milestone:signed-2',
			'milestone:signed-3'
		]);
	});
});

describe('toTimelineItems: order', () => {
	it('sorts by start; on the same day events come first, then input order', () => {
		const items = toTimelineItems(events, [
			{ id: 'late', date: '2026-03-06', title: 'Same day as the roadmap' },
			{ id: 'award', date: '2016-07-12', title: 'Award' },
			{ id: 'expo', date: '2025-04-13', end: '2025-10-13', title: 'Expo' }
		]);
		expect(items.map((i) => i.id)).toEqual([
			'milestone:award',
			'2022-02-08-trudeau-kishida',
			'2024-01-13-joly-kamikawa',
			'milestone:expo',
			'2026-03-06-carney-takaichi',
			'milestone:late'
		]);
	});

	it('does not change its inputs', () => {
		const input = [...events];
		toTimelineItems(input, []);
		expect(input).toEqual(events);
	});
});

describe('formatMilestoneDate', () => {
	it.each<[string, 'day' | 'month' | 'year' | undefined, string]>([
		['2026-01-27', undefined, '27 January 2026'],
		['2026-01-27', 'day', '27 January 2026'],
		['2026-01-01', 'month', 'January 2026'],
		['2026-11-01', 'month', 'November 2026'],
		['2028-01-01', 'year', '2028']
	])('%s at %s → %s', (date, precision, expected) => {
		expect(formatMilestoneDate(date, precision)).toBe(expected);
	});
});

describe('toTimelineMilestones', () => {
	it('keeps what the timeline draws and drops the rest', () => {
		const full = {
			id: 'soia',
			date: '2026-01-01',
			precision: 'month' as const,
			title: 'SOIA enters into force',
			quote: 'The agreement entered into force…',
			source: 'https://example.org'
		};
		expect(
			toTimelineMilestones([
				full,
				{ id: 'expo', date: '2025-04-13', end: '2025-10-13', title: 'Expo' }
			])
		).toEqual([
			{ id: 'soia', date: '2026-01-01', precision: 'month', title: 'SOIA enters into force' },
			{ id: 'expo', date: '2025-04-13', title: 'Expo', end: '2025-10-13' }
		]);
	});
});

describe('in French and Japanese', () => {
	/** Runs `f` with the page in `locale`, then puts the base locale back. */
	function inLocale<T>(locale: Locale, f: () => T): T {
		overwriteGetLocale(() => locale);
		try {
			return f();
		} finally {
			overwriteGetLocale(() => baseLocale);
		}
	}
	const signing: TimelineEventInput = {
		...events[1]!,
		id: 'sign',
		label: 'Joly–Kamikawa · Tokyo',
		format: 'signing',
		langs: ['ja', 'en']
	};

	it.each<[Locale, string, string]>([
		['fr', 'Signature\u00a0: Joly–Kamikawa · Tokyo', 'Jalons'],
		['ja', '署名：Joly–Kamikawa · Tokyo', '節目']
	])('%s: the kind in words, and the milestones lane', (locale, label, lane) => {
		const [item] = inLocale(locale, () => toTimelineItems([signing], []));
		expect(item?.label).toBe(label);
		const groups = inLocale(locale, () => toTimelineGroups([signing]));
		expect(groups.at(-1)?.content).toBe(lane);
	});

	it.each<[Locale, string, string]>([
		['fr', '13 janvier 2024', 'Aucun texte officiel trouvé'],
		['ja', '2024年1月13日', '公式文書未確認']
	])('%s: the date and the record-only line in the language', (locale, date, none) => {
		const [item] = inLocale(locale, () =>
			toTimelineItems([{ ...events[1]!, recordOnly: true }], [])
		);
		const lines = item!.tooltip.split('\n');
		expect(lines[1]).toContain(date);
		expect(lines[2]).toBe(none);
	});

	it('the title keeps its source’s language; a record-only title is the page’s', () => {
		expect(toTimelineItems([signing], [])[0]?.titleLang).toBe('en');
		expect(toTimelineItems([{ ...signing, langs: ['ja'] }], [])[0]?.titleLang).toBe('ja');
		expect(toTimelineItems([{ ...signing, recordOnly: true }], [])[0]).not.toHaveProperty(
			'titleLang'
		);
		expect(toTimelineItems([], [{ date: '2025-12-12', title: 'A treaty' }])[0]).not.toHaveProperty(
			'titleLang'
		);
	});

	it.each<[Locale, 'day' | 'month', string]>([
		['fr', 'day', '1er janvier 2026'],
		['fr', 'month', 'janvier 2026'],
		['ja', 'day', '2026年1月1日'],
		['ja', 'month', '2026年1月']
	])('%s: a milestone at its %s', (locale, precision, expected) => {
		expect(inLocale(locale, () => formatMilestoneDate('2026-01-01', precision))).toBe(expected);
	});

	it('a period’s two ends joined the language’s way', () => {
		const expo = { id: 'expo', date: '2025-04-13', end: '2025-10-13', title: 'Expo' };
		expect(inLocale('ja', () => toTimelineItems([], [expo])[0]?.tooltip)).toBe(
			'Expo\n2025年4月13日～2025年10月13日'
		);
	});
});
