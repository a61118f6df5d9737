/**
 * The measuring parts of `npm run bench` (scripts/bench-build.ts) that need no
 * build: options, the memory of a process tree, the phases of a build log,
 * medians. Kept apart so unit tests can use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  maxBuildMinutes: number;
  keep: boolean;
}

/** Options from the command line, then the environment, then the defaults of the issue. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'max-build-minutes': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes = (values.sizes ?? env.BENCH_SIZES ?? '100,1000')
    .split(',')
    .map((s) => Number(s.trim()));
  const runs = Number(values.runs ?? env.BENCH_RUNS ?? 3);
  const maxBuildMinutes = Number(values['max-build-minutes'] ?? env.BENCH_MAX_BUILD_MINUTES ?? 10);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes wants whole numbers above 0, separated by commas: ${values.sizes}`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number: ${runs}`);
  if (!(maxBuildMinutes > 0)) throw new Error('--max-build-minutes wants a number above 0');
  return { sizes, runs, maxBuildMinutes, keep: values.keep };
}

/** The pids of `pid` and all its descendants (from /proc/<pid>/task/<tid>/children). */
export function processTree(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    all.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue; // gone
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8');
        for (const child of children.split(' ')) if (child.trim()) queue.push(Number(child));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return all;
}

/** Resident memory of one process in bytes, 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `pid` and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rssOf(p), 0);
}

/**
 * Samples the memory of the process tree of `pid` every `intervalMs` until
 * `stop()`, which returns the highest sum seen, in bytes, and when it was seen
 * (milliseconds after the start). Worker threads are part of their process's
 * RSS; child processes are added.
 */
export function samplePeakMemory(
  pid: number,
  intervalMs = 100,
): { stop: () => { bytes: number; atMs: number } } {
  const started = performance.now();
  let peak = { bytes: 0, atMs: 0 };
  const sample = (): void => {
    const bytes = treeRss(pid);
    if (bytes > peak.bytes) peak = { bytes, atMs: performance.now() - started };
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * The log line a build printed last before `atSeconds`: Docusaurus prints
 * each `[PERF]` phase when it ends, so the peak fell in the phase after it.
 */
export function lineBefore(
  lines: readonly { at: number; text: string }[],
  atSeconds: number,
): string {
  const before = lines.filter((line) => line.at <= atSeconds && line.text.trim() !== '');
  return before.length > 0 ? before[before.length - 1].text.trim() : '(start)';
}

/** Seconds of a `[PERF] label - 1.23 seconds!` or `- 456.7 ms` line. */
const PERF = /^\[PERF\] (.+?) - ([\d.]+) (ms|seconds)/;

/**
 * The phases of one build: from Docusaurus' perf log (config loading, loading
 * the site with all plugins, bundling, static generation, plugins' postBuild)
 * and the post-build pipeline's own line (`[post-build] feeds: 0.4 s, …`,
 * plugins/post-build), one phase `post-build: <step>` per step.
 */
export function phasesOf(
  lines: readonly { at: number; text: string }[],
  total: number,
): Record<string, number> {
  const phases: Record<string, number> = {};
  const names: Record<string, string> = {
    'Get locales to build': 'load config',
    'Build > nl > Load site': 'load site (plugins)',
    'Build > nl > Bundling with rspack': 'bundle (Rspack)',
    'Build > nl > SSG': 'SSG (HTML)',
    'Build > nl > postBuild()': 'postBuild plugins',
    Build: 'Docusaurus total',
    // Inside "load site": the blog with its post model and images (plugins/blog).
    'Build > nl > Load site > Load plugins > Load plugins content > Load blog@default > loadContent()':
      'blog posts + images',
  };
  let docusaurusEnd: number | undefined;
  for (const { at, text } of lines) {
    const perf = PERF.exec(text);
    if (perf) {
      const name = names[perf[1]];
      if (name) phases[name] = Number(perf[2]) / (perf[3] === 'ms' ? 1000 : 1);
      if (perf[1] === 'Build') docusaurusEnd = at;
      continue;
    }
    if (text.startsWith('[post-build] ')) {
      for (const step of text.slice('[post-build] '.length).matchAll(/([^,:]+): ([\d.]+) s/g)) {
        phases[`post-build: ${step[1].trim()}`] = Number(step[2]);
      }
    }
  }
  if (docusaurusEnd !== undefined && phases['Docusaurus total'] !== undefined) {
    // Starting npm and Node and loading Docusaurus before its first perf entry.
    phases['startup'] = Math.max(
      0,
      docusaurusEnd - phases['Docusaurus total'] - (phases['load config'] ?? 0),
    );
  }
  // Whatever is left: writing the report lines, npm.
  const accounted = ['startup', 'load config', 'Docusaurus total']
    .map((name) => phases[name] ?? 0)
    .reduce((a, b) => a + b, 0);
  phases['other'] = Math.max(0, total - accounted);
  return phases;
}

/** The median; of an even number of values, the mean of the middle two. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
