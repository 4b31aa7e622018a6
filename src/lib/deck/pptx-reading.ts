/**
 * Reading a built .pptx back, for the deck's tests and check script: it is a zip of XML parts
 * (JSZip comes with pptxgenjs). The text of the runs (<a:t>), entities decoded, and a strict
 * well-formedness check, so a test sees what PowerPoint would, and that it would open it.
 */
import JSZip from 'jszip';

export interface PptxParts {
	/** Every part's text by path ("ppt/slides/slide1.xml"). */
	parts: Map<string, string>;
	/** The slides' XML, in slide order. */
	slides: string[];
}

const byNumber = (a: string, b: string) =>
	Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

export async function readPptx(data: Uint8Array): Promise<PptxParts> {
	const zip = await JSZip.loadAsync(data);
	const parts = new Map<string, string>();
	for (const [path, file] of Object.entries(zip.files))
		if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
	const slides = [...parts.keys()]
		.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
		.sort(byNumber)
		.map((p) => parts.get(p)!);
	return { parts, slides };
}

/** XML text with its five entities and character references decoded. */
export function decodeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(
					e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
				)
			: ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[
					e.toLowerCase()
				]!
	);
}

/** The text of every run (<a:t>) in a part, decoded, in order. */
export function runTexts(xml: string): string[] {
	return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((r) => decodeXml(r[1]!));
}

/** The paragraphs' text of a part: its runs joined, paragraph by paragraph (<a:p>). */
export function paragraphTexts(xml: string): string[] {
	return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runTexts(p[1]!).join(''));
}

/**
 * Problems that would stop an XML parser (empty when well-formed): a tag left open or closed out
 * of turn, an attribute not quoted, a bare `&` or `<` in text, a character XML 1.0 forbids.
 */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const body = xml.replace(/^<\?xml[^?]*\?>/, '');
	// The characters XML 1.0 forbids are what this looks for.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(body))
		problems.push('a character XML 1.0 does not allow');
	const stack: string[] = [];
	const token =
		/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
	let last = 0;
	for (const t of body.matchAll(token)) {
		const text = body.slice(last, t.index);
		if (/<|&(?!(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);)/i.test(text))
			problems.push(`bad text before offset ${t.index}: ${JSON.stringify(text.slice(0, 60))}`);
		last = t.index + t[0].length;
		if (!t[2]) continue;
		const attrs = t[3] ?? '';
		if (/&(?!(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);)/i.test(attrs))
			problems.push(`bare & in an attribute of <${t[2]}>`);
		if (t[1]) {
			const open = stack.pop();
			if (open !== t[2]) problems.push(`</${t[2]}> closes <${open ?? 'nothing'}>`);
		} else if (!t[4]) stack.push(t[2]);
	}
	const rest = body.slice(last);
	if (rest.trim()) problems.push(`text after the last tag: ${JSON.stringify(rest.slice(0, 60))}`);
	if (stack.length) problems.push(`left open: ${stack.join(', ')}`);
	return problems;
}
