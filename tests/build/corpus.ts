/**
 * The corpus of issue 19: every content fixture of the checker
 * (tests/fixtures/content, one per rule and the good sites) plus one
 * synthetic post per habit of the live blog's authors (tests/fixtures/corpus).
 * `runCorpus` gives each entry two verdicts: the checker's (run over the
 * entry as its own site, so path rules see the author's path) and the real
 * build's (one `docusaurus build` of a copy of this site with every entry's
 * files under `blog/<entry>/`, drafts published as in the preview build),
 * and looks at each built page the way a reader's browser would: broken
 * images, empty links, a second h1, resources the CSP blocks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import * as cheerio from 'cheerio';

import { checkContent, type Problem } from '../../scripts/check-content/index';
import { FRAME_SOURCES } from '../../scripts/serve/config';
import { FIXTURES, materialize, type Expectation } from '../unit/helpers/fixtures';
import { copySite } from './fixture-site';
import { ROOT } from './helpers';

export const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'corpus');
/** "Now" for the checker's date rules, as in the fixture tests. */
const NOW = new Date('2026-01-01T12:00:00Z');

export type Verdict = 'ok' | 'waarschuwing' | 'fout';

export interface CorpusEntry {
  id: string;
  /** The fixture directory. */
  dir: string;
  expectation: Expectation;
  /** Why the entry is checked but not built, if it is not. */
  notBuilt?: string;
}

export interface EntryResult {
  entry: CorpusEntry;
  checker: Verdict;
  problems: Problem[];
  /** 'gebouwd', 'geweigerd' (the build refused it) or 'niet gebouwd' (see notBuilt). */
  build: 'gebouwd' | 'geweigerd' | 'niet gebouwd';
  /** What the build said when it refused the entry. */
  buildError?: string;
  /** Built pages of the entry, by URL path. */
  pages: string[];
  /** What a reader would see broken on the built pages. */
  pageProblems: string[];
}

/**
 * Entries the one corpus site cannot build as the author meant them: each
 * entry gets a folder of its own there, which moves its URLs, so absolute
 * links between its posts and pages (`/blog/…`, `/kennisbank/…`) do not
 * arrive. They are still checked.
 */
const CHECKED_ONLY: Readonly<Record<string, string>> = {
  'goed-kop-als-titel-en-eigen-slug':
    'absolute links tussen eigen artikelen en kennisbank: in de corpussite staat elk item in een eigen map',
};

/** Every entry: content fixtures (bad, good) and the synthetic posts. */
export function corpusEntries(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const add = (base: string, prefix: string): void => {
    for (const name of fs.readdirSync(base).sort()) {
      const dir = path.join(base, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      const expectFile = path.join(dir, 'expect.json');
      const expectation = fs.existsSync(expectFile)
        ? (JSON.parse(fs.readFileSync(expectFile, 'utf8')) as Expectation)
        : {};
      const ownKeys = ['authors.yml', 'tags.yml'].some((file) =>
        fs.existsSync(path.join(dir, 'blog', file)),
      );
      const id = `${prefix}${name}`;
      entries.push({
        id,
        dir,
        expectation,
        notBuilt: ownKeys
          ? 'eigen blog/authors.yml of tags.yml: één site heeft er één'
          : CHECKED_ONLY[id],
      });
    }
  };
  add(path.join(FIXTURES, 'bad'), 'fout-');
  add(path.join(FIXTURES, 'good'), 'goed-');
  add(CORPUS, '');
  // CORPUS_ONLY=id,id: a few entries, to look into one.
  const only = process.env.CORPUS_ONLY?.split(',');
  return only ? entries.filter((entry) => only.includes(entry.id)) : entries;
}

function verdictOf(problems: readonly Problem[]): Verdict {
  if (problems.some((found) => found.severity === 'fout')) return 'fout';
  return problems.length > 0 ? 'waarschuwing' : 'ok';
}

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    return item.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** Runs the checker over one entry, as the fixture tests do. */
async function checkEntry(entry: CorpusEntry): Promise<{ root: string; problems: Problem[] }> {
  const { root } = materialize(entry.dir);
  const ownKeys = fs.existsSync(path.join(root, 'blog', 'authors.yml'));
  const result = await checkContent({
    rootDir: root,
    now: NOW,
    authorsFile: ownKeys ? undefined : path.join(FIXTURES, 'authors.yml'),
    tagsFile: ownKeys ? undefined : path.join(FIXTURES, 'tags.yml'),
  });
  return { root, problems: result.problems };
}

/**
 * Places an entry's posts and pages in the site copy: `blog/<id>/…`,
 * `docs/corpus/<id>/…` (an absolute `slug:` is put under `/<id>/`).
 */
function placeEntry(site: string, id: string, root: string): string[] {
  const placed: string[] = [];
  for (const [from, to] of [
    ['blog', path.join('blog', id)],
    ['docs', path.join('docs', 'corpus', id)],
  ]) {
    for (const rel of listFiles(path.join(root, from))) {
      if (from === 'blog' && /^(authors|tags)\.yml$/.test(rel)) continue;
      const target = path.join(site, to, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (/\.mdx?$/.test(rel)) {
        // An absolute `slug:` gets the entry's folder too, so entries do not
        // collide with each other or the site; on the same line, so line
        // numbers stay the author's.
        const text = fs.readFileSync(path.join(root, from, rel), 'utf8');
        fs.writeFileSync(target, text.replace(/^slug:([ \t]*['"]?)\//m, `slug:$1/${id}/`));
      } else {
        fs.copyFileSync(path.join(root, from, rel), target);
      }
      placed.push(path.join(to, rel));
    }
  }
  return placed;
}

/** Build output without its `[WARNING]` blocks (which run to a blank line or the next `[…]`). */
function withoutWarnings(output: string): string {
  let inWarning = false;
  return output
    .split('\n')
    .filter((line) => {
      if (line.startsWith('[WARNING]')) inWarning = true;
      else if (line.trim() === '' || line.startsWith('[')) inWarning = false;
      return !inWarning;
    })
    .join('\n');
}

/** The entries a failed build names (by their folder or URL) in its errors, not its warnings. */
function entriesNamed(fullOutput: string, ids: readonly string[]): string[] {
  const output = withoutWarnings(fullOutput);
  return ids.filter((id) =>
    new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'm').test(output),
  );
}

interface BuiltRoute {
  source: string;
  permalink: string;
}

/** Every post and page the build made, from Docusaurus' generated route data. */
function builtRoutes(site: string): BuiltRoute[] {
  const routes: BuiltRoute[] = [];
  const generated = path.join(site, '.docusaurus');
  for (const rel of listFiles(generated)) {
    if (!rel.endsWith('.json') || !/content-(blog|docs)/.test(rel)) continue;
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(generated, rel), 'utf8'));
    } catch {
      continue;
    }
    const record = data as { source?: unknown; permalink?: unknown };
    if (typeof record.source === 'string' && typeof record.permalink === 'string') {
      routes.push({ source: record.source.replace(/^@site\//, ''), permalink: record.permalink });
    }
  }
  return routes;
}

function htmlFile(buildDir: string, permalink: string): string | undefined {
  const clean = decodeURI(permalink).replace(/\/$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const file = path.join(buildDir, candidate);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** True for a URL the page's own origin serves (what `'self'` allows). */
function isOwn(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) || url.startsWith('data:');
}

/**
 * What a reader's browser would show broken on a built page: an image or
 * media file that is not in the build, anything the CSP (`'self'`, frames of
 * the video hosts) blocks, a link without an accessible name, and more than
 * one h1.
 */
export function pageProblems(html: string, buildDir: string, pagePath = '/'): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  const checkResource = (what: string, url: string | undefined, frame = false): void => {
    if (!url || url.startsWith('data:')) return;
    if (!isOwn(url)) {
      const allowed = frame && FRAME_SOURCES.some((source) => url.startsWith(`${source}/`));
      if (!allowed) problems.push(`CSP blokkeert ${what} ${url}`);
      return;
    }
    // A relative URL is resolved against the page, as the reader's browser does.
    const resolved = new URL(url, `http://site${pagePath}`).pathname;
    const file = decodeURI(resolved);
    if (file.startsWith('/') && !fs.existsSync(path.join(buildDir, file))) {
      problems.push(`${what} ${url} bestaat niet in de build`);
    }
  };
  $('img').each((_, element) => checkResource('afbeelding', $(element).attr('src')));
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
      checkResource('afbeelding', candidate.trim().split(/\s+/)[0]);
    }
  });
  $('video, audio, source[src], track').each((_, element) => {
    checkResource(`<${element.tagName}>`, $(element).attr('src'));
    checkResource(`<${element.tagName}> poster`, $(element).attr('poster'));
  });
  $('iframe').each((_, element) => checkResource('<iframe>', $(element).attr('src'), true));
  $('script[src]').each((_, element) => checkResource('script', $(element).attr('src')));
  $('link[rel="stylesheet"]').each((_, element) =>
    checkResource('stylesheet', $(element).attr('href')),
  );
  $('a[href]').each((_, element) => {
    const link = $(element);
    const named =
      link.text().trim() !== '' ||
      (link.attr('aria-label') ?? '').trim() !== '' ||
      link.attr('aria-labelledby') !== undefined ||
      link.find('img[alt]').filter((__, image) => ($(image).attr('alt') ?? '').trim() !== '')
        .length > 0 ||
      link.find('svg title, [aria-label]').length > 0;
    if (!named) problems.push(`lege link naar ${link.attr('href')}`);
  });
  const headings = $('h1').length;
  if (headings > 1) problems.push(`${headings} h1-koppen`);
  return problems;
}

export interface CorpusRun {
  results: EntryResult[];
  /** Number of `docusaurus build` runs it took (one more per round of refused entries). */
  builds: number;
  /** The site copy, for inspection; removed by the caller. */
  site: string;
}

/**
 * Checks and builds the whole corpus. The build is repeated without the
 * entries a failed build names, until it succeeds: each round removes every
 * entry that failed in it.
 */
export async function runCorpus(log: (line: string) => void = () => {}): Promise<CorpusRun> {
  const entries = corpusEntries();
  const site = copySite('blog-corpus-');
  const placed = new Map<string, string[]>();
  const results = new Map<string, EntryResult>();
  for (const entry of entries) {
    const { root, problems } = await checkEntry(entry);
    results.set(entry.id, {
      entry,
      checker: verdictOf(problems),
      problems,
      build: entry.notBuilt ? 'niet gebouwd' : 'gebouwd',
      pages: [],
      pageProblems: [],
    });
    if (!entry.notBuilt) placed.set(entry.id, placeEntry(site, entry.id, root));
    fs.rmSync(root, { recursive: true, force: true });
  }
  const buildDir = path.join(site, 'build');
  let builds = 0;
  for (;;) {
    builds += 1;
    log(`corpus: docusaurus build ${builds} (${placed.size} entries)`);
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', buildDir], {
      cwd: site,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The bundler's own verdict: without the content check that
      // plugins/content-check runs first in an author's build.
      env: { ...process.env, BLOG_PREVIEW: 'true', BLOG_TEST_UNCHECKED_CONTENT: '1' },
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', `corpus-build-${builds}.log`), output);
    if (result.status === 0) break;
    const failed = entriesNamed(output, [...placed.keys()]);
    if (failed.length === 0) {
      throw new Error(`The corpus build failed without naming an entry:\n${output.slice(-4000)}`);
    }
    for (const id of failed) {
      const entryResult = results.get(id)!;
      entryResult.build = 'geweigerd';
      const lines = withoutWarnings(output).split('\n');
      const at = lines.findIndex((line) => line.includes(`${id}/`));
      entryResult.buildError = lines
        .slice(Math.max(0, at - 1), at + 6)
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 700);
      for (const rel of placed.get(id) ?? []) fs.rmSync(path.join(site, rel), { force: true });
      placed.delete(id);
    }
  }
  const routes = builtRoutes(site);
  for (const [id] of placed) {
    const entryResult = results.get(id)!;
    const mine = routes.filter(
      (route) =>
        route.source.startsWith(`blog/${id}/`) || route.source.startsWith(`docs/corpus/${id}/`),
    );
    for (const route of mine) {
      const file = htmlFile(buildDir, route.permalink);
      if (!file) {
        entryResult.pageProblems.push(`geen pagina voor ${route.source}`);
        continue;
      }
      entryResult.pages.push(route.permalink);
      entryResult.pageProblems.push(
        ...pageProblems(fs.readFileSync(file, 'utf8'), buildDir, route.permalink).map(
          (found) => `${route.permalink}: ${found}`,
        ),
      );
    }
    if (mine.length === 0) entryResult.pageProblems.push('de build maakte geen pagina');
  }
  return { results: entries.map((entry) => results.get(entry.id)!), builds, site };
}

/** What the agreement rules of issue 19 say is wrong with an entry (empty: nothing). */
export function disagreements(result: EntryResult): string[] {
  const found: string[] = [];
  const { entry, checker, problems, build, pageProblems: seen } = result;
  const expected = entry.expectation;
  if (checker !== 'fout' && build === 'geweigerd') {
    found.push(
      `de checker ${checker === 'ok' ? 'keurt het goed' : 'waarschuwt'}, de build weigert`,
    );
  }
  if (checker !== 'fout' && build === 'gebouwd' && seen.length > 0) {
    found.push(`de checker keurt het goed, de lezer ziet: ${seen.join('; ')}`);
  }
  if (build === 'geweigerd' && expected.line !== undefined) {
    const atLine = problems.some(
      (found2) => found2.severity === 'fout' && found2.line === expected.line,
    );
    if (!atLine) found.push(`de build weigert, maar geen fout op regel ${expected.line}`);
  }
  if (expected.want !== undefined && expected.want !== checker) {
    found.push(`de checker zegt ${checker}, verwacht ${expected.want}`);
  }
  if (expected.want !== undefined && expected.rule !== undefined) {
    const rule = problems.find((found2) => found2.rule === expected.rule);
    if (!rule) found.push(`geen melding ${expected.rule}`);
    else if (expected.line !== undefined && rule.line !== expected.line) {
      found.push(`${expected.rule} op regel ${rule.line}, verwacht ${expected.line}`);
    }
  }
  return found;
}

/** The table of the closing note: one row per entry. */
export function corpusTable(results: readonly EntryResult[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '| entry | authors write | check:content | build | a reader sees | agreement |',
    '|---|---|---|---|---|---|',
  ];
  for (const result of results) {
    const rules = [...new Set(result.problems.map((found) => found.rule))].join(', ');
    const wrong = disagreements(result);
    lines.push(
      `| ${cell(result.entry.id)} | ${cell(result.entry.expectation.row ?? '')} | ${cell(
        result.checker === 'ok' ? 'ok' : `${result.checker} (${rules})`,
      )} | ${result.build} | ${cell(
        result.build === 'geweigerd'
          ? `(build: ${result.buildError ?? ''})`
          : result.build !== 'gebouwd'
            ? '–'
            : result.pageProblems.length > 0
              ? result.pageProblems.join('; ')
              : 'in orde',
      )} | ${cell(wrong.length > 0 ? wrong.join('; ') : 'ja')} |`,
    );
  }
  return lines.join('\n');
}
