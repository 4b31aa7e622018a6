/**
 * One language's words per page in the browser. Paraglide compiles every message into a module
 * that holds its English, French and Japanese text and picks one at call time, so every page
 * shipped all three languages: 11 KB gzipped of French and Japanese on the English dashboard.
 * The language of a page never changes while it is open (the switch loads the other language's
 * page afresh), so the browser needs one language's words, known before the page starts.
 *
 * This Vite plugin changes only the browser's copy of the compiled messages (prerendering and
 * unit tests use Paraglide's output as it is):
 * - each message module keeps its base-language (English) function, tree-shaken per page as
 *   before, and asks `messagesFor(locale)` (src/lib/i18n/lazy-messages.ts) for the others;
 * - `virtual:cjt-messages/<locale>` gathers every message of one other language into one module,
 *   which src/hooks.client.ts imports before the page starts, only on that language's pages.
 *
 * The split works on the text Paraglide writes (`const fr_<key> = …};` then a dispatcher that
 * calls `fr_<key>(inputs)`); anything else fails the build with the file's name rather than ship
 * a page that cannot speak. Pure functions below, tested in paraglide-lazy-locales.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const VIRTUAL_PREFIX = 'virtual:cjt-messages/';
const RESOLVED_PREFIX = '\0cjt-messages:';

/** A message that a page calls in another language than its own, so every language stays in it. */
export interface LazyLocalesOptions {
	/** The compiled output folder (paraglide-options.ts PARAGLIDE_DIR). */
	dir: string;
	baseLocale: string;
	locales: readonly string[];
	/**
	 * Messages a page shows in another language than its own (« Lire en français » on the English
	 * page): they keep every language in the page's own module.
	 */
	everyLocale: readonly string[];
	/** The module that exports messagesFor (src/lib/i18n/lazy-messages.ts), as an absolute path. */
	loader: string;
}

/** `const fr_key = … \n};` at the top level of a compiled message module. */
const definition = (locale: string, key: string) =>
	new RegExp(`^const ${locale}_${key} = [\\s\\S]*?^\\};\\n?`, 'm');

/** `export const key = … ((inputs, options = {}) => { …pick a language… });` */
const dispatcher = (key: string) =>
	new RegExp(`^export const ${key} = [\\s\\S]*?^\\}\\);\\n?`, 'm');

/**
 * The browser's copy of one compiled message module: the base language's function stays, the
 * others' definitions go, and Paraglide's dispatcher, which tests for each language in turn, is
 * replaced by one shared helper (`localized` in the loader) that looks the message up by its
 * place (`index`) in the loaded language's table: a number, shorter than the message's key.
 */
export function splitMessageModule(
	code: string,
	key: string,
	index: number,
	options: Pick<LazyLocalesOptions, 'baseLocale' | 'locales' | 'loader'>
): string {
	const fail = (what: string) =>
		new Error(
			`paraglide-lazy-locales: message "${key}": ${what}. Paraglide's output changed: update the split ` +
				`(scripts/support/paraglide-lazy-locales.ts) or list the message in everyLocale.`
		);
	let out = code;
	for (const locale of options.locales) {
		if (locale === options.baseLocale) continue;
		if (!definition(locale, key).test(out))
			throw fail(`no "${locale}" function (const ${locale}_${key} = …)`);
		out = out.replace(definition(locale, key), '');
	}
	const base = `${options.baseLocale}_${key}`;
	if (!definition(options.baseLocale, key).test(out))
		throw fail(`no "${options.baseLocale}" function (const ${base} = …)`);
	if (!dispatcher(key).test(out))
		throw fail('no dispatcher (export const … = (inputs, options) => …)');
	// Pure: a message no page calls is dropped from the bundle, as before.
	out = out.replace(
		dispatcher(key),
		`export const ${key} = /* @__PURE__ */ localized(${base}, ${index});\n`
	);
	for (const locale of options.locales)
		if (locale !== options.baseLocale && new RegExp(`\\b${locale}_${key}\\b`).test(out))
			throw fail(`still refers to ${locale}_${key} after the split`);
	return `import { localized } from ${JSON.stringify(options.loader)};\n${out}`;
}

/**
 * One language's functions from every compiled message module, as a table in the order of
 * `modules` (the order splitMessageModule's `index` counts in).
 */
export function localeModule(
	modules: readonly { key: string; code: string }[],
	locale: string,
	registry: string
): string {
	const blocks: string[] = [];
	const names: string[] = [];
	for (const { key, code } of modules) {
		const found = definition(locale, key).exec(code);
		if (!found)
			throw new Error(
				`paraglide-lazy-locales: message "${key}" has no "${locale}" function to load.`
			);
		blocks.push(found[0]);
		names.push(`${locale}_${key}`);
	}
	const body = blocks.join('\n');
	// Plural and number declarations call Paraglide's registry (Intl.PluralRules, NumberFormat).
	const imports = body.includes('registry.')
		? `import * as registry from ${JSON.stringify(registry)};\n`
		: '';
	return `${imports}${body}\nexport default [${names.join(', ')}];\n`;
}

interface MessageModule {
	key: string;
	code: string;
	file: string;
}

/** The compiled message modules in `dir`/messages, by key: every file but the index. */
function readMessageModules(dir: string, skip: ReadonlySet<string>): MessageModule[] {
	const folder = join(dir, 'messages');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.js') && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const file = join(folder, name);
			return { key: basename(name, '.js'), code: readFileSync(file, 'utf8'), file };
		})
		.filter(({ key }) => !skip.has(key));
}

/**
 * The split is made by `vite build`, for the browser. The dev server serves Paraglide's modules
 * as they are (every language in each), so a message edited while it runs shows at once; its
 * tables are empty and never asked for.
 */
export function paraglideLazyLocales(options: LazyLocalesOptions): Plugin {
	const dir = resolve(options.dir);
	const messagesDir = join(dir, 'messages') + '/';
	const lazy = options.locales.filter((locale) => locale !== options.baseLocale);
	const every = new Set(options.everyLocale);
	let build = false;
	// Read once per build, after Paraglide has compiled (at the first module that needs it): the
	// tables and the split modules count places in the same list.
	let modules: { list: MessageModule[]; index: Map<string, number> } | undefined;
	const messageModules = () => {
		if (!modules) {
			const list = readMessageModules(dir, every);
			modules = { list, index: new Map(list.map(({ key }, i) => [key, i])) };
		}
		return modules;
	};
	return {
		name: 'cjt-paraglide-lazy-locales',
		configResolved(config) {
			build = config.command === 'build';
		},
		buildStart() {
			modules = undefined;
		},
		resolveId(id) {
			if (!id.startsWith(VIRTUAL_PREFIX)) return null;
			const locale = id.slice(VIRTUAL_PREFIX.length);
			if (!lazy.includes(locale))
				throw new Error(
					`paraglide-lazy-locales: no messages to load for "${locale}" (loadable: ${lazy.join(', ')}).`
				);
			return RESOLVED_PREFIX + locale;
		},
		load(id) {
			if (!id.startsWith(RESOLVED_PREFIX)) return null;
			if (!build) return 'export default [];\n';
			const locale = id.slice(RESOLVED_PREFIX.length);
			return localeModule(messageModules().list, locale, join(dir, 'registry.js'));
		},
		transform(code, id, transformOptions) {
			// The server renders every language; only the browser's copy is split.
			if (!build || transformOptions?.ssr) return null;
			const file = id.split('?')[0]!;
			if (!file.startsWith(messagesDir) || !file.endsWith('.js')) return null;
			const key = basename(file, '.js');
			if (key.startsWith('_') || every.has(key)) return null;
			const index = messageModules().index.get(key);
			if (index === undefined)
				throw new Error(
					`paraglide-lazy-locales: ${file} appeared after the message tables were read.`
				);
			return { code: splitMessageModule(code, key, index, options), map: null };
		}
	};
}
