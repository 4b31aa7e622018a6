import { describe, expect, it } from 'vitest';
import {
	boundLatencies,
	EVENT_TIMING_THRESHOLD_MS,
	interactionLatency,
	type EventEntry
} from './event-timing';

const entry = (name: string, duration: number, interactionId: number, startTime = 1000) => ({
	name,
	startTime,
	duration,
	interactionId
});

describe('interactionLatency', () => {
	it.each<{ case: string; entries: EventEntry[]; latency: number | null }>([
		{
			case: 'the longest entry of the click',
			entries: [entry('pointerdown', 24, 7, 990), entry('pointerup', 56, 7), entry('click', 48, 7)],
			latency: 56
		},
		{
			case: 'a keyboard interaction',
			entries: [entry('keydown', 104, 3), entry('keyup', 16, 3, 1040)],
			latency: 104
		},
		{
			// The mouse moving onto the button: events, but no interaction.
			case: 'not the hover before it',
			entries: [entry('pointerover', 200, 0, 900), entry('click', 32, 9)],
			latency: 32
		},
		{ case: 'none when it painted within the threshold', entries: [], latency: null },
		{
			case: 'none when only hover events were slow',
			entries: [entry('pointerout', 40, 0), entry('mouseover', 40, 0)],
			latency: null
		}
	])('$case', ({ entries, latency }) => {
		expect(interactionLatency(entries)).toBe(latency);
	});

	it('refuses two interactions: the figure would belong to neither', () =>
		expect(() => interactionLatency([entry('click', 40, 1), entry('click', 48, 2)])).toThrow(
			/2 interactions where one click was made: click #1, click #2/
		));
});

describe('boundLatencies', () => {
	it('counts a run with no entry as the threshold, and says how many there were', () => {
		expect(boundLatencies([40, null, 56, null])).toEqual({
			values: [40, EVENT_TIMING_THRESHOLD_MS, 56, EVENT_TIMING_THRESHOLD_MS],
			under: 2
		});
		expect(boundLatencies([24])).toEqual({ values: [24], under: 0 });
	});
});
