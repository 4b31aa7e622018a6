import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$paraglide/server';

// Each prerendered page is rendered in the language of its address; <html lang> says which.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});
