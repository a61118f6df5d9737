import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { walk } from './helpers';
import { BUILDS, SITE_URL, draftSlugs, fileForUrl, isAbsolute, page, urlsIn } from './reading';

interface FeedFields {
  language?: string;
  lastBuildDate?: string;
}
interface ItemFields {
  contentEncoded?: string;
  id?: string;
}

const parser = new Parser<FeedFields, ItemFields>({
  customFields: {
    feed: ['language', 'lastBuildDate'],
    item: [['content:encoded', 'contentEncoded'], 'id'],
  },
});

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    date_published: string;
    image?: unknown;
    author?: { name: string; url?: string };
  }[];
}

interface ParsedFeeds {
  dir: string;
  rss: FeedFields & Parser.Output<ItemFields>;
  atom: FeedFields & Parser.Output<ItemFields>;
  json: JsonFeed;
}

/** Every folder of a build holding the three feeds, by its URL path. */
function feedDirs(buildDir: string): string[] {
  return walk(buildDir)
    .filter((f) => path.basename(f) === 'rss.xml')
    .map((f) => '/' + path.relative(buildDir, path.dirname(f)).split(path.sep).join('/'));
}

async function parseFeeds(buildDir: string, dir: string): Promise<ParsedFeeds> {
  const read = (name: string): string => readFileSync(path.join(buildDir, dir, name), 'utf8');
  return {
    dir,
    rss: await parser.parseString(read('rss.xml')),
    atom: await parser.parseString(read('atom.xml')),
    json: JSON.parse(read('feed.json')) as JsonFeed,
  };
}

let drafts: string[] = [];
beforeAll(async () => {
  drafts = await draftSlugs();
});

describe.each(BUILDS)('feeds of the %s build', (_name, buildDir) => {
  let feeds: ParsedFeeds[] = [];
  beforeAll(async () => {
    feeds = await Promise.all(feedDirs(buildDir).map((dir) => parseFeeds(buildDir, dir)));
  });

  it('has the site-wide feeds and a feed for each author with published posts', () => {
    const dirs = feeds.map((f) => f.dir);
    expect(dirs).toContain('/blog');
    expect(dirs).toContain('/blog/authors/digilab');
    for (const dir of dirs) {
      expect(dir).toMatch(/^\/blog(\/tags\/[^/]+|\/authors\/[^/]+)?$/);
      for (const name of ['rss.xml', 'atom.xml', 'feed.json']) {
        expect(existsSync(path.join(buildDir, dir, name)), `${dir}/${name}`).toBe(true);
      }
    }
  });

  it('gives every feed its required fields and at least one item', () => {
    for (const { dir, rss, atom, json } of feeds) {
      expect(rss.title, `${dir} rss title`).toBeTruthy();
      expect(rss.link, `${dir} rss link`).toBe(`${SITE_URL}${dir}`);
      expect(rss.description, `${dir} rss description`).toBeTruthy();
      expect(rss.language).toBe('nl');
      expect(atom.title).toBe(rss.title);
      expect(json.version).toBe('https://jsonfeed.org/version/1');
      expect(json.title).toBe(rss.title);
      expect(json.home_page_url).toBe(`${SITE_URL}${dir}`);
      expect(rss.items.length, `${dir} items`).toBeGreaterThan(0);
      expect(atom.items.length).toBe(rss.items.length);
      expect(json.items.length).toBe(rss.items.length);
      for (const item of rss.items) {
        expect(item.title).toBeTruthy();
        expect(item.guid).toBe(item.link);
        expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
        expect(item.contentEncoded?.length ?? 0, `${dir}: full content`).toBeGreaterThan(200);
        expect(item.enclosure?.url).toMatch(/^https:\/\/.+\/img\/social\/.+\.(png|jpg)$/);
        expect(Number(item.enclosure?.length)).toBeGreaterThan(0);
        expect(item.enclosure?.type).toMatch(/^image\/(png|jpeg)$/);
      }
      for (const item of atom.items) {
        expect(item.id).toBeTruthy();
        expect(item.title).toBeTruthy();
        expect(item.link).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.isoDate ?? ''))).toBe(false);
        expect(item.content?.length ?? 0).toBeGreaterThan(200);
      }
      for (const item of json.items) {
        expect(item.id).toBe(item.url);
        expect(item.title).toBeTruthy();
        expect(item.content_html.length).toBeGreaterThan(200);
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
        // JSON Feed's item image is a URL string.
        expect(typeof item.image).toBe('string');
        expect(item.author?.name).toBeTruthy();
      }
    }
  });

  it('names the authors of each RSS item with dc:creator, as Atom names them', () => {
    const xml = (dir: string, name: string): cheerio.CheerioAPI =>
      cheerio.load(readFileSync(path.join(buildDir, dir, name), 'utf8'), { xml: true });
    let items = 0;
    for (const { dir } of feeds) {
      const rss = xml(dir, 'rss.xml');
      const atom = xml(dir, 'atom.xml');
      const atomAuthors = new Map(
        atom('entry')
          .map((_, entry) => [
            [
              atom(entry).find('link').attr('href'),
              atom(entry)
                .find('author > name')
                .map((__, n) => atom(n).text())
                .get(),
            ],
          ])
          .get() as [string, string[]][],
      );
      rss('item').each((_, item) => {
        const link = rss(item).children('link').text();
        const creators = rss(item)
          .children('dc\\:creator')
          .map((__, c) => rss(c).text())
          .get();
        expect(creators.length, `${dir}: ${link}`).toBeGreaterThan(0);
        expect(creators, `${dir}: ${link}`).toEqual(atomAuthors.get(link));
        items += 1;
      });
    }
    expect(items).toBeGreaterThan(0);
  });

  it('uses absolute URLs everywhere, including in the content, and links resolve', () => {
    const relative: string[] = [];
    for (const { dir, rss, atom, json } of feeds) {
      const urls = [
        rss.link ?? '',
        ...rss.items.flatMap((i) => [
          i.link ?? '',
          i.enclosure?.url ?? '',
          ...urlsIn(i.contentEncoded ?? ''),
        ]),
        ...atom.items.flatMap((i) => [i.link ?? '', ...urlsIn(i.content ?? '')]),
        json.home_page_url,
        json.feed_url,
        ...json.items.flatMap((i) => [
          i.url,
          String(i.image),
          i.author?.url ?? SITE_URL + '/',
          ...urlsIn(i.content_html),
        ]),
      ];
      for (const url of urls) if (!isAbsolute(url)) relative.push(`${dir}: ${url}`);
      // Images and post links of this site point at files of this build.
      for (const url of urls.filter((u) => u.startsWith(SITE_URL + '/'))) {
        const file = fileForUrl(buildDir, url.split('#')[0]);
        if (!existsSync(file) && !existsSync(`${file}.html`))
          relative.push(`${dir}: missing ${url}`);
      }
    }
    expect(relative).toEqual([]);
  });

  it('has no draft in any feed', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const dir of feedDirs(buildDir)) {
      for (const name of ['rss.xml', 'atom.xml', 'feed.json']) {
        const text = readFileSync(path.join(buildDir, dir, name), 'utf8');
        for (const slug of drafts) expect(text, `${dir}/${name}`).not.toContain(slug);
      }
    }
    for (const { rss } of feeds) {
      for (const item of rss.items) {
        const $ = page(buildDir, new URL(item.link ?? '').pathname);
        expect($('main').text()).not.toMatch(/\bConcept\b/);
      }
    }
  });

  it('advertises each tag and author feed on its page, and only feeds that exist', () => {
    const pages = walk(path.join(buildDir, 'blog'))
      .filter((f) => /\/blog\/(tags|authors)\/[^/]+\.html$/.test(f))
      .map((f) => '/' + path.relative(buildDir, f).replace(/\.html$/, ''));
    expect(pages.length).toBeGreaterThan(0);
    const withFeeds = new Set(feeds.map((f) => f.dir));
    for (const pagePath of pages) {
      const $ = page(buildDir, pagePath);
      const own = $('link[rel="alternate"][type]')
        .map((_, el) => ({ type: $(el).attr('type'), href: $(el).attr('href') ?? '' }))
        .get()
        .filter((l) => !/^\/blog\/(rss\.xml|atom\.xml|feed\.json)$/.test(l.href));
      if (withFeeds.has(pagePath)) {
        expect(own.map((l) => l.type).sort(), pagePath).toEqual([
          'application/atom+xml',
          'application/json',
          'application/rss+xml',
        ]);
        for (const { href } of own) {
          expect(href.startsWith(`${SITE_URL}${pagePath}/`), href).toBe(true);
          expect(existsSync(fileForUrl(buildDir, href)), href).toBe(true);
        }
        $('link[rel="alternate"][type]').each((_, el) => {
          expect($(el).attr('title')).toBeTruthy();
        });
      } else {
        expect(own, `${pagePath} advertises feeds it does not have`).toEqual([]);
      }
    }
  });

  it('advertises the site-wide feeds on every page', () => {
    for (const pagePath of ['/', '/blog', '/blog/archive']) {
      const $ = page(buildDir, pagePath === '/' ? '/index' : pagePath);
      const hrefs = $('link[rel="alternate"][type]')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(hrefs).toEqual(
        expect.arrayContaining(['/blog/rss.xml', '/blog/atom.xml', '/blog/feed.json']),
      );
    }
  });
});

describe('feeds of the preview build', () => {
  const [, preview] = BUILDS[1];
  it('gives a tag whose only posts are drafts no feed', () => {
    expect(existsSync(path.join(preview, 'blog/tags/nds.html'))).toBe(true);
    expect(existsSync(path.join(preview, 'blog/tags/nds/rss.xml'))).toBe(false);
  });

  it('dates the site-wide feed by its newest published post, not by a draft', async () => {
    const rss = await parser.parseString(readFileSync(path.join(preview, 'blog/rss.xml'), 'utf8'));
    const newest = Math.max(...rss.items.map((i) => Date.parse(i.pubDate ?? '')));
    expect(Date.parse(rss.lastBuildDate ?? '')).toBe(newest);
  });
});
