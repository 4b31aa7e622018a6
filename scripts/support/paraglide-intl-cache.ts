/**
 * Paraglide's compiled registry (src/lib/paraglide/registry.js) makes a new Intl.PluralRules or
 * Intl.NumberFormat at every call of a message with a count: "3 mentions" on every theme chip,
 * a cluster's "2 events" at every zoom step, each chart label at every redraw. Making one is far
 * dearer than using one, and profiles of the dashboard's start-up and of a filter's redraw found
 * this among their largest costs. This Vite plugin makes each formatter once per language and
 * options, and keeps it: a formatter's answer depends on nothing else.
 *
 * It rewrites the constructor calls Paraglide writes (`new Intl.X(locale, options)`); if none is
 * found, the registry's text has changed shape and the build fails, naming the file, rather than
 * quietly losing the cache. Pure function below, tested in paraglide-intl-cache.test.ts.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const FORMATTERS = ['PluralRules', 'NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat'];

/** Helper prepended to the registry: one formatter per kind, language and options. */
const HELPER = `
const cjtFormatters = new Map();
/** One formatter per kind, language and options, made once (scripts/support/paraglide-intl-cache.ts). */
function cjtFormatter(Kind, locale, options) {
	const key = Kind.name + '\\u0000' + locale + '\\u0000' + (options ? JSON.stringify(options) : '');
	let made = cjtFormatters.get(key);
	if (!made) cjtFormatters.set(key, (made = new Kind(locale, options)));
	return made;
}
`;

/** The registry's code with every `new Intl.X(locale, options)` made once and kept. */
export function cacheIntl(code: string, file = 'registry.js'): string {
	let found = 0;
	const out = code.replace(
		new RegExp(`new Intl\\.(${FORMATTERS.join('|')})\\((\\w+), (\\w+)\\)`, 'g'),
		(_, kind: string, locale: string, options: string) => {
			found += 1;
			return `cjtFormatter(Intl.${kind}, ${locale}, ${options})`;
		}
	);
	if (!found)
		throw new Error(
			`${file}: no "new Intl.PluralRules(locale, options)" or the like found. Paraglide's ` +
				'registry has changed shape: update scripts/support/paraglide-intl-cache.ts.'
		);
	return `${HELPER}\n${out}`;
}

/** The plugin, for the compiled output folder `dir` (paraglide-options.ts). */
export function paraglideIntlCache(dir: string): Plugin {
	const registry = resolve(dir, 'registry.js');
	return {
		name: 'cjt-paraglide-intl-cache',
		enforce: 'pre',
		transform(code, id) {
			if (id.split('?')[0] !== registry) return null;
			return { code: cacheIntl(code, id), map: null };
		}
	};
}
