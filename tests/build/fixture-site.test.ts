import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

let site: FixtureSite;

beforeAll(() => {
  site = buildFixtureSite();
}, 600_000);

function page(route: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(path.join(site.build, `${route}.html`), 'utf8'));
}

/** The JS files a page loads on first visit: its scripts and script preloads. */
function scriptsOf(route: string): string[] {
  const $ = page(route);
  const srcs = new Set<string>();
  $('script[src]').each((_, el) => void srcs.add($(el).attr('src') ?? ''));
  $('link[rel="preload"][as="script"], link[rel="modulepreload"]').each(
    (_, el) => void srcs.add($(el).attr('href') ?? ''),
  );
  return [...srcs].filter((s) => s.startsWith('/'));
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
  it('load at most 20 KB gzip more JS than a post without components', () => {
    const plain = gzipBytes(scriptsOf(PLAIN));
    const withComponents = gzipBytes(scriptsOf(WITH));
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

  it('ship no runtime style injection', () => {
    for (const route of [PLAIN, WITH, NO_IMPORT]) {
      for (const src of scriptsOf(route)) {
        expect(readFileSync(path.join(site.build, src), 'utf8')).not.toMatch(/styleInject/);
      }
    }
  });
});
