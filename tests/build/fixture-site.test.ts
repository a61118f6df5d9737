import { waitForHydration } from '../support/hydration';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { serveDirectory, type RunningServer } from '../support/static-server';
import { EXTRA_POSTS, FILE_TIME, SCAFFOLD_TITLE, UNLISTED } from './fixture-content';
import { TAG } from './hostile-content';
import { pageScripts, scriptHash } from '../../scripts/serve/config';
import { BUILD, textFiles, walk } from './helpers';

/** The fixture site, built with its search index by ./fixture-setup.ts. */
const site = inject('fixtureSite');
/** The post with hostile metadata (./hostile-content.ts), the oldest of the site. */
const HOSTILE_POSTS = 1;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
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
 * The JS files a visit to a page executes, as Chromium requests them, once
 * the reader has reached for the search box: on reading pages the islands
 * (plugins/post-build/islands) and the search popup's chunk. Prefetches of
 * other pages (resource type "other") are not counted.
 */
async function scriptsOf(route: string): Promise<string[]> {
  const tab = await browser.newPage();
  const srcs = new Set<string>();
  tab.on('request', (req) => {
    if (req.resourceType() === 'script') srcs.add(new URL(req.url()).pathname);
  });
  await tab.goto(server.url + route, { waitUntil: 'networkidle' });
  await tab.hover('form[role="search"] input');
  await waitForHydration(tab);
  await tab.waitForLoadState('networkidle');
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
  it('load the same JS as a post without components: the islands, never the app', async () => {
    const plain = await scriptsOf(PLAIN);
    const withComponents = await scriptsOf(WITH);
    console.log(
      `JS on first use (gzip): without components ${gzipBytes(plain)} B, with Blockquote+Link+Icon ${gzipBytes(withComponents)} B`,
    );
    expect(plain.some((src) => /^\/assets\/islands\/islands\.\w+\.js$/.test(src))).toBe(true);
    expect(plain.filter((src) => src.startsWith('/assets/js/'))).toEqual([]);
    expect([...withComponents].sort()).toEqual([...plain].sort());
  });

  it('load island files that do not depend on the posts: the same as the seed site', () => {
    // Names carry the content's hash: the same names are the same bytes.
    const islands = (dir: string): string[] =>
      readdirSync(path.join(dir, 'assets', 'islands')).sort();
    const here = islands(site.build);
    expect(here.some((file) => /^search\.\w+\.js$/.test(file))).toBe(true);
    expect(here).toEqual(islands(BUILD));
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

describe('lists of posts', () => {
  it('show 12 cards a page on the blog index, the rest on page 2', () => {
    const first = page('/blog');
    expect(first('ul[aria-label="Artikelen"] > li > article').length).toBe(12);
    const second = page('/blog/page/2');
    // Haven, three fixture posts, the scaffolded post, the extra posts and the hostile post.
    expect(second('ul[aria-label="Artikelen"] > li > article').length).toBe(
      5 + EXTRA_POSTS + HOSTILE_POSTS - 12,
    );
    expect(first('a[href="/blog/page/2"]').length).toBeGreaterThan(0);
  });

  it('give each card a linked title, a Dutch date, reading time, author and tags', () => {
    const $ = page('/blog/tags/eu');
    const card = $('article')
      .filter((_, el) => $(el).find('h2').text() === 'Europees bericht 2')
      .first();
    expect(card.find('h2 a').attr('href')).toBe('/blog/2019/01/02/europees-bericht-2');
    expect(card.find('time').text()).toBe('2 januari 2019');
    expect(card.text()).toMatch(/1 min leestijd/);
    expect(card.text()).toContain('Een kort bericht over Europese afspraken, nummer 2');
    expect(card.find('[aria-label="Auteurs"]').text()).toContain('Digilab');
    expect(card.find('[aria-label="Onderwerpen"] a').attr('href')).toBe('/blog/tags/eu');
  });

  it('show the cover, cropped and compressed, on the card of a post that has one', () => {
    const $ = page('/blog/tags/eu');
    const card = $('article')
      .filter((_, el) => $(el).find('h2').text() === 'Europees bericht 1')
      .first();
    const img = card.find('picture img');
    expect(img.attr('alt')).toBe('');
    expect(Number(img.attr('width')) / Number(img.attr('height'))).toBeCloseTo(16 / 9, 1);
    const webp = card.find('picture source[type="image/webp"]').attr('srcset') ?? '';
    const files = webp.split(',').map((c) => c.trim().split(' ')[0]);
    expect(files.length).toBe(2);
    for (const file of files) {
      expect(existsSync(path.join(site.build, file)), file).toBe(true);
      // A 1200×900 cover in a card: the 800 px WebP is a fraction of the original.
      expect(readFileSync(path.join(site.build, file)).length).toBeLessThan(30_000);
    }
  });
});

describe('a post page', () => {
  it('suggests up to three posts that share its tags, not itself', () => {
    const $ = page(PLAIN);
    const section = $('section[aria-labelledby="related-title"]');
    expect(section.find('h2').text()).toBe('Lees ook');
    const links = section
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    // Both other `api` posts, newest first.
    expect(links).toEqual(['/blog/2021/05/04/testartikel-van-new-post', WITH]);
  });

  it('has no "Lees ook" when no other post shares a tag', () => {
    const $ = page(NO_IMPORT);
    expect($('section[aria-labelledby="related-title"]').length).toBe(0);
  });
});

describe('a post page on paper', () => {
  it('leaves out the share links and "Lees ook", and writes out internal links in full', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + WITH);
    const share = tab.getByRole('region', { name: 'Deel dit artikel' });
    const related = tab.getByRole('region', { name: 'Lees ook' });
    const internal = tab
      .getByRole('main')
      .getByRole('link', { name: /het blog/i })
      .first();
    expect(await share.isVisible()).toBe(true);
    expect(await related.isVisible()).toBe(true);
    await tab.emulateMedia({ media: 'print' });
    expect(await share.isVisible()).toBe(false);
    expect(await related.isVisible()).toBe(false);
    expect(await internal.getAttribute('href')).toBe('/blog');
    expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      '" (https://developer.overheid.nl/blog)"',
    );
    await tab.close();
  });
});

describe('a build from a copy without git history (like `git archive` output)', () => {
  it('says so in exactly one warning line', () => {
    const warnings = site.log.split('\n').filter((line) => line.includes('Geen Git-geschiedenis'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('de wijzigingstijd van elk bestand');
    expect(site.log).not.toContain('outside any Git worktree');
  });

  it('dates "Laatst bijgewerkt" and the sitemap by the modification time of the file', () => {
    const $ = page(PLAIN);
    expect($('main time[itemprop="dateModified"]').attr('datetime')).toBe(FILE_TIME.toISOString());
    expect($('main').text()).toContain('4 maart 2022');
    const sitemap = cheerio.load(readFileSync(path.join(site.build, 'sitemap.xml'), 'utf8'), {
      xml: true,
    });
    const entry = sitemap('url').filter(
      (_, el) => sitemap(el).find('loc').text() === `https://developer.overheid.nl${PLAIN}`,
    );
    expect(entry.find('lastmod').text()).toBe('2022-03-04');
  });
});

describe('the sitemap of a blog with two pages', () => {
  it('dates each page of the blog index by the newest post on it', () => {
    const $ = cheerio.load(readFileSync(path.join(site.build, 'sitemap.xml'), 'utf8'), {
      xml: true,
    });
    const lastmod = (route: string): string =>
      $('url')
        .filter((_, el) => $(el).find('loc').text() === `https://developer.overheid.nl${route}`)
        .find('lastmod')
        .text();
    expect(lastmod('/')).toBe('2024-12-31');
    expect(lastmod('/blog')).toBe('2024-12-31');
    // Page 2 holds the oldest posts: Europees bericht 3, 2 and 1 and the hostile post.
    expect(lastmod('/blog/page/2')).toBe('2019-01-03');
    expect(lastmod('/blog/tags/eu')).toBe('2019-01-10');
    expect(lastmod('/blog/authors/tom-ootes')).toBe('2021-05-04');
  });
});

describe('the homepage of a blog with 15 posts', () => {
  it('shows the short introduction', () => {
    const $ = page('/index');
    expect($('main h1').text()).toBe('Het blog voor ontwikkelaars bij de overheid');
    expect($('main').text()).toContain(
      'Op developer.overheid.nl delen ontwikkelaars, architecten en teams van de overheid',
    );
  });

  it('shows exactly the six newest posts as cards, newest first', () => {
    const $ = page('/index');
    const cards = $('ul[aria-label="Nieuwste artikelen"] > li > article');
    expect(cards.length).toBe(6);
    expect(
      cards
        .find('h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual([
      'Haven en Infra as Code: samen naar een Digitale Standaard voor de Publieke Sector',
      SCAFFOLD_TITLE,
      'Een artikel met componenten zonder import',
      'Een artikel met componenten',
      'Een artikel zonder componenten',
      'Europees bericht 10',
    ]);
    const dates = cards
      .find('time')
      .map((_, t) => $(t).attr('datetime'))
      .get();
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows the most used tags, most used first, with their number of articles', () => {
    const $ = page('/index');
    const section = $('main section').filter(
      (_, el) => $(el).find('h2').first().text() === 'Veelgebruikte onderwerpen',
    );
    const tags = section
      .find('li a')
      .map((_, a) => [
        [
          $(a).attr('href'),
          $(a)
            .children()
            .map((__, span) => $(span).text())
            .get()
            .join(' · '),
        ],
      ])
      .get();
    // eu: the ten extra posts; api: two fixture posts and the scaffolded one; haven and the
    // hostile tag: one each (its label is text, markup and all).
    expect(tags).toEqual([
      ['/blog/tags/eu', 'Europa · 10 artikelen'],
      ['/blog/tags/api', 'API · 3 artikelen'],
      ['/blog/tags/haven', 'Haven · 1 artikel'],
      ['/blog/tags/vijandig', `${TAG.label} · 1 artikel`],
    ]);
    const all = section.find('a').filter((_, a) => $(a).text() === 'Alle onderwerpen');
    expect(all.attr('href')).toBe('/blog/tags');
  });
});

describe('a tag page', () => {
  it('has its own RSS feed with the posts of the tag, advertised on the page', () => {
    const $ = page('/blog/tags/eu');
    const advertised = $('head link[rel="alternate"][type="application/rss+xml"]')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(advertised).toContain('https://developer.overheid.nl/blog/tags/eu/rss.xml');
    const feed = path.join(site.build, 'blog', 'tags', 'eu', 'rss.xml');
    expect(existsSync(feed)).toBe(true);
    const rss = cheerio.load(readFileSync(feed, 'utf8'), { xml: true });
    const titles = rss('item > title')
      .map((_, t) => rss(t).text())
      .get();
    expect(titles).toHaveLength(EXTRA_POSTS);
    expect(titles[0]).toBe(`Europees bericht ${EXTRA_POSTS}`);
  });
});

/** The URLs of every page in a Pagefind index, read from its fragment files. */
function indexedUrls(build: string): string[] {
  const dir = path.join(build, 'pagefind', 'fragment');
  const urls: string[] = [];
  for (const name of readdirSync(dir)) {
    let bytes = readFileSync(path.join(dir, name));
    if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') bytes = gunzipSync(bytes);
    const json = JSON.parse(bytes.subarray(12).toString('utf8')) as
      { url: string } | Record<string, { url: string }>;
    // A fragment, or (on large sites) a group of fragments keyed by page.
    const fragments =
      typeof json.url === 'string' ? [json as { url: string }] : Object.values(json);
    for (const fragment of fragments) urls.push(String(fragment.url).replace(/\.html$/, ''));
  }
  return urls.sort();
}

describe('`docusaurus build` is the whole build', () => {
  // buildFixtureSite runs a plain `npx docusaurus build`, no npm script.
  it('leaves the search index, the feeds and the Caddy configuration of its final pages', () => {
    expect(existsSync(path.join(site.build, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(site.build, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
      expect(existsSync(path.join(site.build, 'blog', feed))).toBe(true);
    }
    const csp = readFileSync(path.join(site.dir, '.caddy', 'build', 'csp.caddy'), 'utf8');
    const pages = textFiles(site.build).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const inline = pages.flatMap((file) => pageScripts(readFileSync(file, 'utf8')).inline);
    const hashes = new Set(inline.map(scriptHash));
    // Only Docusaurus' colour-mode script is inline: the islands and the app
    // loader are files (plugins/post-build/islands), so no inline script
    // names a bundle and the hash does not change from build to build.
    expect(hashes.size).toBe(1);
    expect(inline.some((text) => text.includes('/assets/'))).toBe(false);
    for (const hash of hashes) expect(csp).toContain(hash);
    expect(existsSync(path.join(site.dir, '.caddy', 'build', 'redirects.caddy'))).toBe(true);
  });

  it('keeps per-post data out of global data, which every page downloads', () => {
    const globalData = readFileSync(path.join(site.dir, '.docusaurus', 'globalData.json'), 'utf8');
    expect(globalData).toContain('docusaurus-plugin-content-blog');
    // Social images and feed links travel in each page's own modules.
    expect(globalData).not.toMatch(/\/blog\/\d{4}\/|img\/social|rss\.xml/);
  });

  it('publishes the social image of every post and no image twice decoded', () => {
    const social = walk(path.join(site.build, 'img', 'social')).map((f) => path.basename(f));
    expect(social).toContain(
      '2024-12-31-haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.png',
    );
    expect(social).toContain('2019-01-01-europees-bericht-1.jpg');
    const decodes = JSON.parse(
      readFileSync(path.join(site.dir, '.docusaurus', 'blog-image-decodes.json'), 'utf8'),
    ) as Record<string, number>;
    for (const [file, count] of Object.entries(decodes)) expect(count, file).toBe(1);
  });
});

describe('the production search index', () => {
  it('holds exactly the published, listed posts: no draft, no unlisted post, no other page', () => {
    const $ = cheerio.load(readFileSync(path.join(site.build, 'sitemap.xml'), 'utf8'), {
      xml: true,
    });
    const posts = $('loc')
      .map((_, el) => new URL($(el).text()).pathname)
      .get()
      .filter((route) => /^\/blog\/\d{4}\/\d{2}\/\d{2}\//.test(route))
      .sort();
    // Haven, the three fixture posts, the scaffolded post, the extra posts and the hostile post.
    expect(posts).toHaveLength(5 + EXTRA_POSTS + HOSTILE_POSTS);
    expect(indexedUrls(site.build)).toEqual(posts);
    // The unlisted post is built (its link works) but neither listed nor indexed.
    expect(existsSync(path.join(site.build, `${UNLISTED}.html`))).toBe(true);
    expect(posts).not.toContain(UNLISTED);
    // The NDS post is a draft: not built in production, so not indexed either.
    expect(
      existsSync(
        path.join(site.build, 'blog/2025/07/15/nederlandse-digitaliseringsstrategie.html'),
      ),
    ).toBe(false);
  });
});

describe('the search page of a blog with more than one page of results', () => {
  it('pages by keyboard, moves focus to the top of the new page, and goes back', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await tab.goto(server.url + '/zoeken?q=een');
      // The search page is an island (src/islands/search-page.ts), not the app.
      await tab.waitForFunction(
        () =>
          document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchReady === 'true',
      );
      const status = tab.getByRole('main').getByRole('status');
      await status.filter({ hasText: /pagina 1 van \d/ }).waitFor({ timeout: 30_000 });
      const text = (await status.textContent()) ?? '';
      const [, count, pages] = /^(\d+) resultaten voor “een”, pagina 1 van (\d+)$/.exec(text) ?? [];
      expect(Number(count)).toBeGreaterThan(10);
      expect(Number(pages)).toBe(Math.ceil(Number(count) / 10));
      const results = tab.getByRole('main').getByRole('article');
      // The best hit shows first, the rest of the page right after.
      await expect.poll(() => results.count()).toBe(10);

      // Keyboard only: focus "Volgende" at the bottom of the page, press Enter.
      const next = tab
        .getByRole('navigation', { name: 'Paginering van de zoekresultaten' })
        .getByRole('link', { name: 'Volgende' });
      await next.focus();
      await tab.keyboard.press('Enter');
      await tab.waitForURL(/[?&]pagina=2$/);
      await status.filter({ hasText: /, pagina 2 van / }).waitFor();
      // Focus is on the status line, which is in view: the reader is at the top.
      expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
      const top = await status.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(800);
      await expect.poll(() => results.count()).toBe(Math.min(10, Number(count) - 10));

      await tab.goBack();
      await tab.waitForURL(/\/zoeken\?q=een$/);
      await status.filter({ hasText: /, pagina 1 van / }).waitFor();

      // A page past the last one says so, with a way back.
      await tab.goto(server.url + '/zoeken?q=een&pagina=99');
      await tab.getByText(/^Pagina 99 bestaat niet/).waitFor({ timeout: 30_000 });
      await tab.getByRole('link', { name: 'Naar de eerste pagina' }).click();
      await tab.waitForURL(/\/zoeken\?q=een$/);
      await status.filter({ hasText: /, pagina 1 van / }).waitFor();
    } finally {
      await tab.close();
    }
  });
});

describe('the navbar search box on a blog with many matching posts', () => {
  it('ranks the post that matches every word first, with its date and tag', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(server.url + '/blog');
      const box = tab.getByRole('combobox', { name: 'Zoeken', exact: true });
      await box.click();
      await box.pressSequentially('europees bericht 7');
      const options = tab.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
      await options.first().waitFor({ timeout: 30_000 });
      // All ten "Europees bericht" posts match "europees bericht"; only one also "7".
      await expect.poll(() => options.first().textContent()).toMatch(/^Europees bericht 7/);
      const first = options.first();
      expect(await first.textContent()).toContain('7 januari 2019');
      expect(await first.textContent()).toContain('Europa');
      // Pagefind marks the word with the punctuation after it ("7,").
      const marks = await first.locator('mark').allTextContents();
      expect(marks.some((mark) => /^7\b/.test(mark))).toBe(true);
      expect(marks.some((mark) => /^bericht\b/.test(mark))).toBe(true);
    } finally {
      await tab.close();
    }
  });
});
