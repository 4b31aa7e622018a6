// A page of text with thousands of entries and nothing to interact with: it ships no JavaScript,
// so it neither carries its data twice (as HTML and as data to hydrate) nor waits to hydrate.
export const csr = false;
