/**
 * Bad data gets every problem at once, each naming the file, line and field. The broken inputs are
 * edits of the fixture corpus, whose text these tests own (data/ changes as analysts add to it).
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import { formatProblem } from './schema';
import { dataFiles, FIXTURE, rawSources } from './testing';

function problemsWith(
	change: (files: ReturnType<typeof dataFiles>, sources: ReturnType<typeof rawSources>) => void
) {
	const files = dataFiles(FIXTURE);
	const sources = rawSources(FIXTURE);
	change(files, sources);
	const { corpus, problems } = buildCorpus(files, sources);
	expect(corpus).toBeNull();
	return problems.map(formatProblem);
}

const src = (
	name: string,
	frontMatter: string,
	body = 'Today, Prime Minister Justin Trudeau met Prime Minister Kishida Fumio in Tokyo.'
) => ({
	name,
	text: `---\n${frontMatter}\n---\n${body}`
});
const FM = 'title: T\nissuer: I\nurl: https://example.org/x\npublished: 2023-01-12';

describe('validation', () => {
	it('accepts the fixture corpus', () => {
		const { corpus, problems } = buildCorpus(dataFiles(FIXTURE), rawSources(FIXTURE));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(corpus).not.toBeNull();
	});

	it('fails when a milestone quote is not in its source, naming the line', () => {
		const p = problemsWith((f) => {
			f.milestones = f.milestones.replace('is final and legally binding', 'is final and binding');
		});
		expect(p).toEqual([
			expect.stringMatching(
				/^data\/milestones\.yaml:\d+: milestones\.south-china-sea-arbitral-award\.quote: the quote is not in 2026-03-06-joint-statement/
			)
		]);
	});

	it('fails when a milestone names a missing source', () => {
		const p = problemsWith((f) => {
			f.milestones = f.milestones.replace(
				'source: 2024-01-13-japan-canada-foreign-ministers-meeting.md',
				'source: nope.md'
			);
		});
		expect(p.length).toBe(1);
		expect(p[0]).toMatch(/source "nope\.md" is not a file in data\/sources\//);
	});

	it('reports every front-matter problem at once with lines and fields', () => {
		const p = problemsWith((_f, s) => {
			s.push(
				src(
					'a.md',
					'title: T\nissuer: I\nurl: not a url\npublished: 2024-13-45\nthemes: [energy-food, space-lasers]\nparticipants: [Nobody Known]\nformat: chat'
				)
			);
			s.push(src('b.md', 'title: [unclosed'));
			s.push(src('c.md', `${FM}\ncolour: red`));
		});
		expect(p).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^data\/sources\/a\.md:4: url: /),
				expect.stringMatching(/^data\/sources\/a\.md:5: published: is not a calendar date/),
				expect.stringMatching(
					/^data\/sources\/a\.md:8: format: is not one of the allowed values — use one of "call", "meeting", /
				),
				expect.stringMatching(/^data\/sources\/a\.md:6: themes\[1\]: unknown theme "space-lasers"/),
				expect.stringMatching(
					/^data\/sources\/a\.md:7: participants\[0\]: unknown person "Nobody Known"/
				),
				expect.stringMatching(/^data\/sources\/b\.md:\d+: front matter: is not valid YAML/),
				expect.stringMatching(/^data\/sources\/c\.md:6: has unknown field\(s\) "colour"/)
			])
		);
	});

	it('reports the same page saved twice, whatever the form of its address', () => {
		const trudeau = rawSources(FIXTURE).find((r) => r.name.startsWith('2022-02-08'))!;
		for (const url of [
			'http://pm.gc.ca/en/node/16726',
			'https://PM.gc.ca/en/node/16726/',
			'https://pm.gc.ca/en/node/16726#readout'
		]) {
			const p = problemsWith((_f, s) => {
				s.push({
					name: 'copy.md',
					text: trudeau.text.replace('url: https://pm.gc.ca/en/node/16726', `url: ${url}`)
				});
			});
			expect(p).toEqual([
				`data/sources/copy.md: url: the address ${url} is already the source of ${trudeau.name} — keep one file per page: remove one of the two`
			]);
		}
	});

	it('reports hostile front matter as one problem each, without throwing', () => {
		const laughs = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'
		].join('\n');
		const p = problemsWith((_f, s) => {
			s.push(src('bomb.md', `${FM}\n${laughs}`));
			s.push(src('proto.md', `${FM}\n__proto__:\n  polluted: true`));
			s.push({ name: 'rule.md', text: '---\nJapan-Canada Relations\n---\nThe ministers met.' });
		});
		expect(p).toEqual([
			expect.stringMatching(/^data\/sources\/bomb\.md:7: front matter: expands YAML aliases/),
			'data/sources/proto.md:6: __proto__: unknown field "__proto__" — remove it: no field has that name',
			expect.stringMatching(
				/^data\/sources\/rule\.md:1: front matter: opens with "---", so line 2 \(up to the next "---"\) was read as front matter/
			)
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports a broken taxonomy: missing fixed theme, bad colour, unknown framework area', () => {
		const p = problemsWith((f) => {
			f.themes = f.themes
				.replace('id: cyber\n', 'id: cyber-stuff\n')
				.replace("color: '#0077BB'", "color: 'blue'")
				.replace('frameworks: [r2026-people-to-people]', 'frameworks: [r2030-moon]');
		});
		expect(p).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^data\/themes\.yaml:\d+: themes\[0\]\.color: must be a colour written #rrggbb/
				)
			])
		);
	});

	it('reports unknown framework areas and missing fixed themes once the file parses', () => {
		const p = problemsWith((f) => {
			f.themes = f.themes
				.replace('id: cyber\n', 'id: cyber-stuff\n')
				.replace('frameworks: [r2026-people-to-people]', 'frameworks: [r2030-moon]');
		});
		expect(p).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/themes\.yaml:\d+: themes: theme "cyber" is missing/),
				expect.stringMatching(
					/themes\.yaml:\d+: themes\.people-to-people\.frameworks\[0\]: unknown framework area "r2030-moon"/
				)
			])
		);
	});

	it('refuses an alias bomb or a __proto__ key in a data file, naming the line', () => {
		const bomb = problemsWith((f) => {
			f.places = `${f.places}\nx: &a [y, y, y, y, y, y, y, y]\nz: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nw: [*b, *b, *b, *b, *b, *b, *b, *b]\n`;
		});
		expect(bomb).toEqual([
			expect.stringMatching(/^data\/places\.yaml:\d+: expands YAML aliases \(\*name\) past 50/)
		]);
		const proto = problemsWith((f) => {
			f.people = f.people.replace(
				'  - id: mark-carney\n',
				'  - id: mark-carney\n    __proto__: {}\n'
			);
		});
		expect(proto).toEqual([
			expect.stringMatching(/^data\/people\.yaml:\d+: __proto__: unknown field "__proto__"/)
		]);
	});

	it('reports YAML syntax errors with their line', () => {
		const p = problemsWith((f) => {
			f.people = f.people.replace('  - id: mark-carney\n', '  - id: mark-carney\n   bad: [\n');
		});
		expect(p[0]).toMatch(/^data\/people\.yaml:\d+: is not valid YAML/);
	});

	it('reports a person term with an unknown office', () => {
		const p = problemsWith((f) => {
			f.people = f.people.replace(
				'office: prime-minister-of-canada, from: 2025-03-14',
				'office: emperor, from: 2025-03-14'
			);
		});
		expect(p).toEqual([
			expect.stringMatching(
				/people\.yaml:\d+: people\.mark-carney\.terms\[0\]\.office: unknown office "emperor"/
			)
		]);
	});
});
