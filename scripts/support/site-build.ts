/**
 * Builds the site into a temporary folder and serves it there, as a static host would: for tests
 * that need a site other than build/ (other data, another base path). The real build/ and
 * .svelte-kit/ are left alone (svelte.config.js reads CJT_BUILD_DIR and CJT_KIT_DIR).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltSite {
	/** The site's address, base path and trailing slash included. */
	url: string;
	close: () => Promise<void>;
}

export interface SiteOptions {
	/** Names the temporary folders (and SvelteKit's, which must differ between parallel builds). */
	name: string;
	/** BASE_PATH for the build and the server ('' or "/a/b"); default: the environment's. */
	base?: string;
	/** Prepares a folder of the temporary directory before the build, e.g. a copy of data/. */
	prepare?: (dir: string) => NodeJS.ProcessEnv | void;
	/** The checkout to build (an older commit's worktree, for a side-by-side figure); default: this one. */
	root?: string;
}

/**
 * Runs `vite build` with `env` in the project (or in `root`: scripts/bench-ui.ts builds an older
 * checkout of it too). Fails with the end of its output, or after `timeoutMs` (a build that
 * prerenders far more pages than meant can run for an hour).
 */
export function viteBuild(
	env: NodeJS.ProcessEnv,
	{ label, timeoutMs, root = ROOT }: { label: string; timeoutMs?: number; root?: string }
): Promise<void> {
	return new Promise((done, fail) => {
		const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer =
			timeoutMs === undefined
				? undefined
				: setTimeout(() => {
						child.kill('SIGTERM');
						fail(
							new Error(
								`vite build of the ${label} did not finish within ${timeoutMs / 60_000} min`
							)
						);
					}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			fail(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code === 0) done();
			else {
				const tail = output.split('\n').slice(-60).join('\n');
				fail(new Error(`vite build of the ${label} failed (exit ${code}):\n${tail}`));
			}
		});
	});
}

export async function buildSite({
	name,
	base,
	prepare,
	root = ROOT
}: SiteOptions): Promise<BuiltSite> {
	const dir = mkdtempSync(join(tmpdir(), `cjt-${name}-`));
	const basePath = base ?? process.env.BASE_PATH ?? '';
	const out = join(dir, 'build');
	// Named after the temporary folder, so two runs of the same tests at once (two people on one
	// machine, or a retry beside the first try) never build into each other's folders.
	const cache = join(ROOT, 'node_modules', '.cache');
	const paraglide = join(cache, `${basename(dir)}-paraglide`);
	const kit = root === ROOT ? join(cache, `${basename(dir)}-kit`) : join(root, '.svelte-kit');
	const cleanUp = () => {
		rmSync(dir, { recursive: true, force: true });
		rmSync(paraglide, { recursive: true, force: true });
		if (root === ROOT) rmSync(kit, { recursive: true, force: true });
	};
	try {
		const extra = prepare?.(dir) ?? {};
		await viteBuild(
			{
				...process.env,
				...extra,
				BASE_PATH: basePath,
				CJT_BUILD_DIR: out,
				// Generated files import from node_modules, so SvelteKit's own folder must stay in the
				// project; node_modules/.cache is ignored by git, the linters and the formatter.
				// Messages compiled for this site's base path, apart from every other build's.
				CJT_PARAGLIDE_DIR: paraglide,
				// An older checkout builds in its own .svelte-kit/, which its tsconfig.json extends.
				CJT_KIT_DIR: kit
			},
			{ label: `${name} site`, root }
		);
		const server = await serveStatic({ dir: out, base: basePath });
		return {
			url: server.url,
			close: async () => {
				await server.close();
				cleanUp();
			}
		};
	} catch (e) {
		cleanUp();
		throw e;
	}
}
