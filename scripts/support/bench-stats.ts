/**
 * The arithmetic of `npm run bench:ui`: summaries of timings, how runs are shared out between
 * rounds, and the side-by-side verdict on two builds. Pure, so that it is tested without a
 * browser (bench-stats.test.ts).
 */

export interface Summary {
	median: number;
	p90: number;
	min: number;
	max: number;
	n: number;
}

export function summarize(values: readonly number[]): Summary {
	if (!values.length) throw new Error('summarize: no values');
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return {
		median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
		// Nearest rank.
		p90: s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)]!,
		min: s[0]!,
		max: s.at(-1)!,
		n: s.length
	};
}

export const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);

export const formatSummary = (s: Summary) =>
	`median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)} (n=${s.n})`;

/**
 * `total` runs shared out between `rounds`, in whole multiples of `unit`, earlier rounds taking
 * the remainder. The unit keeps runs that belong together on one page: a theme clicked twice
 * (on, then off) must not have its second click land on a fresh page, where it would be a first.
 */
export function chunkRuns(total: number, rounds: number, unit = 1): number[] {
	if (rounds < 1 || unit < 1 || total % unit)
		throw new Error(`chunkRuns: ${total} runs do not split into rounds of ${unit}`);
	const units = total / unit;
	return Array.from(
		{ length: rounds },
		(_, r) => (Math.floor(units / rounds) + (r < units % rounds ? 1 : 0)) * unit
	);
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-x * x);
	return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Mann–Whitney U test, two-sided, by the normal approximation with tie and continuity
 * corrections (scipy's `mannwhitneyu(a, b, method='asymptotic')`). Timings are skewed and have
 * outliers (a garbage collection, another job on the machine), so ranks, not means.
 * `u` is the statistic of `a`: below n·m/2 when `a` tends to be smaller.
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): { u: number; p: number } {
	const n1 = a.length;
	const n2 = b.length;
	if (!n1 || !n2) throw new Error('mannWhitney: both samples need values');
	const all = [...a.map((v) => ({ v, a: true })), ...b.map((v) => ({ v, a: false }))].sort(
		(x, y) => x.v - y.v
	);
	const n = n1 + n2;
	let rankSumA = 0;
	let ties = 0;
	for (let i = 0; i < n;) {
		let j = i;
		while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) if (all[k]!.a) rankSumA += rank;
		const t = j - i + 1;
		ties += t ** 3 - t;
		i = j + 1;
	}
	const u = rankSumA - (n1 * (n1 + 1)) / 2;
	const mean = (n1 * n2) / 2;
	const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
	if (sd === 0) return { u, p: 1 };
	const z = Math.max(0, Math.abs(u - mean) - 0.5) / sd;
	return { u, p: Math.min(1, 2 * (1 - normalCdf(z))) };
}

/** Below this, a difference between the two builds is called real. */
export const SIGNIFICANCE = 0.05;

export interface Comparison {
	/** The median of `b` over the median of `a`: under 1 when `b` is faster. */
	ratio: number;
	p: number;
	/** Which build is faster, or null when the runs do not tell them apart. */
	faster: 'a' | 'b' | null;
}

/** Compares two samples of times (smaller is faster). */
export function compareTimes(a: readonly number[], b: readonly number[]): Comparison {
	const { u, p } = mannWhitney(a, b);
	const ratio = summarize(b).median / summarize(a).median;
	// By ranks, as the test is: a median can sit on the other side of a real difference.
	const faster = p >= SIGNIFICANCE ? null : u < (a.length * b.length) / 2 ? 'a' : 'b';
	return { ratio, p, faster };
}

/** One scenario measured on both builds, or why it could not be. */
export interface SideBySideRow {
	name: string;
	targetMs: number | null;
	a: readonly number[] | { failure: string };
	b: readonly number[] | { failure: string };
}

const percent = (ratio: number) => `${Math.abs((ratio - 1) * 100).toFixed(0)}%`;

/** Words for a comparison: which build is faster and by how much, or that neither is. */
export function verdict(c: Comparison, labels: { a: string; b: string }): string {
	const p = c.p < 0.001 ? 'p<0.001' : `p=${c.p.toFixed(3)}`;
	if (c.faster === null) return `no clear difference (${p})`;
	const b = c.faster === 'b';
	// The ratio is b over a; said of the faster build.
	const by = b ? percent(c.ratio) : percent(1 / c.ratio);
	return `${b ? labels.b : labels.a} faster by ${by} (${p})`;
}

/**
 * Whether a sample meets its target: its median at most `targetMs` (the targets are written
 * "≤ 50 ms"). Null when there is no target.
 */
export function meetsTarget(values: readonly number[], targetMs: number | null): boolean | null {
	return targetMs === null ? null : summarize(values).median <= targetMs;
}

const metWord = (m: boolean | null) => (m === null ? '–' : m ? 'met' : 'NOT met');

/**
 * The side-by-side table: per scenario, its target, each build's median, p90 and whether it meets
 * the target, the ratio of medians (b / a) and which is faster. Plain text with padded columns,
 * for a terminal or an issue comment.
 */
export function sideBySideTable(
	rows: readonly SideBySideRow[],
	labels: { a: string; b: string }
): string[] {
	const cell = (side: SideBySideRow['a'], targetMs: number | null) =>
		Array.isArray(side)
			? [ms(summarize(side).median), ms(summarize(side).p90), metWord(meetsTarget(side, targetMs))]
			: ['not measured', '', '–'];
	const body = rows.map((r) => {
		const both = Array.isArray(r.a) && Array.isArray(r.b);
		const c = both ? compareTimes(r.a as number[], r.b as number[]) : null;
		return [
			r.name,
			r.targetMs === null ? '–' : `≤ ${ms(r.targetMs)}`,
			...cell(r.a, r.targetMs),
			...cell(r.b, r.targetMs),
			c ? c.ratio.toFixed(2) : '–',
			c
				? verdict(c, labels)
				: `not compared: ${[r.a, r.b].map((s) => ('failure' in s ? s.failure : '')).find(Boolean)}`
		];
	});
	const head = [
		'scenario',
		'target',
		`${labels.a} median`,
		'p90',
		'met?',
		`${labels.b} median`,
		'p90',
		'met?',
		`${labels.b}/${labels.a}`,
		'verdict'
	];
	const table = [head, ...body];
	const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
	// Text left, numbers right; the verdict is last and left ragged.
	const line = (row: string[]) =>
		row
			.map((v, i) =>
				i === 0 ? v.padEnd(widths[i]!) : i === row.length - 1 ? v : v.padStart(widths[i]!)
			)
			.join('  ')
			.trimEnd();
	return [
		line(head),
		widths.map((w, i) => '-'.repeat(i === head.length - 1 ? 7 : w)).join('  '),
		...body.map(line)
	];
}
