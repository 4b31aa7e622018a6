import type { Lang } from './schema';

/**
 * The language of an event's title, from the languages of its sources in display order: the site
 * is read in English, so an English source names the event when there is one (group.ts), else the
 * leading source. Pages mark the title with it (lang="ja" for a Japanese-only event).
 * Its own module, with no runtime imports, so the pages can use it without the pipeline.
 */
export function titleLang(langs: readonly Lang[]): Lang {
	return langs.includes('en') ? 'en' : (langs[0] ?? 'en');
}
