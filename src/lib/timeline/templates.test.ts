import { describe, expect, it } from 'vitest';
import type { Members } from './clusters';
import type { TimelineItem } from './items';
import type { Shown } from './looks';
import { makeTemplates } from './templates';
import { toVisItem, type VisCluster } from './vis-items';

/**
 * Just enough of the DOM for the templates, with no way to write markup: setting innerHTML or
 * outerHTML throws, so a template that builds HTML from text fails here.
 */
class FakeElement {
	className = '';
	textContent: string | null = '';
	dataset: Record<string, string> = {};
	children: FakeElement[] = [];
	constructor(readonly tagName: string) {}
	append(...nodes: FakeElement[]) {
		this.children.push(...nodes);
	}
	set innerHTML(_: string) {
		throw new Error('innerHTML written');
	}
	set outerHTML(_: string) {
		throw new Error('outerHTML written');
	}
	insertAdjacentHTML() {
		throw new Error('insertAdjacentHTML called');
	}
}

const doc = {
	createElement: (tag: string) => new FakeElement(tag)
} as unknown as Pick<Document, 'createElement'>;
const el = (x: unknown) => x as FakeElement;

const HOSTILE = '<img src=x onerror="alert(1)">Ōtsuka & <b>Joly</b>';

const event = (change: Partial<TimelineItem> = {}) =>
	toVisItem({
		id: 'e1',
		group: 'leaders',
		start: '2024-03-10',
		type: 'point',
		className: 'event format-meeting',
		mark: '●',
		label: 'Carney–Takaichi · Tokyo',
		tooltip: 'A meeting\n10 March 2024 · Meeting, leaders',
		eventId: 'e1',
		...change
	});

function setup(shown: Shown = { matching: new Set(['e1']), dim: false }) {
	const remembered: [unknown, Members][] = [];
	const t = makeTemplates({ shown: () => shown, remember: (c, m) => remembered.push([c, m]), doc });
	return { t, remembered };
}

describe('item template', () => {
	it.each<[string, Partial<TimelineItem>, Record<string, string>, string]>([
		[
			'an event: its id and mark on the element, its label as text',
			{},
			{ eventId: 'e1', mark: '●' },
			'Carney–Takaichi · Tokyo'
		],
		[
			'a milestone: its item id, no mark',
			{ id: 'milestone:x', eventId: null, mark: '', label: 'CPTPP' },
			{ milestoneId: 'milestone:x' },
			'CPTPP'
		],
		['source text stays text', { label: HOSTILE }, { eventId: 'e1', mark: '●' }, HOSTILE]
	])('%s', (_, change, dataset, text) => {
		const { t } = setup();
		const element = new FakeElement('div');
		const span = el(t.item(event(change), element as unknown as HTMLElement));
		expect(element.dataset).toEqual(dataset);
		expect(span).toMatchObject({ tagName: 'span', className: 'item-label', textContent: text });
		expect(span.children).toEqual([]);
	});

	it('an element reused for an item without a mark loses the old mark', () => {
		const { t } = setup();
		const element = new FakeElement('div');
		t.item(event(), element as unknown as HTMLElement);
		t.item(event({ mark: '' }), element as unknown as HTMLElement);
		expect(element.dataset.mark).toBeUndefined();
	});

	it('a cluster: its count under the filters, and its members kept for its element', () => {
		const { t, remembered } = setup({ matching: new Set(['e1']), dim: true });
		const cluster: VisCluster = {
			isCluster: true,
			uiItems: [{ data: event() }, { data: event({ id: 'e2', eventId: 'e2' }) }]
		};
		const element = new FakeElement('div');
		const span = el(t.item(cluster, element as unknown as HTMLElement));
		expect(span).toMatchObject({ className: 'cluster-label', textContent: '1 of 2 events' });
		expect(remembered).toHaveLength(1);
		expect(remembered[0]![0]).toBe(element);
		expect(remembered[0]![1].eventIds).toEqual(['e1', 'e2']);
		expect(element.dataset).toEqual({});
	});

	it("a cluster's label from the look it is given (remembered by the wrapper)", () => {
		const shown: Shown = { matching: new Set(['e1']), dim: false };
		const asked: [Members, Shown][] = [];
		const t = makeTemplates({
			shown: () => shown,
			remember: () => {},
			look: (m, s) => {
				asked.push([m, s]);
				return { text: 'remembered' };
			},
			doc
		});
		const cluster: VisCluster = { isCluster: true, uiItems: [{ data: event() }] };
		const span = el(t.item(cluster, new FakeElement('div') as unknown as HTMLElement));
		expect(span.textContent).toBe('remembered');
		expect(asked).toHaveLength(1);
		expect(asked[0]![0].eventIds).toEqual(['e1']);
		expect(asked[0]![1]).toBe(shown);
	});
});

describe('tooltip template', () => {
	it.each<[string, string, [string, string][]]>([
		[
			'the first line strong, the others plain',
			'A meeting\n10 March 2024 · Meeting, leaders',
			[
				['strong', 'A meeting'],
				['span', '10 March 2024 · Meeting, leaders']
			]
		],
		['one line', 'Alone', [['strong', 'Alone']]],
		[
			'source text stays text',
			`${HOSTILE}\n${HOSTILE}`,
			[
				['strong', HOSTILE],
				['span', HOSTILE]
			]
		]
	])('%s', (_, tooltip, lines) => {
		const tip = el(setup().t.tooltip(event({ tooltip })));
		expect(tip.className).toBe('tip');
		expect(tip.children.map((c) => [c.tagName, c.textContent])).toEqual(lines);
	});

	it('a cluster says how many are close together', () => {
		const tip = el(setup().t.tooltip({ isCluster: true, uiItems: [{ data: event() }] }));
		expect(tip.children.map((c) => c.textContent)).toEqual([
			'1 event close together',
			'Click to zoom in on them'
		]);
	});
});

describe('group template', () => {
	it.each<[string, { content: string } | null, string]>([
		['the lane name as text', { content: 'Leaders' }, 'Leaders'],
		['no group: empty', null, '']
	])('%s', (_, group, text) => {
		const span = el(setup().t.group(group as never));
		expect(span.textContent).toBe(text);
	});
});
