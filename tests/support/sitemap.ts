import { readdirSync, readFileSync } from 'node:fs';
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

function* htmlFiles(dir: string, base = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full, base);
    else if (entry.name.endsWith('.html')) yield path.relative(base, full);
  }
}

/**
 * Every page of a build: the sitemap's paths plus every HTML file the build
 * holds (tag and pagination pages are not all in the sitemap), as the clean
 * URLs the server answers (`blog/x.html` → `/blog/x`), sorted. The 404 page is
 * left out: it is reached through an unknown URL.
 */
export function sitePaths(buildDir: string): string[] {
  const paths = new Set(sitemapPaths(buildDir));
  for (const file of htmlFiles(buildDir)) {
    if (file === '404.html') continue;
    const clean = ('/' + file.split(path.sep).join('/'))
      .replace(/\/index\.html$/, '/')
      .replace(/\.html$/, '');
    paths.add(clean === '' ? '/' : clean);
  }
  return [...paths].sort();
}
