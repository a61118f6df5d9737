import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/sitemap';
import { BUILD, PREVIEW, ROOT, read, textFiles, walk } from './helpers';
import { draftOnlyKeys, postSources, type PostSource } from './reading';

const HAVEN =
  'blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.html';
const NDS = 'blog/2025/07/15/nederlandse-digitaliseringsstrategie.html';

describe('production build', () => {
  it('has the Haven post at its dated URL', () => {
    const $ = cheerio.load(read(BUILD, HAVEN));
    expect($('html').attr('lang')).toBe('nl');
    expect($('h1').text()).toBe(
      'Haven en Infra as Code: samen naar een Digitale Standaard voor de Publieke Sector',
    );
  });

  it('renders the Haven note, whose title spans two lines, as an admonition with a link', () => {
    const $ = cheerio.load(read(BUILD, HAVEN));
    const note = $('.theme-admonition-note');
    expect(note.length).toBe(1);
    expect(note.find('a[href^="https://digilab.overheid.nl/blog/"]').text()).toBe(
      'digilab.overheid.nl',
    );
    expect($('main').text()).not.toContain(':::note');
  });

  it('leaves the NDS draft out entirely', () => {
    expect(existsSync(path.join(BUILD, NDS))).toBe(false);
    // The post's URL, its title and a sentence of its text: the guide may name
    // the strategy itself, but no page, listing, feed or sitemap may carry the post.
    const traces = [
      '/blog/2025/07/15/nederlandse-digitaliseringsstrategie',
      'De gevolgen van de Nederlandse Digitaliseringsstrategie',
      'Afgesproken is dat de Rijksoverheid, provincies, gemeenten',
    ];
    const leaks = textFiles(BUILD).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return traces.some((t) => text.includes(t));
    });
    expect(leaks.map((f) => path.relative(BUILD, f))).toEqual([]);
    const images = walk(BUILD).filter((f) => /nederlandse-digitaliseringsstrategie/.test(f));
    expect(images).toEqual([]);
  });

  it('ships no component library that injects styles at runtime', () => {
    const js = walk(BUILD).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const injecting = js.filter((f) =>
      /styleInject|\.utrecht-accordion\{/.test(readFileSync(f, 'utf8')),
    );
    expect(injecting.map((f) => path.relative(BUILD, f))).toEqual([]);
  });

  it('references no third-party host for scripts, styles, fonts or images', () => {
    const offenders: string[] = [];
    for (const file of textFiles(BUILD)) {
      const rel = path.relative(BUILD, file);
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.html')) {
        const $ = cheerio.load(text);
        $('script[src], img[src], iframe[src], source[src], video[src], audio[src]').each(
          (_, el) => {
            const src = $(el).attr('src') ?? '';
            if (/^(https?:)?\/\//.test(src)) offenders.push(`${rel}: ${src}`);
          },
        );
        $('link[href]').each((_, el) => {
          const rel2 = ($(el).attr('rel') ?? '').toLowerCase();
          const href = $(el).attr('href') ?? '';
          const loads =
            /stylesheet|preload|prefetch|preconnect|dns-prefetch|modulepreload|icon|manifest/.test(
              rel2,
            );
          if (
            loads &&
            /^(https?:)?\/\//.test(href) &&
            !href.startsWith('https://developer.overheid.nl/')
          ) {
            offenders.push(`${rel}: <link rel=${rel2}> ${href}`);
          }
        });
      } else if (file.endsWith('.css')) {
        for (const m of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) {
          offenders.push(`${rel}: url(${m[1]})`);
        }
        for (const m of text.matchAll(/@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")\s]+)/g)) {
          offenders.push(`${rel}: @import ${m[1]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('preview build', () => {
  it('has the NDS draft with both quotes as styled blockquotes and the cover image', () => {
    const $ = cheerio.load(read(PREVIEW, NDS));
    const quotes = $('.utrecht-blockquote');
    expect(quotes.length).toBe(2);
    quotes.each((_, el) => {
      const q = $(el);
      expect(q.find('blockquote, .utrecht-blockquote__content').length).toBeGreaterThan(0);
      expect(q.text()).toContain('— Uit NDS');
      expect(q.attr('variation')).toBeUndefined();
    });
    expect($('[variation]').length).toBe(0);
    const cover = $('img[alt="Nederlandse Digitaliseringsstrategie"]');
    expect(cover.length).toBe(1);
    const src = cover.attr('src') ?? '';
    expect(existsSync(path.join(PREVIEW, src.split('?')[0]))).toBe(true);
  });

  it('marks the draft as Concept', () => {
    const $ = cheerio.load(read(PREVIEW, NDS));
    expect($('main').text()).toMatch(/Concept/);
  });

  it('writes dates in Dutch', () => {
    const $ = cheerio.load(read(PREVIEW, NDS));
    expect($('time').first().text()).toBe('15 juli 2025');
  });
});

type KeyFile = Record<string, { name?: string; label?: string; permalink?: string }>;

/** blog/authors.yml or blog/tags.yml. */
function keyFile(name: string): KeyFile {
  return load(readFileSync(path.join(ROOT, 'blog', name), 'utf8')) as KeyFile;
}

describe('authors that only drafts name', () => {
  const authorsFile = keyFile('authors.yml');
  let posts: PostSource[] = [];
  beforeAll(async () => {
    posts = await postSources();
  });

  it('give the production build no author page and no entry in the authors list', () => {
    const authors = draftOnlyKeys(posts, 'authors');
    expect(authors).toEqual(expect.arrayContaining(['martin-van-der-plas', 'tom-ootes']));
    const prodList = cheerio.load(read(BUILD, 'blog/authors.html'))('main').text();
    const previewList = cheerio.load(read(PREVIEW, 'blog/authors.html'))('main').text();
    const prodSitemap = sitemapPaths(BUILD);
    for (const key of authors) {
      const file = `blog/authors/${key}.html`;
      const name = authorsFile[key]?.name ?? key;
      expect(existsSync(path.join(BUILD, file)), `production ${file}`).toBe(false);
      expect(prodSitemap).not.toContain(`/blog/authors/${key}`);
      expect(prodList, 'production /blog/authors').not.toContain(name);
      // The preview build publishes the drafts, and with them their authors.
      expect(existsSync(path.join(PREVIEW, file)), `preview ${file}`).toBe(true);
      expect(previewList, 'preview /blog/authors').toContain(name);
    }
    expect(prodList).not.toMatch(/\b0 artikelen\b/);
    expect(prodList).toContain('Digilab');
  });

  it('link to no author page that is missing, from posts or feeds', () => {
    const hrefs = textFiles(BUILD)
      .filter((f) => /\.(html|xml|json)$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\/blog\/authors\/([a-z0-9-]+)/g)])
      .map((m) => m[1]);
    expect(hrefs).toContain('digilab');
    for (const key of new Set(hrefs)) {
      expect(existsSync(path.join(BUILD, `blog/authors/${key}.html`)), key).toBe(true);
    }
  });
});

describe('tags that only drafts use', () => {
  const tagsFile = keyFile('tags.yml');
  let posts: PostSource[] = [];
  beforeAll(async () => {
    posts = await postSources();
  });

  it('give the production build no tag page, and the preview build one', () => {
    const tags = draftOnlyKeys(posts, 'tags');
    // The NDS draft is the only post with tags (the Haven post has `tags: []`).
    expect(tags).toContain('nds');
    for (const tag of tags) {
      const file = `blog/tags${tagsFile[tag]?.permalink ?? `/${tag}`}.html`;
      expect(existsSync(path.join(BUILD, file)), `production ${file}`).toBe(false);
      expect(existsSync(path.join(PREVIEW, file)), `preview ${file}`).toBe(true);
    }
    // No published post has a tag: no tag overview either, and no tag in the sitemap.
    expect(posts.filter((p) => !p.draft).flatMap((p) => p.tags)).toEqual([]);
    expect(existsSync(path.join(BUILD, 'blog/tags.html')), 'production tag overview').toBe(false);
    expect(sitemapPaths(BUILD).filter((p) => p.startsWith('/blog/tags'))).toEqual([]);
  });
});
