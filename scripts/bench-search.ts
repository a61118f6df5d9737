/**
 * `npm run bench:search [-- 100 1000 5000]`: how search scales with the blog.
 * Not part of `npm test`.
 *
 * For each size it makes a temporary copy of the built site (`build/`, so run
 * `npm run build` first) in `.tmp/bench-search/<n>/`, adds n synthetic Dutch
 * posts and indexes the copy with the real index step (scripts/search-index.ts).
 *
 * The posts are not built by Docusaurus: a full build of 5,000 posts does not
 * fit on these 2-core machines (about 37 s and 2.8 GB for 1,000 posts, and it
 * grows faster than linearly; see shared notes). Instead each post is written
 * into the real built post page (the Haven post's HTML, with its navbar,
 * footer, scripts and `data-pagefind-body` markup): Pagefind sees exactly what
 * it would see after a real build, and the page in the browser is a real,
 * hydrating Docusaurus page with the real search box.
 *
 * Reported per size: the index on disk, the bytes a cold first query
 * downloads in Chromium (from focusing the box to the first result; served
 * without compression, gzip size alongside), the time from typing to the
 * first result shown, and the added build time (the index step).
 *
 * BENCH_VERBOSE=1 lists every response of the cold query with the time it
 * arrived; BENCH_KEEP=1 keeps the copy in .tmp/bench-search/<n>/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { serveDirectory } from '../tests/support/static-server';
import { buildSearchIndex } from './search-index';
import { HEADINGS, pick, random, sentences, TITLE_FORMS, TITLE_TOPICS } from './bench/text';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const WORK = path.join(ROOT, '.tmp', 'bench-search');
const TEMPLATE =
  'blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.html';
const QUERY = 'digitale';
const SECOND_QUERY = 'ontwikkelaars';

const TAGS = [
  'API',
  'Haven',
  'Digitale autonomie',
  'Europa',
  'Federatief Datastelsel',
  'Artificial Intelligence',
  'Large Language Model',
  'Nederlandse Digitaliseringsstrategie',
];
const AUTHORS = ['Digilab', 'Martin van der Plas', 'Tom Ootes', 'Redactie', 'Team Logius'];

interface Post {
  path: string;
  title: string;
  date: string;
  tags: string[];
  authors: string[];
  html: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One synthetic post of roughly 600–900 words. */
function makePost(index: number, rnd: () => number): Post {
  const topic = pick(rnd, TITLE_TOPICS);
  const title = `${pick(rnd, TITLE_FORMS).replace('{t}', topic)} (${index + 1})`;
  const year = 2015 + Math.floor(rnd() * 11);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}T00:00:00.000Z`;
  const tags = [...new Set([pick(rnd, TAGS), pick(rnd, TAGS)])];
  const authors = [pick(rnd, AUTHORS)];
  const paragraphs: string[] = [];
  const sections = 3 + Math.floor(rnd() * 3);
  for (let s = 0; s < sections; s += 1) {
    if (s > 0) paragraphs.push(`<h2>${escapeHtml(pick(rnd, HEADINGS))}</h2>`);
    const count = 2 + Math.floor(rnd() * 2);
    for (let p = 0; p < count; p += 1) {
      const length = 4 + Math.floor(rnd() * 4);
      paragraphs.push(`<p>${escapeHtml(sentences(rnd, length))}</p>`);
    }
  }
  const slug = `synthetisch-${index + 1}`;
  const field = (kind: string, name: string, value: string) =>
    `<span data-pagefind-${kind}="${name}[data-value]" data-value="${escapeHtml(value)}"></span>`;
  const record = [
    field('meta', 'title', title),
    field('meta', 'date', date),
    field('meta', 'tags', tags.join(' | ')),
    ...tags.map((t) => field('filter', 'tag', t)),
    ...authors.map((a) => field('filter', 'auteur', a)),
    field('filter', 'jaar', String(year)),
  ].join('');
  const html =
    `<div hidden data-pagefind-ignore="">${record}</div>` +
    `<div id=__blog-post-container class=markdown>${paragraphs.join('')}</div>`;
  return {
    path: `blog/${year}/${pad(month)}/${pad(day)}/${slug}.html`,
    title,
    date,
    tags,
    authors,
    html,
  };
}

/** Splits the template page around the inside of its `data-pagefind-body` element. */
function splitTemplate(page: string): { before: string; after: string } {
  const marker = '<div data-pagefind-body="">';
  const start = page.indexOf(marker);
  if (start < 0)
    throw new Error(`${TEMPLATE} has no data-pagefind-body: rebuild with npm run build`);
  const inner = start + marker.length;
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = inner;
  let depth = 1;
  for (let match = tags.exec(page); match; match = tags.exec(page)) {
    depth += match[0] === '</div>' ? -1 : 1;
    if (depth === 0) return { before: page.slice(0, inner), after: page.slice(match.index) };
  }
  throw new Error('Unbalanced <div> in the template page.');
}

interface Result {
  posts: number;
  indexedPages: number;
  indexBytes: number;
  indexMillis: number;
  coldBytes: number;
  coldGzipBytes: number;
  coldRequests: number;
  firstResultMillis: number;
  secondResultMillis: number;
  /** Pagefind's own timings for the cold query, without the search UI. */
  pagefind: PagefindTimings;
}

interface PagefindTimings {
  preloadMillis: number;
  searchMillis: number;
  matches: number;
}

/**
 * Pagefind alone, in a fresh context (cold): its search API called directly
 * in the page, with the timings it reports itself. Shows how much of the
 * time to the first result is Pagefind's own work.
 */
async function pagefindTimings(
  browser: import('@playwright/test').Browser,
  url: string,
): Promise<PagefindTimings> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(async (query) => {
      // The subset of Pagefind's API used here (pagefind.js has no types).
      interface Api {
        options(options: { baseUrl: string }): Promise<void>;
        init(): Promise<void>;
        search(term: string): Promise<{
          results: unknown[];
          timings: Array<{ preload: number; search: number }>;
        }>;
      }
      const api = (await import('/pagefind/pagefind.js' as string)) as Api;
      await api.options({ baseUrl: '/' });
      await api.init();
      const response = await api.search(query);
      return {
        preloadMillis: response.timings[0].preload,
        searchMillis: response.timings[0].search,
        matches: response.results.length,
      };
    }, QUERY);
  } finally {
    await context.close();
  }
}

async function bench(posts: number): Promise<Result> {
  const dir = path.join(WORK, String(posts));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(BUILD, dir, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(BUILD, 'pagefind')),
  });
  const { before, after } = splitTemplate(readFileSync(path.join(BUILD, TEMPLATE), 'utf8'));
  const rnd = random(20240101);
  for (let i = 0; i < posts; i += 1) {
    const post = makePost(i, rnd);
    const page = (before + post.html + after)
      .replace(/<h1 class=([^>]*)>[^<]*<\/h1>/, `<h1 class=$1>${escapeHtml(post.title)}</h1>`)
      .replace(/<title([^>]*)>[^<]*<\/title>/, `<title$1>${escapeHtml(post.title)}</title>`);
    const file = path.join(dir, post.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page);
  }
  const stats = await buildSearchIndex(dir);

  const server = await serveDirectory(dir);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    // A new context: empty cache, so the first query is cold.
    const context = await browser.newContext();
    const page = await context.newPage();
    // The reader is on a real post page (generated pages are not Docusaurus routes).
    await page.goto(server.url + '/' + TEMPLATE.replace(/\.html$/, ''));
    // The page loads its React app when the reader points at a control
    // (plugins/lean-pages); a mouse reader points at the box before
    // clicking it. What is measured below is the search itself.
    await page.hover('form[role="search"] input');
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
    );
    await page.waitForLoadState('networkidle');
    const responses: { url: string; raw: number; gzip: number; at: number }[] = [];
    let recording = false;
    let started = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!recording) return;
      const at = Date.now() - started;
      pending.push(
        response
          .body()
          .then((body) => {
            responses.push({
              url: response.url(),
              raw: body.length,
              gzip: gzipSync(body).length,
              at,
            });
          })
          .catch(() => undefined),
      );
    });
    const box = page.getByRole('combobox', { name: 'Zoeken', exact: true });
    const firstOption = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
    recording = true;
    started = Date.now();
    await box.focus();
    await box.fill(QUERY);
    await firstOption.first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstResultMillis = Date.now() - started;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    recording = false;
    if (process.env.BENCH_VERBOSE) {
      for (const r of responses) {
        console.log(`  +${r.at} ms ${new URL(r.url).pathname} ${r.raw} ${r.gzip}`);
      }
    }

    const second = Date.now();
    await box.fill(SECOND_QUERY);
    await page
      .getByRole('search', { name: 'Blog doorzoeken' })
      .getByRole('status')
      .filter({ hasText: SECOND_QUERY })
      .waitFor({ timeout: 60_000 });
    const secondResultMillis = Date.now() - second;
    await context.close();
    const pagefind = await pagefindTimings(
      browser,
      server.url + '/' + TEMPLATE.replace(/\.html$/, ''),
    );
    return {
      pagefind,
      posts,
      indexedPages: stats.pages,
      indexBytes: stats.bytes,
      indexMillis: stats.millis,
      coldBytes: responses.reduce((sum, r) => sum + r.raw, 0),
      coldGzipBytes: responses.reduce((sum, r) => sum + r.gzip, 0),
      coldRequests: responses.length,
      firstResultMillis,
      secondResultMillis,
    };
  } finally {
    await browser.close();
    await server.close();
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  if (!existsSync(path.join(BUILD, TEMPLATE))) {
    throw new Error('build/ is missing or has no Haven post: run `npm run build` first.');
  }
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results: Result[] = [];
  for (const posts of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
    console.log(`[bench] ${posts} posts…`);
    const result = await bench(posts);
    console.log(`[bench] ${JSON.stringify(result)}`);
    results.push(result);
  }
  console.log(
    `\nCold first query "${QUERY}" in Chromium (focus + type to first result shown, ` +
      'includes the 120 ms typing debounce); warm = next query "' +
      SECOND_QUERY +
      '".\n',
  );
  console.log(
    '| posts | index on disk | index step (added build time) | cold query download (raw / gzip) | requests | first result | warm query | Pagefind alone: preload / search (matching pages) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.posts} | ${kb(r.indexBytes)} | ${(r.indexMillis / 1000).toFixed(1)} s | ` +
        `${kb(r.coldBytes)} / ${kb(r.coldGzipBytes)} | ${r.coldRequests} | ` +
        `${r.firstResultMillis} ms | ${r.secondResultMillis} ms | ` +
        `${r.pagefind.preloadMillis} / ${r.pagefind.searchMillis} ms (${r.pagefind.matches}) |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
