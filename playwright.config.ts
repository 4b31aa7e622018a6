/**
 * Browser tests against the production build: `npm run test:e2e` builds the site, then these
 * tests drive Debian's Chromium over the files in build/, served as a static host would.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions, VIEWPORT } from './scripts/support/chromium.js';

/**
 * A port nobody is listening on. Chosen once, in the runner: it is kept in the environment, which
 * the workers inherit, so they load this file again and agree on it.
 */
function freePort(): string {
	const probe =
		"const s=require('node:net').createServer();" +
		"s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
}

const port = (process.env.CJT_E2E_PORT ||= freePort());
const base = process.env.BASE_PATH ?? '';
const baseURL = `http://127.0.0.1:${port}${base}/`;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	reporter: 'list',
	// One more worker than cores: a browser test waits on frames and idle periods for about a third
	// of its time (2 workers kept 2 cores busy for 5.3 of 8.3 min), and a third keeps them busy.
	// Files that build a site of their own keep their tests together, in one worker.
	workers: availableParallelism() + 1,
	// Where failures leave their traces: CJT_TEST_RESULTS gives a run its own folder, so two runs
	// on one machine do not empty each other's (Playwright clears it at start).
	outputDir: process.env.CJT_TEST_RESULTS ?? 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	// Limits for a machine that is busy with other work as well: a test may be slow there but must
	// not fail for it. A test that never gets there still fails, just later. Tests that walk many
	// pages set their own limit, from how many they walk (present.spec.ts, data.spec.ts). At a
	// load of 25 to 30 (other builds and browsers beside a run), tests of five page loads and axe
	// runs took 45 to 60 s, the old limit; they take a few seconds on an idle machine.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL,
		trace: 'retain-on-failure',
		// The browser and flags bench:ui uses too (scripts/support/chromium.js).
		launchOptions: launchOptions()
	},
	projects: [
		{
			name: 'chromium-1280',
			use: { ...devices['Desktop Chrome'], viewport: VIEWPORT }
		}
	],
	webServer: {
		command: `node scripts/support/static-server.js --dir ${process.env.CJT_BUILD_DIR ?? 'build'} --port ${port} --base "${base}"`,
		url: baseURL,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
