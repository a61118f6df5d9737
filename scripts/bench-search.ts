/**
 * `npm run bench:search [-- 100 1000 5000] [--runs 3]`: how search scales with
 * the blog. Not part of `npm test`.
 *
 * For each size it makes a temporary copy of the built site (`build/`, so run
 * `npm run build` first) in `.tmp/bench-search/<n>/`, adds n synthetic Dutch
 * posts and indexes the copy with the real index step (scripts/search-index.ts).
 * The copy is served by Caddy with the repository's Caddyfile, as in
 * production (compression, caching, CSP).
 *
 * The posts are not built by Docusaurus: a full build of 5,000 posts does not
 * fit on these 2-core machines (see `npm run bench`). Instead each post is
 * written into the real built post page (the Haven post's HTML, with its
 * navbar, footer, scripts and `data-pagefind-body` markup): Pagefind sees
 * exactly what it would see after a real build, and the page in the browser
 * is a real, hydrating Docusaurus page with the real search box. The text is
 * topical (scripts/bench/topics.ts): a topic word is in the posts about that
 * topic and a few more, general words are in nearly all of them.
 *
 * Each query of `QUERIES` is made cold (fresh browser context) `--runs`
 * times: the reader focuses the box and types the query at once. Reported per
 * size and query: the pages that match, the bytes downloaded (on the wire and
 * decoded), the requests, the time from the focus to the first result shown
 * and from the query typed to the first result (both timed in the page;
 * medians, and every run of the first) and Pagefind's own preload and search times. Per size: the
 * index on disk, the added build time (the index step) and a warm query.
 *
 * Typing: the reader types a query key by key (150 ms a key, an everyday
 * pace, slower than the box's 120 ms typing pause, so every key can start a
 * search). Pagefind searches on the page's main thread, so a slow search
 * would make typing lag: reported is the slowest interaction (Event Timing,
 * as INP counts it: from the key to the next frame), median of the runs.
 *
 * BENCH_VERBOSE=1 lists every request of each query with its start and end;
 * BENCH_KEEP=1 keeps the copy in .tmp/bench-search/<n>/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { freePort, startCaddy } from './serve/caddy';
import { generate } from './serve/generate';
import { buildSearchIndex } from './search-index';
import { median } from './bench/measure';
import { waitForHydration } from '../tests/support/hydration';
import { HEADINGS, pick, random, TITLE_FORMS } from './bench/text';
import { postTopics, topicalSentences } from './bench/topics';
import { searchRecordFields } from '../src/lib/search-fields';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const WORK = path.join(ROOT, '.tmp', 'bench-search');
const TEMPLATE =
  'blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.html';
/**
 * What readers look for: topics from the issue ("API design rules", "Haven",
 * "OAuth"), a topic word with Dutch stemming (toegankelijk → toegankelijkheid),
 * and two general words that are in most posts: "ontwikkelaars" and the worst
 * case "digitale".
 */
const QUERIES = ['Haven', 'OAuth', 'API design rules', 'toegankelijk', 'ontwikkelaars', 'digitale'];
const WARM_QUERY = 'cloud';
/** Queries typed key by key: a general word (every key a heavy search) and a topic. */
const TYPING_QUERIES = ['ontwikkelaars', 'API design rules'];
const TYPING_DELAY_MS = 150;

/** Tags besides the post's topics, which are its first tags. */
const GENERAL_TAGS = ['Digitale autonomie', 'Europa', 'Nederlandse Digitaliseringsstrategie'];
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

/** One synthetic post of roughly 600–900 words, about one or two topics. */
function makePost(index: number, rnd: () => number): Post {
  const topics = postTopics(rnd);
  const title = `${pick(rnd, TITLE_FORMS).replace('{t}', topics[0].name)} (${index + 1})`;
  const year = 2015 + Math.floor(rnd() * 11);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}T00:00:00.000Z`;
  const tags = topics.map((t) => t.name.charAt(0).toUpperCase() + t.name.slice(1));
  if (rnd() < 0.3) tags.push(pick(rnd, GENERAL_TAGS));
  const authors = [pick(rnd, AUTHORS)];
  const paragraphs: string[] = [];
  const sections = 3 + Math.floor(rnd() * 3);
  for (let s = 0; s < sections; s += 1) {
    if (s > 0) paragraphs.push(`<h2>${escapeHtml(pick(rnd, HEADINGS))}</h2>`);
    const count = 2 + Math.floor(rnd() * 2);
    for (let p = 0; p < count; p += 1) {
      const length = 4 + Math.floor(rnd() * 4);
      paragraphs.push(`<p>${escapeHtml(topicalSentences(rnd, topics, length))}</p>`);
    }
  }
  const slug = `synthetisch-${index + 1}`;
  // The record the real post pages carry (src/theme/BlogPostItem/Content).
  const record = searchRecordFields({ title, date, tags, authors, draft: false })
    .map(
      ({ kind, name, value }) =>
        `<span data-pagefind-${kind}="${name}[data-value]" data-value="${escapeHtml(value)}"></span>`,
    )
    .join('');
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

interface QueryResult {
  query: string;
  /** Pages Pagefind finds for the query. */
  matches: number;
  /**
   * Time to the first result shown, one per run, timed in the page: from
   * focusing the box (the driver types the query at once, about 100 ms
   * later), and from the query typed.
   */
  firstResultMillis: number[];
  typedMillis: number[];
  /**
   * Bytes on the wire (headers included) and decoded, and requests that
   * went to the server, of the first run (the same in every run).
   */
  coldBytes: number;
  coldDecodedBytes: number;
  coldRequests: number;
  /** Pagefind's own timings for the cold query, without the search UI. */
  pagefind: PagefindTimings;
}

interface Result {
  posts: number;
  indexedPages: number;
  indexBytes: number;
  indexMillis: number;
  queries: QueryResult[];
  /** The next query in the same page, once the first has been answered. */
  warmMillis: number;
  typing: TypingResult[];
}

interface TypingResult {
  query: string;
  /** The slowest interaction while typing, one per run (ms). */
  worstMillis: number[];
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
  browser: Browser,
  url: string,
  query: string,
): Promise<PagefindTimings> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(async (term) => {
      // The subset of Pagefind's API used here (pagefind.js has no types).
      interface Api {
        options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
        init(): Promise<void>;
        search(term: string): Promise<{
          results: unknown[];
          timings: Array<{ preload: number; search: number }>;
        }>;
      }
      const api = (await import('/pagefind/pagefind.js' as string)) as Api;
      await api.options({ baseUrl: '/', noWorker: true });
      await api.init();
      const response = await api.search(term);
      return {
        preloadMillis: response.timings[0].preload,
        searchMillis: response.timings[0].search,
        matches: response.results.length,
      };
    }, query);
  } finally {
    await context.close();
  }
}

/**
 * A post page in `context`, as a reader reaches it: loaded, the pointer on
 * the search box (which loads the search island, plugins/post-build/islands),
 * and idle.
 */
async function openPostPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.hover('form[role="search"] input');
  await waitForHydration(page);
  return page;
}

/**
 * Types `query` key by key into the box of a fresh page and returns the
 * slowest interaction (Event Timing: key press to the next frame).
 */
async function typingWorst(browser: Browser, url: string, query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await openPostPage(context, url);
    await page.evaluate(() => {
      const worst = new Map<number, number>();
      (window as unknown as { benchWorst: Map<number, number> }).benchWorst = worst;
      new PerformanceObserver((list) => {
        // TypeScript's DOM types lack Event Timing's interactionId.
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { interactionId?: number }
        >) {
          if (!entry.interactionId) continue;
          worst.set(
            entry.interactionId,
            Math.max(worst.get(entry.interactionId) ?? 0, entry.duration),
          );
        }
      }).observe({
        type: 'event',
        durationThreshold: 16,
        buffered: true,
      } as PerformanceObserverInit);
    });
    const box = page.getByRole('combobox', { name: 'Zoeken', exact: true });
    await box.focus();
    await page.waitForTimeout(300);
    await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
    await page
      .getByRole('listbox', { name: 'Zoekresultaten' })
      .getByRole('option')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(1_000);
    return await page.evaluate(() =>
      Math.max(
        0,
        ...(window as unknown as { benchWorst: Map<number, number> }).benchWorst.values(),
      ),
    );
  } finally {
    await context.close();
  }
}

/** One request of a query, as the page saw it (Resource Timing), times from the focus. */
interface Request {
  path: string;
  start: number;
  end: number;
  /** Bytes on the wire, headers included (compressed as Caddy sent them; 0 from the cache). */
  wire: number;
  /** Body bytes after decompression. */
  decoded: number;
}

interface ColdQuery {
  /** Focus to first result shown, timed in the page. */
  millis: number;
  /** From the query typed (the input event) to the first result shown. */
  typedMillis: number;
  requests: Request[];
  /** The next query typed in the same page (warm), when asked for. */
  nextMillis: number;
}

/**
 * One cold query as a reader makes it: a fresh context (empty cache) on a
 * real post page; the reader points at the box (which loads the search
 * island, plugins/post-build/islands), then focuses it and types the query at once.
 * Timed in the page itself, from the focus event to the frame after the
 * first option is in the document, with every request in between. With
 * `next`, then types that query and times it too (warm).
 */
async function coldQuery(
  browser: Browser,
  url: string,
  query: string,
  next?: string,
): Promise<ColdQuery> {
  const context = await browser.newContext();
  try {
    const page = await openPostPage(context, url);
    const box = page.getByRole('combobox', { name: 'Zoeken', exact: true });
    const firstOption = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('form[role="search"] input');
      // Room for every request of the page and the query (the default is 250).
      performance.setResourceTimingBufferSize(10_000);
      const marks: { focus?: number; input?: number; shown?: number } = {};
      (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
      input?.addEventListener('focus', () => (marks.focus = performance.now()), { once: true });
      input?.addEventListener('input', () => (marks.input ??= performance.now()));
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[role="listbox"] [role="option"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (marks.shown = performance.now())));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await box.focus();
    await box.fill(query);
    await firstOption.first().waitFor({ state: 'visible', timeout: 60_000 });
    const driverMillis = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const { millis, typed, requests } = await page.evaluate(async () => {
      const marks = (
        window as unknown as { benchMarks: { focus?: number; input?: number; shown?: number } }
      ).benchMarks;
      while (marks.shown === undefined) await new Promise((r) => setTimeout(r, 10));
      const focus = marks.focus ?? marks.shown;
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= focus)
        .map((e) => ({
          path: new URL(e.name).pathname,
          start: Math.round(e.startTime - focus),
          end: Math.round(e.responseEnd - focus),
          wire: e.transferSize,
          decoded: e.decodedBodySize,
        }));
      return {
        millis: Math.round(marks.shown - focus),
        typed: Math.round((marks.input ?? focus) - focus),
        requests: entries,
      };
    });
    if (process.env.BENCH_VERBOSE) {
      for (const r of requests) {
        console.log(`    ${r.start}–${r.end} ms ${r.path} (${r.wire} / ${r.decoded} B)`);
      }
      console.log(`    ${typed} ms query typed (by the driver)`);
      console.log(`    ${millis} ms first result shown (${driverMillis} ms as the driver saw it)`);
    }
    let nextMillis = 0;
    if (next) {
      const second = Date.now();
      await box.fill(next);
      await page
        .getByRole('search', { name: 'Blog doorzoeken' })
        .getByRole('status')
        .filter({ hasText: next })
        .waitFor({ timeout: 60_000 });
      nextMillis = Date.now() - second;
    }
    return { millis, typedMillis: millis - typed, requests, nextMillis };
  } finally {
    await context.close();
  }
}

async function bench(posts: number, runs: number): Promise<Result> {
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

  // Served as in production: Caddy with the repository's Caddyfile (its
  // compression, caching and CSP), with the CSP hashes of this copy.
  const generated = generate(dir, path.join(WORK, `${posts}-caddy`));
  const server = await startCaddy({
    siteRoot: dir,
    generatedDir: generated.outDir,
    port: await freePort(),
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  });
  // The reader is on a real post page (generated pages are not Docusaurus routes).
  const url = server.url + '/' + TEMPLATE.replace(/\.html$/, '');
  try {
    const queries: QueryResult[] = [];
    let warmMillis = 0;
    for (const query of QUERIES) {
      const times: number[] = [];
      const fromTyped: number[] = [];
      let first: Request[] = [];
      for (let run = 0; run < runs; run += 1) {
        const warm = run === 0 && query === QUERIES[0] ? WARM_QUERY : undefined;
        const result = await coldQuery(browser, url, query, warm);
        times.push(result.millis);
        fromTyped.push(result.typedMillis);
        if (warm) warmMillis = result.nextMillis;
        if (run === 0) first = result.requests;
      }
      if (process.env.BENCH_VERBOSE) {
        console.log(
          `  "${query}": ${times.join(', ')} ms (from typed: ${fromTyped.join(', ')} ms)`,
        );
      }
      const pagefind = await pagefindTimings(browser, url, query);
      queries.push({
        query,
        matches: pagefind.matches,
        firstResultMillis: times,
        typedMillis: fromTyped,
        coldBytes: first.reduce((sum, r) => sum + r.wire, 0),
        coldDecodedBytes: first.reduce((sum, r) => sum + r.decoded, 0),
        coldRequests: first.filter((r) => r.wire > 0).length,
        pagefind,
      });
    }
    const typing: TypingResult[] = [];
    for (const query of TYPING_QUERIES) {
      const worstMillis: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        worstMillis.push(Math.round(await typingWorst(browser, url, query)));
      }
      typing.push({ query, worstMillis });
    }
    return {
      posts,
      typing,
      indexedPages: stats.pages,
      indexBytes: stats.bytes,
      indexMillis: stats.millis,
      queries,
      warmMillis,
    };
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.BENCH_KEEP) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(generated.outDir, { recursive: true, force: true });
    }
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  if (!existsSync(path.join(BUILD, TEMPLATE))) {
    throw new Error('build/ is missing or has no Haven post: run `npm run build` first.');
  }
  const args = process.argv.slice(2);
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 3;
  const sizes = args
    .filter((_, i) => runsArg < 0 || (i !== runsArg && i !== runsArg + 1))
    .map(Number)
    .filter((n) => n > 0);
  const results: Result[] = [];
  for (const posts of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
    console.log(`[bench] ${posts} posts…`);
    const result = await bench(posts, runs);
    console.log(`[bench] ${JSON.stringify(result)}`);
    results.push(result);
  }
  console.log(
    `\nCold query in Chromium, served by Caddy: a fresh context on a post page; focus the ` +
      `box and type the query at once (the driver's input arrives about 100 ms after the ` +
      `focus); timed in the page until the first result is shown, from the focus and from ` +
      `the query typed (the search waits for a 120 ms pause in typing); median of ${runs}. ` +
      `Warm: the query "${WARM_QUERY}" typed next in the same page.\n`,
  );
  console.log('| posts | index on disk | index step (added build time) | warm query |');
  console.log('|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.posts} | ${kb(r.indexBytes)} | ${(r.indexMillis / 1000).toFixed(1)} s | ${r.warmMillis} ms |`,
    );
  }
  console.log(
    '\n| posts | query | matching pages | cold download (on the wire / decoded) | requests | first result from focus (median) | the runs | from the query typed (median) | Pagefind alone: preload / search |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const q of r.queries) {
      console.log(
        `| ${r.posts} | ${q.query} | ${q.matches} | ${kb(q.coldBytes)} / ${kb(q.coldDecodedBytes)} | ` +
          `${q.coldRequests} | ${Math.round(median(q.firstResultMillis))} ms | ${q.firstResultMillis.join(', ')} | ` +
          `${Math.round(median(q.typedMillis))} ms | ` +
          `${q.pagefind.preloadMillis} / ${q.pagefind.searchMillis} ms |`,
      );
    }
  }
  console.log(
    `\nTyping key by key (${TYPING_DELAY_MS} ms a key): the slowest interaction, key to next frame ` +
      `(Event Timing, as INP counts it; 200 ms or less is "good"), median of ${runs}.\n`,
  );
  console.log('| posts | query typed | slowest interaction (median) | the runs |');
  console.log('|---|---|---|---|');
  for (const r of results) {
    for (const t of r.typing) {
      console.log(
        `| ${r.posts} | ${t.query} | ${Math.round(median(t.worstMillis))} ms | ${t.worstMillis.join(', ')} |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
