import type { ClientInit } from '@sveltejs/kit';
import { getLocale } from '$paraglide/runtime';
import { loadMessages } from '$lib/i18n/lazy-messages';

// Before the page starts: the words of its language, when that is French or Japanese
// (src/lib/i18n/lazy-messages.ts). SvelteKit waits for this before it hydrates.
export const init: ClientInit = async () => {
	await loadMessages(getLocale());
};
