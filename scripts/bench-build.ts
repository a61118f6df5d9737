/**
 * `npm run bench [-- --sizes 100,1000 --runs 3]`: what this site's build costs
 * next to stock Docusaurus building the same posts. Not part of `npm test`.
 *
 * For each size it prepares, in `.tmp/bench-build/<n>/`:
 * - `site/`: a copy of this site (every file git knows or would add, without
 *   tests/ and CI) with n synthetic posts added (scripts/bench/corpus.ts:
 *   Dutch text, headings, code, tables, images, components, admonitions,
 *   1–3 authors, 2–5 tags; no Mermaid diagrams);
 * - `stock/`: stock Docusaurus 3.10, classic preset, `future.v4`, no plugins
 *   or theme overrides of its own, with the same `blog/` folder, images
 *   included (scripts/bench/stock.ts);
 * both git repositories (Docusaurus reads last-update dates from git), and
 * runs `npm run build` in each, alternating, `runs` times:
 *
 * - cold: without `.docusaurus/`, `build/`, `node_modules/.blog-images/` (the
 *   image cache of plugins/blog, which `docusaurus clear` keeps),
 *   `node_modules/.cache/` (the
 *   Rspack persistent cache and the image caches of plugins/) and the
 *   transpile caches of jiti and tsx (TMPDIR is the copy's `.tmp/`). Each
 *   copy's `node_modules/` is a folder of its own holding a symlink to every
 *   entry of the real one except `.cache`, so its caches are its own and a
 *   cold build is cold: a symlinked `node_modules/` would share the real
 *   `node_modules/.cache/`.
 * - warm: the same build again right after, caches (the image cache
 *   included) kept.
 *
 * Run 1 builds stock first, run 2 this site first, and so on, so that neither
 * always meets the machine in the same state.
 *
 * Measured per build: wall time, and peak memory of the whole process tree
 * (npm, Docusaurus with its worker threads, tsx, Chromium for the Mermaid
 * diagram in the kennisbank): the sum of VmRSS over the build and all its
 * descendants, sampled every 100 ms, maximum of the sum. Shared pages are
 * counted once per process, so this overestimates a little, the same way for
 * both sites.
 *
 * Measured on the last build of each site and size: the gzip size of
 * `build/assets/js/main.*.js`, and the JS a post page loads: a synthetic post
 * (the newest MDX post) opened in headless Chromium from a local static
 * server, first visit, no interaction, until the network is idle; every
 * script file counted once at its gzip size (`gzip -6`), idle-priority
 * `<link rel=prefetch>` chunks not counted (as in tests/browser/budgets.spec.ts).
 * This site's post pages load the React app only when the reader first
 * reaches for a control (plugins/post-build/islands), so what pointing at the search
 * box then adds is reported too, and the inline scripts of the HTML.
 *
 * Prints the ratios side by side (medians of the runs) against the goals of
 * issue 15, the details of both sites, the phases of the builds (Docusaurus'
 * perf log, this site's post-build steps) and the load average at start and
 * end: the machine is shared, so check that before comparing numbers. Logs of
 * every build stay in `.tmp/bench-build/logs/`; the copies are removed (keep
 * them with `--keep`).
 *
 * Options (or environment variables):
 *   --sizes 100,1000        BENCH_SIZES   numbers of synthetic posts
 *   --runs 3                BENCH_RUNS    cold and warm builds per site and size
 *   --max-build-minutes 10  BENCH_MAX_BUILD_MINUTES
 *       when the first cold build of this site at a size takes longer, that
 *       size gets only one run (reported in the output)
 *   --keep                                keep the copies in .tmp/bench-build/
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { isHydrated, waitForHydration } from '../tests/support/hydration';
import { serveDirectory } from '../tests/support/static-server';
import {
  corpusOptions,
  IMAGE_POOL_DIR,
  planPost,
  writeCorpus,
  writeImagePool,
  type PostPlan,
} from './bench/corpus';
import {
  median,
  parseOptions,
  phasesOf,
  lineBefore,
  samplePeakMemory,
  type BenchOptions,
} from './bench/measure';
import {
  figureRows,
  formatRatioTable,
  goalLines,
  type Row,
  type VariantRuns,
} from './bench/report';
import { commitAll, copySite } from './bench/site-copy';
import { writeStockSite } from './bench/stock';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'bench-build');
const LOGS = path.join(WORK, 'logs');

/** The two sites built at every size. */
type Variant = 'stock' | 'site';
const VARIANTS: readonly Variant[] = ['stock', 'site'];
const LABEL: Record<Variant, string> = { stock: 'stock Docusaurus', site: 'this site' };

/** Not a build-time goal: post-page JS at 2,000 posts (or more) over the same at 100 posts. */
const POST_JS_GOAL = { posts: 2000, base: 100, limit: 1.1 };

// ---------------------------------------------------------------------------
// The copies of the sites

/**
 * The copy's temporary folder, TMPDIR of its builds: jiti (which loads
 * docusaurus.config.ts and plugins/) and tsx keep their transpile caches in
 * the temporary folder, so with the shared /tmp a cold build would not be cold.
 */
function tmpDirOf(dir: string): string {
  return path.join(dir, '.tmp');
}

function clearCaches(dir: string): void {
  for (const rel of [
    '.docusaurus',
    'build',
    '.caddy',
    path.join('node_modules', '.cache'),
    path.join('node_modules', '.blog-images'),
  ]) {
    rmSync(path.join(dir, rel), { recursive: true, force: true });
  }
  rmSync(tmpDirOf(dir), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------
// Running a build and measuring its memory

interface BuildResult {
  seconds: number;
  peakBytes: number;
  /** Seconds after the start when memory peaked, and the last log line before then. */
  peakAt: number;
  peakAfter: string;
  log: string;
  /** Phase name to seconds. */
  phases: Record<string, number>;
}

let running: number | undefined;

function buildEnv(dir: string): NodeJS.ProcessEnv {
  mkdirSync(tmpDirOf(dir), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmpDirOf(dir),
    // Docusaurus prints the time of each phase of the build.
    DOCUSAURUS_PERF_LOGGER: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  delete env.BLOG_PREVIEW; // the production build
  return env;
}

/** Runs `npm run build` in `dir`, sampling the memory of its process tree. */
async function runBuild(
  dir: string,
  logFile: string,
  timeoutMinutes: number,
): Promise<BuildResult> {
  const log = createWriteStream(logFile);
  const lines: { at: number; text: string }[] = [];
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    cwd: dir,
    // Its own process group, so a timeout or Ctrl+C stops everything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: buildEnv(dir),
  });
  if (child.pid === undefined) throw new Error('npm did not start');
  const pid = child.pid;
  running = pid;
  const pending = { stdout: '', stderr: '' };
  const reader =
    (stream: 'stdout' | 'stderr') =>
    (chunk: Buffer): void => {
      log.write(chunk);
      const parts = (pending[stream] + chunk.toString('utf8')).split('\n');
      pending[stream] = parts.pop() ?? '';
      const at = (performance.now() - started) / 1000;
      for (const part of parts) lines.push({ at, text: part });
    };
  child.stdout.on('data', reader('stdout'));
  child.stderr.on('data', reader('stderr'));
  const memory = samplePeakMemory(pid);
  const timeout = setTimeout(() => killGroup(pid), timeoutMinutes * 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  clearTimeout(timeout);
  running = undefined;
  for (const rest of [pending.stdout, pending.stderr])
    if (rest) lines.push({ at: seconds, text: rest });
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = lines
      .slice(-30)
      .map((l) => l.text)
      .join('\n');
    throw new Error(`npm run build failed in ${dir} (exit ${code}); log: ${logFile}\n${tail}`);
  }
  return {
    seconds,
    peakBytes: peak.bytes,
    peakAt: peak.atMs / 1000,
    peakAfter: lineBefore(lines, peak.atMs / 1000),
    log: logFile,
    phases: phasesOf(lines, seconds),
  };
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------
// What the built site sends

function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

function mainJsGzip(buildDir: string): number {
  const dir = path.join(buildDir, 'assets', 'js');
  const mains = readdirSync(dir).filter((name) => /^main\.[0-9a-f]+\.js$/.test(name));
  if (mains.length === 0) throw new Error(`No main.*.js in ${dir}`);
  return mains.reduce((sum, name) => sum + gzipBytes(readFileSync(path.join(dir, name))), 0);
}

interface ScriptTotals {
  gzipBytes: number;
  rawBytes: number;
  scripts: number;
}

interface PageJs {
  /** Script files a first visit loads, no interaction, until the network is idle. */
  firstVisit: ScriptTotals;
  /** Script files added when the reader first reaches for a control (the React app, plugins/post-build/islands). */
  firstUse: ScriptTotals;
  /** Inline `<script>` elements of the HTML, gzip (part of the HTML, not counted above). */
  inlineGzipBytes: number;
  /** Whether React had hydrated the page before any interaction. */
  hydratedOnVisit: boolean;
  /** Idle-priority prefetches of linked routes' scripts seen (not counted). */
  prefetchedScripts: number;
}

function totals(bodies: Iterable<Buffer>): ScriptTotals {
  const list = [...bodies];
  return {
    gzipBytes: list.reduce((sum, body) => sum + gzipBytes(body), 0),
    rawBytes: list.reduce((sum, body) => sum + body.length, 0),
    scripts: list.length,
  };
}

/**
 * The scripts a first visit to `url` loads until the network is idle (no
 * interaction), and then those that pointing at the search box adds, as a
 * reader's pointer does first (the same as tests/support/fixtures.ts
 * `waitForHydration`). Prefetches are not counted (tests/browser/budgets.spec.ts).
 */
async function postPageJs(browser: Browser, url: string): Promise<PageJs> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    type Phase = 'visit' | 'use';
    let phase: Phase = 'visit';
    const requests = new Map<string, { url: string; kind: string; phase: Phase }>();
    cdp.on('Network.requestWillBeSent', (e) => {
      // Docusaurus prefetches the chunks of linked routes with <link rel="prefetch">,
      // which Chromium sends as type Other at the lowest priority.
      const prefetch =
        e.type === 'Prefetch' || (e.type === 'Other' && e.request.initialPriority === 'VeryLow');
      requests.set(e.requestId, {
        url: e.request.url,
        kind: prefetch ? 'prefetch' : (e.type ?? 'Other'),
        phase,
      });
    });
    const bodies: Promise<void>[] = [];
    const scripts: Record<Phase, Map<string, Buffer>> = { visit: new Map(), use: new Map() };
    let html = '';
    let prefetchedScripts = 0;
    cdp.on('Network.loadingFinished', (e) => {
      const request = requests.get(e.requestId);
      if (!request) return;
      if (request.kind === 'prefetch' && /\.js(\?|$)/.test(request.url)) prefetchedScripts += 1;
      const wanted = request.kind === 'Script' || (request.kind === 'Document' && !html);
      if (!wanted || scripts.visit.has(request.url) || scripts.use.has(request.url)) return;
      bodies.push(
        cdp.send('Network.getResponseBody', { requestId: e.requestId }).then((body) => {
          const data = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
          if (request.kind === 'Document') html = data.toString('utf8');
          else scripts[request.phase].set(request.url, data);
        }),
      );
    });
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    const hydratedOnVisit = await isHydrated(page);
    phase = 'use';
    await waitForHydration(page);
    await Promise.all(bodies);
    if (process.env.BENCH_VERBOSE) {
      for (const kind of ['visit', 'use'] as const) {
        for (const [script, body] of scripts[kind]) {
          console.log(
            `  ${kind} ${new URL(script).pathname} ${body.length} B, gzip ${gzipBytes(body)} B`,
          );
        }
      }
    }
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1])
      .join('');
    return {
      firstVisit: totals(scripts.visit.values()),
      firstUse: totals(scripts.use.values()),
      inlineGzipBytes: inline ? gzipBytes(inline) : 0,
      hydratedOnVisit,
      prefetchedScripts,
    };
  } finally {
    await context.close();
  }
}

/** The post whose page is measured: the newest MDX post, the same one at every size. */
function measuredPost(): PostPlan {
  for (let number = 0; ; number += 1) {
    const plan = planPost(number);
    if (plan.mdx) return plan;
  }
}

// ---------------------------------------------------------------------------
// One size

interface VariantResult {
  cold: BuildResult[];
  warm: BuildResult[];
  mainJsGzip: number;
  postPage: PageJs;
}

interface SizeResult {
  posts: number;
  runs: number;
  reducedRuns: boolean;
  postUrl: string;
  variants: Record<Variant, VariantResult>;
}

/** The JS a built site sends: main.js and the measured post page. */
async function measureJs(
  browser: Browser,
  buildDir: string,
  postUrl: string,
): Promise<Pick<VariantResult, 'mainJsGzip' | 'postPage'>> {
  const server = await serveDirectory(buildDir);
  try {
    return {
      mainJsGzip: mainJsGzip(buildDir),
      postPage: await postPageJs(browser, server.url + postUrl),
    };
  } finally {
    await server.close();
  }
}

async function benchSize(posts: number, options: BenchOptions): Promise<SizeResult> {
  const base = path.join(WORK, String(posts));
  const dirs: Record<Variant, string> = {
    site: path.join(base, 'site'),
    stock: path.join(base, 'stock'),
  };
  const prepared = performance.now();
  copySite(ROOT, dirs.site);
  const images = await writeImagePool(IMAGE_POOL_DIR);
  const corpus = writeCorpus(dirs.site, corpusOptions(dirs.site, posts, images));
  commitAll(dirs.site);
  writeStockSite(dirs.stock, dirs.site, path.join(ROOT, 'node_modules'));
  commitAll(dirs.stock);
  console.log(
    `[bench] ${posts} posts: copies in ${path.relative(ROOT, base)}/{site,stock}/ ready in ` +
      `${((performance.now() - prepared) / 1000).toFixed(1)} s (${corpus.mdx} MDX, ` +
      `${corpus.imageFiles} image files, ${(corpus.bytes / 1e6).toFixed(1)} MB of Markdown)`,
  );
  const builds: Record<Variant, { cold: BuildResult[]; warm: BuildResult[] }> = {
    stock: { cold: [], warm: [] },
    site: { cold: [], warm: [] },
  };
  let runs = options.runs;
  let reducedRuns = false;
  // Only against a build that hangs: on a busy 2-core machine a large build takes long.
  const timeout = Math.max(180, options.maxBuildMinutes * 12);
  try {
    for (let run = 1; run <= runs; run += 1) {
      // Alternate which site builds first.
      const order = run % 2 === 1 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        clearCaches(dirs[variant]);
        const loadBefore = os.loadavg()[0];
        const log = (kind: string): string =>
          path.join(LOGS, `${posts}-${variant}-${kind}-${run}.log`);
        const c = await runBuild(dirs[variant], log('cold'), timeout);
        const w = await runBuild(dirs[variant], log('warm'), timeout);
        builds[variant].cold.push(c);
        builds[variant].warm.push(w);
        for (const [kind, b] of [
          ['cold', c],
          ['warm', w],
        ] as const) {
          console.log(
            `[bench]   ${kind}: memory peaked ${b.peakAt.toFixed(0)} s in, after "${b.peakAfter}"`,
          );
        }
        console.log(
          `[bench] ${posts} posts, run ${run}/${runs}, ${LABEL[variant]}: cold ` +
            `${c.seconds.toFixed(1)} s, ${gb(c.peakBytes)} GB; warm ${w.seconds.toFixed(1)} s, ` +
            `${gb(w.peakBytes)} GB (load ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`,
        );
      }
      const firstCold = builds.site.cold[0];
      if (run === 1 && runs > 1 && firstCold.seconds > options.maxBuildMinutes * 60) {
        runs = 1;
        reducedRuns = true;
        console.log(
          `[bench] ${posts} posts: a cold build of this site took over ` +
            `${options.maxBuildMinutes} min; one run only.`,
        );
      }
    }
    const postUrl = measuredPost().url;
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    });
    try {
      const variants = {} as Record<Variant, VariantResult>;
      for (const variant of VARIANTS) {
        const js = await measureJs(browser, path.join(dirs[variant], 'build'), postUrl);
        variants[variant] = { ...builds[variant], ...js };
      }
      return { posts, runs, reducedRuns, postUrl, variants };
    } finally {
      await browser.close();
    }
  } finally {
    if (!options.keep) rmSync(base, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Report

const gb = (bytes: number): string => (bytes / 1e9).toFixed(2);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const secs = (seconds: number): string => seconds.toFixed(1);
const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

function runsOf(builds: { cold: BuildResult[]; warm: BuildResult[] }): VariantRuns {
  const of = (list: BuildResult[]): VariantRuns['cold'] => ({
    seconds: list.map((b) => b.seconds),
    peakBytes: list.map((b) => b.peakBytes),
  });
  return { cold: of(builds.cold), warm: of(builds.warm) };
}

function report(results: readonly SizeResult[], loadAtStart: string): void {
  const rows: Row[] = results.flatMap((r) =>
    figureRows({ posts: r.posts, stock: runsOf(r.variants.stock), site: runsOf(r.variants.site) }),
  );
  console.log(
    '\nBuild benchmark: `npm run build` of this site (a copy with n synthetic posts) and of ' +
      'stock Docusaurus 3.10 (classic preset, future.v4, the same blog/ folder), alternating; ' +
      `medians of ${results.map((r) => `${r.runs}${r.reducedRuns ? ' (reduced)' : ''}`).join(', ')} ` +
      'runs. Peak memory: sum of VmRSS over the process tree, the higher of the cold and warm ' +
      'medians, GB = 10^9 B. Ratio: this site over stock.\n',
  );
  console.log(formatRatioTable(rows));
  console.log('\nGoals of issue 15:');
  for (const line of goalLines(rows)) console.log(line);

  console.log('\nDetails (medians). JS in KB = 1024 B, gzip -6.\n');
  console.log(
    '| posts | site | cold build | warm build | peak memory (cold) | peak memory (warm) | ' +
      'main.js gzip | post page JS, first visit | + on first use | inline JS in HTML |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const js = (t: ScriptTotals): string => `${kb(t.gzipBytes)} KB (${t.scripts} files)`;
  for (const r of results) {
    for (const variant of VARIANTS) {
      const v = r.variants[variant];
      console.log(
        `| ${r.posts} | ${LABEL[variant]} | ` +
          `${secs(median(v.cold.map((b) => b.seconds)))} s | ` +
          `${secs(median(v.warm.map((b) => b.seconds)))} s | ` +
          `${gb(median(v.cold.map((b) => b.peakBytes)))} GB | ` +
          `${gb(median(v.warm.map((b) => b.peakBytes)))} GB | ` +
          `${kb(v.mainJsGzip)} KB | ${js(v.postPage.firstVisit)} | ${js(v.postPage.firstUse)} | ` +
          `${kb(v.postPage.inlineGzipBytes)} KB |`,
      );
    }
  }
  const first = results[0];
  console.log(
    `\nPost page: ${first?.postUrl ?? '-'} (the newest synthetic MDX post, the same at every ` +
      'size). First visit: the script files it loads without interaction until the network is ' +
      'idle. On first use: what pointing at the search box adds (this site loads its React app ' +
      'then, plugins/post-build/islands). Idle-priority prefetches of linked routes are not counted.',
  );

  const phaseNames = [
    'startup',
    'load config',
    'blog posts + images',
    'load site (plugins)',
    'bundle (Rspack)',
    'SSG (HTML)',
    'postBuild plugins',
    ...['images', 'feeds', 'CSS', 'scripts', 'Caddy', 'zoekindex'].map((s) => `post-build: ${s}`),
    'Docusaurus total',
    'other',
  ];
  console.log(
    '\nPhases (medians, seconds). "blog posts + images" is part of "load site"; the ' +
      '"post-build" steps (plugins/post-build) are part of "postBuild plugins"; "load site" to ' +
      '"postBuild plugins" are part of "Docusaurus total".\n',
  );
  console.log(`| posts | site | build | ${phaseNames.join(' | ')} | total |`);
  console.log(`|---:|---|---|${phaseNames.map(() => '---:').join('|')}|---:|`);
  for (const r of results) {
    for (const variant of VARIANTS) {
      const v = r.variants[variant];
      for (const [kind, builds] of [
        ['cold', v.cold],
        ['warm', v.warm],
      ] as const) {
        const cells = phaseNames.map((name) => {
          const values = builds.map((b) => b.phases[name]).filter((x) => x !== undefined);
          return values.length > 0 ? secs(median(values)) : '–';
        });
        console.log(
          `| ${r.posts} | ${LABEL[variant]} | ${kind} | ${cells.join(' | ')} | ` +
            `${secs(median(builds.map((b) => b.seconds)))} |`,
        );
      }
    }
  }

  // The serving issue's goal on page weight (not a build goal, so not retired).
  const base = results.find((r) => r.posts === POST_JS_GOAL.base);
  const largest = [...results].sort((a, b) => b.posts - a.posts)[0];
  console.log('');
  if (base && largest && largest !== base && largest.posts >= POST_JS_GOAL.posts) {
    const big = largest.variants.site.postPage.firstVisit.gzipBytes;
    const small = base.variants.site.postPage.firstVisit.gzipBytes;
    const r = small > 0 ? big / small : big > 0 ? Infinity : 1;
    console.log(
      `Post page JS flat (first visit, this site): ${kb(big)} KB at ${largest.posts} posts, ` +
        `${kb(small)} KB at ${base.posts}: ratio ${r.toFixed(2)} (goal: at most ` +
        `${POST_JS_GOAL.limit}) ${r <= POST_JS_GOAL.limit ? 'met' : 'NOT met'}`,
    );
  } else {
    console.log(
      `Post page JS flat: not measured (needs ${POST_JS_GOAL.base} and ` +
        `${POST_JS_GOAL.posts.toLocaleString('en')} posts or more).`,
    );
  }
  console.log(`\nLoad average (1 / 5 / 15 min) at start: ${loadAtStart}; at end: ${load()}.`);
  console.log(`${os.availableParallelism()} cores, ${gb(os.totalmem())} GB memory.`);
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = load();
  console.log(
    `[bench] sizes ${options.sizes.join(', ')}, ${options.runs} run(s) each; load average ${loadAtStart}`,
  );
  rmSync(LOGS, { recursive: true, force: true });
  mkdirSync(LOGS, { recursive: true });
  const stop = (): void => {
    if (running !== undefined) killGroup(running);
    for (const posts of options.sizes) {
      if (!options.keep) rmSync(path.join(WORK, String(posts)), { recursive: true, force: true });
    }
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const results: SizeResult[] = [];
  let failure: unknown;
  for (const posts of options.sizes) {
    try {
      results.push(await benchSize(posts, options));
    } catch (error) {
      // Report the sizes that were measured before saying what failed.
      failure = error;
      break;
    }
  }
  if (results.length > 0) report(results, loadAtStart);
  console.log(`Logs of every build: ${path.relative(ROOT, LOGS)}/`);
  if (failure !== undefined) throw failure;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
