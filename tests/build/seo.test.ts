import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { load as loadYaml } from 'js-yaml';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';
import { sitemapPaths, sitePaths } from '../support/sitemap';
import { BUILDS, SITE_URL, fileForUrl, page, postPaths } from './reading';

type JsonLd = Record<string, unknown>;

/** Post paths listed in a build's sitemap. */
function sitemapPosts(buildDir: string): string[] {
  return sitemapPaths(buildDir).filter((p) => /^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/]+$/.test(p));
}

/** The schema.org nodes of a page's JSON-LD scripts, `@graph`s flattened. */
function jsonLdNodes($: cheerio.CheerioAPI): JsonLd[] {
  const scripts = $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()) as JsonLd)
    .get() as JsonLd[];
  return scripts.flatMap((data) =>
    Array.isArray(data['@graph']) ? (data['@graph'] as JsonLd[]) : [data],
  );
}

describe.each(BUILDS)('post pages of the %s build', (name, buildDir) => {
  const posts = postPaths(buildDir);

  it('lists posts in the sitemap', () => {
    expect(posts.length).toBeGreaterThan(name === 'preview' ? 1 : 0);
    // Drafts (preview only) carry noindex and stay out of the sitemap.
    expect(sitemapPosts(buildDir).length).toBeGreaterThan(0);
  });

  it.each(posts)('%s has canonical URL, description, Open Graph and Twitter meta', (post) => {
    const $ = page(buildDir, post);
    const url = `${SITE_URL}${post}`;
    const meta = (key: string): string | undefined =>
      $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta('og:url')).toBe(url);
    expect(meta('description')).toBeTruthy();
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('og:title')).toBe($('h1').first().text().trim());
    expect(meta('og:type')).toBe('article');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const image = meta('og:image') ?? '';
    expect(image.startsWith(`${SITE_URL}/img/social/`), image).toBe(true);
    expect(meta('twitter:image')).toBe(image);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toBeTruthy();
  });

  it.each(posts)('%s has an og:image file of 1200×630 in the build', async (post) => {
    const $ = page(buildDir, post);
    const file = fileForUrl(buildDir, $('meta[property="og:image"]').attr('content') ?? '');
    expect(existsSync(file), file).toBe(true);
    const { width, height, format } = await sharp(file).metadata();
    expect([width, height]).toEqual([1200, 630]);
    expect(format).toBe($('meta[property="og:image:type"]').attr('content')?.split('/')[1]);
  });

  it.each(posts)('%s has JSON-LD BlogPosting and BreadcrumbList', (post) => {
    const $ = page(buildDir, post);
    const nodes = jsonLdNodes($);
    const posting = nodes.find((n) => n['@type'] === 'BlogPosting');
    const url = `${SITE_URL}${post}`;
    expect(posting).toBeDefined();
    if (!posting) return;
    expect(posting.url).toBe(url);
    expect(posting.headline).toBe($('h1').first().text().trim());
    expect(posting.description).toBe($('meta[name="description"]').attr('content'));
    expect(Date.parse(posting.datePublished as string)).not.toBeNaN();
    expect(Date.parse(posting.dateModified as string)).not.toBeNaN();
    expect(Date.parse(posting.dateModified as string)).toBeGreaterThanOrEqual(
      Date.parse(posting.datePublished as string),
    );
    const authors = posting.author as JsonLd[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(['Person', 'Organization']).toContain(author['@type']);
      expect(author.name).toBeTruthy();
      expect(author.url).toMatch(/^https:\/\//);
    }
    const image = posting.image as JsonLd;
    expect(image.url).toBe($('meta[property="og:image"]').attr('content'));
    const tags = $('meta[property="article:tag"]')
      .map((_, el) => $(el).attr('content'))
      .get();
    if (tags.length > 0) {
      expect(String(posting.keywords).split(', ')).toEqual(expect.arrayContaining(tags));
    }
    const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    const items = (crumbs?.itemListElement ?? []) as JsonLd[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.map((i) => i.item)).toEqual([`${SITE_URL}/`, `${SITE_URL}/blog`, url]);
    expect(items[2].name).toBe(posting.headline);
  });

  it('has robots.txt pointing to the sitemap by its absolute URL', () => {
    const robots = readFileSync(path.join(buildDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL}/sitemap.xml$`, 'm'));
  });

  it('dates each post in the sitemap with lastmod from git', () => {
    const $ = cheerio.load(readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8'), { xml: true });
    for (const post of sitemapPosts(buildDir)) {
      const url = $('url')
        .filter((_, el) => $(el).find('loc').text() === `${SITE_URL}${post}`)
        .first();
      const lastmod = url.find('lastmod').text();
      expect(lastmod, post).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const [, y, m, d, slug] = /^\/blog\/(\d{4})\/(\d{2})\/(\d{2})\/(.+)$/.exec(post) ?? [];
      const source = [`blog/${y}/${m}/${d}-${slug}.md`, `blog/${y}/${m}/${d}-${slug}.mdx`].find(
        (f) => existsSync(path.join(ROOT, f)),
      );
      if (!source) continue;
      const gitDates = execFileSync('git', ['log', '-1', '--format=%as %cs', '--', source], {
        cwd: ROOT,
        encoding: 'utf8',
      })
        .trim()
        .split(' ')
        .filter(Boolean);
      // A file not yet committed has no git date; Docusaurus then uses the build time.
      if (gitDates.length > 0) expect(gitDates, post).toContain(lastmod);
    }
  });
});

/** The HTML of a page by its URL path, `/` included. */
function htmlOf(buildDir: string, urlPath: string): cheerio.CheerioAPI {
  return page(buildDir, urlPath === '/' ? '/index' : urlPath);
}

describe.each(BUILDS)('every page of the %s build', (_name, buildDir) => {
  const paths = sitePaths(buildDir);
  const posts = new Set(postPaths(buildDir));

  it('types each author in JSON-LD as authors.yml says: a person or an organization', () => {
    const authors = loadYaml(
      readFileSync(path.join(ROOT, 'blog', 'authors.yml'), 'utf8'),
    ) as Record<string, { name: string; type?: string }>;
    const expected = new Map(
      Object.values(authors).map((a) => [
        a.name,
        a.type === 'organization' ? 'Organization' : 'Person',
      ]),
    );
    // Digilab is an organization.
    expect(expected.get('Digilab')).toBe('Organization');
    let checked = 0;
    for (const post of posts) {
      const posting = jsonLdNodes(htmlOf(buildDir, post)).find((n) => n['@type'] === 'BlogPosting');
      for (const author of (posting?.author ?? []) as JsonLd[]) {
        expect(author['@type'], `${post}: ${String(author.name)}`).toBe(
          expected.get(String(author.name)),
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
  it('says og:locale nl_NL', () => {
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) {
      expect(htmlOf(buildDir, p)('meta[property="og:locale"]').attr('content'), p).toBe('nl_NL');
    }
  });
  it('has a social image: its own on a post, the site card on every other page', async () => {
    const others = paths.filter((p) => !posts.has(p));
    expect(others).toEqual(expect.arrayContaining(['/', '/blog', '/blog/archive', '/kennisbank']));
    const siteCard = `${SITE_URL}/img/site-social.png`;
    for (const p of others) {
      const $ = htmlOf(buildDir, p);
      const meta = (key: string): string | undefined =>
        $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
      expect(meta('og:image'), p).toBe(siteCard);
      expect(meta('twitter:image'), p).toBe(siteCard);
      expect([meta('og:image:width'), meta('og:image:height')], p).toEqual(['1200', '630']);
      expect(meta('og:image:type'), p).toBe('image/png');
      expect(meta('og:image:alt'), p).toMatch(/^developer\.overheid\.nl: /);
    }
    for (const p of posts) {
      expect(htmlOf(buildDir, p)('meta[property="og:image"]').attr('content'), p).not.toBe(
        siteCard,
      );
    }
    const { width, height, format } = await sharp(fileForUrl(buildDir, siteCard)).metadata();
    expect([width, height, format]).toEqual([1200, 630, 'png']);
  });

  it('dates each listing page in the sitemap by the newest post it shows', () => {
    const $ = cheerio.load(readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8'), { xml: true });
    const lastmod = new Map(
      $('url')
        .map((_, el) => [
          [new URL($(el).find('loc').text()).pathname, $(el).find('lastmod').text()],
        ])
        .get() as [string, string][],
    );
    /** The newest date among the posts a page shows (`<time datetime>` in its main content). */
    const newestShown = (p: string): string =>
      htmlOf(
        buildDir,
        p,
      )('main article time[datetime], main li time[datetime]')
        .map((_, el) => htmlOf(buildDir, p)(el).attr('datetime')?.slice(0, 10))
        .get()
        .sort()
        .at(-1) ?? '';
    const listings = [...lastmod.keys()].filter(
      (p) => p === '/' || p === '/blog' || /^\/blog\/(page|archive|tags|authors)(\/|$)/.test(p),
    );
    expect(listings).toEqual(
      expect.arrayContaining(['/', '/blog', '/blog/archive', '/blog/authors']),
    );
    for (const p of listings.filter((l) => l !== '/blog/tags' && l !== '/blog/authors')) {
      expect(lastmod.get(p), p).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(lastmod.get(p), p).toBe(newestShown(p));
    }
    // The lists of tags and authors: the newest post of any tag or author they list.
    const newestOf = (prefix: string): string =>
      listings
        .filter((l) => l.startsWith(prefix))
        .map((l) => lastmod.get(l) ?? '')
        .sort()
        .at(-1) ?? '';
    expect(lastmod.get('/blog/authors')).toBe(newestOf('/blog/authors/'));
    if (lastmod.has('/blog/tags')) expect(lastmod.get('/blog/tags')).toBe(newestOf('/blog/tags/'));
  });
});
