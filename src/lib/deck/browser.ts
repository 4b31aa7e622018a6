/**
 * The deck in the browser: built and handed to the reader as a download. Import it with
 * `await import('$lib/deck/browser')` when the reader asks: it brings pptxgenjs with it. The
 * strips go in as SVG, which PowerPoint 2016+ and LibreOffice draw, and pptxgenjs adds a PNG of
 * each (drawn on a canvas) for older readers. Drawing our own PNG at twice the size instead cost
 * 2.5 to 4.7 s of a 60-event deck (scripts/bench-deck.ts), most of the time allowed.
 */
import { buildDeck, PPTX_TYPE, type BuiltDeck } from './build-pptx';
import type { DeckInput } from './deck-plan';

export { deckInput } from './deck-input';

/** Builds the deck and saves it as the reader's download; returns what was built. */
export async function downloadDeck(input: DeckInput): Promise<BuiltDeck> {
	const built = await buildDeck(input);
	const url = URL.createObjectURL(new Blob([built.data as BlobPart], { type: PPTX_TYPE }));
	try {
		const link = document.createElement('a');
		link.href = url;
		link.download = built.fileName;
		document.body.append(link);
		link.click();
		link.remove();
	} finally {
		// After the click has handed the file over: revoking at once can cancel the download.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
	return built;
}
