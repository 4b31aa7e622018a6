/**
 * The site from a copy of data/ with extra sources the tests own (built and served by
 * test-sites.ts): a hostile source (markup and script in its title, basis and
 * text), a source with a 20,000-character word, a Japanese MOFA readout saved as an excerpt and
 * republished by a wire service, and a record-only event. The tests find them by these names,
 * whatever else data/ holds.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../../scripts/support/site-build';
import type { TestSite } from './test-sites';

export const HOSTILE_IMG = '<img src=x onerror="window.__xss=1">';
export const HOSTILE_SCRIPT = '<script>window.__xss=1</script>';
export const HOSTILE_FILE = '2023-06-01-hostile-readout.md';
export const HOSTILE_TITLE = `Prime Minister Trudeau speaks with Prime Minister Kishida ${HOSTILE_SCRIPT}`;

// A call the pipeline accepts: every fact it cannot read from the text is given.
const SOURCE = `---
title: ${JSON.stringify(HOSTILE_TITLE)}
issuer: ${JSON.stringify(`Test issuer ${HOSTILE_IMG}`)}
url: "https://example.org/readout?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E"
published: 2023-06-01
date: 2023-06-01
format: call
level: leaders
location: null
participants: [justin-trudeau, kishida-fumio]
basis: ${JSON.stringify(`Written for the browser tests ${HOSTILE_SCRIPT}`)}
---
Prime Minister Justin Trudeau spoke with Prime Minister Kishida Fumio about trade ${HOSTILE_IMG} and investment.

The leaders discussed North Korea ${HOSTILE_SCRIPT} and the G7.

<b>Bold claims</b> about climate change, <a href="javascript:window.__xss=1">a link</a>.
`;

/** A word longer than any screen: the page must wrap it rather than scroll sideways. */
export const LONG_WORD = 'supercalifragilistic'.repeat(1000);
export const LONG_FILE = '2023-07-01-long-word-readout.md';
export const LONG_TITLE = 'Foreign ministers speak about a very long word';

const LONG_SOURCE = `---
title: ${JSON.stringify(LONG_TITLE)}
issuer: Test issuer
url: https://example.org/long-word
published: 2023-07-01
date: 2023-07-01
format: call
level: ministers
location: null
participants: [melanie-joly, hayashi-yoshimasa]
basis: Written for the browser tests.
---
Minister Mélanie Joly spoke with Foreign Minister Hayashi Yoshimasa about trade ${LONG_WORD} and investment.

They discussed North Korea and the G7.
`;

/**
 * A Japanese readout in the form MOFA publishes, saved as its opening only (excerpt) from a wire
 * service's word-for-word republication. Facts given, so the test depends on the display only.
 */
export const JA_FILE = '2023-08-01-nikka-gaisho-denwa-kaidan.md';
export const JA_TITLE = '日・カナダ外相電話会談';
export const JA_VIA = 'EIN Presswire';
export const JA_ORIGINAL = 'https://www.mofa.go.jp/mofaj/na/na1/ca/test_000001.html';

const JA_SOURCE = `---
title: ${JA_TITLE}
issuer: Ministry of Foreign Affairs of Japan
url: https://www.einpresswire.com/article/test-nikka-gaisho
published: 2023-08-01
date: 2023-08-01
format: call
level: ministers
location: null
participants: [hayashi-yoshimasa, melanie-joly]
lang: ja
excerpt: true
via: ${JA_VIA}
original: ${JA_ORIGINAL}
basis: Written for the browser tests.
---
日・カナダ外相電話会談

令和5年8月1日

8月1日午前8時から約30分間、林芳正外務大臣は、メラニー・ジョリー・カナダ外務大臣と日・カナダ外相電話会談を行ったところ、概要は以下のとおりです。

1 両外相は、日加間の貿易・投資の拡大に向けて緊密に連携していくことで一致しました。

2 両外相は、北朝鮮による核・ミサイル開発について意見交換を行い、引き続き緊密に連携していくことを確認しました。
`;

/** An engagement known only from reports: in data/record.yaml, with no source. */
export const RECORD_TITLE = 'Test record-only meeting of foreign ministers';
export const RECORD_REPORT = 'https://example.org/report-of-the-meeting';
export const RECORD_BASIS = 'Written for the browser tests: a report of the meeting, not saved.';
export const RECORD_OTHER = 'the Ambassador of Japan to Canada';

const RECORD_EVENT = {
	date: '2023-09-01',
	title: RECORD_TITLE,
	format: 'meeting',
	level: 'ministers',
	location: 'Tokyo, Japan',
	participants: ['melanie-joly', 'hayashi-yoshimasa'],
	others: [RECORD_OTHER],
	basis: RECORD_BASIS,
	reports: [RECORD_REPORT]
};

export const HOSTILE_SITE: TestSite = {
	name: 'hostile',
	prepare: (dir) => {
		const data = join(dir, 'data');
		cpSync(join(ROOT, 'data'), data, { recursive: true });
		writeFileSync(join(data, 'sources', HOSTILE_FILE), SOURCE);
		writeFileSync(join(data, 'sources', LONG_FILE), LONG_SOURCE);
		writeFileSync(join(data, 'sources', JA_FILE), JA_SOURCE);
		const recordFile = join(data, 'record.yaml');
		// Read and written back whole: stringify quotes any string that would read as another type.
		const record = (existsSync(recordFile) ? parse(readFileSync(recordFile, 'utf8')) : null) ?? {};
		record.events = [...(record.events ?? []), RECORD_EVENT];
		writeFileSync(recordFile, stringify(record));
		return { CJT_DATA_DIR: data };
	}
};
