import { describe, expect, it } from 'vitest';
import { eventWindow } from '$lib/present/slides';
import { toTimelineGroups, toTimelineItems } from '$lib/timeline/items';
import { xmlProblems } from './pptx-reading';
import { stripSvg, svgDataUrl } from './strip-svg';
import { corpusDeckData } from './testing';

describe('stripSvg', () => {
	const { data } = corpusDeckData('en');
	const items = toTimelineItems(data.events, data.milestones);
	const lanes = toTimelineGroups(data.events);
	const matching = new Set(data.events.map((e) => e.id));
	const strip = (id: string, width = 1184, edit = (i: typeof items) => i) => {
		const event = data.events.find((e) => e.id === id)!;
		return stripSvg({
			items: edit(items),
			groups: lanes.filter((l) => l.id === event.level),
			range: eventWindow(event.date),
			eventId: id,
			matching,
			width,
			locale: 'en'
		});
	};

	it.each(data.events.filter((_, i) => i % 7 === 0).map((e) => e.id))(
		'draws %s well-formed, marked, and nothing left of the window but the lane’s name',
		(id) => {
			const { svg, width, height } = strip(id);
			expect(xmlProblems(svg)).toEqual([]);
			expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
			// The event's own mark, in the marker's colour.
			expect(svg).toContain('fill="#FFE8A3"');
			const xs = [...svg.matchAll(/<text x="([\d.-]+)"/g)].map((t) => Number(t[1]));
			expect(xs.filter((x) => x !== 6).every((x) => x >= 120 && x <= width)).toBe(true);
		}
	);

	it('writes a hostile label as text', () => {
		const id = data.events[0]!.id;
		const hostile = '<script>&"\'\u0007😀';
		const { svg } = strip(id, 1184, (list) =>
			list.map((i) => (i.eventId === id ? { ...i, label: hostile } : i))
		);
		expect(xmlProblems(svg)).toEqual([]);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;😀');
		expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
		expect(
			new TextDecoder().decode(
				Uint8Array.from(atob(svgDataUrl(svg).split(',')[1]!), (c) => c.charCodeAt(0))
			)
		).toBe(svg);
	});
});
