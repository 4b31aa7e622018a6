/**
 * The sites the browser tests need beside build/: other data (hostile-site.ts, crowded-site.ts,
 * fixture-site.ts) or another base path (offline.spec.ts's sub-folder). A spec asks for one with
 * `testSite` in its `beforeAll`.
 *
 * `npm test` builds them all once, beside the main build (build-test-sites.ts, run by
 * scripts/run-tests.js), into the folder CJT_TEST_SITES names, one sub-folder per site: a spec then
 * only serves its site, and its tests spread over the workers like any others. Run without that
 * (`npx playwright test tests/hostile.spec.ts`), a spec builds its site itself, as
 * scripts/support/site-build.ts does, and keeps its tests in one worker (`siteTestMode`) so that
 * it builds the site once.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSite, ROOT, viteBuild, type BuiltSite } from '../../scripts/support/site-build';
import { serveStatic } from '../../scripts/support/static-server.js';

export interface TestSite {
	/** Names the site's folder (and the temporary folders of its build). */
	name: string;
	/** BASE_PATH for the build and the server ('' or "/a/b"); default: the environment's. */
	base?: string;
	/** Prepares a temporary folder before the build (a copy of data/): the build's extra env. */
	prepare?: (dir: string) => NodeJS.ProcessEnv | void;
}

/** The site as it is, served from a sub-folder of the host (tests/offline.spec.ts). */
export const SUBFOLDER_SITE: TestSite = { name: 'subfolder', base: '/cjt/sub' };

/** The folder of sites built beforehand, if this run has one. */
const PREBUILT = process.env.CJT_TEST_SITES;

/**
 * How a spec's tests run: spread over the workers when the site is built beforehand, else in one
 * worker, which builds the site once (a `beforeAll` runs in every worker that runs a test).
 */
export const siteTestMode: 'parallel' | 'serial' = PREBUILT ? 'parallel' : 'serial';

const basePath = (site: TestSite) => site.base ?? process.env.BASE_PATH ?? '';

/** The site, served: the folder built beforehand, or a build of its own. */
export async function testSite(site: TestSite): Promise<BuiltSite> {
	if (!PREBUILT) return buildSite(site);
	const dir = join(PREBUILT, site.name);
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(
			`CJT_TEST_SITES=${PREBUILT} holds no ${site.name} site: it names the folder that ` +
				'tests/support/build-test-sites.ts built (npm test does both); unset it to build the site here'
		);
	const server = await serveStatic({ dir, base: basePath(site) });
	return { url: server.url, close: () => server.close() };
}

/**
 * Builds `site` into `out` (not served): the environment scripts/support/site-build.ts gives a
 * build, with SvelteKit's folder and the compiled messages apart from every other build's, as
 * several run at once.
 */
export async function buildTestSite(site: TestSite, out: string): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), `cjt-${site.name}-`));
	// Generated files import from node_modules, so Kit's folder stays in the project; node_modules/
	// .cache is ignored by git, the linters and the formatter.
	const cache = join(ROOT, 'node_modules', '.cache');
	const paraglide = join(cache, `${basename(dir)}-paraglide`);
	const kit = join(cache, `${basename(dir)}-kit`);
	try {
		await viteBuild(
			{
				...process.env,
				...(site.prepare?.(dir) ?? {}),
				BASE_PATH: basePath(site),
				CJT_BUILD_DIR: out,
				CJT_PARAGLIDE_DIR: paraglide,
				CJT_KIT_DIR: kit
			},
			{ label: `${site.name} site` }
		);
	} finally {
		for (const folder of [dir, paraglide, kit]) rmSync(folder, { recursive: true, force: true });
	}
}
