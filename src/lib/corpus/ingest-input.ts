/**
 * Ingest's first check: are these bytes a saved page at all? Size, NUL bytes (a binary file or
 * UTF-16), well-formed UTF-8, a BOM, nothing but spaces. Each refusal names the file and, where
 * there is one, the line of the first bad byte, so an analyst can open the file there.
 */
import type { Problem } from './schema';

/** A saved page is tens of kilobytes; anything this big is not one. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface IngestInput {
	/** As the user named it: every problem and result names the file this way. */
	path: string;
	/** The file's bytes, or its first MAX_BYTES + 1 bytes when it is bigger. */
	bytes: Uint8Array;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const c = bytes[i]!;
		if (c < 0x80) {
			i++;
			continue;
		}
		// The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
		let extra: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf) extra = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			extra = 2;
			if (c === 0xe0) lo = 0xa0;
			if (c === 0xed) hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			extra = 3;
			if (c === 0xf0) lo = 0x90;
			if (c === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k <= extra; k++) {
			const b = bytes[i + k];
			if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return i;
		}
		i += extra + 1;
	}
	return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
	return line;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a saved page, or the problems that make the bytes no saved text at all. */
export function decodeInput(input: IngestInput): { text: string | null; problems: Problem[] } {
	const { path: file, bytes } = input;
	if (bytes.length > MAX_BYTES)
		return {
			text: null,
			problems: [
				{
					file,
					message: 'is larger than 5 MB, too big for a saved page',
					fix: "save only the page's text"
				}
			]
		};
	if (bytes.length === 0)
		return {
			text: null,
			problems: [{ file, message: 'is empty', fix: "save the page's text into it" }]
		};
	const nul = bytes.indexOf(0);
	if (nul >= 0)
		return {
			text: null,
			problems: [
				{
					file,
					line: lineOfByte(bytes, nul),
					message: 'contains NUL bytes: it is a binary file (or UTF-16), not a saved text',
					fix: "save the page's text as UTF-8"
				}
			]
		};
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return {
			text: null,
			problems: [
				{
					file,
					line: at >= 0 ? lineOfByte(bytes, at) : undefined,
					message: 'is not valid UTF-8: it is a binary file or another encoding',
					fix: "save the page's text as UTF-8"
				}
			]
		};
	}
	// The BOM says nothing about the page; the stored file starts at its first character.
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	if (!text.trim())
		return {
			text: null,
			problems: [{ file, message: 'is empty', fix: "save the page's text into it" }]
		};
	return { text, problems: [] };
}
