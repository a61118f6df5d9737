/**
 * `npm run bench [-- --sizes 100,1000,3000 --runs 3]`: how the build scales
 * with the blog. Not part of `npm test`.
 *
 * For each size it copies the site (every file git knows or would add, without
 * tests/ and CI) to `.tmp/bench-build/<n>/`, adds n synthetic posts
 * (scripts/bench/corpus.ts: Dutch text, headings, code, tables, images,
 * components, admonitions, 1–3 authors, 2–5 tags; no Mermaid diagrams), makes
 * the copy a git repository (Docusaurus reads last-update dates from git) and
 * runs `npm run build` there (Docusaurus with its post-build steps: feeds,
 * search index, CSP), `runs` times cold and warm:
 *
 * - cold: without `.docusaurus/`, `build/`, `node_modules/.cache/` (the
 *   Rspack persistent cache and the image caches of plugins/) and the
 *   transpile caches of jiti and tsx (TMPDIR is the copy's `.tmp/`). The copy's
 *   `node_modules/` is a folder of its own holding a symlink to every entry of
 *   the real one except `.cache`, so the copy's caches are its own and a cold
 *   build is cold: a symlinked `node_modules/` would share the real
 *   `node_modules/.cache/`.
 * - warm: the same build again, caches kept.
 *
 * Measured per build: wall time, and peak memory of the whole process tree
 * (npm, Docusaurus with its worker threads, tsx, Chromium for the Mermaid
 * diagram in the kennisbank): the sum of VmRSS over the build and all its
 * descendants, sampled every 100 ms, maximum of the sum. Shared pages are
 * counted once per process, so this overestimates a little.
 *
 * Measured on the last build of each size: the gzip size of
 * `build/assets/js/main.*.js`, and the JS a post page loads: a synthetic post
 * (the newest MDX post) opened in headless Chromium from a local static
 * server, first visit, no interaction, until the network is idle; every
 * script file counted once at its gzip size (`gzip -6`), idle-priority
 * `<link rel=prefetch>` chunks not counted (as in tests/browser/budgets.spec.ts).
 * Post pages load the React app only when the reader first reaches for a
 * control (plugins/post-build/defer-scripts), so what pointing at the search box then adds
 * is reported too, and the inline scripts of the HTML.
 *
 * Prints a table of medians, the goals of the issue with met / not met, the
 * phases of the build (Docusaurus' perf log, the search index step) and the
 * load average at start and end: the machine is shared, so check that before
 * comparing numbers. Logs of every build stay in `.tmp/bench-build/logs/`;
 * the copies are removed (keep them with `--keep`).
 *
 * Options (or environment variables):
 *   --sizes 100,1000,3000   BENCH_SIZES   numbers of synthetic posts
 *   --runs 3                BENCH_RUNS    cold and warm builds per size
 *   --max-build-minutes 10  BENCH_MAX_BUILD_MINUTES
 *       when the first cold build of a size takes longer, that size gets only
 *       one run (reported in the output)
 *   --keep                                keep the copies in .tmp/bench-build/
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
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
  samplePeakMemory,
  type BenchOptions,
} from './bench/measure';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'bench-build');
const LOGS = path.join(WORK, 'logs');

/** Not needed to build the site. */
const NOT_COPIED = /^(tests|\.github|\.ci)\//;

/** The goals of the issue. */
const GOALS = {
  /** Cold build of 1,000 posts, seconds. */
  coldSeconds: { posts: 1000, limit: 30 },
  /** Peak memory at 3,000 posts, bytes. */
  peakBytes: { posts: 3000, limit: 4e9 },
  /** Post-page JS at 2,000 posts (or more) over the same at 100 posts. */
  postJsRatio: { posts: 2000, base: 100, limit: 1.1 },
};

// ---------------------------------------------------------------------------
// The copy of the site

/** Copies the site into `dir`, with a `node_modules/` of symlinks and no caches. */
function copySite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((rel) => rel && !NOT_COPIED.test(rel));
  for (const rel of files) {
    const source = path.join(ROOT, rel);
    if (!existsSync(source)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(source, path.join(dir, rel));
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.cache' || entry === '.blog-images') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
}

function commitAll(dir: string): void {
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', 'bench');
}

/**
 * The copy's temporary folder, TMPDIR of its builds: jiti (which loads
 * docusaurus.config.ts and plugins/) and tsx keep their transpile caches in
 * the temporary folder, so with the shared /tmp a cold build would not be cold.
 */
function tmpDirOf(dir: string): string {
  return path.join(dir, '.tmp');
}

function clearCaches(dir: string): void {
  // node_modules/.blog-images: the image cache, which `docusaurus clear` keeps (plugins/blog/images/cache.ts).
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
  const peakBytes = memory.stop();
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
  return { seconds, peakBytes, log: logFile, phases: phasesOf(lines, seconds) };
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
  /** Script files added when the reader first reaches for a control (the React app, plugins/post-build/defer-scripts). */
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

interface SizeResult {
  posts: number;
  runs: number;
  reducedRuns: boolean;
  cold: BuildResult[];
  warm: BuildResult[];
  mainJsGzip: number;
  postPage: PageJs;
  postUrl: string;
}

async function benchSize(posts: number, options: BenchOptions): Promise<SizeResult> {
  const dir = path.join(WORK, String(posts));
  const prepared = performance.now();
  copySite(dir);
  const images = await writeImagePool(IMAGE_POOL_DIR);
  const corpus = writeCorpus(dir, corpusOptions(dir, posts, images));
  commitAll(dir);
  console.log(
    `[bench] ${posts} posts: copy in ${path.relative(ROOT, dir)}/ ready in ` +
      `${((performance.now() - prepared) / 1000).toFixed(1)} s (${corpus.mdx} MDX, ` +
      `${corpus.imageFiles} image files, ${(corpus.bytes / 1e6).toFixed(1)} MB of Markdown)`,
  );
  const cold: BuildResult[] = [];
  const warm: BuildResult[] = [];
  let runs = options.runs;
  let reducedRuns = false;
  // Only against a build that hangs: on a busy 2-core machine a large build takes long.
  const timeout = Math.max(180, options.maxBuildMinutes * 12);
  try {
    for (let run = 1; run <= runs; run += 1) {
      clearCaches(dir);
      const loadBefore = os.loadavg()[0];
      const c = await runBuild(dir, path.join(LOGS, `${posts}-cold-${run}.log`), timeout);
      cold.push(c);
      const w = await runBuild(dir, path.join(LOGS, `${posts}-warm-${run}.log`), timeout);
      warm.push(w);
      console.log(
        `[bench] ${posts} posts, run ${run}/${runs}: cold ${c.seconds.toFixed(1)} s, ` +
          `${gb(c.peakBytes)} GB; warm ${w.seconds.toFixed(1)} s, ${gb(w.peakBytes)} GB ` +
          `(load ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`,
      );
      if (run === 1 && runs > 1 && c.seconds > options.maxBuildMinutes * 60) {
        runs = 1;
        reducedRuns = true;
        console.log(
          `[bench] ${posts} posts: a cold build took over ${options.maxBuildMinutes} min; one run only.`,
        );
      }
    }
    const build = path.join(dir, 'build');
    const postUrl = measuredPost().url;
    const server = await serveDirectory(build);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
      const postPage = await postPageJs(browser, server.url + postUrl);
      return {
        posts,
        runs,
        reducedRuns,
        cold,
        warm,
        mainJsGzip: mainJsGzip(build),
        postPage,
        postUrl,
      };
    } finally {
      await browser?.close();
      await server.close();
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
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

function report(results: readonly SizeResult[], loadAtStart: string): void {
  console.log(
    '\nBuild benchmark: `npm run build` (Docusaurus and its post-build steps) of a copy of the ' +
      'site with n synthetic posts; medians of the runs. Peak memory: sum of VmRSS over the ' +
      'process tree, GB = 10^9 B. JS in KB = 1024 B, gzip -6.\n',
  );
  console.log(
    '| posts | runs | cold build | warm build | peak memory (cold) | peak memory (warm) | ' +
      'main.js gzip | post page JS, first visit | + on first use | inline JS in HTML |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const js = (t: ScriptTotals): string => `${kb(t.gzipBytes)} KB (${t.scripts} files)`;
  for (const r of results) {
    console.log(
      `| ${r.posts} | ${r.runs}${r.reducedRuns ? ' (reduced)' : ''} | ` +
        `${secs(median(r.cold.map((b) => b.seconds)))} s | ` +
        `${secs(median(r.warm.map((b) => b.seconds)))} s | ` +
        `${gb(median(r.cold.map((b) => b.peakBytes)))} GB | ` +
        `${gb(median(r.warm.map((b) => b.peakBytes)))} GB | ` +
        `${kb(r.mainJsGzip)} KB | ${js(r.postPage.firstVisit)} | ${js(r.postPage.firstUse)} | ` +
        `${kb(r.postPage.inlineGzipBytes)} KB |`,
    );
  }
  const first = results[0];
  console.log(
    `\nPost page: ${first?.postUrl ?? '-'} (the newest synthetic MDX post, the same at every ` +
      'size). First visit: the script files it loads without interaction until the network is ' +
      `idle (hydrated without interaction: ${results.map((r) => `${r.posts}: ${r.postPage.hydratedOnVisit ? 'yes' : 'no'}`).join(', ')}). ` +
      'On first use: what pointing at the search box adds (the React app, plugins/post-build/defer-scripts). ' +
      'Idle-priority prefetches of linked routes are not counted ' +
      `(${results.map((r) => `${r.posts}: ${r.postPage.prefetchedScripts}`).join(', ')} seen).`,
  );

  const phaseNames = [
    'startup',
    'load config',
    'blog posts + images',
    'load site (plugins)',
    'bundle (Rspack)',
    'SSG (HTML)',
    'postBuild plugins',
    ...['feeds', 'images', 'CSS', 'scripts', 'zoekindex', 'Caddy'].map((s) => `post-build: ${s}`),
    'Docusaurus total',
    'other',
  ];
  console.log(
    '\nPhases (medians, seconds). "blog posts + images" is part of "load site"; the ' +
      '"post-build" steps (plugins/post-build) are part of "postBuild plugins"; "load site" to ' +
      '"postBuild plugins" are part of "Docusaurus total".\n',
  );
  console.log(`| posts | build | ${phaseNames.join(' | ')} | total |`);
  console.log(`|---:|---|${phaseNames.map(() => '---:').join('|')}|---:|`);
  for (const r of results) {
    for (const [kind, builds] of [
      ['cold', r.cold],
      ['warm', r.warm],
    ] as const) {
      const cells = phaseNames.map((name) => {
        const values = builds.map((b) => b.phases[name]).filter((v) => v !== undefined);
        return values.length > 0 ? secs(median(values)) : '–';
      });
      console.log(
        `| ${r.posts} | ${kind} | ${cells.join(' | ')} | ${secs(median(builds.map((b) => b.seconds)))} |`,
      );
    }
  }

  console.log('\nGoals:');
  const at = (posts: number): SizeResult | undefined => results.find((r) => r.posts === posts);
  const cold = at(GOALS.coldSeconds.posts);
  console.log(
    `- ${GOALS.coldSeconds.posts} posts in under ${GOALS.coldSeconds.limit} s (cold): ` +
      (cold
        ? `${secs(median(cold.cold.map((b) => b.seconds)))} s, ` +
          (median(cold.cold.map((b) => b.seconds)) < GOALS.coldSeconds.limit ? 'met' : 'NOT met')
        : 'not measured'),
  );
  const memory = at(GOALS.peakBytes.posts);
  const peak = memory
    ? Math.max(
        median(memory.cold.map((b) => b.peakBytes)),
        median(memory.warm.map((b) => b.peakBytes)),
      )
    : 0;
  console.log(
    `- ${GOALS.peakBytes.posts} posts in under ${gb(GOALS.peakBytes.limit)} GB (median peak, cold or warm, whichever is higher): ` +
      (memory
        ? `${gb(peak)} GB, ${peak < GOALS.peakBytes.limit ? 'met' : 'NOT met'}`
        : 'not measured'),
  );
  const base = at(GOALS.postJsRatio.base);
  const largest = [...results].sort((a, b) => b.posts - a.posts)[0];
  if (base && largest && largest !== base) {
    const judged = largest.posts >= GOALS.postJsRatio.posts;
    const line = (label: string, of: (r: SizeResult) => number, goal: boolean): string => {
      const [big, small] = [of(largest), of(base)];
      const ratio = small > 0 ? big / small : big > 0 ? Infinity : 1;
      const verdict = !goal
        ? '(not a goal of the issue, shown for comparison)'
        : !judged
          ? `not measured at ${GOALS.postJsRatio.posts}+`
          : ratio <= GOALS.postJsRatio.limit
            ? 'met'
            : 'NOT met';
      return (
        `- ${label}: ${kb(big)} KB at ${largest.posts} posts, ${kb(small)} KB at ${base.posts}: ` +
        `ratio ${ratio.toFixed(2)} ${goal ? `(goal: at most ${GOALS.postJsRatio.limit} at ${GOALS.postJsRatio.posts} posts or more) ` : ''}${verdict}`
      );
    };
    console.log(
      line('post page JS flat (first visit)', (r) => r.postPage.firstVisit.gzipBytes, true),
    );
    console.log(
      line(
        'post page JS up to first use',
        (r) => r.postPage.firstVisit.gzipBytes + r.postPage.firstUse.gzipBytes,
        false,
      ),
    );
  } else {
    console.log('- post page JS flat: not measured (needs 100 and a larger size)');
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
      const result = await benchSize(posts, options);
      results.push(result);
      console.log(
        `[bench] ${posts} posts: main.js ${kb(result.mainJsGzip)} KB gzip; post page JS ` +
          `${kb(result.postPage.firstVisit.gzipBytes)} KB on first visit, ` +
          `+${kb(result.postPage.firstUse.gzipBytes)} KB on first use`,
      );
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
