/**
 * A site with as many events as the whole record holds (about 60, 2021–2026): data/ as it is,
 * topped up with generated one-document events (scripts/synthetic-corpus.ts) and record-only
 * events of every kind, so that the timeline's "All" can be looked at and tested as it will be
 * once the record is complete, whatever data/ holds today. Built and served by test-sites.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
	makeEventDocument,
	mulberry32,
	planEvents,
	readSyntheticReference,
	writeCorpus
} from '../../scripts/synthetic-corpus';
import { buildCorpus } from '../../src/lib/corpus/corpus';
import { readDataFiles, readSources } from '../../src/lib/server/corpus';
import { ROOT } from '../../scripts/support/site-build';
import type { TestSite } from './test-sites';

/** How many events the crowded site holds: the size of the known record. */
export const CROWDED_EVENTS = 60;

/** Record-only events of the kinds the generator does not write, one per kind and level. */
const RECORD_ONLY = [
	{
		date: '2023-07-20',
		title: 'Test agreement on defence equipment signed',
		format: 'signing',
		level: 'officials',
		location: 'Tokyo, Japan',
		others: ['Ambassador of Canada to Japan'],
		basis: 'Written for the browser tests: a signing by officials with no official text.'
	},
	{
		date: '2024-11-01',
		title: 'Test agreement enters into force',
		format: 'entry-into-force',
		level: 'government',
		location: null,
		basis: 'Written for the browser tests: an entry into force with no ceremony.'
	},
	{
		date: '2025-02-14',
		title: 'Test courtesy call on the Prime Minister',
		format: 'courtesy-call',
		level: 'ministers',
		location: 'Tokyo, Japan',
		basis: 'Written for the browser tests: a courtesy call with no official text.'
	}
];

export const CROWDED_SITE: TestSite = {
	name: 'crowded',
	prepare: (dir) => {
		const source = join(ROOT, 'data');
		const real = buildCorpus(readDataFiles(source), readSources(source));
		if (!real.corpus) throw new Error('data/ does not build: run npm run check:data');
		const random = mulberry32(60);
		const reference = readSyntheticReference(source);
		const count = Math.max(0, CROWDED_EVENTS - real.corpus.events.length - RECORD_ONLY.length);
		const plan = planEvents(reference, random, {
			count,
			from: '2021-05-01',
			to: '2026-03-31',
			avoid: real.corpus.documents.map((d) => d.date)
		});
		const data = join(dir, 'data');
		writeCorpus(
			source,
			data,
			plan.map((e) => makeEventDocument(reference, random, e))
		);
		const recordPath = join(data, 'record.yaml');
		const record = (parse(readFileSync(recordPath, 'utf8')) ?? {}) as { events?: unknown[] };
		record.events = [...(record.events ?? []), ...RECORD_ONLY];
		writeFileSync(recordPath, stringify(record));
		return { CJT_DATA_DIR: data };
	}
};
