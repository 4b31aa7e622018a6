/**
 * The deck in the browser: strips drawn to PNG on a canvas (PowerPoint and LibreOffice then
 * need no SVG support), the file built and handed to the reader as a download. Import it with
 * `await import('$lib/deck/browser')` when the reader asks: it brings pptxgenjs with it.
 */
import { buildDeck, PPTX_TYPE, type BuiltDeck } from './build-pptx';
import type { DeckInput } from './deck-plan';
import { svgDataUrl } from './strip-svg';

export { deckInput } from './deck-input';

/**
 * An SVG drawn on a canvas at `scale` times its size, as a PNG data URL. Self-contained (no
 * import is used inside), so scripts/check-deck.ts can run it in Chromium as it is.
 */
export async function rasterizeSvg(
	svgUrl: string,
	width: number,
	height: number,
	scale = 2
): Promise<string> {
	const image = new Image();
	await new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('The timeline strip could not be drawn.'));
		image.src = svgUrl;
	});
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No canvas to draw the timeline strip on.');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return canvas.toDataURL('image/png');
}

/** Builds the deck and saves it as the reader's download; returns what was built. */
export async function downloadDeck(input: DeckInput): Promise<BuiltDeck> {
	const built = await buildDeck(input, {
		rasterize: (svg, width, height) => rasterizeSvg(svgDataUrl(svg), width, height)
	});
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
