/**
 * The CSV downloads beside the charts, made from the same counts the charts draw (ThemeStats) or
 * the same profile (SourceProfile), so a figure in a file cannot disagree with its bar or cell.
 * RFC 4180 rows; every cell goes through csvField, which quotes and defuses spreadsheet formulas.
 */
import { csvField } from '$lib/corpus/export';
import type { ThemeStats } from './theme-counts';
import type { SourceProfile } from './theme-profiles';

/** RFC 4180 rows, CRLF after each, every cell through csvField (quoting, formula defusing). */
function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

export function frequencyCsv(stats: ThemeStats): string {
	return toCsv([
		['theme_id', 'theme_label', 'events', 'sentences', 'events_counted'],
		...stats.themes.map((t) => [t.id, t.label, t.events, t.sentences, stats.total])
	]);
}

/** share_of_events: events / events_in_period to 3 decimals; empty when the period has no events. */
export function overTimeCsv(stats: ThemeStats): string {
	const rows: (string | number | null)[][] = [
		[
			'period',
			'period_start',
			'period_end',
			'theme_id',
			'theme_label',
			'events',
			'sentences',
			'events_in_period',
			'share_of_events'
		]
	];
	for (const { period, total, themes } of stats.periods)
		for (const t of stats.themes) {
			const c = themes[t.id]!;
			rows.push([
				period.key,
				period.start,
				period.end,
				t.id,
				t.label,
				c.events,
				c.sentences,
				total,
				total ? Math.round((c.events / total) * 1000) / 1000 : null
			]);
		}
	return toCsv(rows);
}

export function areasCsv(stats: ThemeStats): string {
	const rows: (string | number | null)[][] = [
		['framework', 'area_id', 'area_label', 'year', 'events', 'sentences', 'events_in_year']
	];
	for (const { area, years } of stats.areas)
		for (const y of years)
			rows.push([area.framework, area.id, area.label, y.year, y.events, y.sentences, y.total]);
	return toCsv(rows);
}

/** One column per source, headed "<issuer>: <title>", so two sources of one issuer stay apart. */
export function profileCsv(profile: SourceProfile): string {
	return toCsv([
		['theme_id', 'theme_label', ...profile.sources.map((s) => `${s.issuer}: ${s.title}`), 'total'],
		...profile.rows.map((r) => [r.id, r.label, ...r.bySource, r.total])
	]);
}
