/**
 * The charts' numbers, one import for the pages (`$lib/charts/theme-stats`). Charts, tables and
 * downloads are all built from what `countThemes` returns, so a bar, the cell under it and the
 * figure in the CSV cannot disagree. One module a job, all pure (no Svelte, no DOM, no file
 * system):
 *
 *   theme-periods.ts   the columns: years or quarters for a range, the years of the data
 *   theme-counts.ts    countThemes: events and sentences per theme, period and framework area
 *   theme-evidence.ts  evidenceFor: the sentences behind a count
 *   theme-profiles.ts  sourceProfiles: one event's mentions, source by source
 *   theme-csv.ts       the CSV downloads of all of these
 *
 * Code in src/lib/charts/ imports the module it needs directly; this file only re-exports.
 */
export { periodsFor, yearsOf, type Bucket, type Period } from './theme-periods';
export {
	countThemes,
	type Count,
	type StatsArea,
	type StatsEvent,
	type StatsTaxonomy,
	type StatsTheme,
	type ThemeStats
} from './theme-counts';
export {
	evidenceFor,
	type EvidenceEvent,
	type EvidenceLine,
	type EvidenceSource
} from './theme-evidence';
export { sourceProfiles, type SourceProfile } from './theme-profiles';
export { areasCsv, frequencyCsv, overTimeCsv, profileCsv } from './theme-csv';
