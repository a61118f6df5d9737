/**
 * `npm run bench:interaction -- --posts 100,1000`: the JS that any
 * interaction on a post can load, at 100 and at 1,000 synthetic posts
 * (issue 16: at most 1.05× apart). Measured, not only argued from the
 * byte-identical island files the build test checks.
 *
 * For each size: a copy of this site in `.tmp/bench-interaction/posts/<n>/`
 * with n synthetic posts (scripts/bench/corpus.ts, the generator of
 * `npm run bench`), built with `npm run build` (production), served by Caddy
 * with the configuration generated for that build. In Chromium, without
 * throttling and with the cache off, on the same synthetic post at both sizes
 * (the newest one with a video and a code block), every interaction a post
 * offers is done once, each in the page as the reader leaves it:
 * - phone (Pixel 5): load, tap "Menu", Escape;
 * - desktop (1280×800): load, point at and focus the search box, type "api",
 *   until the first result, Escape; press "Video afspelen"; press a copy
 *   button; tab through the page once (focus reaches every control).
 * Every response is recorded once per URL with its bytes on the wire
 * (encoded, headers included): JS files (ours and Pagefind's `pagefind.js`),
 * Pagefind's WebAssembly, and apart from those Pagefind's index data
 * (entry, meta, index chunks, fragments, filters), which is text the reader
 * searches and so grows with the posts by nature.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium';
import { freePort, startCaddy } from '../serve/caddy';
import { generate } from '../serve/generate';
import { corpusOptions, IMAGE_POOL_DIR, planPost, writeCorpus, writeImagePool } from './corpus';
import { commitAll, copySite } from './site-copy';

/** What a response is, for the totals. */
export type Kind = 'js' | 'wasm' | 'pagefind-data' | 'other';

/** The kind of a same-origin response, from its path and CDP resource type. */
export function kindOf(pathname: string, type: string): Kind {
  if (/\.wasm$|\/wasm\.[\w-]+\.pagefind$/.test(pathname)) return 'wasm';
  if (type === 'Script' || /\.m?js$/.test(pathname)) return 'js';
  if (pathname.includes('/pagefind/')) return 'pagefind-data';
  return 'other';
}

/** Bytes per kind, and the files seen. */
export interface Tally {
  bytes: Record<Kind, number>;
  files: Record<Kind, string[]>;
}

interface SizeResult {
  posts: number;
  buildSeconds: number;
  load: string;
  url: string;
  firstVisit: Tally;
  interactions: Tally;
}

const SEARCH_BOX = 'form[role="search"] input';

function emptyTally(): Tally {
  return {
    bytes: { js: 0, wasm: 0, 'pagefind-data': 0, other: 0 },
    files: { js: [], wasm: [], 'pagefind-data': [], other: [] },
  };
}

/** The post measured: the first (newest) whose text has a video and a code block. */
export function postWithEverything(siteDir: string, limit: number): string {
  for (let number = 0; number < limit; number += 1) {
    const plan = planPost(number);
    const text = readFileSync(path.join(siteDir, plan.file), 'utf8');
    if (text.includes('::video-') && text.includes('```')) return plan.url;
  }
  throw new Error(`Geen synthetisch artikel met video en code onder de eerste ${limit}`);
}

/**
 * Opens `url` twice (phone, desktop) and does every interaction a post has.
 * Returns what the first visits loaded and, apart, what the interactions added.
 */
async function measurePost(
  browser: Browser,
  url: string,
): Promise<{ firstVisit: Tally; interactions: Tally }> {
  const firstVisit = emptyTally();
  const interactions = emptyTally();
  const seen = new Set<string>();
  const origin = new URL(url).origin;

  for (const profile of ['phone', 'desktop'] as const) {
    const context = await browser.newContext(
      profile === 'phone'
        ? { ...devices['Pixel 5'], locale: 'nl-NL' }
        : { viewport: { width: 1280, height: 800 }, locale: 'nl-NL' },
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map<string, { url: string; type: string }>();
    let tally = firstVisit;
    cdp.on('Network.responseReceived', (event) =>
      requests.set(event.requestId, { url: event.response.url, type: event.type }),
    );
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (!request || !request.url.startsWith(origin)) return;
      const { pathname } = new URL(request.url);
      // Once per file: a second page load of the same file is not new code.
      if (seen.has(pathname)) return;
      seen.add(pathname);
      const kind = kindOf(pathname, request.type);
      tally.bytes[kind] += event.encodedDataLength;
      tally.files[kind].push(pathname);
    });
    const settle = (): Promise<void> => page.waitForLoadState('networkidle').catch(() => undefined);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
    await settle();
    tally = interactions;
    if (profile === 'phone') {
      await page.locator('button.navbar__toggle').first().tap();
      await page.locator('nav.navbar-sidebar--show .navbar-sidebar').waitFor();
      await page.keyboard.press('Escape');
      await settle();
    } else {
      const box = page.locator(SEARCH_BOX).first();
      await box.hover();
      await box.click();
      await page.keyboard.type('api');
      await page.locator('form[role="search"] [role="option"]').first().waitFor();
      await settle();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      const video = page.locator('[data-video-provider] button').first();
      await video.click();
      await page.locator('[data-video-provider] iframe').first().waitFor({ state: 'attached' });
      await page.locator('button[data-copy-code]').first().click();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let i = 0; i < 60; i += 1) await page.keyboard.press('Tab');
      await settle();
    }
    await context.close();
  }
  return { firstVisit, interactions };
}

function run(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} mislukte in ${cwd}`);
  return (performance.now() - started) / 1000;
}

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function benchSize(root: string, work: string, posts: number): Promise<SizeResult> {
  const dir = path.join(work, String(posts));
  copySite(root, dir);
  const images = await writeImagePool(IMAGE_POOL_DIR);
  writeCorpus(dir, corpusOptions(dir, posts, images));
  commitAll(dir);
  console.log(
    `[bench] ${posts} posts: npm run build in ${path.relative(root, dir)} (load ${load()})`,
  );
  const buildSeconds = run('npm', ['run', 'build'], dir);
  const buildDir = path.join(dir, 'build');
  const generated = path.join(dir, '.caddy-generated');
  generate(buildDir, generated);
  const server = await startCaddy({
    siteRoot: buildDir,
    generatedDir: generated,
    port: await freePort(),
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const postUrl = postWithEverything(dir, Math.min(posts, 100));
    const measured = await measurePost(browser, server.url + postUrl);
    return { posts, buildSeconds, load: load(), url: postUrl, ...measured };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The report: one row per size, the ratio of the last size over the first. */
export function postsTable(results: SizeResult[]): string {
  const code = (t: Tally): number => t.bytes.js + t.bytes.wasm;
  const lines = [
    '| posts | first visit JS | JS the interactions add (ours + pagefind.js) | Pagefind wasm | JS + wasm an interaction can load | Pagefind index data (not code) | build | load average |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.posts} | ${kb(r.firstVisit.bytes.js)} | ${kb(r.interactions.bytes.js)} | ` +
        `${kb(r.interactions.bytes.wasm)} | ${kb(code(r.firstVisit) + code(r.interactions))} | ` +
        `${kb(r.interactions.bytes['pagefind-data'])} | ${r.buildSeconds.toFixed(0)} s | ${r.load} |`,
    );
  }
  if (results.length > 1) {
    const [first, last] = [results[0], results[results.length - 1]];
    const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(3)}×` : '—');
    const all = (r: SizeResult): number => code(r.firstVisit) + code(r.interactions);
    lines.push(
      '',
      `${last.posts} vs ${first.posts} posts: JS + wasm any interaction on a post can load ` +
        `${ratio(all(last), all(first))} (goal ≤ 1.05×); ` +
        `Pagefind index data ${ratio(last.interactions.bytes['pagefind-data'], first.interactions.bytes['pagefind-data'])}.`,
    );
  }
  return lines.join('\n');
}

/** Runs the posts mode for each size; `keep` leaves the copies in place. */
export async function benchPosts(root: string, sizes: number[], keep: boolean): Promise<void> {
  const work = path.join(root, '.tmp', 'bench-interaction', 'posts');
  const results: SizeResult[] = [];
  try {
    for (const posts of sizes) {
      const result = await benchSize(root, work, posts);
      results.push(result);
      console.log(`[bench] ${posts} posts, ${result.url}`);
      for (const [label, tally] of [
        ['first visit', result.firstVisit],
        ['interactions', result.interactions],
      ] as const) {
        for (const kind of ['js', 'wasm', 'pagefind-data', 'other'] as const) {
          console.log(
            `  ${label} ${kind}: ${kb(tally.bytes[kind])} ${tally.files[kind].join(' ')}`,
          );
        }
      }
    }
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
  console.log(
    '\nJS any interaction on a post can load (bytes on the wire, each file once, cache off):\n',
  );
  console.log(postsTable(results));
}
