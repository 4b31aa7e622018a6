/**
 * Stage 1, clean: find the official text in a page saved from the web and drop the furniture
 * around it (navigation, share and link blocks, aggregator blocks, page details, photo captions).
 *
 * The text itself is never rewritten: the result is a list of blocks, each a range of offsets into
 * the saved text, so that any sentence can later be shown in place and quoted verbatim.
 */
import { CJK, foldName, normalizeForMatch } from './text';

export type BlockKind = 'paragraph' | 'list-item' | 'heading';

export interface Block {
	kind: BlockKind;
	/** Offsets into the saved text: [start, end). */
	start: number;
	end: number;
	text: string;
}

export interface Dropped {
	start: number;
	end: number;
	text: string;
	rule: string;
}

export interface CleanResult {
	blocks: Block[];
	/** What was removed and why, for review and for tests. */
	dropped: Dropped[];
}

/**
 * Lines that end the official text: everything from them on is furniture. Aggregators append
 * "Related Posts", comment forms and "You Missed"; Government of Canada pages end with link
 * blocks and "Page details".
 */
const TERMINATORS: [RegExp, string][] = [
	[/^related posts?$/i, 'aggregator: related posts'],
	[/^leave a (?:reply|comment)$/i, 'aggregator: comment form'],
	[/^you (?:may have )?missed$/i, 'aggregator: you missed'],
	[/^related (?:articles|stories|news|content)$/i, 'aggregator: related articles'],
	[/^(?:more|latest|trending|popular) (?:news|stories|posts)$/i, 'aggregator: more news'],
	[/^source link$/i, 'aggregator: source link'],
	// A newswire release of the Prime Minister's Office closes with where else it is and who sent it.
	[
		/^(?:this document is also available at|ce document se trouve également à l'adresse)\b/i,
		'newswire: also at'
	],
	[/^SOURCE\s+\p{Lu}/u, 'newswire: source'],
	[/^associated links$/i, 'link block: associated links'],
	[/^related links$/i, 'link block: related links'],
	[/^related products$/i, 'link block: related products'],
	[/^search for related information by keyword\b/i, 'page footer: keyword search'],
	[/^page details$/i, 'page footer: page details'],
	[/^date modified\b/i, 'page footer: date modified'],
	[/^report a problem (?:or mistake )?on this page$/i, 'page footer: report a problem'],
	[/^did you find what you were looking for\??$/i, 'page footer: feedback'],
	[/^(?:back to )?top of page$/i, 'page footer: top of page'],
	// Japanese government pages: link blocks and the way back to the top.
	[/^[【[]?関連(?:リンク|情報|記事|ページ)[】\]]?$/, 'link block: related links'],
	[/^(?:この)?ページの(?:先頭|トップ)へ(?:戻る)?$/, 'page footer: top of page'],
	// "（以上）" closes a MOFA release; what follows on a republisher's page is its own.
	[/^\(以上\)$/, 'end of the official text'],
	[/^(?:Ranking)?読まれている記事$|^この記事に関するご意見/, 'aggregator: more news']
];

/** 令和6年6月14日, 令和元年, 令和7(2025)年7月8日(火), 2024年6月14日: a Japanese date line. */
const JA_DATE_LINE =
	/^(?:(?:令和|平成)\s*(?:元|\d{1,2})(?:\(\d{4}\))?|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\([^()]{1,4}\))?(?:\s*(?:更新|公開|発表))?$/;

/** Single lines of furniture: dropped wherever they stand. */
const FURNITURE: [RegExp, string][] = [
	[
		/^(?:main content|skip to (?:main )?content|skip to main content)$/i,
		'navigation: main content'
	],
	[/^back to\b.{0,80}$/i, 'navigation: back to'],
	[
		/^(?:menu|search|home|print|share|tweet|e-?mail|facebook|twitter|linkedin|x)$/i,
		'share/navigation'
	],
	[/^(?:share|print) this (?:page|article)$/i, 'share block'],
	[
		/^(?:news release|readout|statement|media advisory|backgrounder|speech|news|summary)$/i,
		'header: page type'
	],
	[/^(?:language selection|français|english|日本語|japanese)$/i, 'navigation: language'],
	[/^\(?\s*(?:photos?|images?|pictures?)(?:\s+credit)?\s*[:(]/i, 'photo caption'],
	[/^(?:photos?|images?) (?:credit|by|courtesy)\b/i, 'photo caption'],
	[/\((?:photo|image)(?: credit)?:[^)]*\)$/i, 'photo caption'],
	[/^(?:©|credit:)/i, 'photo caption'],
	[/^date\s+\d{4}-\d{2}-\d{2}$/i, 'header: date'],
	[
		/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}$/i,
		'header: date'
	],
	[
		/^\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$/i,
		'header: date'
	],
	[/^\d{4}-\d{2}-\d{2}$/, 'header: date'],
	[JA_DATE_LINE, 'header: date'],
	// "日加首脳会談 | 令和6年6月14日": a republisher's title line with the date.
	[
		/^[^|]{1,80}\|\s*(?:(?:令和|平成)\s*(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
		'header: date'
	],
	// Japanese pages: the page type and the news list the page sits in.
	[
		/^(?:報道発表|プレスリリース|ニュースリリース|お知らせ|(?:外務省|経産省|経済産業省|防衛省|首相官邸)?[・ ]?新着情報|会見・発表・広報|印刷(?:する)?|English|その他の言語)$/,
		'header: page type'
	],
	// Photo captions: "（写真提供：内閣広報室）", "…会談の様子".
	[/写真提供[:：]/, 'photo caption'],
	[/^写真\s*\d+(?:\s+写真\s*\d+)*$/, 'photo caption'],
	// "報道発表へ戻る", "カナダへ戻る", "発信元サイトへ", "/英文(PDF)": links.
	[
		/^.{1,20}へ戻る$|^発信元サイトへ$|^\/?(?:英文|和文|和文仮訳|概要)\s*\(PDF\)/,
		'navigation: back to'
	],
	[/^[^。]{1,100}の様子(?:\s*\d)?$/, 'photo caption'],
	// "ホーム > 外交政策 > 国・地域": a breadcrumb trail.
	[/^[^。>]{1,30}(?:\s*>\s*[^。>]{1,30}){1,8}$/, 'navigation: breadcrumb']
];

/** Newswire prefixes in front of the first sentence: "date 2026-03-06", "TOKYO, March 6, 2026 /CNW/ -". */
const PREFIXES: RegExp[] = [
	// The store's stamp, to the day or (on some French copies) to the month only.
	/^date\s+\d{4}-\d{2}(?:-\d{2})?\s+/i,
	// French: "OTTAWA, ON, le 9 févr. 2026 /CNW/ -", "KANANASKIS, AB, le 16 juin 2025 /CNW/ -"
	/^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z. ]{1,25})?,\s+le\s+\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+\d{4}\s*\/[A-Za-z ]+\/\s*-\s*/,
	// "TOKYO, March 6, 2026 /CNW/ -", "OTTAWA, ON, Jan. 13, 2024 /CNW/ -", "OTTAWA, June 1, 2023 -"
	/^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z. ]{1,25})?,\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*\/[A-Za-z ]+\/\s*-\s*/,
	/^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z. ]{1,25})?,\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*-\s+/
];

const CAPITALISED = "\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Lu}[\\p{L}'.-]*|de|du|of))*";
const PLACE_LINE = new RegExp(`^${CAPITALISED}, ${CAPITALISED}$`, 'u');

const LIST_MARKER =
	/^(?:[•·▪◦●‣⁃*+\-–—]|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z][.)](?=\s)|\([ivx]{1,4}\))\s+/;

/**
 * Japanese list markers, on the normalised text (full-width brackets and digits are ASCII there):
 * "・", "（1）", "①", "1 冒頭、…", "1.冒頭", "（ア）", "（一）". No space need follow.
 */
const JA_LIST_MARKER =
	/^(?:[・･◆◇■□●○◎※]\s*|\(\d{1,2}\)\s*|[①-⑳]\s*|\d{1,2}\.?\s+|\d{1,2}\.\s*|\([ア-ン一二三四五六七八九十]{1,3}\)\s*)(?=\S)/;
/** A Japanese line this short without a full stop is a heading ("1 冒頭", "二国間関係"). */
const JA_HEADING_MAX = 40;

interface Line {
	start: number;
	end: number;
	text: string;
}

function lines(body: string): Line[] {
	const out: Line[] = [];
	let pos = 0;
	for (const raw of body.split('\n')) {
		const rawEnd = pos + raw.length;
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed) out.push({ start: pos + lead, end: pos + lead + trimmed.length, text: trimmed });
		else out.push({ start: pos, end: pos, text: '' });
		pos = rawEnd + 1;
	}
	return out;
}

/** Rules written for Japanese pages: tried only on lines with kana or kanji. */
const japaneseRule = (re: RegExp) =>
	CJK.test(re.source) && !/[A-Za-z]/.test(re.source.replace(/\\p\{[^}]*\}|\\[A-Za-z]/g, ''));

function matchRule(rules: [RegExp, string][], text: string): string | null {
	const t = normalizeForMatch(text);
	const cjk = CJK.test(t);
	const list = cjk ? rules : (latinRules.get(rules) ?? rulesWithoutJapanese(rules));
	for (const [re, rule] of list) if (re.test(t)) return rule;
	return null;
}

const latinRules = new WeakMap<[RegExp, string][], [RegExp, string][]>();
function rulesWithoutJapanese(rules: [RegExp, string][]): [RegExp, string][] {
	const list = rules.filter(([re]) => !japaneseRule(re));
	latinRules.set(rules, list);
	return list;
}

/** The title as a page shows it: without "(readout)", "(Backgrounder)", "Readout:" and the like. */
function titleKey(title: string): string {
	return foldName(title.replace(/\s*\([^()]*\)\s*$/, '').replace(/^readout:\s*/i, ''));
}

const TERMINAL = /[.!?:;"”’)]$/;

function isHeading(text: string): boolean {
	return (
		text.length <= 120 &&
		!TERMINAL.test(text) &&
		/^[\p{Lu}\d"“]/u.test(text) &&
		!/[.!?]\s/.test(text)
	);
}

/**
 * Cleans a saved page. `title` (from the front matter) lets the cleaner recognise the page's own
 * title line and the breadcrumbs above it.
 */
export function cleanText(body: string, title?: string): CleanResult {
	const all = lines(body);
	const blocks: Block[] = [];
	const dropped: Dropped[] = [];
	const drop = (l: Line, rule: string) =>
		dropped.push({ start: l.start, end: l.end, text: l.text, rule });

	// The title line, near the top: breadcrumbs above it are navigation.
	let titleIndex = -1;
	if (title) {
		const key = titleKey(title);
		const nonEmpty = all.map((l, i) => [l, i] as const).filter(([l]) => l.text);
		for (const [l, i] of nonEmpty.slice(0, 6)) {
			if (foldName(l.text) === key || foldName(l.text) === foldName(title)) {
				titleIndex = i;
				break;
			}
		}
	}

	let firstOfficial = true;
	let sawJapaneseDate = false;
	for (let i = 0; i < all.length; i++) {
		const line = all[i]!;
		if (!line.text) continue;
		if (i === titleIndex) {
			drop(line, 'title (given in front matter)');
			continue;
		}
		if (i < titleIndex && line.text.length <= 80 && !TERMINAL.test(line.text)) {
			drop(line, 'navigation: breadcrumb above the title');
			continue;
		}
		const term = matchRule(TERMINATORS, line.text);
		if (term) {
			if (blocks.length > 0) {
				for (const rest of all.slice(i)) if (rest.text) drop(rest, term);
				break;
			}
			// Nothing official yet: a stray "Source link" at the top is only a line of furniture.
			drop(line, term);
			continue;
		}
		// "Carbis Bay, United Kingdom" or "Ottawa, Ontario" above the text: the place header of a readout.
		if (blocks.length === 0 && PLACE_LINE.test(normalizeForMatch(line.text))) {
			drop(line, 'header: place');
			continue;
		}
		const furniture = matchRule(FURNITURE, line.text);
		if (furniture) {
			drop(line, furniture);
			if (furniture === 'header: date' && CJK.test(line.text)) sawJapaneseDate = true;
			continue;
		}

		let start = line.start;
		if (firstOfficial) {
			// Newswire datelines stand in front of the first sentence.
			for (let again = true; again;) {
				again = false;
				for (const re of PREFIXES) {
					const m = re.exec(normalizeForMatch(body.slice(start, line.end)));
					if (m && m[0].length < line.end - start) {
						dropped.push({
							start,
							end: start + m[0].length,
							text: body.slice(start, start + m[0].length),
							rule: 'dateline'
						});
						start += m[0].length;
						again = true;
					}
				}
			}
		}
		firstOfficial = false;

		let kind: BlockKind = 'paragraph';
		const rest = body.slice(start, line.end);
		const marker = LIST_MARKER.exec(rest);
		const japanese = CJK.test(rest);
		const jaMarker = japanese ? JA_LIST_MARKER.exec(normalizeForMatch(rest)) : null;
		if (japanese && !/[。！？]/.test(rest)) {
			// Between the date line and the first sentence of a Japanese page stand the captions of
			// its photos ("握手をする茂木外務大臣とアナンド・カナダ外務大臣").
			if (sawJapaneseDate && !blocks.some((b) => /[。！？]/.test(b.text)) && rest.length <= 100) {
				drop(line, 'photo caption');
				continue;
			}
			if (rest.length <= JA_HEADING_MAX) kind = 'heading';
		}
		if (kind === 'heading') {
			// Already decided: a short Japanese line, numbered or not.
		} else if (
			jaMarker &&
			jaMarker[0].length < rest.length &&
			!(marker && marker[0].length < rest.length)
		) {
			kind = 'list-item';
			if (/^[・･◆◇■□●○◎※]/.test(jaMarker[0])) start += jaMarker[0].length;
		} else if (marker && marker[0].length < rest.length) {
			kind = 'list-item';
			// "(1) Enhanced Security…" keeps its number: it is part of the official text. Bullets go.
			if (!/\d|[a-z][.)]|\([ivx]+\)/.test(marker[0])) start += marker[0].length;
		} else if (!japanese && isHeading(rest)) {
			kind = 'heading';
		}

		const prev = blocks.at(-1);
		const prevLine = all[i - 1];
		// A paragraph wrapped over several lines: join when the previous line stops mid-sentence.
		// Japanese pages keep a paragraph on one line; a line after one is a new block.
		if (
			!japanese &&
			kind !== 'list-item' &&
			(prev?.kind === 'paragraph' || prev?.kind === 'heading') &&
			prevLine?.text &&
			prev.end === prevLine.end &&
			!TERMINAL.test(prev.text) &&
			/^[\p{Ll}\d(]/u.test(rest)
		) {
			// A "heading" that runs on into a lower-case line was the start of a paragraph.
			prev.kind = 'paragraph';
			prev.end = line.end;
			prev.text = body.slice(prev.start, prev.end);
			continue;
		}
		blocks.push({ kind, start, end: line.end, text: body.slice(start, line.end) });
	}
	return { blocks, dropped };
}
