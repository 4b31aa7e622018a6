/**
 * The browser's table of the page's own language, when that is not English. The build splits
 * Paraglide's messages (scripts/support/paraglide-lazy-locales.ts): a page carries only the
 * English words, and src/hooks.client.ts loads the French or Japanese ones before the page starts,
 * so an English reader downloads no French or Japanese, and a French reader no Japanese.
 */
import { baseLocale, getLocale, type Locale } from '$paraglide/runtime';

type Message = (inputs: unknown) => string;
/** A language's messages, in the order the build numbered them. */
type Table = readonly Message[];

const loaded: Partial<Record<Locale, Table>> = {};
/**
 * The page's language, read from its address once, before it starts: it cannot change while the
 * page is open (the switch loads the other language's page afresh), and reading the address
 * again at every message would parse it thousands of times in a redraw.
 */
let pageLocale: Locale | undefined;

// One chunk per language, fetched only on that language's pages.
const importers: Record<Exclude<Locale, typeof baseLocale>, () => Promise<Table>> = {
	fr: async () => (await import('virtual:cjt-messages/fr')).default,
	ja: async () => (await import('virtual:cjt-messages/ja')).default
};

/** Load `locale`'s words, once; English is in the page already. */
export async function loadMessages(locale: Locale): Promise<void> {
	pageLocale = locale;
	if (locale === baseLocale || loaded[locale]) return;
	loaded[locale] = await importers[locale]();
}

/**
 * A message in the browser: English from the page's own code, another language from its loaded
 * table. Each split message module is `export const key = localized(en_key, 17)`, 17 being its
 * place in every language's table; the options are Paraglide's (`{ locale }` for another language
 * than the page's).
 */
export function localized(
	base: Message,
	index: number
): (inputs?: unknown, options?: { locale?: Locale }) => string {
	return (inputs = {}, options = {}) => {
		const locale = options.locale ?? pageLocale ?? getLocale();
		return locale === baseLocale ? base(inputs) : messageIn(locale, index)(inputs);
	};
}

function messageIn(locale: Locale, index: number): Message {
	const message = messagesFor(locale)[index];
	if (!message)
		throw new Error(`The ${locale} messages loaded on this page have no message ${index}.`);
	return message;
}

/** `locale`'s words (never asked for before loadMessages). */
function messagesFor(locale: Locale): Table {
	const table = loaded[locale];
	if (table) return table;
	// A message shown in another language than the page's (« Lire en français ») must keep every
	// language: list it in everyLocale (scripts/support/paraglide-options.ts).
	throw new Error(
		`The ${locale} messages are not loaded on this page. A message shown in another language than the page's must be listed in everyLocale (scripts/support/paraglide-options.ts).`
	);
}
