import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** Paths of every page listed in a build's sitemap.xml (e.g. `/blog/x`). */
export function sitemapPaths(buildDir: string): string[] {
  const xml = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const $ = cheerio.load(xml, { xml: true });
  return $('url > loc')
    .map((_, el) => new URL($(el).text()).pathname)
    .get();
}
