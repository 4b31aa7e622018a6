import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$paraglide/runtime';

// /fr/… and /ja/… are the same routes as /…: one set of routes serves all three languages.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
