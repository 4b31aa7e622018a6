/**
 * Fits a slide's text into its box, for a projector: nothing may scroll or run off the screen,
 * and nothing may shrink below what the back of the room can read. In order, while a box still
 * overflows: the slide's text is scaled down (its `--fit`, never below `minPx` of body text), then
 * each box's `[data-drop]` elements, from the last (a third quotation, a fifth theme), are cut to
 * the lines that fit when two or more do, else hidden; then each `[data-clamp]` element is cut to
 * the lines that fit, with an ellipsis (the handout has it whole).
 *
 * Boxes: the slide itself and its `[data-fit-box]` descendants (overflow hidden, a fixed share of
 * the slide). Runs when the slide is mounted and whenever its size changes.
 */
import type { Attachment } from 'svelte/attachments';
import { largestFit } from './fit-scale';

function overflows(box: HTMLElement): number {
	return Math.max(box.scrollHeight - box.clientHeight, box.scrollWidth - box.clientWidth);
}

/** 1 or more when every box fits (1 px of rounding allowed), else the tightest box's room over its need. */
function room(boxes: readonly HTMLElement[]): number {
	let least = 1;
	for (const b of boxes) {
		if (overflows(b) <= 1) continue;
		least = Math.min(
			least,
			b.clientHeight / Math.max(1, b.scrollHeight),
			b.clientWidth / Math.max(1, b.scrollWidth)
		);
	}
	// A box over by a pixel or two has a ratio of 1 to two decimals: it still does not fit.
	return least >= 1 ? 1 : Math.min(least, 0.999);
}

export function fitSlide(minPx = 24): Attachment<HTMLElement> {
	return (slide) => {
		// The inner boxes first: what one of them drops or cuts is its own, not the other's.
		const boxes = () => [...slide.querySelectorAll<HTMLElement>('[data-fit-box]'), slide];
		/** The slide's size when it was last fitted: a resize to the same size needs no new fit. */
		let fitted = '';
		const size = () => `${slide.clientWidth}×${slide.clientHeight}`;

		function fit() {
			slide.style.setProperty('--fit', '1');
			for (const el of slide.querySelectorAll<HTMLElement>('[data-drop]')) el.hidden = false;
			for (const el of slide.querySelectorAll<HTMLElement>('[data-clamp]'))
				el.style.removeProperty('-webkit-line-clamp');
			const base = parseFloat(getComputedStyle(slide).fontSize);
			const min = base > 0 ? Math.min(1, minPx / base) : 1;
			// Each scale tried is a layout (fit-scale.ts finds it in few).
			const all = boxes();
			const f = largestFit((scale) => {
				slide.style.setProperty('--fit', String(scale));
				return room(all);
			}, min);
			slide.style.setProperty('--fit', String(f));
			for (const box of boxes()) {
				const drops = [...box.querySelectorAll<HTMLElement>('[data-drop]')];
				while (overflows(box) > 1 && drops.length) {
					const last = drops.pop()!;
					// A quotation that can keep two lines or more stays, cut with an ellipsis: at
					// 1280×720 that is often the difference between one quotation and two.
					const clamp = last.querySelector<HTMLElement>('[data-clamp]');
					if (clamp) {
						const line = parseFloat(getComputedStyle(clamp).lineHeight) || 1.3 * base;
						const lines = Math.floor((clamp.clientHeight - overflows(box)) / line);
						if (lines >= 2) {
							clamp.style.setProperty('-webkit-line-clamp', String(lines));
							if (overflows(box) <= 1) break;
							clamp.style.removeProperty('-webkit-line-clamp');
						}
					}
					last.hidden = true;
				}
			}
			for (const box of boxes()) {
				const clamps = [...box.querySelectorAll<HTMLElement>('[data-clamp]')]
					.filter((el) => !el.closest('[hidden]'))
					.reverse();
				for (const el of clamps) {
					const over = overflows(box);
					if (over <= 1) break;
					const line = parseFloat(getComputedStyle(el).lineHeight) || 1.3 * base;
					const lines = Math.max(1, Math.floor((el.clientHeight - over) / line));
					el.style.setProperty('-webkit-line-clamp', String(lines));
				}
			}
		}

		fit();
		fitted = size();
		let frame = 0;
		const observer = new ResizeObserver(() => {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => {
				// An observer's first word is the size the slide was fitted at: fitting it again
				// was a second round of layouts in the task that showed each slide.
				if (size() === fitted) return;
				fit();
				fitted = size();
			});
		});
		observer.observe(slide);
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
		};
	};
}
