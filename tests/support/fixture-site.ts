/**
 * The site built from the fixture corpus the golden tests own (src/lib/corpus/fixtures/corpus:
 * the five seed documents, frozen), built and served by test-sites.ts. Tests
 * that check what the timeline shows event by event use it, so that adding a document to data/
 * never changes what they expect.
 */
import { join } from 'node:path';
import { ROOT } from '../../scripts/support/site-build';
import type { TestSite } from './test-sites';

export const FIXTURE_DATA = join(ROOT, 'src', 'lib', 'corpus', 'fixtures', 'corpus');

export const FIXTURE_SITE: TestSite = {
	name: 'fixture',
	prepare: () => ({ CJT_DATA_DIR: FIXTURE_DATA })
};
