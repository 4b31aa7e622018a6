/**
 * Dates and times as Japanese government texts write them, read as pure functions:
 * 2024年6月14日, 令和6年6月14日 (令和元年 = 2019), ６月１４日, 午前/午後 times, and the
 * 現地時間 / 日本時間 pairs of MOFA readouts ("現地時間6月13日午後7時35分（日本時間14日午前2時35分）").
 *
 * Every reader works on `normalizeForMatch` text, where full-width digits and brackets are ASCII.
 */
import { addDays, normalizeForMatch } from './text';

/** The first year of each era: 令和1 = 2019, 平成1 = 1989. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988 };

const ERA_YEAR = '(令和|平成)\\s*(元|\\d{1,2})(?:\\s*\\(\\d{4}\\))?\\s*年';
const WESTERN_YEAR = '(\\d{4})\\s*年';
const MONTH_DAY = '(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
const TIME = '(?:(午前|午後)\\s*)?(\\d{1,2})\\s*時\\s*(?:(\\d{1,2})\\s*分|(半))?|(正午)';

const FULL_DATE = new RegExp(`(?:${ERA_YEAR}|${WESTERN_YEAR})\\s*${MONTH_DAY}`);
const ANY_DATE = new RegExp(`(?:(?:${ERA_YEAR}|${WESTERN_YEAR})\\s*)?${MONTH_DAY}`);
const TIME_RE = new RegExp(TIME);

function iso(year: number, month: number, day: number): string | null {
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
		return null;
	return d.toISOString().slice(0, 10);
}

function yearOf(era: string | undefined, n: string | undefined, western: string | undefined) {
	if (era) return ERAS[era]! + (n === '元' ? 1 : Number(n));
	return western ? Number(western) : null;
}

/** The latest such month and day on or before a day after `reference` (the page's date). */
function nearestBefore(month: number, day: number, reference: string): string | null {
	const year = Number(reference.slice(0, 4));
	const same = iso(year, month, day);
	if (same && same <= addDays(reference, 1)) return same;
	return iso(year - 1, month, day);
}

/** A date written with its year: 令和6年6月14日, 令和元年5月1日, 2024年6月14日. */
export function readJapaneseFullDate(text: string): { date: string; match: string } | null {
	const m = FULL_DATE.exec(normalizeForMatch(text));
	if (!m) return null;
	const year = yearOf(m[1], m[2], m[3]);
	const date = year === null ? null : iso(year, Number(m[4]), Number(m[5]));
	return date ? { date, match: m[0] } : null;
}

export interface ClockTime {
	hour: number;
	minute: number;
}

/** 午前9時40分 → 9:40, 午後7時 → 19:00, 午後0時10分 → 12:10, 17時 → 17:00, 正午 → 12:00. */
export function readJapaneseTime(text: string): ClockTime | null {
	const m = TIME_RE.exec(normalizeForMatch(text));
	if (!m) return null;
	if (m[5]) return { hour: 12, minute: 0 };
	let hour = Number(m[2]);
	const minute = m[4] ? 30 : m[3] ? Number(m[3]) : 0;
	if (hour > 24 || minute > 59) return null;
	if (m[1] === '午後' && hour < 12) hour += 12;
	if (m[1] === '午前' && hour === 12) hour = 0;
	return { hour, minute };
}

const OTTAWA = new Intl.DateTimeFormat('en-US', {
	timeZone: 'America/Toronto',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hourCycle: 'h23'
});

/**
 * The date in Ottawa of a moment given in Japan time. Japan keeps no daylight saving time (UTC+9);
 * Ottawa's offset comes from the time-zone rules of America/Toronto, so EDT (13 h behind Japan) and
 * EST (14 h) change on the right Sundays of every year.
 */
export function ottawaDateOfJapanTime(jstDate: string, time: ClockTime): string {
	const [y, m, d] = jstDate.split('-').map(Number) as [number, number, number];
	const instant = new Date(Date.UTC(y, m - 1, d, time.hour - 9, time.minute));
	const parts = Object.fromEntries(OTTAWA.formatToParts(instant).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

export interface JapaneseDateFinding {
	/** The date of the event where it happened (a meeting) or in Ottawa (a call). */
	date: string;
	/** The date in Japan, when the text gives it or it follows from the time. */
	dateJapan: string | null;
	/** The words the date was read from. */
	evidence: string;
}

const JAPAN_TIME = /日本時間/;
const LOCAL_TIME = /現地時間/;

/**
 * The Japan-time part of "…（日本時間同日午後4時35分）", "（日本時間14日午前2時35分）",
 * "（日本時間11月15日）" or "（日本時間午後4時35分）": its date, relative to the local date.
 */
function readJapanPart(
	part: string,
	local: string,
	localTime: ClockTime | null
): { date: string; time: ClockTime | null } {
	const time = readJapaneseTime(part.replace(/\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日/, ''));
	const md = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(part);
	if (md) {
		const date = nearestBefore(Number(md[1]), Number(md[2]), addDays(local, 1));
		if (date) return { date, time };
	}
	const dOnly = /(?:^|[^\d月])(\d{1,2})\s*日/.exec(part);
	if (dOnly && !/同日/.test(part)) {
		// "14日" after a local 13 June: the same month, or the next one across its end.
		const day = Number(dOnly[1]);
		const [y, m] = local.split('-').map(Number) as [number, number];
		const same = iso(y, m, day);
		if (same && same >= local) return { date: same, time };
		const next = iso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, day);
		if (next) return { date: next, time };
	}
	if (!/同日/.test(part) && time && localTime) {
		// "（日本時間午後4時35分）" with no day: Japan is ahead of every place these meetings are
		// held in, so an earlier clock time in Japan is the next day there.
		const earlier = time.hour * 60 + time.minute < localTime.hour * 60 + localTime.minute;
		return { date: earlier ? addDays(local, 1) : local, time };
	}
	return { date: local, time };
}

/**
 * The date of the event from the opening sentences of a Japanese text. `reference` is the page's
 * date (its header or publication date) for a month and day written without a year. For a call,
 * a time in Japan (said to be, or not said to be local) gives the date in Ottawa, and the date in
 * Japan becomes `dateJapan` where the call crossed midnight; a meeting is dated where it was held.
 */
export function readJapaneseEventDate(
	opening: readonly string[],
	reference: string | null,
	isCall: boolean
): JapaneseDateFinding | null {
	for (const sentence of opening) {
		const t = normalizeForMatch(sentence);
		const m = ANY_DATE.exec(t);
		if (!m) continue;
		const year = yearOf(m[1], m[2], m[3]);
		const month = Number(m[4]);
		const day = Number(m[5]);
		const first =
			year !== null
				? iso(year, month, day)
				: reference
					? nearestBefore(month, day, reference)
					: null;
		if (!first) continue;
		const before = t.slice(Math.max(0, m.index - 8), m.index);
		const after = t.slice(m.index + m[0].length);
		// The label right after the date: "6月14日（日本時間）", "12月12日（現地時間）", "（現地時間同日）".
		const label = /^\s*\(([^()]*)\)/.exec(after);
		// The clock time after the date, up to the Japan-time part or "から".
		const clause =
			after
				.slice(0, 48)
				.split(/から|より|に[、,]|、(?!\s*(?:午前|午後|\d|現地時間|日本時間))/)[0] ?? '';
		const japanAt = clause.search(JAPAN_TIME);
		const localClause = japanAt >= 0 ? clause.slice(0, japanAt) : clause;
		const localTime = readJapaneseTime(
			localClause.replace(/^\s*\([^()]*(?:曜日?|[月火水木金土日])\)/, '')
		);
		// "6月14日（日本時間）": the date itself is Japan's, and the time after the label too.
		const labelledJapan = label !== null && /^\s*日本時間\s*$/.test(label[1]!);
		const saysJapan = JAPAN_TIME.test(before) || labelledJapan;
		const saysLocal = LOCAL_TIME.test(before) || LOCAL_TIME.test(localClause);
		const evidence = t.slice(m.index, m.index + m[0].length + clause.length).trim();

		if (saysJapan && !saysLocal) {
			// The text dates it in Japan ("6月14日（日本時間）", "日本時間14日午前8時"): for a call with a
			// time, Ottawa's date follows; otherwise the Japanese date is all there is.
			const time = labelledJapan
				? readJapaneseTime(clause.slice(label![0].length))
				: japanAt >= 0
					? null
					: localTime;
			if (isCall && time) {
				const ottawa = ottawaDateOfJapanTime(first, time);
				return { date: ottawa, dateJapan: ottawa !== first ? first : null, evidence };
			}
			return { date: first, dateJapan: null, evidence };
		}
		if (japanAt >= 0 && !labelledJapan) {
			// "現地時間6月13日午後7時35分（日本時間14日午前2時35分）": a local date and a Japan date.
			const japan = readJapanPart(clause.slice(japanAt), first, localTime);
			return { date: first, dateJapan: japan.date !== first ? japan.date : null, evidence };
		}
		if (isCall && !saysLocal && localTime) {
			// A Japanese readout of a call gives the time in Tokyo, where the Japanese side sat.
			const ottawa = ottawaDateOfJapanTime(first, localTime);
			return { date: ottawa, dateJapan: ottawa !== first ? first : null, evidence };
		}
		return { date: first, dateJapan: null, evidence };
	}
	return null;
}
