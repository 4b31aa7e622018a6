/**
 * The browser's split of the compiled messages says what Paraglide's modules say: every message,
 * in every language, with plurals and numbers, gives the same words split as whole. Run over the
 * project's own messages (compiled by `npm run i18n` before the unit tests), so a message added
 * tomorrow is held to it without editing this file.
 */
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { localeModule, splitMessageModule } from './paraglide-lazy-locales';

const COMPILED = resolve('src/lib/paraglide');
const LOCALES = ['en', 'fr', 'ja'] as const;
const LAZY = ['fr', 'ja'] as const;

const modules = readdirSync(join(COMPILED, 'messages'))
	.filter((name) => name.endsWith('.js') && !name.startsWith('_'))
	.sort()
	.map((name) => ({
		key: basename(name, '.js'),
		code: readFileSync(join(COMPILED, 'messages', name), 'utf8')
	}));

/** A stand-in for src/lib/i18n/lazy-messages.ts: the same contract, with tables set by the test. */
const LOADER = `
export const tables = {};
export const page = { locale: 'en' };
export function localized(base, index) {
	return (inputs = {}, options = {}) => {
		const locale = options.locale ?? page.locale;
		return locale === 'en' ? base(inputs) : tables[locale][index](inputs);
	};
}
`;

type Message = (inputs?: unknown, options?: { locale?: string }) => string;

describe('the browser copy of the messages', () => {
	it('finds messages to split', () => {
		expect(modules.length).toBeGreaterThan(100);
	});

	it('keeps only English in each message module', () => {
		for (const [index, { key, code }] of modules.entries()) {
			const out = splitMessageModule(code, key, index, {
				baseLocale: 'en',
				locales: LOCALES,
				loader: '/loader.js'
			});
			expect(out, key).toContain(`const en_${key} = `);
			expect(out, key).toContain(`localized(en_${key}, ${index})`);
			expect(out, key).not.toMatch(new RegExp(`\\b(fr|ja)_${key}\\b`));
		}
	});

	it('says the same words as Paraglide, in every language, split or whole', async () => {
		// The split files beside a copy of Paraglide's runtime, as the build sees them.
		const cache = resolve('node_modules/.cache');
		mkdirSync(cache, { recursive: true });
		const dir = mkdtempSync(join(cache, 'cjt-lazy-locales-'));
		// Gone after the test, passed or failed: each run made a folder of its own and left it.
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		mkdirSync(join(dir, 'messages'));
		for (const file of ['runtime.js', 'registry.js'])
			copyFileSync(join(COMPILED, file), join(dir, file));
		writeFileSync(join(dir, 'loader.js'), LOADER);
		modules.forEach(({ key, code }, index) =>
			writeFileSync(
				join(dir, 'messages', `${key}.js`),
				splitMessageModule(code, key, index, {
					baseLocale: 'en',
					locales: LOCALES,
					loader: pathToFileURL(join(dir, 'loader.js')).href
				})
			)
		);
		writeFileSync(
			join(dir, 'messages', '_index.js'),
			modules.map(({ key }) => `export * from './${key}.js';`).join('\n')
		);
		for (const locale of LAZY)
			writeFileSync(
				join(dir, `${locale}.js`),
				localeModule(modules, locale, pathToFileURL(join(dir, 'registry.js')).href)
			);

		const loader = (await import(pathToFileURL(join(dir, 'loader.js')).href)) as {
			tables: Record<string, readonly Message[]>;
			page: { locale: string };
		};
		for (const locale of LAZY)
			loader.tables[locale] = (
				(await import(pathToFileURL(join(dir, `${locale}.js`)).href)) as { default: Message[] }
			).default;

		// Every input a message may read, as one number: 1 and 7 reach "one" and "other".
		const inputs = (n: number) => new Proxy({}, { get: () => n });
		let compared = 0;
		const whole = (await import(
			pathToFileURL(join(COMPILED, 'messages', '_index.js')).href
		)) as Record<string, Message>;
		const split = (await import(pathToFileURL(join(dir, 'messages', '_index.js')).href)) as Record<
			string,
			Message
		>;
		for (const { key } of modules) {
			for (const locale of LOCALES)
				for (const n of [1, 7]) {
					const want = whole[key]!(inputs(n), { locale });
					expect(split[key]!(inputs(n), { locale }), `${key} in ${locale}`).toBe(want);
					// The page's own language, as the browser asks without options.
					loader.page.locale = locale;
					expect(split[key]!(inputs(n)), `${key} on a ${locale} page`).toBe(want);
					compared++;
				}
		}
		expect(compared).toBe(modules.length * LOCALES.length * 2);
		// Nearly a thousand modules to transform and load: seconds beside the browser tests.
	}, 60_000);

	it('refuses a module it cannot split, naming the message', () => {
		const odd = 'export const odd_message = () => `Hello`;\n';
		expect(() =>
			splitMessageModule(odd, 'odd_message', 0, {
				baseLocale: 'en',
				locales: LOCALES,
				loader: '/l.js'
			})
		).toThrow(/odd_message/);
		expect(() => localeModule([{ key: 'odd_message', code: odd }], 'fr', '/r.js')).toThrow(
			/odd_message.*fr/
		);
	});
});
