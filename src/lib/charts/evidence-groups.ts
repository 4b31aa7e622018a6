/**
 * The sentences behind a count, as the evidence dialog shows them: by event, then by source, in
 * the order evidenceFor gives them. Pure, so the grouping is tested without a page.
 */
import type { Count } from './theme-counts';
import type { EvidenceLine } from './theme-evidence';

/** What a reader asked to see: the events and themes of one bar, cell or table row. */
export interface EvidenceRequest {
	/** Says which count this is ("Defence and security cooperation · 2024"). */
	title: string;
	/** The count as the chart shows it. */
	count: Pick<Count, 'events' | 'sentences'>;
	eventIds: readonly string[];
	/** In taxonomy order. */
	themeIds: readonly string[];
}

export interface EvidenceGroup {
	eventId: string;
	date: string;
	title: string;
	sources: { source: EvidenceLine['source']; lines: EvidenceLine[] }[];
}

export function groupEvidence(lines: readonly EvidenceLine[]): EvidenceGroup[] {
	const groups: EvidenceGroup[] = [];
	const byEvent = new Map<string, EvidenceGroup>();
	for (const line of lines) {
		let group = byEvent.get(line.eventId);
		if (!group) {
			group = { eventId: line.eventId, date: line.date, title: line.eventTitle, sources: [] };
			byEvent.set(line.eventId, group);
			groups.push(group);
		}
		let source = group.sources.find((s) => s.source.file === line.source.file);
		if (!source) {
			source = { source: line.source, lines: [] };
			group.sources.push(source);
		}
		source.lines.push(line);
	}
	return groups;
}

/** Ids of the events of several counts, once each, in order (the periods of one row, say). */
export function joinCounts(counts: readonly Count[]): Count {
	const seen = new Set<string>();
	let sentences = 0;
	for (const c of counts) {
		sentences += c.sentences;
		for (const id of c.eventIds) seen.add(id);
	}
	return { events: seen.size, sentences, eventIds: [...seen] };
}
