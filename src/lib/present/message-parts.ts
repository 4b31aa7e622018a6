/**
 * A message with an element inside it: « (6 mars 2026 au Japon) » around a <time>, 「（日本時間
 * 2026年3月6日）」. The word order is the language's, so the text before and after the element
 * comes from the message itself: it is rendered once with a mark where the element goes, and cut
 * there. Messages stay plain strings (Paraglide), and the page keeps its markup.
 */

/** What no message holds: where the element goes. */
const SLOT = '\u0000';

/**
 * The text before and after the element: `render` is the message, called with the slot for the
 * element's text ("({date} in Japan)" with `date: slot` → ["(", " in Japan)"]). A message that
 * leaves the slot out gives all its text before, and nothing after.
 */
export function messageAround(render: (slot: string) => string): [before: string, after: string] {
	const text = render(SLOT);
	const at = text.indexOf(SLOT);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
