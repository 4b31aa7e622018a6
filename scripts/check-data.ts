/**
 * `npm run check:data`: validates everything in data/ and prints, per document, what was found and
 * any warnings. Exit status 1 with one line per problem when the data would fail the build.
 */
import { buildCorpus } from '../src/lib/corpus/corpus';
import { formatLocation } from '../src/lib/corpus/extract';
import { checkCorpus } from '../src/lib/corpus/invariants';
import { formatProblem } from '../src/lib/corpus/schema';
import { formatRecordSummary, summarizeRecord } from '../src/lib/record/summary';
import { readDataFiles, readSources } from '../src/lib/server/corpus';
import { versionsBySource } from '../src/lib/corpus/versions';

const sources = readSources();
const { corpus, problems } = buildCorpus(readDataFiles(), sources);
if (!corpus) {
	for (const p of problems) console.error(formatProblem(p));
	console.error(
		`\n${problems.length} problem(s) in data/: the site will not build until they are fixed.`
	);
	process.exit(1);
}
// What the tests over data/ hold it to beyond the build (dates in range, no bidi controls, …).
const broken = checkCorpus(corpus, sources);
if (broken.length) {
	for (const b of broken) console.error(b);
	console.error(
		`\n${broken.length} invariant(s) broken in data/: npm test fails until they are fixed.`
	);
	process.exit(1);
}
const versions = versionsBySource(corpus.versions);
for (const d of corpus.documents) {
	const who = d.participants.map((p) => p.name).join(', ') || '(nobody)';
	console.log(
		`${d.file}\n  ${d.date} ${d.format}/${d.level} ${formatLocation(d.location) ?? '(no place)'} — ${who}`
	);
	for (const w of d.warnings) console.log(`  warning: ${w}`);
	for (const v of versions.get(d.file) ?? []) console.log(`  ${v.lang} version: ${v.file}`);
}
// The same summary as the /record/ page.
console.log(
	`\n${formatRecordSummary(
		summarizeRecord(corpus.events, corpus.documents),
		corpus.leads,
		// The record's own keys, as the lines above write them: the page's words are Paraglide
		// messages, which need Vite's import.meta.env and so do not run under tsx.
		(k) => `${k.format}/${k.level}`
	)}`
);
console.log(
	`\nOK: ${corpus.documents.length} documents, ${corpus.events.length} events, ${corpus.milestones.length} milestones; ${corpus.versions.length} other-language versions of documents (counted nowhere).`
);
