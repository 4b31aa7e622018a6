/**
 * Makes sure the Chromium the browser tests drive is installed. Playwright's own browser builds
 * cannot be downloaded here, so the tests use Debian's package (/usr/bin/chromium, or
 * CHROMIUM_PATH). When it is missing and this runs as root on Debian/Ubuntu, it installs it with
 * apt-get; otherwise it stops with what to do.
 *
 *   node scripts/ensure-chromium.js
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './support/chromium.js';

/** @param {string} message */
function fail(message) {
	console.error(`ensure-chromium: ${message}`);
	process.exit(1);
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
	console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (result.error) fail(`could not run ${command}: ${result.error.message}`);
	if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with status ${result.status}`);
}

function aptIsBusy() {
	return spawnSync('pgrep', ['-x', 'apt|apt-get|dpkg']).status === 0;
}

/** Another apt run (perhaps installing chromium already) holds the lock: wait for it, up to 10 min. */
function waitForApt() {
	const until = Date.now() + 10 * 60_000;
	if (!aptIsBusy()) return;
	console.log('ensure-chromium: apt or dpkg is running; waiting for it to finish…');
	while (aptIsBusy()) {
		if (Date.now() > until) fail('apt or dpkg has been running for 10 minutes; try again later');
		spawnSync('sleep', ['3']);
	}
}

if (!existsSync(CHROMIUM)) waitForApt();

if (existsSync(CHROMIUM)) {
	console.log(`ensure-chromium: using ${CHROMIUM}`);
	process.exit(0);
}

if (process.env.CHROMIUM_PATH)
	fail(`CHROMIUM_PATH is set to ${CHROMIUM}, which does not exist. Point it at a Chromium binary.`);
if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get'))
	fail(
		`${CHROMIUM} is missing and there is no apt-get to install it. Install Chromium and set ` +
			'CHROMIUM_PATH to its binary.'
	);
if (process.getuid?.() !== 0)
	fail(
		`${CHROMIUM} is missing. Install it as root (apt-get update && apt-get install -y chromium), ` +
			'or set CHROMIUM_PATH to another Chromium binary.'
	);

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package.`);
run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium']);
if (!existsSync(CHROMIUM))
	fail(`apt-get installed chromium but ${CHROMIUM} is still missing; set CHROMIUM_PATH.`);
console.log(`ensure-chromium: installed ${CHROMIUM}`);
