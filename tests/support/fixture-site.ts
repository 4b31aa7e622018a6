/**
 * The site built from the fixture corpus the golden tests own (src/lib/corpus/fixtures/corpus:
 * the five seed documents, frozen), served from a temporary folder (see site-build.ts). Tests
 * that check what the timeline shows event by event use it, so that adding a document to data/
 * never changes what they expect.
 */
import { join } from 'node:path';
import { buildSite, ROOT, type BuiltSite } from '../../scripts/support/site-build';

export const FIXTURE_DATA = join(ROOT, 'src', 'lib', 'corpus', 'fixtures', 'corpus');

export function buildFixtureSite(): Promise<BuiltSite> {
	return buildSite({ name: 'fixture', prepare: () => ({ CJT_DATA_DIR: FIXTURE_DATA }) });
}
