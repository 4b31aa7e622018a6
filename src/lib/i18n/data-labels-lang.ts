/**
 * The language an event's title is written in, for its element's `lang` (src/lib/i18n/README.md,
 * rule 9). Its own module, with no runtime imports beyond titleLang, so components can use it
 * without carrying the pipeline that ./data-labels.ts imports.
 */
import { titleLang } from '../corpus/title-lang';
import type { EventRecord, Lang } from '../corpus/schema';
import type { Locale } from '$paraglide/runtime';

/**
 * The language of an event's title on a page in `locale`. A source's title keeps its source's
 * language (titleLang: an English source names the event when there is one); a record-only event
 * has no source, and its title is the team's words, which the server loads give in the page's
 * language (data/record.yaml `title_fr`, `title_ja`; data.test.ts holds data/ to having them).
 */
export function eventTitleLang(
	event: Pick<EventRecord, 'recordOnly' | 'langs'>,
	locale: Locale
): Lang {
	return event.recordOnly ? locale : titleLang(event.langs);
}
