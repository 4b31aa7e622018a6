/**
 * Fragment ids on the event page, shared by the links that point at them (event list, evidence
 * lists). Source file names are slugs already, so the ids are stable and readable.
 */

export function sourceAnchor(file: string): string {
	return `source-${file.replace(/\.md$/, '')}`;
}

export function sentenceAnchor(file: string, index: number): string {
	return `${sourceAnchor(file)}-s${index + 1}`;
}
