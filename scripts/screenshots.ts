/**
 * `npm run screenshots`: full-page screenshots of every page type, to prove
 * that a change leaves what readers see alone (or to show exactly where it
 * does not). Not part of `npm test`.
 *
 *   npm run screenshots -- --out DIR              take a set (from build/ and build-preview/)
 *   npm run screenshots -- --compare DIR_A DIR_B  compare two sets, pixel by pixel
 *
 * Taking a set serves the production and the preview build with Caddy and the
 * repository's Caddyfile (as `npm run serve:prod` and the browser tests do),
 * and photographs each page of scripts/screenshots/pages.ts in Debian's
 * Chromium at each width, in four states: as a first visit shows it, after
 * the React app has hydrated, in print media, and the top of the viewport
 * after one Tab (the skip link). Lazy images are loaded and fonts awaited
 * first; a shot is retaken until two in a row are byte-equal, so an animation
 * or a late image cannot pass for a difference. `manifest.json` in the folder records the
 * builds (folder, commit of their checkout, when they were made), the
 * Chromium version and the URL of every shot.
 *
 * Comparing prints a Markdown table (identical / different with the number
 * of differing pixels / size differs / missing) and exits 1 unless every
 * screenshot is identical. Screenshots are only comparable when taken with
 * the same Chromium: a warning says when the manifests disagree.
 *
 * Options:
 *   --out DIR            where to write the PNGs (emptied of PNGs first)
 *   --build DIR          production build (default build)
 *   --preview DIR        preview build (default build-preview)
 *   --widths 390,1280    viewport widths in CSS px
 *   --pages home,blog    only these pages (names in scripts/screenshots/pages.ts)
 *   --states loaded,print  only these states (loaded, hydrated, print, focus)
 *   --diff DIR           with --compare: write a diff image of every difference
 *   --list               print the pages and exit
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { waitForHydration } from '../tests/support/hydration';
import { findCaddy, freePort, startCaddy, type RunningCaddy } from './serve/caddy';
import { generate } from './serve/generate';
import { compareDirs, formatComparison } from './screenshots/compare';
import {
  DEFAULT_WIDTHS,
  PAGES,
  pick,
  plan,
  STATES,
  viewportFor,
  type Shot,
  type ShotState,
  type Site,
} from './screenshots/pages';

const ROOT = path.resolve(__dirname, '..');

interface BuildInfo {
  dir: string;
  builtAt: string;
  commit: string;
  dirty: boolean;
}

interface Manifest {
  chromium: string;
  takenAt: string;
  builds: Record<Site, BuildInfo>;
  shots: { file: string; url: string; attempts: number; stable: boolean }[];
}

/**
 * Rendering that is the same in every browser session. Without these flags a
 * few anti-aliased pixels (a rounded corner at the right edge of the page, in
 * print at 390 px) differed by 1 in one colour channel between sessions, in
 * about one session of three; with them, 9 sessions of 9 agreed.
 */
const RENDER_ARGS = [
  '--num-raster-threads=1',
  '--disable-partial-raster',
  '--force-color-profile=srgb',
];

/** Retakes until two shots in a row are byte-equal; at most this many. */
const MAX_ATTEMPTS = 6;

function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/**
 * Which build a set was taken from: its folder, when its home page was written, and the
 * commit of the checkout it sits in (with `dirty` when that had uncommitted changes).
 */
function describeBuild(dir: string): BuildInfo {
  const index = path.join(dir, 'index.html');
  return {
    dir,
    builtAt: existsSync(index) ? statSync(index).mtime.toISOString() : '',
    commit: git(dir, 'rev-parse', 'HEAD'),
    dirty: git(dir, 'status', '--porcelain') !== '',
  };
}

/** Loads every lazy image and waits for images and fonts, so a full-page shot is complete. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
    await Promise.all(
      images.map((img) =>
        img.complete
          ? img.decode().catch(() => undefined)
          : new Promise((resolve) => {
              img.addEventListener('load', resolve, { once: true });
              img.addEventListener('error', resolve, { once: true });
            }),
      ),
    );
    await document.fonts.ready;
  });
}

/**
 * The `focus` shot: the top of the viewport, where the focused skip link shows. (The rest
 * of the viewport is in the full-page shots; with the fixed, focused link on top, the
 * rounded corners of a card cover lower down were anti-aliased differently in about one
 * browser session of five.)
 */
const FOCUS_CLIP_HEIGHT = 160;

/** A screenshot that two takes in a row agree on. */
async function stableShot(
  page: Page,
  area: { fullPage: true } | { clip: { x: number; y: number; width: number; height: number } },
): Promise<{ png: Buffer; attempts: number; stable: boolean }> {
  const options = { ...area, animations: 'allow', caret: 'hide' } as const;
  let previous = await page.screenshot(options);
  for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
    await page.waitForTimeout(250);
    const next = await page.screenshot(options);
    if (next.equals(previous)) return { png: next, attempts: attempt, stable: true };
    previous = next;
  }
  return { png: previous, attempts: MAX_ATTEMPTS, stable: false };
}

async function takeShot(
  browser: Browser,
  shot: Shot,
  url: string,
): Promise<{ png: Buffer; attempts: number; stable: boolean }> {
  const context = await browser.newContext({
    viewport: viewportFor(shot.width),
    deviceScaleFactor: 1,
    locale: 'nl-NL',
    colorScheme: 'light',
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const expected = shot.page.name === '404' ? 404 : 200;
    if (response?.status() !== expected) {
      throw new Error(`${url} answered ${response?.status()}, expected ${expected}`);
    }
    if (shot.page.ready) await page.waitForSelector(shot.page.ready);
    if (shot.state === 'hydrated') await waitForHydration(page);
    await settle(page);
    if (shot.state === 'print') await page.emulateMedia({ media: 'print' });
    if (shot.state === 'focus') {
      await page.keyboard.press('Tab');
      const clip = { x: 0, y: 0, width: shot.width, height: FOCUS_CLIP_HEIGHT };
      return await stableShot(page, { clip });
    }
    return await stableShot(page, { fullPage: true });
  } finally {
    await context.close();
  }
}

async function take(options: {
  out: string;
  builds: Record<Site, string>;
  widths: number[];
  pages: string | undefined;
  states: string | undefined;
}): Promise<void> {
  const shots = plan(
    pick(PAGES, options.pages, (p) => p.name),
    options.widths,
    pick(STATES, options.states, (s) => s) as ShotState[],
  );
  const sites = [...new Set(shots.map((s) => s.page.site))];
  for (const site of sites) {
    if (!existsSync(path.join(options.builds[site], 'index.html'))) {
      throw new Error(
        `${path.relative(ROOT, options.builds[site]) || '.'}/ has no index.html: ` +
          'run `npm run build` and `npm run build:preview` first.',
      );
    }
  }
  mkdirSync(options.out, { recursive: true });
  for (const name of readdirSync(options.out)) {
    if (name.endsWith('.png')) rmSync(path.join(options.out, name));
  }
  const caddy = findCaddy();
  const servers = new Map<Site, RunningCaddy>();
  let browser: Browser | undefined;
  try {
    for (const site of sites) {
      const dir = options.builds[site];
      const generated = generate(dir);
      servers.set(
        site,
        await startCaddy({
          siteRoot: dir,
          generatedDir: generated.outDir,
          port: await freePort(),
          binary: caddy,
        }),
      );
    }
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, ...RENDER_ARGS],
    });
    const manifest: Manifest = {
      chromium: browser.version(),
      takenAt: new Date().toISOString(),
      builds: {
        prod: describeBuild(options.builds.prod),
        preview: describeBuild(options.builds.preview),
      },
      shots: [],
    };
    const started = performance.now();
    for (const [index, shot] of shots.entries()) {
      const server = servers.get(shot.page.site) as RunningCaddy;
      const url = server.url + shot.page.path;
      const result = await takeShot(browser, shot, url);
      writeFileSync(path.join(options.out, shot.file), result.png);
      manifest.shots.push({
        file: shot.file,
        url: `${shot.page.site}:${shot.page.path}`,
        attempts: result.attempts,
        stable: result.stable,
      });
      console.log(
        `[${index + 1}/${shots.length}] ${shot.file}${result.stable ? '' : ' (UNSTABLE: differed on every retake)'}`,
      );
    }
    writeFileSync(
      path.join(options.out, 'manifest.json'),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
    const unstable = manifest.shots.filter((s) => !s.stable).length;
    console.log(
      `${shots.length} screenshots in ${path.relative(process.cwd(), options.out) || '.'}/ ` +
        `(${((performance.now() - started) / 1000).toFixed(0)} s, Chromium ${manifest.chromium}` +
        `${unstable > 0 ? `, ${unstable} unstable` : ''}).`,
    );
    if (unstable > 0) process.exitCode = 1;
  } finally {
    await browser?.close();
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
}

function readManifest(dir: string): Partial<Manifest> {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

function compare(dirA: string, dirB: string, diffDir: string | undefined): boolean {
  const [a, b] = [readManifest(dirA), readManifest(dirB)];
  if (a.chromium && b.chromium && a.chromium !== b.chromium) {
    console.warn(
      `Warning: A was taken with Chromium ${a.chromium}, B with ${b.chromium}; ` +
        'text rendering may differ between versions.',
    );
  }
  const results = compareDirs(dirA, dirB, diffDir);
  if (results.length === 0) throw new Error(`No PNG files in ${dirA} or ${dirB}.`);
  const origin = (m: Partial<Manifest>): string => {
    const prod = m.builds?.prod;
    return prod?.commit
      ? ` (builds of ${prod.commit.slice(0, 7)}${prod.dirty ? ', dirty' : ''})`
      : '';
  };
  console.log(`A: ${dirA}${origin(a)}`);
  console.log(`B: ${dirB}${origin(b)}\n`);
  console.log(formatComparison(results));
  if (diffDir && results.some((r) => r.verdict === 'different')) {
    console.log(`Diff images (differences in red): ${diffDir}/`);
  }
  return results.every((r) => r.verdict === 'identical');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      out: { type: 'string' },
      build: { type: 'string', default: 'build' },
      preview: { type: 'string', default: 'build-preview' },
      widths: { type: 'string' },
      pages: { type: 'string' },
      states: { type: 'string' },
      compare: { type: 'boolean', default: false },
      diff: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.list) {
    for (const page of PAGES)
      console.log(`${page.name.padEnd(24)} ${page.site.padEnd(8)} ${page.path}`);
    return;
  }
  if (values.compare) {
    if (positionals.length !== 2) throw new Error('--compare wants two folders: --compare A B');
    const [a, b] = positionals.map((dir) => path.resolve(dir));
    if (!compare(a, b, values.diff ? path.resolve(values.diff) : undefined)) process.exitCode = 1;
    return;
  }
  if (!values.out) throw new Error('Give --out DIR (take screenshots) or --compare A B.');
  const widths = values.widths
    ? values.widths.split(',').map((w) => Number(w.trim()))
    : [...DEFAULT_WIDTHS];
  if (widths.some((w) => !Number.isInteger(w) || w < 200)) {
    throw new Error(`--widths wants whole numbers of at least 200: ${values.widths}`);
  }
  await take({
    out: path.resolve(values.out),
    builds: { prod: path.resolve(values.build), preview: path.resolve(values.preview) },
    widths,
    pages: values.pages,
    states: values.states,
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
