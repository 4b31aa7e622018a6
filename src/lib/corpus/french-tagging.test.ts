/**
 * French theme tagging held to real French readouts: sentences of Government of Canada French
 * texts about Japan (fixtures/french/readouts.json, with the address of each page), and for each
 * the themes a person read in it before the French patterns were written. Precision (right tags
 * over all tags, over the whole table) must be 0.95 or better; recall is printed, not held, since
 * a sentence may say a theme in words no pattern should take (« le régime » for North Korea).
 *
 * A wrong tag is mended in data/themes.yaml (a pattern or an exclude), never by changing what the
 * table expects: see fixtures/french/README.md.
 */
import { describe, expect, it } from 'vitest';
import readouts from './fixtures/french/readouts.json';
import { tagSentence } from './tag';
import { realReference } from './testing';

interface Row {
	url: string;
	text: string;
	expected: string[];
	/** Read after the patterns were written, before they were run on it. */
	heldOut: boolean;
}

const rows: Row[] = readouts.documents.flatMap((d) =>
	d.sentences.map((s) => ({
		url: d.url,
		text: s.text,
		expected: s.themes,
		heldOut: 'heldOut' in d && d.heldOut === true
	}))
);

function score(rows: readonly Row[]) {
	const themes = realReference().context.themes;
	const wrong: string[] = [];
	const missed: string[] = [];
	let tags = 0;
	let expected = 0;
	for (const row of rows) {
		const got = tagSentence(row.text, themes);
		tags += got.length;
		expected += row.expected.length;
		for (const t of got)
			if (!row.expected.includes(t.id))
				wrong.push(`${t.id} (on « ${t.phrase} ») in: ${row.text}\n  ${row.url}`);
		for (const id of row.expected)
			if (!got.some((t) => t.id === id)) missed.push(`${id} in: ${row.text}`);
	}
	return { tags, expected, wrong, missed };
}

describe('French readouts: theme tagging', () => {
	it('is a table of real texts large enough to mean something', () => {
		expect(readouts.documents.length).toBeGreaterThanOrEqual(6);
		expect(rows.length).toBeGreaterThanOrEqual(60);
		expect(rows.some((r) => r.heldOut)).toBe(true);
		const known = new Set(realReference().context.themes.map((t) => t.id));
		for (const d of readouts.documents) expect(d.url).toMatch(/^https?:\/\//);
		for (const row of rows) for (const id of row.expected) expect(known).toContain(id);
	});

	it('tags with a precision of 0.95 or better', () => {
		const report = (label: string, part: readonly Row[]) => {
			const { tags, expected, wrong, missed } = score(part);
			const right = tags - wrong.length;
			const precision = tags ? right / tags : 0;
			console.log(
				`${label}: precision ${precision.toFixed(3)} (${right} of ${tags} tags right), recall ${(expected ? right / expected : 0).toFixed(3)} (${right} of ${expected} themes found) over ${part.length} sentences`
			);
			return { precision, wrong, missed };
		};
		const all = report(`French theme tagging, ${readouts.documents.length} texts`, rows);
		report(
			'of which held out',
			rows.filter((r) => r.heldOut)
		);
		if (all.missed.length) console.log(`Themes not found:\n${all.missed.join('\n')}`);
		expect(all.precision, `wrong tags:\n${all.wrong.join('\n')}`).toBeGreaterThanOrEqual(0.95);
	});
});
