/** Numbers in the page's language: 10,000 · 10 000 · 10,000; shares as percentages. */
import { getLocale, intlTag, type Locale } from './locale';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlTag(locale), options);
		formats.set(key, format);
	}
	return format;
}

/** 10000 → "10,000" (en), « 10 000 » (fr, narrow no-break space), "10,000" (ja). */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return numberFormat(locale).format(n);
}

/** 0.423 → "42%" (en), « 42 % » (fr), "42%" (ja). */
export function formatPercent(share: number, locale: Locale = getLocale(), digits = 0): string {
	return numberFormat(locale, {
		style: 'percent',
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(share);
}

/** Which plural form a count takes in the language ("one", "other", …) for words built in code. */
export function pluralCategory(n: number, locale: Locale = getLocale()): Intl.LDMLPluralRule {
	return new Intl.PluralRules(intlTag(locale)).select(n);
}
