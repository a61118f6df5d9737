/**
 * Runs phase one (analyze.ts) over all files: in worker threads when there
 * are many files and more than one core, and with an optional cache of
 * results keyed by file path (absolute), content and checker version, so a second run only
 * parses what changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { analyzeFile, type FileAnalysis, type FileTask } from './analyze';

export interface RunnerOptions {
  /** Worker threads to use; 1 analyses in this thread. */
  workers?: number;
  /** Directory for the cache; false or undefined: no cache. */
  cacheDir?: string | false;
}

// An ES module (see package.json here): native ESM loading of micromark is
// markedly faster than through a CommonJS transform.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Below this many files to parse, threads cost more than they save. */
const MIN_FILES_PER_WORKER = 100;

function defaultWorkers(): number {
  // Vitest runs TypeScript through its own loader, which worker threads do not inherit.
  return process.env.VITEST ? 1 : Math.max(1, os.availableParallelism());
}

function hash(...parts: string[]): string {
  const digest = createHash('sha1');
  for (const part of parts) {
    digest.update(part).update('\0');
  }
  return digest.digest('hex');
}

let cachedVersion: string | undefined;

/** Changes whenever the checker's code, the allowlist, the plain-text rule or the dependencies change. */
function checkerVersion(): string {
  cachedVersion ??= computeCheckerVersion();
  return cachedVersion;
}

function computeCheckerVersion(): string {
  const sources = [
    HERE,
    path.join(HERE, 'checks'),
    path.join(HERE, '../../src/mdx'),
    path.join(HERE, '../../src/lib'),
    path.join(HERE, '../../plugins/markdown-preprocess'),
  ];
  const parts: string[] = [];
  for (const directory of sources) {
    for (const name of fs.readdirSync(directory).sort()) {
      if (name.endsWith('.ts')) {
        parts.push(name, fs.readFileSync(path.join(directory, name), 'utf8'));
      }
    }
  }
  const lockFile = path.join(HERE, '../../package-lock.json');
  if (fs.existsSync(lockFile)) {
    parts.push(fs.readFileSync(lockFile, 'utf8'));
  }
  return hash(...parts);
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Date) {
    return { $date: original.toISOString() };
  }
  if (value instanceof Map) {
    return { $map: [...value.entries()] };
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as { $date?: string; $map?: Array<[string, unknown]> };
    if (typeof record.$date === 'string') {
      return new Date(record.$date);
    }
    if (Array.isArray(record.$map)) {
      return new Map(record.$map);
    }
  }
  return value;
}

interface CacheFile {
  version: string;
  entries: Record<string, FileAnalysis>;
}

function readCache(file: string, version: string): Record<string, FileAnalysis> {
  try {
    const cache = JSON.parse(fs.readFileSync(file, 'utf8'), reviver) as CacheFile;
    return cache.version === version ? cache.entries : {};
  } catch {
    return {};
  }
}

function writeCache(file: string, cache: CacheFile): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(cache, replacer));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

/** Files a thread claims at a time: small enough to even out the end. */
const CHUNK = 8;

/**
 * Young generation per worker, in MB. Parsing allocates many short-lived
 * objects; with V8's default a worker spends about a fifth of its time
 * collecting garbage, with this much room markedly less.
 */
const WORKER_YOUNG_GENERATION_MB = 64;

export interface SharedWork {
  tasks: FileTask[];
  sources: string[];
  /** Index of the next unclaimed file, shared by all threads. */
  next: Int32Array;
}

/** Claims chunks of files until none are left; returns [index, analysis] pairs. */
export function analyzeShare(work: SharedWork): Array<[number, FileAnalysis]> {
  const done: Array<[number, FileAnalysis]> = [];
  for (;;) {
    const first = Atomics.add(work.next, 0, CHUNK);
    if (first >= work.tasks.length) {
      return done;
    }
    const last = Math.min(first + CHUNK, work.tasks.length);
    for (let index = first; index < last; index += 1) {
      done.push([index, analyzeFile(work.tasks[index], work.sources[index])]);
    }
  }
}

/**
 * The worker as one plain JavaScript file, when running from TypeScript.
 * Loading the sources through tsx in each worker costs about two seconds of
 * processor time (tsx's module hooks run in a thread of their own and see
 * every one of the hundreds of modules); one bundle made with esbuild (which
 * tsx brings) loads in a fraction of that. Kept in the temporary directory
 * under the checker version, so it is built once per version of the code.
 * undefined when it cannot be built: the workers then load through tsx.
 */
function bundledWorker(source: string): string | undefined {
  if (process.env.CHECK_CONTENT_NO_BUNDLE) {
    return undefined;
  }
  const bundle = path.join(os.tmpdir(), `check-content-worker-${checkerVersion()}.mjs`);
  if (fs.existsSync(bundle)) {
    return bundle;
  }
  try {
    const require = createRequire(esbuildBase());
    const esbuild = require('esbuild') as {
      buildSync(options: Record<string, unknown>): { errors: unknown[] };
    };
    const partial = `${bundle}.${process.pid}.tmp`;
    const result = esbuild.buildSync({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Names matter: parse.ts recognises a GFM transform by its name.
      keepNames: true,
      outfile: partial,
      logLevel: 'silent',
      // CommonJS dependencies in an ES module bundle need a require.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
    if (result.errors.length > 0) {
      return undefined;
    }
    fs.renameSync(partial, bundle);
    return bundle;
  } catch (error) {
    if (process.env.CHECK_CONTENT_DEBUG) {
      console.error('check-content: no worker bundle:', error);
    }
    return undefined;
  }
}

/** Where esbuild is found from: tsx's own dependency. */
function esbuildBase(): string {
  return createRequire(import.meta.url).resolve('tsx/package.json');
}

function runWorker(work: SharedWork): Promise<Array<[number, FileAnalysis]>> {
  return new Promise((resolve, reject) => {
    const file = path.join(HERE, `worker${path.extname(SELF)}`);
    const options = {
      workerData: work,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    };
    const bundle = file.endsWith('.ts') ? bundledWorker(file) : undefined;
    // Run from TypeScript sources (tsx): register tsx in the thread first.
    // Both hooks: the TypeScript modules here are ES modules, those in src/ CommonJS.
    // createRequire, not import.meta.resolve: the latter is missing when tsx
    // loads this module as CommonJS (from a CommonJS caller such as
    // scripts/bench-content.ts), and the workers then silently never ran.
    const require = createRequire(import.meta.url);
    const cjsApi = require.resolve('tsx/cjs/api');
    // The `import` condition of tsx/esm/api; require.resolve gives its `require` twin.
    const esmApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const worker = bundle
      ? new Worker(bundle, options)
      : file.endsWith('.ts')
        ? new Worker(
            `require(${JSON.stringify(cjsApi)}).register();` +
              `import(${JSON.stringify(esmApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`,
            { ...options, eval: true },
          )
        : new Worker(file, options);
    worker.once('message', (result: Array<[number, FileAnalysis]>) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Analyses the files in this thread and, for many files, in workers at the
 * same time: one thread per core, this one included. Every thread claims
 * small chunks from a shared counter, so this thread gets going at once
 * while the workers start (loading the parser takes them a while) and all
 * finish together.
 */
async function analyzeMany(
  tasks: FileTask[],
  sources: string[],
  workers: number,
): Promise<FileAnalysis[]> {
  const threads = Math.min(workers, Math.floor(tasks.length / MIN_FILES_PER_WORKER));
  if (threads < 2) {
    return tasks.map((task, index) => analyzeFile(task, sources[index]));
  }
  const work: SharedWork = { tasks, sources, next: new Int32Array(new SharedArrayBuffer(4)) };
  const helpers = Array.from({ length: threads - 1 }, () =>
    runWorker(work).catch((error: unknown) => {
      if (process.env.CHECK_CONTENT_DEBUG) {
        console.error('check-content: worker thread failed:', error);
      }
      // Threads unavailable (for example a loader that workers do not
      // inherit): what this worker claimed is analysed here below.
      return [] as Array<[number, FileAnalysis]>;
    }),
  );
  // Let the workers begin starting before this thread gets busy.
  await new Promise((resolve) => setImmediate(resolve));
  const analyses: FileAnalysis[] = new Array(tasks.length);
  for (const [index, analysis] of analyzeShare(work)) {
    analyses[index] = analysis;
  }
  for (const share of await Promise.all(helpers)) {
    for (const [index, analysis] of share) {
      analyses[index] = analysis;
    }
  }
  for (let index = 0; index < tasks.length; index += 1) {
    analyses[index] ??= analyzeFile(tasks[index], sources[index]);
  }
  return analyses;
}

/** Analyses every file, reusing cached results where the content is unchanged. */
export async function analyzeAll(
  tasks: readonly FileTask[],
  options: RunnerOptions = {},
): Promise<FileAnalysis[]> {
  const workers = options.workers ?? defaultWorkers();
  const sources = tasks.map((task) => {
    try {
      return fs.readFileSync(task.absolutePath, 'utf8');
    } catch {
      return '';
    }
  });
  if (!options.cacheDir) {
    return analyzeMany([...tasks], sources, workers);
  }
  const cacheFile = path.join(options.cacheDir, 'analyses.json');
  const version = checkerVersion();
  const cached = readCache(cacheFile, version);
  // The absolute path, not only the relative one: an analysis holds the
  // file's absolute path, and two checkouts sharing one cache (a worktree, a
  // restored CI cache) must not read each other's results.
  const keys = tasks.map((task, index) =>
    hash(task.kind, task.file, task.absolutePath, sources[index]),
  );
  const missing = tasks.map((_task, index) => index).filter((index) => !cached[keys[index]]);
  const fresh = await analyzeMany(
    missing.map((index) => tasks[index]),
    missing.map((index) => sources[index]),
    workers,
  );
  const entries: Record<string, FileAnalysis> = {};
  const analyses = tasks.map((_task, index) => cached[keys[index]]);
  missing.forEach((taskIndex, position) => {
    analyses[taskIndex] = fresh[position];
  });
  analyses.forEach((analysis, index) => {
    entries[keys[index]] = analysis;
  });
  writeCache(cacheFile, { version, entries });
  return analyses;
}
