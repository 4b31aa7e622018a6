/**
 * An event's theme evidence gathered across its sources: per theme, each sentence that carries
 * it, in source order, with the source it is in. The detail panel lists these; the event page
 * shows the same sentences per source.
 */
import type { Lang } from '$lib/corpus/schema';
import type { ReadingSentence, TextPart } from './source-text';

interface EvidenceSource {
	file: string;
	title: string;
	lang: Lang;
	excerpt: boolean;
	themes: readonly { id: string; sentences: readonly number[] }[];
	parts: readonly TextPart[];
}

export interface ThemeEvidenceItem {
	sentence: ReadingSentence;
	/** The title of the source the sentence is in. */
	source: string;
	/** Its language: a quotation keeps it (lang="ja" on a Japanese one). */
	lang: Lang;
	/** Whether that source is only the opening of its page. */
	excerpt: boolean;
	/** Unique within the event: file and sentence index. */
	key: string;
}

/** The sentences of a source by index, wherever they sit in its paragraphs and lists. */
function sentencesOf(parts: readonly TextPart[]): Map<number, ReadingSentence> {
	const all = parts.flatMap((p) => (p.kind === 'list' ? p.items.flat() : p.sentences));
	return new Map(all.map((s) => [s.index, s]));
}

/**
 * The event's themes, in its order, each with its evidence sentences. A sentence index that is
 * not in the source's text (which the pipeline should never produce) is left out, not invented.
 */
export function gatherEvidence<T extends { id: string }>(
	themes: readonly T[],
	sources: readonly EvidenceSource[]
): (T & { sentences: ThemeEvidenceItem[] })[] {
	const byTheme = new Map<string, ThemeEvidenceItem[]>();
	for (const s of sources) {
		const sentences = sentencesOf(s.parts);
		for (const t of s.themes) {
			const list = byTheme.get(t.id) ?? [];
			for (const index of t.sentences) {
				const sentence = sentences.get(index);
				if (sentence)
					list.push({
						sentence,
						source: s.title,
						lang: s.lang,
						excerpt: s.excerpt,
						key: `${s.file}#${index}`
					});
			}
			byTheme.set(t.id, list);
		}
	}
	return themes.map((t) => ({ ...t, sentences: byTheme.get(t.id) ?? [] }));
}
