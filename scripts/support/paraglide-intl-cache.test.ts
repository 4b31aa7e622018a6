import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheIntl } from './paraglide-intl-cache';

// The registry `npm run i18n` compiled (test:unit runs it first), as the build would read it.
const REGISTRY = readFileSync('src/lib/paraglide/registry.js', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cjt-intl-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Registry = {
	plural: (locale: string, input: unknown, options?: Intl.PluralRulesOptions) => string;
	number: (locale: string, input: unknown, options?: Intl.NumberFormatOptions) => string;
	datetime: (locale: string, input: unknown, options?: Intl.DateTimeFormatOptions) => string;
};

async function load(code: string, name: string): Promise<Registry> {
	const file = join(dir, `${name}.mjs`);
	writeFileSync(file, code);
	return (await import(pathToFileURL(file).href)) as Registry;
}

describe('cacheIntl', () => {
	it('answers as Paraglide does, in every language, with and without options', async () => {
		const original = await load(REGISTRY, 'original');
		const cached = await load(cacheIntl(REGISTRY), 'cached');
		for (const locale of ['en', 'fr', 'ja'])
			for (const n of [0, 1, 2, 1.5, 21, 1234567.891]) {
				expect(cached.plural(locale, n)).toBe(original.plural(locale, n));
				expect(cached.plural(locale, n, { type: 'ordinal' })).toBe(
					original.plural(locale, n, { type: 'ordinal' })
				);
				expect(cached.number(locale, n)).toBe(original.number(locale, n));
				expect(cached.number(locale, n, { maximumFractionDigits: 0 })).toBe(
					original.number(locale, n, { maximumFractionDigits: 0 })
				);
			}
		expect(cached.datetime('fr', '2024-03-01', { dateStyle: 'long' })).toBe(
			original.datetime('fr', '2024-03-01', { dateStyle: 'long' })
		);
	});

	it('makes each formatter once per language and options', async () => {
		const cached = await load(cacheIntl(REGISTRY), 'counted');
		// Intl.PluralRules, counting what is made: the registry reads Intl at each call.
		const Real = Intl.PluralRules;
		let made = 0;
		class Counting extends Real {
			constructor(...args: ConstructorParameters<typeof Real>) {
				super(...args);
				made += 1;
			}
		}
		(Intl as { PluralRules: unknown }).PluralRules = Counting;
		try {
			for (let i = 0; i < 100; i++) cached.plural('en', i);
			for (let i = 0; i < 100; i++) cached.plural('ja', i);
			for (let i = 0; i < 100; i++) cached.plural('en', i, { type: 'ordinal' });
			expect(made).toBe(3);
		} finally {
			(Intl as { PluralRules: unknown }).PluralRules = Real;
		}
	});

	it('fails, naming the file, when the registry has changed shape', () => {
		expect(() => cacheIntl('export const plural = () => "other";', 'x/registry.js')).toThrow(
			/x\/registry\.js: .*changed shape/
		);
	});
});
