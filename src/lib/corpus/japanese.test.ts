/**
 * Japanese texts: the readers of japanese.ts, and each stage of the pipeline on the forms MOFA,
 * the Kantei and MOD publish (fixtures/ja/*.txt are test inputs written in those forms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { buildDocument, checkFrontMatter } from './document';
import { extractFormat, extractLocation, formatLocation } from './extract';
import { parseSourceFile } from './front-matter';
import { groupEvents } from './group';
import {
	ottawaDateOfJapanTime,
	readJapaneseEventDate,
	readJapaneseFullDate,
	readJapaneseTime
} from './japanese';
import { findParticipants } from './people';
import type { Document } from './schema';
import { splitSentences } from './split';
import { tagSentence } from './tag';
import { detectLang } from './text';
import { rawSources, realReference } from './testing';

describe('readJapaneseFullDate', () => {
	it.each([
		['2024年6月14日', '2024-06-14'],
		['令和6年6月14日', '2024-06-14'],
		['令和元年5月1日', '2019-05-01'],
		['平成31年4月30日', '2019-04-30'],
		['令和7(2025)年7月8日(火)', '2025-07-08'],
		['令和６年６月１４日', '2024-06-14'],
		['令和6年2月30日', null],
		['6月14日', null]
	])('%s', (text, expected) => {
		expect(readJapaneseFullDate(text)?.date ?? null).toBe(expected);
	});
});

describe('readJapaneseTime', () => {
	it.each([
		['午前9時40分', { hour: 9, minute: 40 }],
		['午後7時35分', { hour: 19, minute: 35 }],
		['午後0時10分', { hour: 12, minute: 10 }],
		['午前0時', { hour: 0, minute: 0 }],
		['17時', { hour: 17, minute: 0 }],
		['午後３時半', { hour: 15, minute: 30 }],
		['正午', { hour: 12, minute: 0 }],
		['約100分間', null]
	])('%s', (text, expected) => {
		expect(readJapaneseTime(text)).toEqual(expected);
	});
});

describe('ottawaDateOfJapanTime', () => {
	it.each([
		// EDT (13 hours behind Japan): 10:30 in Tokyo is 21:30 the evening before in Ottawa.
		['2024-10-11', 10, 30, '2024-10-10'],
		// EST (14 hours): 11:00 in Tokyo is 21:00 the evening before.
		['2022-02-09', 11, 0, '2022-02-08'],
		// 13:30 in Tokyo is 00:30 in Ottawa in summer, but 23:30 the day before in winter.
		['2024-07-01', 13, 30, '2024-07-01'],
		['2024-01-10', 13, 30, '2024-01-09'],
		// Across the changes of 2024 (10 March, 3 November): the rule, not a fixed offset.
		['2024-03-10', 15, 30, '2024-03-10'],
		['2024-03-09', 15, 30, '2024-03-09'],
		['2024-11-04', 13, 30, '2024-11-03']
	])('%s %s:%s JST', (date, hour, minute, expected) => {
		expect(ottawaDateOfJapanTime(date, { hour, minute })).toBe(expected);
	});
});

describe('readJapaneseEventDate', () => {
	it.each([
		[
			'local date, Japan the same day',
			'1月13日（現地時間同日）午前9時40分から約100分間、カナダ・モントリオールを訪問中の上川陽子外務大臣は',
			'2024-01-13',
			false,
			'2024-01-13',
			null
		],
		[
			'local evening, Japan the next morning',
			'現地時間6月13日午後7時35分（日本時間14日午前8時35分）から約15分間',
			'2024-06-14',
			false,
			'2024-06-13',
			'2024-06-14'
		],
		[
			'weekday and local time after the date',
			'6月14日（金曜日）午後7時35分（現地時間）から約15分間、…',
			'2024-06-15',
			false,
			'2024-06-14',
			null
		],
		[
			'full-width digits',
			'６月１４日（金曜日）午後７時３５分（現地時間）から約１５分間',
			'2024-06-15',
			false,
			'2024-06-14',
			null
		],
		[
			'24-hour clock and a Japan date with only its day',
			'現地時間5月12日17時(日本時間13日0時)から60分間',
			'2022-05-13',
			false,
			'2022-05-12',
			'2022-05-13'
		],
		[
			'Japan time with no day: later on the clock is the same day',
			'現地時間6月27日午前9時35分(日本時間午後4時35分)から25分間',
			'2022-06-27',
			false,
			'2022-06-27',
			null
		],
		[
			'Japan time with no day: earlier on the clock is the next day',
			'現地時間11月3日午後6時00分(日本時間午前2時00分)から約25分間',
			'2022-11-04',
			false,
			'2022-11-03',
			'2022-11-04'
		],
		[
			'two dates, no times',
			'現地時間11月14日(日本時間11月15日)、APEC閣僚会議に出席するため',
			'2024-11-15',
			false,
			'2024-11-14',
			'2024-11-15'
		],
		[
			'a call in the Tokyo morning is the Ottawa evening before',
			'10月11日（金曜日）午前10時30分から約20分間、岩屋毅外務大臣は',
			'2024-10-11',
			true,
			'2024-10-10',
			'2024-10-11'
		],
		[
			'a call said to be in Japan time',
			'2月9日（日本時間）午前11時から約30分間、岸田総理大臣は',
			'2022-02-09',
			true,
			'2022-02-08',
			'2022-02-09'
		],
		[
			'a call in the Tokyo evening is the same day in Ottawa',
			'3月1日午後9時から約30分間、電話会談を行いました。',
			'2024-03-01',
			true,
			'2024-03-01',
			null
		],
		[
			'a meeting in Japan is dated there',
			'10月11日、午後5時45分から約45分間、林芳正外務大臣は',
			'2022-10-11',
			false,
			'2022-10-11',
			null
		],
		['the era year', '令和元年5月3日、', null, false, '2019-05-03', null],
		[
			'a month and day late in the previous year',
			'12月30日、両首脳は電話会談を行いました。',
			'2025-01-05',
			false,
			'2024-12-30',
			null
		]
	] as const)('%s', (_n, text, reference, isCall, date, dateJapan) => {
		const found = readJapaneseEventDate([text], reference, isCall);
		expect([found?.date, found?.dateJapan]).toEqual([date, dateJapan]);
	});

	it('finds nothing in a text without a date', () => {
		expect(readJapaneseEventDate(['両外相は会談を行いました。'], '2024-01-13', false)).toBeNull();
	});
});

describe('splitting Japanese', () => {
	const split = (body: string) => splitSentences(cleanText(body).blocks);

	it('cuts at full-width terminators, not inside quotations or brackets (ICU cuts "？（" after the bracket)', () => {
		const body =
			'岩屋大臣から、「日加関係は重要です。共に進めたい。」と述べました。これに対し、賛意が示されました！本当か？（注：はい。）以上です。';
		expect(split(body).map((s) => s.text)).toEqual([
			'岩屋大臣から、「日加関係は重要です。共に進めたい。」と述べました。',
			'これに対し、賛意が示されました！',
			'本当か？',
			'（注：はい。）以上です。'
		]);
	});

	it('keeps offsets into the saved text exact, across full-width spaces and CRLF', () => {
		const body =
			'報道発表\r\n　上川大臣は述べました。両外相は一致しました。\r\n\r\n・両外相は連携を確認しました。';
		const sentences = split(body);
		expect(sentences.length).toBe(3);
		for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
	});

	it('makes headings and list items of numbered lines, "（1）" and "・"', () => {
		const body = [
			'令和6年1月13日',
			'　1月13日、両外相は会談を行ったところ、概要は以下のとおりです。',
			'1　冒頭',
			'（1）両外相は、協力を進めることで一致しました。',
			'・両外相は、連携を確認しました。',
			'1. 冒頭、上川大臣から述べました。',
			'2　二国間関係'
		].join('\n');
		expect(split(body).map((s) => [s.kind, s.text])).toEqual([
			['paragraph', '1月13日、両外相は会談を行ったところ、概要は以下のとおりです。'],
			['heading', '1　冒頭'],
			['list-item', '（1）両外相は、協力を進めることで一致しました。'],
			['list-item', '両外相は、連携を確認しました。'],
			['list-item', '1. 冒頭、上川大臣から述べました。'],
			['heading', '2　二国間関係']
		]);
	});

	it('drops MOFA furniture: page type, date line, photo captions, links, what follows （以上）', () => {
		const body = readFixture('mofa-foreign-ministers-meeting.txt');
		const { blocks, dropped } = cleanText(body, '日・カナダ外相会談');
		const rules = new Set(dropped.map((d) => d.rule));
		expect(rules).toEqual(expect.objectContaining(new Set(['header: date', 'photo caption'])));
		expect(blocks[0]!.text).toMatch(/^1月13日（現地時間同日）/);
		const all = blocks.map((b) => b.text).join('\n');
		expect(all).not.toMatch(/写真提供|関連リンク|ページの先頭|（以上）|ホーム >/);
	});
});

describe('bounded segmentation', () => {
	// A one-line page of several megabytes took minutes in Intl.Segmenter; cut into bounded pieces
	// it takes a moment. The test asserts the result; running it shows the time.
	it('splits a 3 MB one-line English page into its sentences, offsets exact', () => {
		const sentence = 'The ministers discussed cooperation on energy, trade and security. ';
		const n = Math.ceil(3_000_000 / sentence.length);
		const body = sentence.repeat(n).trim();
		const sentences = splitSentences(cleanText(body).blocks);
		expect(sentences.length).toBe(n);
		for (const s of [sentences[0]!, sentences[n >> 1]!, sentences.at(-1)!])
			expect(body.slice(s.start, s.end)).toBe(s.text);
		expect(sentences.every((s) => s.text === sentence.trim())).toBe(true);
	});

	it('splits a 3 MB one-line Japanese page into its sentences, offsets exact', () => {
		const sentence = '両外相は、エネルギー及び貿易分野での協力を進めることで一致しました。';
		const n = Math.ceil(3_000_000 / sentence.length);
		const body = sentence.repeat(n);
		const sentences = splitSentences(cleanText(body).blocks);
		expect(sentences.length).toBe(n);
		expect(
			sentences.every((s) => s.text === sentence && body.slice(s.start, s.end) === s.text)
		).toBe(true);
	});

	it('cuts a page with no terminator and no space into pieces, losing no character', () => {
		const body = 'あ'.repeat(1_000_000);
		const sentences = splitSentences(cleanText(body).blocks);
		expect(sentences.map((s) => s.text).join('')).toBe(body);
	});
});

describe('people in Japanese', () => {
	const ids = (sentences: string[], date: string, title = '') =>
		findParticipants(realReference().context.people, title, sentences, date).participants.map(
			(p) => p.id
		);
	it.each([
		[
			'kanji full name',
			'岸田文雄内閣総理大臣は会談を行いました。',
			'2024-06-13',
			['kishida-fumio']
		],
		['kanji family and title', '岸田総理から述べました。', '2023-01-12', ['kishida-fumio']],
		['岸田総理大臣', '岸田総理大臣から述べました。', '2023-01-12', ['kishida-fumio']],
		['岸 is not in 岸田', '岸田総理は述べました。', '2022-05-01', ['kishida-fumio']],
		['岸防衛大臣', '岸防衛大臣は述べました。', '2021-12-09', ['kishi-nobuo']],
		['茂木外務大臣', '茂木外務大臣は述べました。', '2025-11-11', ['motegi-toshimitsu']],
		['上川大臣', '上川大臣から述べました。', '2024-01-13', ['kamikawa-yoko']],
		[
			'katakana full name',
			'ジャスティン・トルドー・カナダ首相と会談しました。',
			'2024-06-13',
			['justin-trudeau']
		],
		['トルドー首相', 'トルドー首相から述べました。', '2024-06-13', ['justin-trudeau']],
		['カーニー首相', 'カーニー首相は述べました。', '2025-11-01', ['mark-carney']],
		['ジョリー外務大臣', 'ジョリー外務大臣から述べました。', '2024-01-13', ['melanie-joly']],
		['ジョリー外相', 'ジョリー外相から述べました。', '2024-01-13', ['melanie-joly']],
		['アナンド外相', 'アナンド外相から述べました。', '2025-11-11', ['anita-anand']],
		[
			'マッギンティ国防大臣',
			'マッギンティ国防大臣と会談しました。',
			'2026-02-13',
			['david-mcguinty']
		],
		[
			'イン大臣, not インド',
			'イン大臣はインド太平洋について述べました。',
			'2023-10-28',
			['mary-ng']
		],
		[
			'a name with ＝ written =',
			'シャリーン・カーティス=ミカレフ・カナダ司法省次官との間で',
			'2025-12-12',
			['shalene-curtis-micallef']
		],
		['内閣総理大臣 on the date', '内閣総理大臣は述べました。', '2026-03-06', ['takaichi-sanae']],
		['総理 on the date', '総理から述べました。', '2024-11-01', ['ishiba-shigeru']],
		['外務大臣 on the date', '外務大臣は述べました。', '2023-11-07', ['kamikawa-yoko']],
		['防衛大臣 on the date', '防衛大臣は述べました。', '2024-06-02', ['kihara-minoru']],
		[
			'経済産業大臣 on the date',
			'経済産業大臣は述べました。',
			'2022-12-07',
			['nishimura-yasutoshi']
		],
		['カナダ首相 on the date', 'カナダ首相と会談しました。', '2025-06-16', ['mark-carney']],
		[
			'カナダ外務大臣 is not Japan’s',
			'カナダ外務大臣と会談しました。',
			'2024-01-13',
			['melanie-joly']
		],
		['カナダ国防大臣', 'カナダ国防大臣と会談しました。', '2024-06-02', ['bill-blair']],
		['副総理 is not the prime minister', '副総理は述べました。', '2024-01-13', []],
		['両外相 names no one', '両外相は一致しました。', '2024-01-13', []],
		['a past capacity is no one', '外務大臣として訪問して以来7年ぶりです。', '2023-01-12', []],
		[
			'the one represented is not there',
			'トルドー・カナダ首相の代理として参列するため訪日中のシャンパーニュ大臣は',
			'2022-09-28',
			['francois-philippe-champagne']
		]
	] as const)('%s', (_n, text, date, expected) => {
		expect(ids([text], date)).toEqual(expected);
	});

	it('reads the two office holders from a Japanese meeting title', () => {
		expect(ids([], '2024-01-13', '日・カナダ外相会談')).toEqual(['melanie-joly', 'kamikawa-yoko']);
		expect(ids([], '2022-02-09', '日加首脳電話会談')).toEqual(['justin-trudeau', 'kishida-fumio']);
		expect(ids([], '2026-02-13', '日カナダ防衛相会談')).toEqual([
			'david-mcguinty',
			'koizumi-shinjiro'
		]);
	});
});

describe('places in Japanese', () => {
	const loc = (text: string) =>
		formatLocation(extractLocation('meeting', [text], [], realReference().context.people));
	it.each([
		['カナダ・モントリオールを訪問中の上川陽子外務大臣は', 'Montreal, Canada'],
		['モントリオールを訪問中の', 'Montreal, Canada'],
		['G7外相会合出席のためカナダ・シャルルボワを訪問中の', 'Charlevoix, Canada'],
		['ミュンヘン安全保障会議に出席するためドイツ・ミュンヘンを訪問中の', 'Munich, Germany'],
		['国連総会出席のため米国ニューヨーク市を訪問中の', 'New York, United States'],
		['イタリア・フィウッジ訪問中の岩屋毅外務大臣は', 'Fiuggi, Italy'],
		['イタリア共和国のプーリアを訪問した岸田文雄内閣総理大臣は', 'Puglia, Italy'],
		['G7エルマウ・サミットに出席するためドイツを訪問中の', 'Elmau, Germany'],
		['大阪において、', 'Osaka, Japan'],
		['カナダ・オタワにおいて、', 'Ottawa, Canada'],
		['総理大臣官邸において', 'Tokyo, Japan'],
		['APEC首脳会議出席のため慶州を訪問中の', 'Gyeongju, Republic of Korea'],
		['APEC閣僚会議に出席するためペルー共和国を訪問中の', 'Peru'],
		['G7外相会合出席のためドイツを訪問中の', 'Germany'],
		['外務省賓客として訪日中のジョリー外務大臣', 'Japan'],
		['両外相は会談を行いました。', null]
	])('%s', (text, expected) => {
		expect(loc(text)).toBe(expected);
	});
});

describe('format in Japanese and the new kinds in English', () => {
	it.each([
		['日加外相電話会談', [], 'call'],
		['日・カナダ外相テレビ会談', [], 'call'],
		['日・カナダ外相会談', [], 'meeting'],
		['日加首脳会談', [], 'meeting'],
		['日・カナダ外相間の懇談', [], 'meeting'],
		['岩屋外務大臣とジョリー外相の立ち話', [], 'meeting'],
		['ジョリー・カナダ外務大臣による岸田総理大臣表敬', [], 'courtesy-call'],
		['日・加刑事共助条約の署名', [], 'signing'],
		['日・カナダ情報保護協定の発効', [], 'entry-into-force'],
		['日加情報保護協定の署名式及び日加外相会談', [], 'meeting'],
		['外務大臣談話', [], 'statement'],
		['', ['10月13日、岸田総理は、ジョリー外務大臣による表敬を受けました。'], 'courtesy-call'],
		['', ['両国の大使の間で、条約の署名が行われました。'], 'signing'],
		['Minister Joly pays a courtesy call on Prime Minister Kishida', [], 'courtesy-call'],
		[
			'Readout',
			['Today, Minister Joly paid a courtesy call on Prime Minister Kishida.'],
			'courtesy-call'
		],
		[
			'Signing of the Japan-Canada Treaty on Mutual Legal Assistance in Criminal Matters',
			[],
			'signing'
		],
		[
			'Readout',
			[
				'On December 12, Ambassador YAMANOUCHI and the Deputy Minister of Justice signed the Treaty between Japan and Canada on Mutual Legal Assistance in Criminal Matters in Ottawa.'
			],
			'signing'
		],
		[
			'Readout',
			['The Security of Information Agreement between Japan and Canada entered into force today.'],
			'entry-into-force'
		],
		[
			'Readout',
			['The ministers met and welcomed the entry into force of the Agreement.'],
			'meeting'
		],
		['Statement by the Prime Minister on the new Prime Minister of Japan', [], 'statement']
	] as const)('%s %s', (title, opening, expected) => {
		expect(extractFormat(title, opening)).toBe(expected);
	});
});

describe('themes in Japanese', () => {
	const themesOf = (text: string) =>
		tagSentence(text, realReference().context.themes).map((t) => t.id);
	it.each([
		['FOIP', '「自由で開かれたインド太平洋（FOIP）」の実現に向け連携します。', ['indo-pacific']],
		['defence cooperation', '両大臣は防衛協力を強化することで一致しました。', ['defence']],
		['a defence minister is a title', '小泉防衛大臣はマッギンティ国防大臣と会談しました。', []],
		['rule of law', '法の支配に基づく秩序を守ります。', ['rule-of-law']],
		[
			'the seas are rule of law, not China',
			'東シナ海・南シナ海の情勢について議論しました。',
			['rule-of-law']
		],
		['North Korea', '拉致問題を含む北朝鮮への対応で連携します。', ['north-korea']],
		['China', '中国をめぐる諸課題に対応します。', ['china-taiwan']],
		['Russia and Ukraine', 'ロシアによるウクライナ侵略を非難しました。', ['russia-ukraine']],
		['Middle East', '中東情勢、特にガザ地区について議論しました。', ['middle-east']],
		['trade', 'CPTPPを含む貿易・投資の拡大で一致しました。', ['trade-investment']],
		[
			'economic security is not defence',
			'経済安全保障上の課題について議論しました。',
			['economic-security']
		],
		['critical minerals', '重要鉱物のサプライチェーン強靱化で協力します。', ['economic-security']],
		['energy', 'LNGを含むエネルギー協力を進めます。', ['energy-food']],
		['an energy minister is a title', 'ホジソン・エネルギー天然資源大臣と会談しました。', []],
		['climate', '気候変動対策で協力します。', ['climate-environment']],
		['a security environment is not the environment', '安全保障環境が厳しさを増しています。', []],
		['health', '保健分野での協力を確認しました。', ['health']],
		['humanitarian', '人道支援・災害救援で協力します。', ['peace-humanitarian']],
		['cyber', 'サイバー分野での協力を確認しました。', ['cyber']],
		['people to people', 'JETプログラムを含む人的交流を促進します。', ['people-to-people']],
		['multilateral', 'G7や国連の場で連携します。', ['multilateral']],
		['full-width G7', 'Ｇ７での協力を確認しました。', ['multilateral']]
	])('%s', (_n, text, expected) => {
		expect(themesOf(text)).toEqual(expected);
	});
});

describe('detectLang', () => {
	it.each([
		['日加外相会談を行ったところ、概要は以下のとおりです。', 'ja'],
		[
			'上川陽子外務大臣は、メラニー・ジョリー・カナダ外務大臣（The Honourable Mélanie Joly, Minister of Foreign Affairs of Canada）と会談を行いました。',
			'ja'
		],
		['The ministers met in Montreal to discuss the Indo-Pacific.', 'en'],
		['Prime Minister Kishida (岸田文雄) met the Prime Minister of Canada in Hiroshima.', 'en'],
		[
			'Les ministres se sont rencontrés à Montréal pour discuter de la sécurité et du commerce.',
			'fr'
		],
		['', 'en']
	] as const)('%s', (text, expected) => {
		expect(detectLang(text)).toBe(expected);
	});
});

// ------------------------------------------------------------------ genre: whole pages

const FIXTURES = join(import.meta.dirname, 'fixtures/ja');
function readFixture(name: string): string {
	return readFileSync(join(FIXTURES, name), 'utf8');
}

function ingest(file: string, fm: Record<string, string>, body: string): Document {
	const ctx = realReference().context;
	const front = Object.entries({ url: `https://example.org/${file}`, ...fm })
		.map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
		.join('\n');
	const { source, problems } = parseSourceFile(file, `---\n${front}\n---\n${body}`);
	expect(problems).toEqual([]);
	const { given, problems: fmProblems } = checkFrontMatter(source, ctx);
	expect(fmProblems).toEqual([]);
	return buildDocument(source, given, ctx).document;
}

const MOFA = 'Ministry of Foreign Affairs of Japan';

/** What a reader checks on each page, with the themes a reader would give each sentence. */
const PAGES = [
	{
		file: 'mofa-foreign-ministers-meeting.txt',
		fm: { title: '日・カナダ外相会談', issuer: MOFA, published: '2024-01-13' },
		want: {
			date: '2024-01-13',
			dateJapan: null,
			format: 'meeting',
			level: 'ministers',
			location: 'Montreal, Canada',
			participants: ['melanie-joly', 'kamikawa-yoko']
		}
	},
	{
		file: 'kantei-summit-meeting.txt',
		fm: {
			title: '日加首脳会談',
			issuer: 'Prime Minister’s Office of Japan',
			published: '2024-06-14'
		},
		want: {
			date: '2024-06-13',
			dateJapan: '2024-06-14',
			format: 'meeting',
			level: 'leaders',
			location: 'Puglia, Italy',
			participants: ['justin-trudeau', 'kishida-fumio']
		}
	},
	{
		file: 'mod-defence-ministers-meeting.txt',
		fm: {
			title: '日カナダ防衛相会談について',
			issuer: 'Ministry of Defense of Japan',
			published: '2026-02-14'
		},
		want: {
			date: '2026-02-13',
			dateJapan: null,
			format: 'meeting',
			level: 'ministers',
			location: 'Munich, Germany',
			participants: ['david-mcguinty', 'koizumi-shinjiro']
		}
	},
	{
		file: 'mofa-telephone-call.txt',
		fm: { title: '日加外相電話会談', issuer: MOFA, published: '2024-10-11' },
		want: {
			date: '2024-10-10',
			dateJapan: '2024-10-11',
			format: 'call',
			level: 'ministers',
			location: null,
			participants: ['melanie-joly', 'iwaya-takeshi']
		}
	},
	{
		file: 'mofa-courtesy-call.txt',
		fm: {
			title: 'ジョリー・カナダ外務大臣による岸田総理大臣表敬',
			issuer: MOFA,
			published: '2022-10-13'
		},
		want: {
			date: '2022-10-13',
			dateJapan: null,
			format: 'courtesy-call',
			level: 'ministers',
			location: 'Japan',
			participants: ['melanie-joly', 'kishida-fumio']
		}
	},
	{
		file: 'mofa-treaty-signing.txt',
		fm: { title: '日・加刑事共助条約の署名', issuer: MOFA, published: '2025-12-13' },
		want: {
			date: '2025-12-12',
			dateJapan: null,
			format: 'signing',
			level: 'officials',
			location: 'Ottawa, Canada',
			participants: ['shalene-curtis-micallef', 'yamanouchi-kanji']
		}
	},
	{
		file: 'mofa-entry-into-force.txt',
		fm: { title: '日・カナダ情報保護協定の発効', issuer: MOFA, published: '2026-01-16' },
		want: {
			date: '2026-01-16',
			dateJapan: null,
			format: 'entry-into-force',
			level: 'government',
			location: null,
			participants: []
		}
	}
] as const;

/**
 * The themes a reader gives each sentence of the fixtures (by the start of the sentence), for
 * precision: a theme the pipeline gives that is not here is a false positive.
 */
const READER_THEMES: Record<string, string[]> = {
	'上川大臣から、カナダは': ['indo-pacific'],
	'（1）両外相は、情報保護協定': ['defence'],
	'（2）両外相は、重要鉱物': ['economic-security'],
	'（3）上川大臣から、LNG': ['energy-food'],
	'両外相は、ロシアによる': ['russia-ukraine'],
	'両外相は、中東情勢': ['middle-east', 'peace-humanitarian'],
	'両外相は、東シナ海': ['rule-of-law', 'north-korea'],
	'4　女性・平和・安全保障': ['peace-humanitarian'],
	'両外相は、WPSの推進': ['peace-humanitarian', 'multilateral'],
	現地時間6月13日: ['multilateral'],
	'2　両首脳は、EV': ['energy-food'],
	'3　岸田総理から': ['defence', 'indo-pacific', 'north-korea'],
	'4　両首脳は、CPTPP': ['trade-investment'],
	'1　両大臣は、日加情報保護協定': ['defence'],
	'2　両大臣は、自衛隊': ['defence', 'indo-pacific'],
	'3　両大臣は、ロシア': ['russia-ukraine', 'china-taiwan', 'defence'],
	'2月13日（金曜日）': [],
	'冒頭、岩屋大臣から': ['multilateral'],
	'両外相は、核・ミサイル': ['north-korea', 'russia-ukraine'],
	'両外相は、LNG生産': ['energy-food'],
	'1. 冒頭、岸田総理大臣から': ['indo-pacific', 'rule-of-law'],
	'2. 両者は、TPP11': ['trade-investment'],
	'3. ジョリー大臣から核軍縮': ['multilateral'],
	'12月12日（現地時間）': ['rule-of-law'],
	こうした取組を通じ: ['indo-pacific', 'rule-of-law'],
	'本日（1月16日）': ['defence'],
	この協定の発効により: ['defence']
};

describe('Japanese pages as MOFA, the Kantei and MOD publish them', () => {
	const docs = PAGES.map((p) => ({ ...p, doc: ingest(p.file, p.fm, readFixture(p.file)) }));

	it.each(docs.map((d) => [d.file, d] as const))('%s', (_f, { doc, want }) => {
		expect({
			date: doc.date,
			dateJapan: doc.dateJapan,
			format: doc.format,
			level: doc.level,
			location: formatLocation(doc.location),
			participants: doc.participants.map((p) => p.id)
		}).toEqual(want);
		expect(doc.lang).toBe('ja');
		for (const s of doc.sentences) expect(readFixture(doc.file).slice(s.start, s.end)).toBe(s.text);
	});

	it('tags themes with a precision of 0.95 or better', () => {
		let given = 0;
		let right = 0;
		const wrong: string[] = [];
		for (const { doc } of docs)
			for (const s of doc.sentences) {
				const key = Object.keys(READER_THEMES).find((k) => s.text.startsWith(k));
				const reader = key ? READER_THEMES[key]! : [];
				for (const t of s.themes) {
					given++;
					if (reader.includes(t.id)) right++;
					else wrong.push(`${t.id} in ${s.text.slice(0, 30)}`);
				}
			}
		expect(given).toBeGreaterThan(20);
		expect(right / given, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	it('groups a MOFA summary in Japanese with the PMO readout of the same meeting', () => {
		const pmo = ingest(
			'pmo-apulia.txt',
			{
				title: 'Prime Minister Trudeau meets with Prime Minister of Japan Kishida Fumio',
				issuer: "Prime Minister's Office, Canada",
				published: '2024-06-13'
			},
			`Readout\nPrime Minister Trudeau meets with Prime Minister of Japan Kishida Fumio\nJune 13, 2024\nApulia, Italy\n\nToday, Prime Minister Justin Trudeau met with the Prime Minister of Japan, Kishida Fumio, on the margins of the G7 Summit in Apulia, Italy.\n\nThe leaders discussed the Indo-Pacific, energy cooperation including LNG, and the CPTPP.\n`
		);
		const kantei = docs.find((d) => d.file === 'kantei-summit-meeting.txt')!.doc;
		const call = docs.find((d) => d.file === 'mofa-telephone-call.txt')!.doc;
		const events = groupEvents([pmo, kantei, call], realReference().context.people);
		const summit = events.find((e) => e.sources.includes(kantei.file))!;
		expect(summit.sources.sort()).toEqual([kantei.file, pmo.file].sort());
		expect(summit.langs.sort()).toEqual(['en', 'ja']);
		expect(summit.date).toBe('2024-06-13');
		expect(summit.dateJapan).toBe('2024-06-14');
		expect(events).toHaveLength(2);
	});
});

describe('the Japanese texts of data/sources', () => {
	// Invariants only (data/ grows): every Japanese source yields its date, people, format and
	// level from its own text, and where the front matter gives one of them too, the two agree.
	const ctx = realReference().context;
	const japanese = rawSources()
		.map((raw) => parseSourceFile(raw.name, raw.text).source)
		.filter((source) => (source.data as Record<string, unknown>).lang === 'ja');

	it.each(japanese.map((source) => [source.file, source] as const))('%s', (_f, source) => {
		const fm = source.data as Record<string, unknown>;
		const publication = {
			title: fm.title as string,
			issuer: fm.issuer as string,
			url: fm.url as string,
			published: fm.published as string
		};
		const doc = buildDocument(source, publication, ctx).document;
		expect(doc.lang).toBe('ja');
		// A date from the text, or (a press conference saying only 本日, "today") the publication's.
		if (doc.provenance.date !== 'extracted') expect(doc.date).toBe(publication.published);
		expect(doc.provenance.format).toBe('extracted');
		expect(doc.provenance.level).toBe('extracted');
		if (doc.format !== 'entry-into-force') expect(doc.participants.length).toBeGreaterThan(0);
		// What the front matter gives where the text cannot say it is the editors' to decide, so it
		// is not compared here: japanese-corpus.test.ts holds the facts read by hand from each text.
	});
});
