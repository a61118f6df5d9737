/**
 * Link checking over a built site, offline: every link, image, script,
 * stylesheet and anchor in the HTML (and every `url()` in the CSS) is resolved
 * the way Caddy serves the build (clean URLs, redirects.csv, trailing slash),
 * and every `#fragment` must name an `id` in the target page.
 *
 * Why not linkinator: it would crawl through a running server and only report
 * what the server answers. Reading the build directly is offline by
 * construction, needs no server or extra dependency, checks anchors against
 * the static HTML a reader without JavaScript gets, and names the page and the
 * link text of every problem.
 *
 * Absolute links to https://developer.overheid.nl in content count as
 * external: they point at the live portal, parts of which (the wider
 * kennisbank, communities) are not in this build. `check:links:external`
 * checks them there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parseRedirects } from '../serve/config';
import { existsInBuild } from '../serve/generate';

export const ROOT = path.resolve(__dirname, '..', '..');
const LOCAL = 'http://site.invalid';

export interface FoundLink {
  /** The page (clean URL) or CSS file the link is on. */
  from: string;
  /** The URL as written. */
  href: string;
  /** Absolute URL; for internal links on the `LOCAL` origin. */
  url: URL;
  internal: boolean;
  /** Element and link text, for messages. */
  where: string;
}

function* filesIn(dir: string, ext: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(full, ext);
    else if (entry.name.endsWith(ext)) yield full;
  }
}

/** The URL path the server answers with an HTML file (`blog/x.html` → `/blog/x`). */
export function pagePath(buildDir: string, file: string): string {
  const rel = '/' + path.relative(buildDir, file).split(path.sep).join('/');
  if (rel === '/404.html') return rel;
  return rel.replace(/\/index\.html$/, '/').replace(/\.html$/, '') || '/';
}

const ATTRS: [string, string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function resolve(href: string, base: string): { url: URL; internal: boolean } | null {
  let url: URL;
  try {
    url = new URL(href, LOCAL + base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { url, internal: url.origin === LOCAL };
}

/** Every link in a build's HTML pages, CSS files and sitemap. */
export function collectLinks(buildDir: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const file of filesIn(buildDir, '.html')) {
    const from = pagePath(buildDir, file);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const add = (href: string, where: string): void => {
      const r = resolve(href.trim(), from);
      if (r) links.push({ from, href, url: r.url, internal: r.internal, where });
    };
    for (const [selector, attr] of ATTRS) {
      $(selector).each((_, el) => {
        const value = $(el).attr(attr) ?? '';
        if (value === '' || value === '#') return;
        const text = $(el).text().trim().replace(/\s+/g, ' ').slice(0, 50);
        add(value, `<${'tagName' in el ? el.tagName : '?'}${text ? ` "${text}"` : ''}>`);
      });
    }
    $('img[srcset], source[srcset]').each((_, el) => {
      for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) add(url, `<${'tagName' in el ? el.tagName : '?'} srcset>`);
      }
    });
  }
  for (const file of filesIn(buildDir, '.css')) {
    const from = '/' + path.relative(buildDir, file).split(path.sep).join('/');
    const css = readFileSync(file, 'utf8');
    for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
      const href = m[1] ?? m[2] ?? m[3] ?? '';
      if (href === '' || href.startsWith('data:') || href.startsWith('#')) continue;
      const r = resolve(href, from);
      if (r) links.push({ from, href, url: r.url, internal: r.internal, where: 'url() in CSS' });
    }
  }
  const sitemap = path.join(buildDir, 'sitemap.xml');
  if (existsSync(sitemap)) {
    const $ = cheerio.load(readFileSync(sitemap, 'utf8'), { xml: true });
    $('url > loc').each((_, el) => {
      const href = $(el).text().trim();
      // The sitemap names pages by their absolute URL on the real site.
      const r = resolve(href.replace(/^https:\/\/developer\.overheid\.nl(?=\/|$)/, ''), '/');
      if (r)
        links.push({
          from: '/sitemap.xml',
          href,
          url: r.url,
          internal: r.internal,
          where: '<loc>',
        });
    });
  }
  return links;
}

/** The ids (and `<a name>`s) a page's static HTML holds, cached per file. */
function idsOf(cache: Map<string, Set<string>>, file: string): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    ids = new Set<string>();
    $('[id]').each((_, el) => void ids!.add($(el).attr('id') ?? ''));
    $('a[name]').each((_, el) => void ids!.add($(el).attr('name') ?? ''));
    cache.set(file, ids);
  }
  return ids;
}

/** The HTML file the server answers a path with, if it answers with HTML. */
function htmlFileFor(buildDir: string, urlPath: string): string | undefined {
  const file = path.join(buildDir, urlPath);
  for (const candidate of [file, `${file}.html`, path.join(file, 'index.html')]) {
    if (candidate.endsWith('.html') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The redirects of redirects.csv that the server would answer for a build, old → new. */
export function buildRedirects(buildDir: string): Map<string, string> {
  const csv = path.join(ROOT, 'redirects.csv');
  const redirects = new Map<string, string>();
  if (existsSync(csv)) {
    for (const r of parseRedirects(readFileSync(csv, 'utf8'), (p) => existsInBuild(buildDir, p))) {
      redirects.set(r.from, r.to);
    }
  }
  return redirects;
}

/**
 * Problems with internal links and anchors in a build, one line each, in
 * Dutch: `page: <a "text"> → /target: reason`. Empty when every link resolves.
 */
export function checkInternalLinks(
  buildDir: string,
  links: FoundLink[] = collectLinks(buildDir),
  redirects: Map<string, string> = buildRedirects(path.resolve(buildDir)),
): string[] {
  const build = path.resolve(buildDir);
  const idCache = new Map<string, Set<string>>();
  const problems = new Set<string>();
  for (const link of links) {
    if (!link.internal) continue;
    let target = link.url.pathname;
    try {
      target = decodeURIComponent(target);
    } catch {
      problems.add(`${link.from}: ${link.where} → ${link.href}: ongeldige URL-codering`);
      continue;
    }
    // What the server does: strip a trailing slash, follow a redirect.
    if (target.length > 1 && target.endsWith('/')) target = target.slice(0, -1);
    const redirected = redirects.get(target);
    if (redirected !== undefined) {
      if (!redirected.startsWith('/')) continue;
      target = new URL(redirected, LOCAL).pathname;
    }
    if (!existsInBuild(build, target)) {
      problems.add(`${link.from}: ${link.where} → ${link.href}: bestaat niet`);
      continue;
    }
    const fragment = link.url.hash.slice(1);
    if (fragment === '') continue;
    const html = htmlFileFor(build, target);
    if (!html) continue;
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      // keep the raw fragment
    }
    if (!idsOf(idCache, html).has(id)) {
      problems.add(
        `${link.from}: ${link.where} → ${link.href}: anker #${id} bestaat niet op ${target}`,
      );
    }
  }
  return [...problems].sort();
}
