/**
 * What ingest tells the analyst about one page: the human-readable report and the `--json`
 * record. Wording only; the facts come from planIngest.
 */
import { oneLine, type IngestResult } from './ingest';

/** The JSON record of one result, as `--json` prints it. */
export function resultJson(result: IngestResult, output: string) {
	return {
		file: result.file,
		output,
		title: result.title,
		lang: result.lang,
		excerpt: result.excerpt,
		date: result.date,
		format: result.format,
		level: result.level,
		location: result.location,
		participants: result.participants.map(({ name, office, country }) => ({
			name,
			office,
			country
		})),
		themes: result.themes,
		warnings: result.warnings,
		// Only for a version, so that a source's record reads as it always has.
		...(result.translationOf ? { translationOf: result.translationOf } : {})
	};
}

/** The human-readable report of one result. */
export function formatReport(result: IngestResult, output: string): string {
	const lines = [`${result.file} → ${output}`];
	const row = (label: string, value: string) => lines.push(`  ${`${label}:`.padEnd(14)}${value}`);
	row('title', result.title ?? '(none)');
	row(
		'language',
		`${result.lang}${result.provenance.lang === 'given' ? '  (given)' : '  (detected)'}`
	);
	if (result.excerpt) row('excerpt', 'yes: the text is only the opening of the page');
	if (result.via) row('via', result.via);
	if (result.original) row('original', result.original);
	if (result.translationOf) {
		// A version's event facts are its original's: what its text yields of them is not shown.
		row('version of', `${result.translationOf} (its event, counted once, from that file)`);
		row(
			'themes',
			result.themes.length
				? `${result.themes.map((t) => `${t.id} ${t.mentions}`).join(', ')} (marked in its text, counted nowhere)`
				: '(none)'
		);
		return withWarnings(lines, result);
	}
	row(
		'date',
		`${result.date}${
			result.provenance.date === 'given'
				? '  (given in front matter)'
				: result.dateEvidence
					? `  (from "${oneLine(result.dateEvidence)}")`
					: ''
		}`
	);
	if (result.dateJapan) row('date in Japan', result.dateJapan);
	row('format', result.format);
	row('level', result.level);
	row('location', result.location ?? '(none)');
	row(
		'participants',
		result.participants.length
			? result.participants.map((p) => `${p.name} (${p.office ?? 'no office'})`).join('; ')
			: '(none)'
	);
	if (result.framework) row('framework', result.framework);
	row(
		'themes',
		result.themes.length ? result.themes.map((t) => `${t.id} ${t.mentions}`).join(', ') : '(none)'
	);
	return withWarnings(lines, result);
}

function withWarnings(lines: string[], result: IngestResult): string {
	if (result.warnings.length) {
		lines.push('  warnings:');
		for (const w of result.warnings) lines.push(`    - ${w}`);
	}
	return lines.join('\n');
}
