/**
 * Builds the site from a copy of data/ with one extra, hostile source (markup and script in its
 * title, basis and text), into a temporary folder, and serves it. The real build/ and .svelte-kit/
 * are left alone (svelte.config.js reads CJT_BUILD_DIR and CJT_KIT_DIR).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

export interface HostileSite {
	url: string;
	close: () => Promise<void>;
}

function build(env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((done, fail) => {
		const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
			cwd: ROOT,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', fail);
		child.on('close', (code) =>
			code === 0 ? done() : fail(new Error(`vite build of the hostile site failed:\n${output}`))
		);
	});
}

export async function buildHostileSite(): Promise<HostileSite> {
	const dir = mkdtempSync(join(tmpdir(), 'cjt-hostile-'));
	const data = join(dir, 'data');
	cpSync(join(ROOT, 'data'), data, { recursive: true });
	writeFileSync(join(data, 'sources', HOSTILE_FILE), SOURCE);
	const out = join(dir, 'build');
	try {
		await build({
			...process.env,
			CJT_DATA_DIR: data,
			CJT_BUILD_DIR: out,
			// Generated files import from node_modules, so SvelteKit's own folder must stay in the
			// project; node_modules/.cache is ignored by git, the linters and the formatter.
			CJT_KIT_DIR: join(ROOT, 'node_modules', '.cache', 'cjt-hostile-kit')
		});
		const server = await serveStatic({ dir: out, base: process.env.BASE_PATH ?? '' });
		return {
			url: server.url,
			close: async () => {
				await server.close();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
}
