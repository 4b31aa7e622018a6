/** The deck's few calls into the browser itself: full screen, and where a key was typed. */

/** Full screen on, or off again. Refused (no user gesture, an embedding page, a kiosk): the slides work as they are. */
export function toggleFullScreen(): void {
	const done = document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen?.();
	void done?.catch(() => {});
}

/** A form field keeps its keys (the colours' select, a text box): the deck does not take them. */
export function isFormField(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
	);
}

/** A focused button, link or menu (a details' summary) keeps Space and Enter for itself. */
export function isControl(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && !!target.closest('button, a, summary');
}
