import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { serveDirectory, type RunningServer } from '../support/static-server';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

const SCAFFOLD_TITLE = 'Testartikel van new-post';
let site: FixtureSite;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // The scaffold writes a post into the copy; it must build with the rest.
  site = buildFixtureSite((dir) => {
    execFileSync(
      'npx',
      ['tsx', 'scripts/new-post/cli.ts', '--title', SCAFFOLD_TITLE, '--author', 'tom-ootes'].concat(
        ['--tags', 'api', '--date', '2021-05-04', '--yes'],
      ),
      { cwd: dir, stdio: 'inherit' },
    );
  });
  server = await serveDirectory(site.build);
  browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function page(route: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(path.join(site.build, `${route}.html`), 'utf8'));
}

/**
 * The JS files a first visit to a page executes, as Chromium requests them:
 * the HTML's scripts and the route chunks loaded on hydration. Prefetches of
 * other pages (resource type "other") are not counted.
 */
async function scriptsOf(route: string): Promise<string[]> {
  const tab = await browser.newPage();
  const srcs = new Set<string>();
  tab.on('request', (req) => {
    if (req.resourceType() === 'script') srcs.add(new URL(req.url()).pathname);
  });
  await tab.goto(server.url + route, { waitUntil: 'networkidle' });
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-has-hydrated'));
  await tab.close();
  return [...srcs];
}

function gzipBytes(files: string[]): number {
  return files.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(site.build, src)), { level: 9 }).length,
    0,
  );
}

const PLAIN = '/blog/2020/01/01/zonder-componenten';
const WITH = '/blog/2020/01/02/met-componenten';
const NO_IMPORT = '/blog/2020/01/03/zonder-import';

describe('posts that use Rijkshuisstijl components', () => {
  it('load at most 20 KB gzip more JS than a post without components', async () => {
    const plain = gzipBytes(await scriptsOf(PLAIN));
    const withComponents = gzipBytes(await scriptsOf(WITH));
    console.log(
      `JS on first visit (gzip): without components ${plain} B, with Blockquote+Link+Icon ${withComponents} B, difference ${withComponents - plain} B`,
    );
    expect(plain).toBeGreaterThan(10_000);
    expect(withComponents - plain).toBeLessThanOrEqual(20 * 1024);
  });

  it('render house-style markup, also without an import', () => {
    const $ = page(WITH);
    expect($('figure.utrecht-blockquote').text()).toContain('— Uit de test');
    expect($('[variation], [attribution], [appearance]').length).toBe(0);
    expect($('main a.nl-link[href="/blog"]').length).toBeGreaterThan(0);
    expect($('main .utrecht-icon svg').length).toBe(1);

    const $$ = page(NO_IMPORT);
    expect($$('main .utrecht-alert').text()).toContain('Let op: dit is een melding.');
    expect($$('main .utrecht-link-list a[href="/kennisbank"]').length).toBe(1);
    expect($$('main h2.nl-heading').text()).toContain('Een kop als component');
    expect($$('main a[href="/blog"]').length).toBeGreaterThan(0);
    expect($$('[appearance]').length).toBe(0);
  });

  it('ship no runtime style injection', async () => {
    for (const route of [PLAIN, WITH, NO_IMPORT]) {
      const scripts = await scriptsOf(route);
      expect(scripts.length).toBeGreaterThan(2);
      for (const src of scripts) {
        expect(readFileSync(path.join(site.build, src), 'utf8')).not.toMatch(/styleInject/);
      }
    }
  });
});

describe('a post written by npm run new-post', () => {
  it('builds into a page with its title', () => {
    const $ = page('/blog/2021/05/04/testartikel-van-new-post');
    expect($('h1').text()).toBe(SCAFFOLD_TITLE);
    expect($('main').text()).toContain('Tom Ootes');
  });
});
