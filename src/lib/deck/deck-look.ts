/**
 * The deck's colours and type: the light theme's custom properties (src/app.css `--ink`,
 * `--muted`, …, and /present's `--deck-*`), as the hex pptxgenjs wants (no '#'), and the sizes the
 * slides are set in. One place, so the slides, the strip and the chart agree.
 */
export const DECK_COLOURS = {
	ink: '1B1F24',
	muted: '3F4854',
	paper: 'FFFFFF',
	surface: 'EEF1F5',
	line: 'B9C1CC',
	link: '0A58A8',
	brand: '17223B',
	/** The slide's own event on its strip: a marker's yellow, as the dark deck's accent. */
	mark: 'FFE8A3'
} as const;

/** Type sizes in points: body text is never under 24 (issue 13), headings are larger. */
export const DECK_TYPE = {
	body: 24,
	heading: 32,
	/** A heading that needs more than two lines at `heading`. */
	headingSmall: 28,
	title: 44
} as const;

/** The slide, LAYOUT_WIDE: 13.333 × 7.5 inches (16:9), and its margins. */
export const SLIDE = { w: 13.333, h: 7.5, margin: 0.5 } as const;

/** The typeface: Arial (Liberation Sans in LibreOffice, same metrics); Japanese in Yu Gothic. */
export function deckFont(locale: string): string {
	return locale === 'ja' ? 'Yu Gothic' : 'Arial';
}
