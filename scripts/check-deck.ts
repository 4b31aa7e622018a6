/**
 * The deck as LibreOffice Impress opens it: builds the PowerPoint of a selection (the unit tests'
 * input: the corpus, as /present derives it), converts it to PDF headless, and checks the PDF:
 * one page per slide and every word inside its page. Writes the .pptx, the .pdf and a PNG per
 * page to look at.
 *
 *   npx tsx scripts/check-deck.ts [--query '?level=leaders'] [--locale en|fr|ja] [--out dir]
 *
 * The folder is check-deck in the system's temporary folder unless named; the decks, PDFs and
 * page images a previous run left there are removed first, nothing else.
 * It took 18 s on this machine at a load of 17 and 75 s at 30 (of which LibreOffice 7 s and 19–26
 * s): a documented check, not a test.
 *
 * Needs `soffice` (Debian's libreoffice-impress) and pdfinfo, pdftotext, pdftoppm (poppler-utils).
 * Exit status 1 with the reason when a check fails or a tool is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { overwriteGetLocale, type Locale } from '../src/lib/paraglide/runtime';
import { buildDeck } from '../src/lib/deck/build-pptx';
import { corpusDeckInput } from '../src/lib/deck/testing';

const { values } = parseArgs({
	options: {
		query: { type: 'string', default: '?level=leaders' },
		locale: { type: 'string', default: 'en' },
		out: { type: 'string', default: join(tmpdir(), 'check-deck') }
	}
});
const locale = values.locale as Locale;
if (!['en', 'fr', 'ja'].includes(locale)) fail(`--locale must be en, fr or ja, not ${locale}`);
const out = resolve(values.out!);

function fail(reason: string): never {
	console.error(`check-deck: ${reason}`);
	process.exit(1);
}

function run(command: string, args: string[], timeout = 300_000): string {
	try {
		return execFileSync(command, args, {
			encoding: 'utf8',
			timeout,
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		const err = e as NodeJS.ErrnoException & { stderr?: string };
		if (err.code === 'ENOENT')
			fail(`${command} is missing: apt-get install -y libreoffice-impress poppler-utils`);
		fail(`${command} failed: ${err.stderr?.trim() || err.message}`);
	}
}

overwriteGetLocale(() => locale);
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out))
	if (/^page-\d+\.png$|\.pptx$|\.pdf$/.test(f)) rmSync(join(out, f));

let t = performance.now();
const input = corpusDeckInput(values.query!, locale);
const built = await buildDeck(input);
const pptx = join(out, built.fileName);
writeFileSync(pptx, built.data);
console.log(
	`built ${built.fileName}: ${built.slides} slides for ${input.events.length} events, ` +
		`${(built.data.length / 1024).toFixed(0)} KiB, ${(performance.now() - t).toFixed(0)} ms`
);

t = performance.now();
// A profile of its own: a first run makes one, and a running LibreOffice would take the job.
const profile = `file://${join(out, '.lo-profile')}`;
run('soffice', [
	`-env:UserInstallation=${profile}`,
	'--headless',
	'--convert-to',
	'pdf',
	'--outdir',
	out,
	pptx
]);
const pdf = pptx.replace(/\.pptx$/, '.pdf');
const convertMs = performance.now() - t;

const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? NaN);
console.log(`LibreOffice: ${pages} pages in ${(convertMs / 1000).toFixed(1)} s`);

const problems: string[] = [];
if (pages !== built.slides) problems.push(`${pages} pages for ${built.slides} slides`);

// Every word inside its page: a box whose text ran over would put words past the bottom edge.
const bbox = run('pdftotext', ['-bbox', pdf, '-']);
const pageSizes = [
	...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)
];
pageSizes.forEach((p, i) => {
	const [w, h] = [Number(p[1]), Number(p[2])];
	for (const word of p[3]!.matchAll(
		/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g
	)) {
		const [x0, y0, x1, y1] = [1, 2, 3, 4].map((k) => Number(word[k]));
		if (x0! < 0 || y0! < 0 || x1! > w + 0.5 || y1! > h + 0.5)
			problems.push(`page ${i + 1}: "${word[5]}" runs off the page`);
	}
});

run('pdftoppm', ['-png', '-r', '48', pdf, join(out, 'page')]);
const pngs = readdirSync(out).filter((f) => f.endsWith('.png')).length;
console.log(`${pngs} page images in ${out}`);

if (problems.length) {
	for (const p of problems.slice(0, 30)) console.error(`  ${p}`);
	fail(`${problems.length} problem(s)`);
}
console.log('check-deck: ok');
