/**
 * `npm run bench:interaction -- --ref <git ref> [--runs 5] [--no-build]`: how
 * fast a reader's first touch answers, on this checkout and on another ref
 * side by side (issue 16). Not part of `npm test`.
 *
 * The other ref is checked out as a git worktree in
 * `.tmp/bench-interaction/<ref>/` (its `node_modules` is a link to this
 * checkout's when the lockfiles are the same, else `npm ci` runs there). Both
 * are built with `npm run build:preview` (`--no-build` reuses the builds there
 * are; the preview build, because the one published seed post has no "api")
 * and served by Caddy with this checkout's Caddyfile and configuration
 * generated for each build, as in production (compression, caching, CSP).
 *
 * Two profiles, in Debian's Chromium:
 * - phone: Playwright's Pixel 5, 4× CPU slowdown (CDP
 *   `Emulation.setCPUThrottlingRate`), 1.6 Mbit/s down, 750 kbit/s up and
 *   150 ms round trip (CDP `Network.emulateNetworkConditions`);
 * - desktop: 1280×800, no throttling.
 *
 * Measured on the Haven post, each in a fresh browser context (empty cache):
 * - menu (phone): the page loads, 300 ms after the load event the reader taps
 *   "Menu"; time from the tap to the frame after the menu opened;
 * - menu from first paint (phone): the reader taps "Menu" from the moment it
 *   is on screen, every 100 ms until it opens; time from navigation start to
 *   the frame after the menu opened;
 * - search: 300 ms after the load event the reader taps the search box and
 *   types "api" (as fast as the browser takes keys); time from the tap to the
 *   frame after the first result showed;
 * - bytes: JS and total transferred (on the wire, headers included) up to the
 *   load event, and added by each interaction (until the network is idle).
 *
 * And on two more pages:
 * - kennisbank menu (phone): on /kennisbank/voorbeelden (tabs, sidebar: the
 *   kennisbank keeps the React app), tapping "Menu" from the first paint as
 *   above; time from navigation start to the frame after the menu opened;
 * - search page, opened (both profiles): navigation to `/zoeken?q=api` until
 *   the frame after the first result showed;
 * - search page, typed (both profiles): `/zoeken` loads, 300 ms after the
 *   load event the reader taps the page's own search field and types "api";
 *   time from the tap to the frame after the first result showed. A run in
 *   which no result shows within a minute counts as failed (reported, and
 *   left out of the median).
 *
 * Runs alternate between the two sites (ABAB…, then BABA… for the next run),
 * and the table shows the medians of `--runs` (5) runs with the ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { freePort, startCaddy, type RunningCaddy } from './serve/caddy';
import { generate } from './serve/generate';
import { benchPosts } from './bench/interaction-posts';
import { median } from './bench/measure';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'bench-interaction');
const POST =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';
const QUERY = 'api';
const KENNISBANK = '/kennisbank/voorbeelden';
const SEARCH_PAGE = '/zoeken';
/**
 * The preview build (drafts included): in production the only published seed
 * post, the Haven post, has no "api" in it, so the query would find nothing.
 * The pages measured are the same in both builds.
 */
const BUILD_DIR = 'build-preview';

export type Profile = 'phone' | 'desktop';

/** One site under test: a checkout, its build and its server. */
export interface Site {
  label: string;
  dir: string;
  server?: RunningCaddy;
}

/** Figures of one run on one site and profile (ms and bytes). */
export interface RunFigures {
  menuTap?: number;
  menuFromNavigation?: number;
  /** First contentful paint of that page load, for reference. */
  firstPaint?: number;
  search: number;
  loadJs: number;
  loadTotal: number;
  menuJs?: number;
  menuTotal?: number;
  searchJs: number;
  searchTotal: number;
  /** Navigation → menu open on a kennisbank page, tapping from the first paint (phone). */
  kennisbankMenu?: number;
  /** Navigation to `/zoeken?q=api` → first result. */
  searchPageOpen?: number;
  /** Tap on `/zoeken`'s own field, type "api" → first result. */
  searchPageType?: number;
}

interface Options {
  ref: string;
  runs: number;
  build: boolean;
  /** `--posts 100,1000`: the JS an interaction can load at each number of synthetic posts. */
  posts: number[];
  keep: boolean;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = { ref: '', runs: 5, build: true, posts: [], keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--ref') options.ref = argv[++i] ?? '';
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--posts') options.posts = (argv[++i] ?? '').split(',').map(Number);
    else if (!arg.startsWith('--') && !options.ref) options.ref = arg;
    else throw new Error(`Onbekende optie: ${arg}`);
  }
  if (options.posts.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('--posts verwacht aantallen artikelen, bijvoorbeeld --posts 100,1000');
  }
  if (!options.ref && options.posts.length === 0)
    throw new Error('Geef de ref om mee te vergelijken: --ref main');
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new Error('--runs moet een positief geheel getal zijn');
  }
  return options;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} mislukte in ${cwd}`);
}

/** A worktree of `ref` with dependencies, built unless `build` is false. */
function prepareRef(ref: string, build: boolean): Site {
  const dir = path.join(WORK, ref.replace(/[^\w.-]+/g, '_'));
  if (!existsSync(dir)) {
    mkdirSync(WORK, { recursive: true });
    run('git', ['worktree', 'add', '--detach', dir, ref], ROOT);
  } else {
    run('git', ['checkout', '--detach', ref], dir);
  }
  if (!existsSync(path.join(dir, 'node_modules'))) {
    const same =
      readFileSync(path.join(dir, 'package-lock.json'), 'utf8') ===
      readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8');
    if (same) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    else run('npm', ['ci'], dir);
  }
  if (build || !existsSync(path.join(dir, BUILD_DIR, 'index.html')))
    run('npm', ['run', 'build:preview'], dir);
  return { label: ref, dir };
}

export async function serve(site: Site): Promise<void> {
  const buildDir = path.join(site.dir, BUILD_DIR);
  const generated = path.join(WORK, 'caddy', site.label.replace(/[^\w.-]+/g, '_'));
  rmSync(generated, { recursive: true, force: true });
  generate(buildDir, generated);
  site.server = await startCaddy({
    siteRoot: buildDir,
    generatedDir: generated,
    port: await freePort(),
  });
}

/** Bytes per resource type, from CDP's network events (encoded, headers included). */
interface Traffic {
  js: number;
  total: number;
}

/**
 * In the page from its start: the time of each tap or click, and of the first
 * frame after the menu opened and after the first search result showed. A
 * string, not a function: tsx would wrap named functions in a helper that
 * does not exist in the page.
 */
const MARKS = `
  (() => {
    const w = window;
    const mark = (name) => {
      if (w[name] !== undefined) return;
      w[name] = -1;
      requestAnimationFrame(() => { w[name] = performance.now(); });
    };
    document.addEventListener('pointerdown', () => { w.__input = performance.now(); }, true);
    new MutationObserver(() => {
      if (document.querySelector('nav.navbar-sidebar--show .navbar-sidebar')) mark('__menuOpen');
      const option = document.querySelector('form[role="search"] [role="option"]');
      if (option && option.offsetParent !== null) mark('__firstResult');
      const result = document.querySelector('main ol > li article h2 a');
      if (result && result.offsetParent !== null) mark('__pageResult');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })();
`;

async function newPage(
  browser: Browser,
  profile: Profile,
): Promise<{ context: BrowserContext; page: Page; traffic: () => Traffic }> {
  const context = await browser.newContext(
    profile === 'phone'
      ? { ...devices['Pixel 5'], locale: 'nl-NL' }
      : { viewport: { width: 1280, height: 800 }, locale: 'nl-NL' },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // A fresh context has an empty cache, as on a first visit. The cache itself
  // stays on, as in a reader's browser: what the page fetched early (Pagefind's
  // entry file, meta and WebAssembly on the first touch of the search box) is
  // read from it, as it is for the reader.
  if (profile === 'phone') {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  const types = new Map<string, string>();
  let js = 0;
  let total = 0;
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    total += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') js += event.encodedDataLength;
  });
  // Times, in the page's clock, of the first frame after the menu opened and
  // after the first search result showed, and of each tap or click.
  await page.addInitScript(MARKS);
  return { context, page, traffic: () => ({ js, total }) };
}

async function pageTime(page: Page, name: string): Promise<number> {
  await page
    .waitForFunction((n) => ((window as unknown as Record<string, number>)[n] ?? -1) > 0, name, {
      timeout: 60_000,
      polling: 50,
    })
    .catch((error: unknown) => {
      throw new Error(`${name} did not happen on ${page.url()}: ${String(error)}`);
    });
  return page.evaluate((n) => (window as unknown as Record<string, number>)[n], name);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

async function tapOrClick(page: Page, profile: Profile, selector: string): Promise<void> {
  if (profile === 'phone') await page.locator(selector).first().tap();
  else await page.locator(selector).first().click();
}

const MENU_BUTTON = 'button.navbar__toggle';
const SEARCH_BOX = 'form[role="search"] input';
/** The search page's own field (the navbar has the other search form). */
const PAGE_SEARCH_BOX = 'main form[role="search"] input[name="q"]';

/**
 * Navigation start → the frame after the menu opened, on the phone, tapping
 * "Menu" every 100 ms from the moment it is on screen. `after` reads more
 * from the page before it closes.
 */
async function menuFromFirstPaint(
  browser: Browser,
  url: string,
  after?: (page: Page) => Promise<void>,
): Promise<number> {
  const { context, page } = await newPage(browser, 'phone');
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const opened = await page
        .evaluate(() => ((window as unknown as { __menuOpen?: number }).__menuOpen ?? 0) !== 0)
        .catch(() => false);
      if (opened) break;
      if (Date.now() > deadline) throw new Error(`het menu ging niet open op ${url}`);
      await page
        .locator(MENU_BUTTON)
        .tap({ timeout: 1_000 })
        .catch(() => undefined);
      await page.waitForTimeout(100);
    }
    const time = await pageTime(page, '__menuOpen');
    await after?.(page);
    return time;
  } finally {
    await context.close();
  }
}

/** A figure that may fail in a run (no result within the time): NaN then, and a note. */
async function orNaN(label: string, figure: () => Promise<number>): Promise<number> {
  try {
    return await figure();
  } catch (error) {
    console.warn(
      `  ${label} mislukte: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    return Number.NaN;
  }
}

/** The search page: opened with `?q=api`, and typed into, each until the first result. */
async function measureSearchPage(
  browser: Browser,
  origin: string,
  profile: Profile,
): Promise<Pick<RunFigures, 'searchPageOpen' | 'searchPageType'>> {
  const searchPageOpen = await orNaN('zoekpagina openen', async () => {
    const { context, page } = await newPage(browser, profile);
    try {
      await page.goto(`${origin}${SEARCH_PAGE}?q=${QUERY}`, { waitUntil: 'commit' });
      return await pageTime(page, '__pageResult');
    } finally {
      await context.close();
    }
  });
  const searchPageType = await orNaN('zoekpagina typen', async () => {
    const { context, page } = await newPage(browser, profile);
    try {
      await page.goto(origin + SEARCH_PAGE, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await tapOrClick(page, profile, PAGE_SEARCH_BOX);
      const input = await page.evaluate(() => (window as unknown as { __input: number }).__input);
      await page.keyboard.type(QUERY);
      return (await pageTime(page, '__pageResult')) - input;
    } finally {
      await context.close();
    }
  });
  return { searchPageOpen, searchPageType };
}

/** One run on one site and profile; `url` is the post's. */
export async function measure(
  browser: Browser,
  url: string,
  profile: Profile,
): Promise<RunFigures> {
  const figures: Partial<RunFigures> = {};
  const origin = new URL(url).origin;

  if (profile === 'phone') {
    // Tap Menu 300 ms after the load event.
    {
      const { context, page, traffic } = await newPage(browser, profile);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const before = traffic();
      figures.loadJs = before.js;
      figures.loadTotal = before.total;
      await tapOrClick(page, profile, MENU_BUTTON);
      const open = await pageTime(page, '__menuOpen');
      const input = await page.evaluate(() => (window as unknown as { __input: number }).__input);
      figures.menuTap = open - input;
      await settle(page);
      const after = traffic();
      figures.menuJs = after.js - before.js;
      figures.menuTotal = after.total - before.total;
      await context.close();
    }
    figures.menuFromNavigation = await menuFromFirstPaint(browser, url, (page) =>
      page
        .evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
        .then((paint) => {
          figures.firstPaint = paint ?? Number.NaN;
        }),
    );
    figures.kennisbankMenu = await menuFromFirstPaint(browser, origin + KENNISBANK);
  }

  // Tap the search box 300 ms after the load event, type "api".
  {
    const { context, page, traffic } = await newPage(browser, profile);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const before = traffic();
    if (figures.loadJs === undefined) {
      figures.loadJs = before.js;
      figures.loadTotal = before.total;
    }
    await tapOrClick(page, profile, SEARCH_BOX);
    const input = await page.evaluate(() => (window as unknown as { __input: number }).__input);
    await page.keyboard.type(QUERY);
    const first = await pageTime(page, '__firstResult');
    figures.search = first - input;
    await settle(page);
    const after = traffic();
    figures.searchJs = after.js - before.js;
    figures.searchTotal = after.total - before.total;
    await context.close();
  }
  Object.assign(figures, await measureSearchPage(browser, origin, profile));
  return figures as RunFigures;
}

interface Row {
  figure: string;
  unit: 'ms' | 'KB';
  key: keyof RunFigures;
  profiles: Profile[];
}

const ROWS: Row[] = [
  { figure: 'tap Menu → menu open', unit: 'ms', key: 'menuTap', profiles: ['phone'] },
  {
    figure: 'navigation → menu open (tapping from first paint)',
    unit: 'ms',
    key: 'menuFromNavigation',
    profiles: ['phone'],
  },
  {
    figure: 'navigation → first contentful paint (same page loads)',
    unit: 'ms',
    key: 'firstPaint',
    profiles: ['phone'],
  },
  {
    figure: `tap search → "${QUERY}" → first result`,
    unit: 'ms',
    key: 'search',
    profiles: ['phone', 'desktop'],
  },
  {
    figure: `kennisbank: navigation → menu open (tapping from first paint)`,
    unit: 'ms',
    key: 'kennisbankMenu',
    profiles: ['phone'],
  },
  {
    figure: `open ${SEARCH_PAGE}?q=${QUERY} → first result`,
    unit: 'ms',
    key: 'searchPageOpen',
    profiles: ['phone', 'desktop'],
  },
  {
    figure: `type "${QUERY}" on ${SEARCH_PAGE} → first result`,
    unit: 'ms',
    key: 'searchPageType',
    profiles: ['phone', 'desktop'],
  },
  { figure: 'JS up to load', unit: 'KB', key: 'loadJs', profiles: ['phone', 'desktop'] },
  { figure: 'all bytes up to load', unit: 'KB', key: 'loadTotal', profiles: ['phone', 'desktop'] },
  { figure: 'JS added by the menu tap', unit: 'KB', key: 'menuJs', profiles: ['phone'] },
  { figure: 'all bytes added by the menu tap', unit: 'KB', key: 'menuTotal', profiles: ['phone'] },
  { figure: 'JS added by the search', unit: 'KB', key: 'searchJs', profiles: ['phone', 'desktop'] },
  {
    figure: 'all bytes added by the search',
    unit: 'KB',
    key: 'searchTotal',
    profiles: ['phone', 'desktop'],
  },
];

function format(value: number, unit: 'ms' | 'KB'): string {
  return unit === 'ms' ? `${Math.round(value)} ms` : `${(value / 1024).toFixed(1)} KB`;
}

/** The table of medians: one row per figure and profile, this checkout against the ref. */
export function table(
  results: Record<string, Record<Profile, RunFigures[]>>,
  mine: string,
  other: string,
): string {
  const lines = [
    `| profile | figure | ${mine} | ${other} | ${mine} / ${other} |`,
    '|---|---|---:|---:|---:|',
  ];
  for (const profile of ['phone', 'desktop'] as Profile[]) {
    for (const row of ROWS) {
      if (!row.profiles.includes(profile)) continue;
      const cell = (label: string): { value: number; text: string } => {
        const all = results[label][profile].map((r) => r[row.key] ?? Number.NaN);
        const ok = all.filter((v) => !Number.isNaN(v));
        const value = ok.length > 0 ? median(ok) : Number.NaN;
        const failed = all.length - ok.length;
        const text = Number.isNaN(value) ? 'failed' : format(value, row.unit);
        return { value, text: failed > 0 ? `${text} (${failed} of ${all.length} failed)` : text };
      };
      const a = cell(mine);
      const b = cell(other);
      const ratio =
        b.value > 0 && !Number.isNaN(a.value) ? `${(a.value / b.value).toFixed(2)}×` : '—';
      lines.push(`| ${profile} | ${row.figure} | ${a.text} | ${b.text} | ${ratio} |`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.posts.length > 0) {
    await benchPosts(ROOT, options.posts, options.keep);
    return;
  }
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const mine: Site = { label: `this checkout (${head.stdout.trim()})`, dir: ROOT };
  if (options.build || !existsSync(path.join(ROOT, BUILD_DIR, 'index.html'))) {
    run('npm', ['run', 'build:preview'], ROOT);
  }
  const other = prepareRef(options.ref, options.build);
  // After the builds: the load the measurements meet.
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  const sites = [mine, other];
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  });
  const results: Record<string, Record<Profile, RunFigures[]>> = {};
  try {
    for (const site of sites) {
      await serve(site);
      results[site.label] = { phone: [], desktop: [] };
    }
    for (let i = 0; i < options.runs; i += 1) {
      const order = i % 2 === 0 ? sites : [...sites].reverse();
      for (const site of order) {
        for (const profile of ['phone', 'desktop'] as Profile[]) {
          const figures = await measure(browser, site.server!.url + POST, profile);
          results[site.label][profile].push(figures);
          console.log(
            `run ${i + 1}, ${site.label}, ${profile} (load ${os.loadavg()[0].toFixed(2)}): ` +
              JSON.stringify(figures),
          );
        }
      }
    }
  } finally {
    await browser.close();
    for (const site of sites) await site.server?.stop();
  }
  console.log(
    `\nMedians of ${options.runs} runs, ${POST}, ${KENNISBANK} and ${SEARCH_PAGE}; ` +
      `load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} (at the start ${loadAtStart}):\n`,
  );
  console.log(table(results, mine.label, other.label));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
