/**
 * The figures `npm run bench` reports: this site against stock Docusaurus,
 * medians of the runs, as ratios, judged against the goals of issue 15. Pure
 * functions of the measured numbers, so the unit tests can check them.
 */
import { median } from './measure';

/** Wall time and peak memory (sum over the process tree) of each run of one kind of build. */
export interface Runs {
  seconds: number[];
  peakBytes: number[];
}

/** The builds of one site at one size. */
export interface VariantRuns {
  cold: Runs;
  warm: Runs;
}

export interface SizeFigures {
  posts: number;
  stock: VariantRuns;
  site: VariantRuns;
}

export type Figure = 'cold build' | 'warm build' | 'peak memory';

export interface Goal {
  posts: number;
  figure: Figure;
  /** Highest acceptable ratio, this site over stock. */
  limit: number;
}

/**
 * The goals of issue 15 (they replace the absolute goals of the serving
 * issue, 1,000 posts in 30 s and 3,000 in 4 GB, which stock Docusaurus itself
 * cannot meet on these machines).
 */
export const GOALS: readonly Goal[] = [
  { posts: 100, figure: 'cold build', limit: 2 },
  { posts: 100, figure: 'warm build', limit: 1.3 },
  { posts: 1000, figure: 'cold build', limit: 3 },
  { posts: 1000, figure: 'peak memory', limit: 1.3 },
];

export interface Row {
  posts: number;
  figure: Figure;
  /** Seconds, or bytes for peak memory. */
  stock: number;
  site: number;
  ratio: number;
  goal?: Goal;
}

/** This site over stock; infinite when stock measured nothing. */
export function ratio(site: number, stock: number): number {
  if (stock > 0) return site / stock;
  return site > 0 ? Infinity : 1;
}

/** Peak memory of a site at one size: the higher of the cold and the warm median. */
export function peakOf(runs: VariantRuns): number {
  return Math.max(median(runs.cold.peakBytes), median(runs.warm.peakBytes));
}

/** The three figures of one size: cold build, warm build, peak memory; each with its goal, if any. */
export function figureRows(size: SizeFigures): Row[] {
  const values: [Figure, number, number][] = [
    ['cold build', median(size.stock.cold.seconds), median(size.site.cold.seconds)],
    ['warm build', median(size.stock.warm.seconds), median(size.site.warm.seconds)],
    ['peak memory', peakOf(size.stock), peakOf(size.site)],
  ];
  return values.map(([figure, stock, site]) => ({
    posts: size.posts,
    figure,
    stock,
    site,
    ratio: ratio(site, stock),
    goal: GOALS.find((g) => g.posts === size.posts && g.figure === figure),
  }));
}

const value = (figure: Figure, n: number): string =>
  figure === 'peak memory' ? `${(n / 1e9).toFixed(2)} GB` : `${n.toFixed(1)} s`;

const times = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '∞');

/** Whether a row meets its goal; undefined when it has none. */
export function meets(row: Row): boolean | undefined {
  return row.goal ? row.ratio <= row.goal.limit : undefined;
}

/** The side-by-side table: one row per size and figure, with the goal and the verdict. */
export function formatRatioTable(rows: readonly Row[]): string {
  const lines = [
    '| posts | figure | stock Docusaurus | this site | ratio | goal | |',
    '|---:|---|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const verdict = meets(row);
    lines.push(
      `| ${row.posts.toLocaleString('en')} | ${row.figure} | ${value(row.figure, row.stock)} | ` +
        `${value(row.figure, row.site)} | ${times(row.ratio)} | ` +
        `${row.goal ? `≤ ${row.goal.limit}×` : '–'} | ` +
        `${verdict === undefined ? '' : verdict ? 'met' : 'NOT met'} |`,
    );
  }
  return lines.join('\n');
}

/** One line per goal of the issue: its verdict, or that its size was not measured. */
export function goalLines(rows: readonly Row[]): string[] {
  return GOALS.map((goal) => {
    const label = `${goal.posts.toLocaleString('en')} posts, ${goal.figure} vs stock ≤ ${goal.limit}×`;
    const row = rows.find((r) => r.posts === goal.posts && r.figure === goal.figure);
    if (!row) return `- ${label}: not measured (run with --sizes including ${goal.posts})`;
    return `- ${label}: ${times(row.ratio)}, ${meets(row) ? 'met' : 'NOT met'}`;
  });
}
