import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BlogContent, BlogPost } from '@docusaurus/plugin-content-blog';
import { load } from 'cheerio';
import exifr from 'exifr';
import Parser from 'rss-parser';
import { Feed } from 'feed';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feedGroups } from '../../plugins/blog/feeds';
import { absoluteSrcset, absolutizeUrls, feedImage } from '../../plugins/blog/feed-items';
import { renditionWidths } from '../../plugins/blog/images/presets';
import {
  advanceWidth,
  pathData,
  socialCardSvg,
  textOutline,
} from '../../plugins/blog/images/social-card';
import opentype from 'opentype.js';
import { createRequire } from 'node:module';
import { stripImageMetadata } from '../../plugins/blog/images/strip';
import { postSlug } from '../../plugins/blog/model';
import { addCreators } from '../../plugins/blog/rss';
import { formatDate } from '../../src/lib/format';
import { visibilityOf } from '../../src/lib/visibility';
import { openGraphLocale } from '../../src/theme/SiteMetadata/locale';

/** A blog post with only the fields the plugins read, and the visibility the model gives it. */
function post(
  permalink: string,
  options: { tags?: string[]; authors?: string[]; frontMatter?: Record<string, unknown> } = {},
): BlogPost {
  return {
    id: permalink,
    content: '',
    metadata: {
      permalink,
      title: permalink,
      date: new Date('2025-07-15'),
      unlisted: options.frontMatter?.unlisted === true,
      frontMatter: options.frontMatter ?? {},
      extras: { visibility: visibilityOf(options.frontMatter ?? {}) },
      tags: (options.tags ?? []).map((t) => ({
        label: t.toUpperCase(),
        permalink: `/blog/tags/${t}`,
        description: undefined,
        inline: false,
      })),
      authors: (options.authors ?? []).map((a) => ({
        key: a,
        name: a,
        page: { permalink: `/blog/authors/${a}` },
        socials: {},
      })),
    },
  } as unknown as BlogPost; // a partial post: the rest is never read here
}

describe('post slugs', () => {
  it('turns a permalink into a file name', () => {
    expect(postSlug('/blog/2024/12/31/haven-en-infra')).toBe('2024-12-31-haven-en-infra');
  });
});

describe('feed groups', () => {
  const content = {
    blogPosts: [
      post('/blog/one', { tags: ['api', 'nds'], authors: ['tom'] }),
      post('/blog/two', { tags: ['nds', 'draft-only'], frontMatter: { preview_draft: true } }),
      post('/blog/three', { tags: ['api'], authors: ['martin'], frontMatter: { draft: true } }),
      post('/blog/four', { tags: ['eu'], authors: ['digilab'], frontMatter: { unlisted: true } }),
    ],
  } as unknown as BlogContent; // only blogPosts is read
  const groups = feedGroups(content, { title: 'Blog', description: 'Alles' }, '/blog/');
  const byPermalink = new Map(groups.map((g) => [g.permalink, g]));

  it('gives the site, and each tag and author with published posts, a feed', () => {
    expect([...byPermalink.keys()].sort()).toEqual([
      '/blog',
      '/blog/authors/tom',
      '/blog/tags/api',
      '/blog/tags/nds',
    ]);
  });

  it('puts no draft and no unlisted post in any feed', () => {
    for (const group of groups) {
      expect(group.posts.map((p) => p.metadata.permalink)).toEqual(['/blog/one']);
    }
  });

  it('names each feed after its tag or author', () => {
    expect(byPermalink.get('/blog/tags/api')?.title).toBe('Blog: API');
    expect(byPermalink.get('/blog/authors/tom')?.title).toBe('Blog: tom');
  });

  it('keeps the newest posts of each feed, 20 unless told otherwise', () => {
    const many = {
      blogPosts: Array.from({ length: 25 }, (_, i) =>
        post(`/blog/p${i}`, { tags: i % 2 === 0 ? ['api'] : ['nds'], authors: ['tom'] }),
      ),
    } as unknown as BlogContent; // only blogPosts is read
    const bySite = new Map(
      feedGroups(many, { title: 'Blog', description: 'Alles' }, '/blog/').map((g) => [
        g.permalink,
        g.posts.map((p) => p.metadata.permalink),
      ]),
    );
    expect(FEED_LIMIT).toBe(20);
    expect(bySite.get('/blog')).toEqual(Array.from({ length: 20 }, (_, i) => `/blog/p${i}`));
    expect(bySite.get('/blog/authors/tom')).toHaveLength(20);
    expect(bySite.get('/blog/tags/api')).toHaveLength(13);
    const three = feedGroups(many, { title: 'Blog', description: 'Alles', limit: 3 }, '/blog/');
    expect(
      three.find((g) => g.permalink === '/blog/tags/nds')?.posts.map((p) => p.metadata.permalink),
    ).toEqual(['/blog/p1', '/blog/p3', '/blog/p5']);
  });
});

describe('absolute URLs in feed content', () => {
  const base = 'https://developer.overheid.nl/blog/2025/07/15/post';

  it('rewrites every srcset candidate', () => {
    expect(absoluteSrcset('/a-400w.webp 400w, /a-800w.webp 800w', base)).toBe(
      'https://developer.overheid.nl/a-400w.webp 400w, https://developer.overheid.nl/a-800w.webp 800w',
    );
  });

  it('rewrites links, images and <picture> sources, and leaves mailto alone', () => {
    const $ = load(
      '<div id="c"><a href="/blog">x</a><a href="#kop">k</a><a href="mailto:a@b.nl">m</a>' +
        '<picture><source srcset="/i.webp 400w"><img src="/i.jpg" srcset="/i.jpg 400w"></picture></div>',
    );
    absolutizeUrls($, '#c', base);
    expect($('a').eq(0).attr('href')).toBe('https://developer.overheid.nl/blog');
    expect($('a').eq(1).attr('href')).toBe(`${base}#kop`);
    expect($('a').eq(2).attr('href')).toBe('mailto:a@b.nl');
    expect($('source').attr('srcset')).toBe('https://developer.overheid.nl/i.webp 400w');
    expect($('img').attr('src')).toBe('https://developer.overheid.nl/i.jpg');
    expect($('img').attr('srcset')).toBe('https://developer.overheid.nl/i.jpg 400w');
  });
});

describe('feed item images', () => {
  const feed = new Feed({ id: 'https://x.nl/', title: 'x', copyright: 'x' });
  feed.addItem({
    title: 'Post',
    link: 'https://x.nl/p',
    date: new Date('2025-07-15'),
    image: feedImage('https://x.nl/img/social/p.jpg', 'image/jpeg', 1234),
  });

  it('is an enclosure with the real size and type in RSS', () => {
    expect(feed.rss2()).toContain(
      '<enclosure length="1234" type="image/jpeg" url="https://x.nl/img/social/p.jpg"/>',
    );
  });

  it('is a URL string in JSON Feed', () => {
    const json = JSON.parse(feed.json1()) as { items: { image: unknown }[] };
    expect(json.items[0].image).toBe('https://x.nl/img/social/p.jpg');
  });
});

describe('feed item authors in RSS', () => {
  it('names each author of each item with dc:creator, also when a text mentions </item>', async () => {
    const feed = new Feed({ id: 'https://x.nl/', title: 'x', copyright: 'x' });
    for (const title of ['Over <item> en </item>', 'Tweede']) {
      feed.addItem({
        title,
        link: `https://x.nl/${title.length}`,
        date: new Date('2025-07-15'),
        content: '<p>Wat is </item>? ]]> ook</p>',
      });
    }
    const rss = addCreators(feed.rss2(), [['Martin van der Plas', 'Tom Ootes'], ['Digilab']]);
    const parsed = await new Parser().parseString(rss);
    expect(parsed.items.map((item) => item.title)).toEqual(['Over <item> en </item>', 'Tweede']);
    const $ = load(rss, { xml: true });
    const creators = $('item')
      .map((_, item) => [
        $(item)
          .children('dc\\:creator')
          .map((__, c) => $(c).text())
          .get()
          .join(', '),
      ])
      .get();
    expect(creators).toEqual(['Martin van der Plas, Tom Ootes', 'Digilab']);
    expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  });
});

describe('Open Graph locale', () => {
  it('writes the HTML language as language_COUNTRY', () => {
    expect(openGraphLocale('nl')).toBe('nl_NL');
    expect(openGraphLocale('en-GB')).toBe('en_GB');
    expect(openGraphLocale('fy')).toBe('fy');
  });
});

describe('images', () => {
  it('offers 400 px and never upscales', () => {
    expect(renditionWidths(1814)).toEqual([400, 800, 1200, 1600]);
    expect(renditionWidths(1000)).toEqual([400, 800, 1000]);
    expect(renditionWidths(300)).toEqual([300]);
  });

  it('strips EXIF and GPS from an image that reaches the build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'strip-'));
    const file = path.join(dir, 'foto.jpg');
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#154273' },
    })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Telefoon', Model: 'X' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' },
      })
      .toBuffer();
    writeFileSync(file, photo);
    expect(await exifr.parse(file, { gps: true })).toBeTruthy();
    expect(await stripImageMetadata(dir)).toEqual(['foto.jpg']);
    expect(await exifr.parse(readFileSync(file), { gps: true, tiff: true })).toBeUndefined();
    const meta = await sharp(file).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([64, 48, undefined]);
    expect(await stripImageMetadata(dir)).toEqual([]);
    // Renditions known to be clean are not even opened.
    writeFileSync(file, photo);
    expect(await stripImageMetadata(dir, new Set(['foto.jpg']))).toEqual([]);
    expect(await stripImageMetadata(dir)).toEqual(['foto.jpg']);
  });
});

describe('social card', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDate('2025-07-15')).toBe('15 juli 2025');
    expect(formatDate(new Date('2025-07-15T00:00:00Z'))).toBe('15 juli 2025');
  });

  it('is a 1200×630 SVG whose text is drawn as outlines', async () => {
    const svg = socialCardSvg({
      title: 'Een heel lange titel die over meerdere regels moet worden verdeeld op de kaart',
      date: '15 juli 2025',
      siteName: 'developer.overheid.nl',
    });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).not.toContain('<text');
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it('measures and draws text exactly as opentype.js does, from words shaped once', () => {
    const file = createRequire(__filename).resolve(
      '@fontsource/fira-sans/files/fira-sans-latin-700-normal.woff',
    );
    const data = readFileSync(file);
    const font = opentype.parse(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    );
    for (const text of [
      'Haven en Infra as Code: samen naar een Digitale Standaard voor de Publieke Sector',
      'Officiële financiën efficiënt … “API’s” fijn flink ffi',
      'AV To Ta — é ü ß 31 december 2024',
    ]) {
      for (const size of [34, 52, 68]) {
        expect(advanceWidth(font, text, size)).toBe(font.getAdvanceWidth(text, size));
      }
    }
    const text = 'Officiële API’s: fijn flink';
    expect(pathData(textOutline(font, text, 80, 120, 68))).toBe(
      pathData(font.getPath(text, 80, 120, 68)),
    );
  });

  it('draws every letter: no coordinate in the outlines is NaN', () => {
    // opentype.js' own path output wrote NaN for "ontwikkelaars" and "API’s, open",
    // and the card lost the rest of the line.
    const svg = socialCardSvg({
      title: 'Het blog voor ontwikkelaars bij de overheid',
      date: 'API’s, open source, cloud en standaarden',
      siteName: 'developer.overheid.nl',
    });
    expect(svg).not.toMatch(/NaN|Infinity|e[+-]\d/);
  });
});
