/**
 * npm run bench:ingest
 *
 * Times ingest on 1,000 synthetic readouts of about 5 KB: pages built from varied readout
 * sentences, with page furniture, datelines and the people of data/people.yaml; a third of them
 * are MOFA summaries in Japanese (calls dated in Ottawa from their time in Tokyo). Each page goes
 * through the same code as `npm run ingest` (read, plan, write into a temporary copy of data/),
 * one page per call so that each page can be timed. The target is under 5 s in all; the figure
 * is reported, not enforced.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planIngest, type IngestResult } from '../src/lib/corpus/ingest';
import { addDays } from '../src/lib/corpus/text';
import { commitWrites, listSources, readInput, readReference } from './ingest-io';
import { makeReadout, mulberry32, readSyntheticReference, shuffle } from './synthetic-corpus';

const DOCS = 1000;
const TARGET_BYTES = 5000;
const TARGET_SECONDS = 5;

const random = mulberry32(20240113);
const syntheticData = readSyntheticReference('data');
const makeDocument = (date: string) => makeReadout(syntheticData, random, date, TARGET_BYTES);

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function main() {
	const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
	try {
		const dataDir = join(work, 'data');
		cpSync('data', dataDir, { recursive: true, dereference: true });

		// Distinct dates, so that every page gets its own name.
		const start = '2021-01-15';
		const days = shuffle(
			random,
			Array.from({ length: 1960 }, (_, i) => addDays(start, i))
		);
		const docs = days.slice(0, DOCS).map((date, i) => {
			const doc = makeDocument(date);
			const path = join(work, `page-${String(i).padStart(4, '0')}.txt`);
			writeFileSync(path, doc.text);
			return { ...doc, path };
		});
		const totalBytes = docs.reduce((n, d) => n + statSync(d.path).size, 0);
		// Flush the generated pages to disk first, so that their write-back is not timed as ingest.
		spawnSync('sync');

		const load = loadavg()[0]!;
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		const { reference, problems: refProblems } = readReference(dataDir);
		if (!reference) throw new Error(refProblems.map((p) => p.message).join('\n'));
		const sourcesDir = join(dataDir, 'sources');
		const existing = listSources(sourcesDir);
		const perDoc: number[] = [];
		const results: (IngestResult | undefined)[] = [];
		let problems = 0;
		let written = 0;
		for (const doc of docs) {
			const t = performance.now();
			const { input } = readInput(doc.path);
			const plan = planIngest(
				[input!],
				{ published: doc.published, url: doc.url, sourcesDir },
				reference,
				existing
			);
			const commit = commitWrites(sourcesDir, plan.writes);
			for (const w of plan.writes) existing.add(w.name);
			perDoc.push(performance.now() - t);
			problems += plan.problems.length + commit.problems.length;
			written += commit.written.length;
			results.push(plan.results[0]);
		}
		const seconds = (performance.now() - t0) / 1000;
		const cpu = process.cpuUsage(cpu0);
		const cpuSeconds = (cpu.user + cpu.system) / 1e6;

		const sorted = [...perDoc].sort((a, b) => a - b);
		const byLang = new Map<string, { n: number; dates: number; formats: number; people: number }>();
		docs.forEach((d, i) => {
			const r = results[i];
			const tally = byLang.get(d.truth.lang) ?? { n: 0, dates: 0, formats: 0, people: 0 };
			byLang.set(d.truth.lang, tally);
			tally.n++;
			if (!r) return;
			if (r.date === d.truth.date) tally.dates++;
			if (r.format === d.truth.format) tally.formats++;
			const ids = new Set(r.participants.map((p) => p.id));
			if (d.truth.ids.every((id) => ids.has(id))) tally.people++;
		});
		const extraction = [...byLang]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(
				([lang, t]) =>
					`  extraction ${lang}: ${t.n} pages: date ${t.dates}/${t.n}, format ${t.formats}/${t.n}, both principals ${t.people}/${t.n}`
			);
		const mb = totalBytes / 1e6;
		const met = seconds < TARGET_SECONDS;
		const lines = [
			`ingest benchmark: ${DOCS} synthetic pages, ${(totalBytes / DOCS / 1000).toFixed(1)} KB each on average (${mb.toFixed(2)} MB)`,
			`  total:        ${seconds.toFixed(2)} s (read + plan + write, reference data loaded once)`,
			`  cpu:          ${cpuSeconds.toFixed(2)} s of this process; load average ${load.toFixed(2)} on ${cpus().length} cores at the start`,
			`  throughput:   ${(DOCS / seconds).toFixed(0)} docs/s, ${(mb / seconds).toFixed(2)} MB/s`,
			`  per page:     median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
			`  written:      ${written} files, ${problems} problem(s)`,
			...extraction,
			`  target:       under ${TARGET_SECONDS} s: ${met ? 'met' : 'NOT met'}`
		];
		process.stdout.write(`${lines.join('\n')}\n`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main();
