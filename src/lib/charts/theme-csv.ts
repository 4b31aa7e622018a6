/**
 * The CSV downloads beside the charts, made from the same counts the charts draw (ThemeStats) or
 * the same profile (SourceProfile), so a figure in a file cannot disagree with its bar or cell.
 * RFC 4180 rows; every cell goes through csvField, which quotes and defuses spreadsheet formulas.
 * The header row is in the page's language (or `locale`), and so are the labels the page shows;
 * ids, keys, dates and numbers stay as a program reads them (0.667, not « 66,7 % »).
 */
import { csvField } from '$lib/corpus/export';
import { getLocale, type Locale } from '$lib/i18n/locale';
import { m } from '$paraglide/messages';
import type { ThemeStats } from './theme-counts';
import type { SourceProfile } from './theme-profiles';

/** RFC 4180 rows, CRLF after each, every cell through csvField (quoting, formula defusing). */
function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The header row's names, each in `locale`. */
function header(
	locale: Locale,
	...names: ((i: Record<string, never>, o: { locale: Locale }) => string)[]
): string[] {
	return names.map((name) => name({}, { locale }));
}

export function frequencyCsv(stats: ThemeStats, locale: Locale = getLocale()): string {
	return toCsv([
		header(
			locale,
			m.charts_csv_theme_id,
			m.charts_csv_theme_label,
			m.charts_csv_events,
			m.charts_csv_sentences,
			m.charts_csv_events_counted
		),
		...stats.themes.map((t) => [t.id, t.label, t.events, t.sentences, stats.total])
	]);
}

/** share_of_events: events / events_in_period to 3 decimals; empty when the period has no events. */
export function overTimeCsv(stats: ThemeStats, locale: Locale = getLocale()): string {
	const rows: (string | number | null)[][] = [
		header(
			locale,
			m.charts_csv_period,
			m.charts_csv_period_start,
			m.charts_csv_period_end,
			m.charts_csv_theme_id,
			m.charts_csv_theme_label,
			m.charts_csv_events,
			m.charts_csv_sentences,
			m.charts_csv_events_in_period,
			m.charts_csv_share_of_events
		)
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

export function areasCsv(stats: ThemeStats, locale: Locale = getLocale()): string {
	const rows: (string | number | null)[][] = [
		header(
			locale,
			m.charts_csv_framework,
			m.charts_csv_area_id,
			m.charts_csv_area_label,
			m.charts_csv_year,
			m.charts_csv_events,
			m.charts_csv_sentences,
			m.charts_csv_events_in_year
		)
	];
	for (const { area, years } of stats.areas)
		for (const y of years)
			rows.push([area.framework, area.id, area.label, y.year, y.events, y.sentences, y.total]);
	return toCsv(rows);
}

/** One column per source, headed "<issuer>: <title>", so two sources of one issuer stay apart. */
export function profileCsv(profile: SourceProfile, locale: Locale = getLocale()): string {
	return toCsv([
		[
			...header(locale, m.charts_csv_theme_id, m.charts_csv_theme_label),
			...profile.sources.map((s) =>
				m.charts_csv_source({ issuer: s.issuer, title: s.title }, { locale })
			),
			m.charts_csv_total({}, { locale })
		],
		...profile.rows.map((r) => [r.id, r.label, ...r.bySource, r.total])
	]);
}
