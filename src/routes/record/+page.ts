// Tables of text with nothing to interact with: no JavaScript, like the event list.
export const csr = false;
