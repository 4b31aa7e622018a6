/**
 * The PowerPoint builder (src/lib/deck) is loaded when a reader asks for a deck, never with a
 * page: pptxgenjs and JSZip are about 400 KB of script no slide needs to be shown. Every script
 * the dashboard and the slides load before their first interaction is searched for pptxgenjs'
 * own code (its default presentation title, a string minifiers keep).
 */
import { readFileSync } from 'node:fs';
import { loadedBeforeInteraction } from '../scripts/support/page-weight';
import { expect, test } from './support/test';

const PPTXGENJS = 'PptxGenJS Presentation';

test('the marker is pptxgenjs’ own, so that the search below can find it', () => {
	// Were it renamed in a new version, the search would pass whatever the pages loaded.
	const library = readFileSync('node_modules/pptxgenjs/dist/pptxgen.es.js', 'utf8');
	expect(library).toContain(PPTXGENJS);
});

for (const path of ['/', '/present/?level=leaders', '/fr/present/', '/ja/'])
	test(`${path} loads no PowerPoint code before it is asked for`, async ({ page, baseURL }) => {
		const loaded = await loadedBeforeInteraction(page, baseURL!, path, { timeout: 0 });
		expect(loaded, `${path} loads`).not.toBeNull();
		const scripts = loaded!.filter((l) => l.kind === 'js');
		expect(scripts.length, 'scripts were read').toBeGreaterThan(0);
		const withPptx = scripts.filter((l) => l.text.includes(PPTXGENJS)).map((l) => l.url);
		expect(withPptx, 'initial scripts that carry pptxgenjs').toEqual([]);
	});
