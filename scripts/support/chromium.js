/**
 * The one Chromium the browser tests and `npm run bench:ui` drive, and how they start it, so that
 * a figure from the benchmark and a result from the tests come from the same browser. Plain
 * JavaScript: scripts/ensure-chromium.js runs under node without a TypeScript loader.
 *
 * Playwright's own browser builds cannot be downloaded here, so this is Debian's package
 * (/usr/bin/chromium) unless CHROMIUM_PATH names another binary.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags. No sandbox: the tests run as root in containers, where Chromium's sandbox cannot
 * start. The rest keep the browser from doing work of its own (updates, sync, GPU process) that
 * would add noise to timings and requests to a network the site must not need.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** The window both measure in: the laptop screen the dashboard is laid out for first. */
export const VIEWPORT = { width: 1280, height: 720 };

/** Playwright's `launchOptions` for that browser. */
export const launchOptions = () => ({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
