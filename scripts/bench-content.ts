/**
 * `npm run bench:content`: writes realistic posts (the synthetic corpus of
 * scripts/bench/corpus.ts: about 900 words, headings, links between posts
 * with anchors, images, components, admonitions, tables, code) to a
 * temporary site and times `checkContent` over it, without and with its
 * content-hash cache: the median of 3 runs per size. Every file is parsed
 * once with the real parsers (no fast paths). Goals (issue 19): 200 posts
 * at most 5 s and 1,000 posts at most 20 s without cache.
 * `BENCH_SIZES=200` (or `BENCH_POSTS=200`) measures one size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { checkContent } from './check-content/index';
import {
  corpusOptions,
  IMAGE_POOL_DIR,
  writeCorpus,
  writeImagePool,
  writeSiteSkeleton,
} from './bench/corpus';

const SIZES = (process.env.BENCH_SIZES ?? process.env.BENCH_POSTS ?? '200,1000')
  .split(',')
  .map(Number);
const RUNS = 3;
/** Seconds without cache, by number of posts (issue 19). */
const GOALS: Readonly<Record<number, number>> = { 200: 5, 1000: 20 };

async function writeSite(root: string, posts: number): Promise<void> {
  writeSiteSkeleton(root);
  const images = await writeImagePool(IMAGE_POOL_DIR);
  writeCorpus(root, corpusOptions(root, posts, images));
}

interface Timing {
  median: number;
  timings: number[];
  /** Median processor time of all threads, in seconds. */
  cpu: number;
  problems: number;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function timeRuns(root: string, cacheDir: string | false): Promise<Timing> {
  const timings: number[] = [];
  const cpu: number[] = [];
  let problems = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = await checkContent({ rootDir: root, now: NOW, cacheDir });
    timings.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1e6);
    problems = result.problems.length;
  }
  return { median: median(timings), timings, cpu: median(cpu), problems };
}

const NOW = new Date('2030-01-01T00:00:00Z');
const format = (seconds: number): string => seconds.toFixed(2).replace('.', ',');

async function measure(posts: number): Promise<boolean> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
  try {
    await writeSite(root, posts);
    const cold = await timeRuns(root, false);
    console.log(
      `Zonder cache: ${posts} artikelen gecontroleerd in ${format(cold.median)} s (mediaan van ${RUNS}: ${cold.timings.map(format).join(' / ')} s); ${cold.problems} problemen.`,
    );
    console.log(
      `Processortijd zonder cache: ${format(cold.cpu)} s over alle threads (op een vrije machine met ${os.availableParallelism()} kernen ongeveer ${format(cold.cpu / os.availableParallelism())} s).`,
    );
    const cacheDir = path.join(root, '.cache');
    await checkContent({ rootDir: root, now: NOW, cacheDir });
    const warm = await timeRuns(root, cacheDir);
    console.log(
      `Met cache (niets gewijzigd): ${format(warm.median)} s (mediaan van ${RUNS}: ${warm.timings.map(format).join(' / ')} s).`,
    );
    const goal = GOALS[posts];
    if (goal === undefined) return cold.problems === 0;
    const ok = cold.median <= goal && cold.problems === 0;
    console.log(
      ok
        ? `${posts} artikelen: binnen het doel van ${goal} s.`
        : `${posts} artikelen: niet binnen het doel van ${goal} s zonder cache.`,
    );
    return ok;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let ok = true;
  for (const posts of SIZES) ok = (await measure(posts)) && ok;
  const load = os.loadavg()[0];
  console.log(
    `${os.availableParallelism()} kernen, belasting ${load.toFixed(1).replace('.', ',')}${load > os.availableParallelism() ? ' (de machine is druk: tijden zijn hoger dan normaal)' : ''}.`,
  );
  process.exitCode = ok ? 0 : 1;
}

if (process.env.BENCH_KEEP) {
  fs.mkdirSync(process.env.BENCH_KEEP, { recursive: true });
  void writeSite(process.env.BENCH_KEEP, SIZES[0]);
} else {
  void main();
}
