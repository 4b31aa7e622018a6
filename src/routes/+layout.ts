// Every page is prerendered into a static file.
export const prerender = true;
export const trailingSlash = 'always';
