/**
 * `npm run bench:content`: writes 1,000 realistic posts (the synthetic corpus
 * of scripts/bench/corpus.ts: about 900 words, headings, links between posts
 * with anchors, images, components, admonitions, tables, code) to a
 * temporary site and times `checkContent` over it: the median of 3 runs.
 * Goal: under 5 seconds.
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

const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const RUNS = 3;
const GOAL_SECONDS = 5;

async function writeSite(root: string): Promise<void> {
  writeSiteSkeleton(root);
  const images = await writeImagePool(IMAGE_POOL_DIR);
  writeCorpus(root, corpusOptions(root, POSTS, images));
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

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
  try {
    await writeSite(root);
    const cold = await timeRuns(root, false);
    console.log(
      `Zonder cache: ${POSTS} artikelen gecontroleerd in ${format(cold.median)} s (mediaan van ${RUNS}: ${cold.timings.map(format).join(' / ')} s); ${cold.problems} problemen.`,
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
    const load = os.loadavg()[0];
    console.log(
      `${os.availableParallelism()} kernen, belasting ${load.toFixed(1).replace('.', ',')}${load > os.availableParallelism() ? ' (de machine is druk: tijden zijn hoger dan normaal)' : ''}.`,
    );
    const ok = cold.median < GOAL_SECONDS && cold.problems === 0;
    console.log(
      ok
        ? `Binnen het doel van ${GOAL_SECONDS} s.`
        : `Niet binnen het doel van ${GOAL_SECONDS} s zonder cache.`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.env.BENCH_KEEP) {
  fs.mkdirSync(process.env.BENCH_KEEP, { recursive: true });
  void writeSite(process.env.BENCH_KEEP);
} else {
  void main();
}
