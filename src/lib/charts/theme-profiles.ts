/**
 * One event's theme mentions, source by source, for the chart on its page and in its panel. Pure:
 * no Svelte, no DOM, no file system.
 */
import { uniqueById, type StatsTaxonomy } from './theme-counts';

export interface SourceProfile {
	/** excerpt: only the opening of the page was saved, so its bars are lower bounds. */
	sources: { file: string; title: string; issuer: string; excerpt: boolean }[];
	rows: { id: string; label: string; color: string; bySource: number[]; total: number }[];
}

/**
 * Theme mentions per source of one event, side by side. Rows: the taxonomy themes some source
 * mentions at least once (a theme given by the editors without a matching sentence has nothing to
 * compare), by total desc, then taxonomy order; bySource[i] is for sources[i].
 */
export function sourceProfiles(
	sources: readonly {
		file: string;
		title: string;
		issuer: string;
		/** Absent: the full text. */
		excerpt?: boolean;
		themes: readonly { id: string; mentions: number }[];
	}[],
	taxonomy: Pick<StatsTaxonomy, 'themes'>
): SourceProfile {
	const themes = uniqueById(taxonomy.themes);
	const index = new Map(themes.map((t, i) => [t.id, i]));
	const counts = themes.map(() => new Array<number>(sources.length).fill(0));
	sources.forEach((s, j) => {
		for (const t of s.themes) {
			const i = index.get(t.id);
			if (i !== undefined) counts[i]![j]! += t.mentions;
		}
	});
	const rows = themes
		.map((t, i) => {
			const bySource = counts[i]!;
			const total = bySource.reduce((sum, x) => sum + x, 0);
			return { id: t.id, label: t.label, color: t.color, bySource, total, order: i };
		})
		.filter((r) => r.total > 0)
		.sort((a, b) => b.total - a.total || a.order - b.order)
		.map(({ order: _, ...r }) => r);
	return {
		sources: sources.map(({ file, title, issuer, excerpt }) => ({
			file,
			title,
			issuer,
			excerpt: excerpt ?? false
		})),
		rows
	};
}
