/**
 * A sentence with an element inside it (a link, a date, a title in its own language), as one
 * message: word order differs by language (日本時間 {date} · {date} in Japan), so the sentence is
 * one message with a placeholder, and the page puts the element where the placeholder falls.
 */

/** A character no message holds (Unicode private use): it marks where the element goes. */
const SLOT = '\uE000';

/**
 * The text before and after the element: `render` is given the slot to put in the message's
 * placeholder, e.g. `around((date) => m.dashboard_date_in_japan({ date }))`.
 */
export function around(render: (slot: string) => string): [before: string, after: string] {
	const text = render(SLOT);
	const at = text.indexOf(SLOT);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
