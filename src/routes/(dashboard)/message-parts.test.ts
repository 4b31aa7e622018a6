import { describe, expect, it } from 'vitest';
import { m } from '$paraglide/messages';
import { around } from './message-parts';

describe('around', () => {
	it.each([
		['en', ['', ' in Japan']],
		['fr', ['', ' au Japon']],
		['ja', ['日本時間 ', '']]
	] as const)('%s: a date in Japan falls where the language puts it', (locale, expected) => {
		expect(around((date) => m.dashboard_date_in_japan({ date }, { locale }))).toEqual(expected);
	});

	it.each([
		['en', ['', ': its sources in full, with how each fact was found.']],
		['fr', ['', '\u00a0: ses sources au complet, avec la façon dont chaque fait a été établi.']],
		['ja', ['', '：出典の全文と、各事実をどのように確認したかを掲載しています。']]
	] as const)('%s: a link opens the sentence', (locale, expected) => {
		expect(around((link) => m.dashboard_event_page_note({ link }, { locale }))).toEqual(expected);
	});

	it('a message without the slot is all "before"', () => {
		expect(around(() => 'Close')).toEqual(['Close', '']);
	});
});
