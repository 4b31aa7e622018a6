/**
 * Text helpers shared by the pipeline stages. Everything here keeps string length, so an offset
 * found in a normalized copy is an offset in the original text.
 */

const SPECIAL =
	/[\u2010-\u2015\u2212\u00AD\u00A0\u2007\u202F\u2009\u200A\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033\u3000\uFF01-\uFF5E]/;

/**
 * Dashes, non-breaking spaces and curly quotes as their plain forms, one character for one; and
 * the full-width forms Japanese pages use for digits, Latin letters and brackets (６月１４日,
 * （1）, Ｇ７) as ASCII, so that one pattern reads both. Every replacement is one UTF-16 unit for
 * one, so offsets survive.
 */
export function normalizeForMatch(text: string): string {
	// Called for every sentence by every stage: most have nothing to replace.
	if (!SPECIAL.test(text)) return text;
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ')
		.replace(/[\u2010-\u2015\u2212\u00AD]/g, '-')
		.replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
		.replace(/[\u2018\u2019\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201F\u2033]/g, '"');
}

/** Lower case without accents, for comparing names ("Mélanie" = "Melanie"); may change length. */
export function foldName(text: string): string {
	return normalizeForMatch(text)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Kana and kanji: the scripts of Japanese, which writes no spaces between words. Written as code
 * point ranges (kana and the ー mark, CJK ideographs, half-width katakana) rather than
 * \p{Script=…}: every stage tests every sentence with it, and a plain class scans many times
 * faster.
 */
export const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/;

/** URL- and file-name-safe slug of at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 80): string {
	const slug = normalizeForMatch(text)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['"]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug || 'untitled';
	const cut = slug.slice(0, max + 1);
	const at = cut.lastIndexOf('-');
	return (at > 10 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

export function addDays(isoDate: string, days: number): string {
	const d = new Date(`${isoDate}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const LANG_SAMPLE = 2000;

/**
 * The language of a text, for sources whose front matter does not say: Japanese when kana or kanji
 * make up a tenth of its letters and there is kana among them (a page of kanji only is not
 * Japanese prose; an English page naming 岸田文雄 once is not Japanese), French when its commonest
 * function words outnumber English ones.
 */
export function detectLang(whole: string): 'en' | 'fr' | 'ja' {
	// The opening of a page says its language as well as all of it: a sample bounds the cost.
	const text = whole.length > LANG_SAMPLE ? whole.slice(0, LANG_SAMPLE) : whole;
	// One pass over the code units: a page is read once per document, and matching /\p{L}/gu
	// builds an array of every letter of it.
	let letters = 0;
	let japanese = 0;
	let kana = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (
			(c >= 65 && c <= 90) ||
			(c >= 97 && c <= 122) ||
			(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
		)
			letters++;
		else if ((c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) || (c >= 0xff66 && c <= 0xff9f)) {
			letters++;
			japanese++;
			kana = true;
		} else if (
			(c >= 0x3400 && c <= 0x4dbf) ||
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0xf900 && c <= 0xfaff)
		) {
			letters++;
			japanese++;
		}
	}
	if (!letters) return 'en';
	if (kana && japanese / letters >= 0.1) return 'ja';
	const count = (re: RegExp) => text.match(re)?.length ?? 0;
	const fr = count(/\b(?:le|la|les|des|du|et|avec|pour|est|une|au|aux|sur)\b/gi);
	const en = count(/\b(?:the|and|with|for|is|of|to|a|an|on|in)\b/gi);
	return fr > en ? 'fr' : 'en';
}
