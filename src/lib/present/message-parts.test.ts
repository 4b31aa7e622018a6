import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$paraglide/messages';
import { getLocale, overwriteGetLocale, type Locale } from '$paraglide/runtime';
import { messageAround } from './message-parts';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('messageAround', () => {
	it.each([
		['en', ['(', ' in Japan)']],
		['fr', ['(', ' au Japon)']],
		['ja', ['（日本時間 ', '）']]
	] as const)('%s: the date in Japan, around its <time>', (locale: Locale, parts) => {
		overwriteGetLocale(() => locale);
		expect(messageAround((date) => m.present_date_japan({ date }))).toEqual(parts);
	});

	it.each([
		['{x} after', ['', ' after']],
		['before {x}', ['before ', '']],
		['no slot', ['no slot', '']]
	])('%j → %j', (template, parts) => {
		expect(messageAround((x) => template.replace('{x}', x))).toEqual(parts);
	});
});
