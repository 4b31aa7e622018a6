/**
 * Record-only events: engagements known from reports, for which no official text was located.
 * Their facts are all given in data/record.yaml, with `basis` naming the reports; they are events
 * of the record (timeline, lists, /record/) but carry no sentences, so they count in no chart.
 */
import type { Context } from './document';
import { parseLocation } from './extract';
import { eventLabel } from './group';
import { resolvePerson, sortParticipants, toParticipant } from './people';
import { RecordFile, type EventRecord, type Lead, type Problem } from './schema';
import { slugify } from './text';
import { parseYaml } from './yaml-data';

export const RECORD_FILE = 'data/record.yaml';

/** Record-only events and leads from data/record.yaml; every problem names its line. */
export function loadRecord(
	text: string | undefined,
	ctx: Context
): { events: EventRecord[]; leads: Lead[]; problems: Problem[] } {
	if (text === undefined) return { events: [], leads: [], problems: [] };
	const parsed = parseYaml(RECORD_FILE, text, RecordFile);
	const problems = [...parsed.problems];
	if (!parsed.value) return { events: [], leads: [], problems };
	const events: EventRecord[] = [];
	parsed.value.events.forEach((r, i) => {
		const people = r.participants.flatMap((name, j) => {
			const p = resolvePerson(ctx.people, name);
			if (!p)
				problems.push({
					file: RECORD_FILE,
					line: parsed.lineOf(['events', i, 'participants', j]),
					field: `events[${i}].participants[${j}]`,
					message: `unknown person "${name}"`,
					fix: 'use a person id or name from data/people.yaml, or add the person there'
				});
			return p ? [toParticipant(ctx.people, p, r.date)] : [];
		});
		let location = null;
		if (r.location !== null) {
			const loc = parseLocation(r.location, ctx.people);
			if (typeof loc === 'string')
				problems.push({
					file: RECORD_FILE,
					line: parsed.lineOf(['events', i, 'location']),
					field: `events[${i}].location`,
					message: loc,
					fix: 'write "City, Country" with a country from data/places.yaml'
				});
			else location = loc;
		}
		const participants = sortParticipants(people, ctx.people);
		const label = eventLabel(participants, location?.city ?? null, r.title, ctx.people);
		events.push({
			id: `${r.date}-${slugify(r.title, 50)}`,
			date: r.date,
			dateJapan: r.dateJapan && r.dateJapan !== r.date ? r.dateJapan : null,
			title: r.title,
			label,
			format: r.format,
			level: r.level,
			location,
			participants,
			framework: null,
			themes: [],
			sources: [],
			langs: [],
			excerpt: false,
			recordOnly: true,
			basis: r.basis,
			reports: r.reports,
			others: r.others
		});
	});
	return { events, leads: parsed.value.leads, problems };
}
