/**
 * Builds the site from a copy of data/ with one extra, hostile source (markup and script in its
 * title, basis and text), into a temporary folder, and serves it (see site-build.ts).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, ROOT, type BuiltSite } from './site-build';

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

export type HostileSite = BuiltSite;

export function buildHostileSite(): Promise<HostileSite> {
	return buildSite({
		name: 'hostile',
		prepare: (dir) => {
			const data = join(dir, 'data');
			cpSync(join(ROOT, 'data'), data, { recursive: true });
			writeFileSync(join(data, 'sources', HOSTILE_FILE), SOURCE);
			return { CJT_DATA_DIR: data };
		}
	});
}
