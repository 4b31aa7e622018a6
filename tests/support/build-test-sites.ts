/**
 * Builds every site the browser tests need beside build/ (test-sites.ts) into one folder, a
 * sub-folder per site, all at once: `npm test` runs it beside the main build and gives the folder
 * to the browser tests as CJT_TEST_SITES, so that no test waits in a worker for a build.
 *
 *   npx tsx tests/support/build-test-sites.ts <folder>
 *
 * The folder is emptied first. Prints how long each build took; exit status 1 if one failed.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CROWDED_SITE } from './crowded-site';
import { FIXTURE_SITE } from './fixture-site';
import { HOSTILE_SITE } from './hostile-site';
import { buildTestSite, SUBFOLDER_SITE } from './test-sites';

const [folder] = process.argv.slice(2);
if (!folder) {
	console.error('usage: npx tsx tests/support/build-test-sites.ts <folder>');
	process.exit(2);
}
const out = resolve(folder);
rmSync(out, { recursive: true, force: true });

const results = await Promise.allSettled(
	[HOSTILE_SITE, CROWDED_SITE, FIXTURE_SITE, SUBFOLDER_SITE].map(async (site) => {
		const started = performance.now();
		await buildTestSite(site, join(out, site.name));
		console.log(`${site.name} site: ${((performance.now() - started) / 1000).toFixed(0)} s`);
	})
);
const failed = results.filter((r) => r.status === 'rejected');
for (const r of failed) console.error(String((r as PromiseRejectedResult).reason));
process.exit(failed.length ? 1 : 0);
