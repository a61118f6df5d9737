/**
 * The parts of the benchmarks that must be right for their numbers to mean
 * anything: the synthetic corpus is valid content (the build would throw on
 * it otherwise) and the same on every run, and the measuring helpers of
 * `npm run bench` read options, memory and build logs correctly. The
 * benchmarks themselves are not run here.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

import {
  corpusOptions,
  planPost,
  renderPost,
  writeCorpus,
  writeImagePool,
  writeSiteSkeleton,
  type PoolImage,
} from '../../scripts/bench/corpus';
import { median, parseOptions, phasesOf, treeRss } from '../../scripts/bench/measure';
import {
  figureRows,
  formatRatioTable,
  goalLines,
  GOALS,
  ratio,
  type SizeFigures,
} from '../../scripts/bench/report';
import { stockConfig, stockPackageJson, writeStockSite } from '../../scripts/bench/stock';
import { random } from '../../scripts/bench/text';
import { postTopics, rareName, topicalSentences, TOPICS } from '../../scripts/bench/topics';
import { checkContent } from '../../scripts/check-content/index';

const ROOT = path.resolve(__dirname, '..', '..');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function site(): string {
  const root = tempDir('bench-corpus-');
  writeSiteSkeleton(root);
  return root;
}

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return jsYaml.load(match[1]) as Record<string, unknown>;
}

describe('the synthetic corpus', () => {
  let pool: PoolImage[] = [];

  it('passes the content check without a problem', async () => {
    pool = await writeImagePool(tempDir('bench-images-'), 3);
    const root = site();
    const summary = writeCorpus(root, corpusOptions(root, 60, pool));
    expect(summary.posts).toBe(60);
    expect(summary.mdx).toBeGreaterThan(0);
    expect(summary.imageFiles).toBeGreaterThan(0);
    const result = await checkContent({
      rootDir: root,
      now: new Date('2030-01-01T00:00:00Z'),
      cacheDir: false,
      workers: 1,
    });
    expect(result.filesChecked).toBe(61);
    expect(result.problems).toEqual([]);
  });

  it('uses only real authors and tags: 1–3 authors and 2–5 tags per post', () => {
    const options = corpusOptions(ROOT, 200, pool);
    const authors = new Set(options.authors);
    const tags = new Set(options.tags.map((t) => t.key));
    for (let number = 0; number < 200; number += 1) {
      const data = frontMatter(renderPost(planPost(number), options));
      const postAuthors = data.authors as string[];
      const postTags = data.tags as string[];
      expect(postAuthors.length).toBeGreaterThanOrEqual(1);
      expect(postAuthors.length).toBeLessThanOrEqual(3);
      expect(postTags.length).toBeGreaterThanOrEqual(2);
      expect(postTags.length).toBeLessThanOrEqual(5);
      for (const author of postAuthors) expect(authors.has(author)).toBe(true);
      for (const tag of postTags) expect(tags.has(tag)).toBe(true);
    }
  });

  it('writes the same posts every time, whatever the size of the corpus', () => {
    const small = corpusOptions(ROOT, 100, pool);
    const large = corpusOptions(ROOT, 3000, pool);
    expect(planPost(7)).toEqual(planPost(7));
    expect(renderPost(planPost(7), small)).toBe(renderPost(planPost(7), small));
    // Only the posts it links to depend on the size.
    const withoutPostLinks = (text: string): string =>
      text.replace(/Lees ook \[[^\]]*\]\([^)]*\), over [^.]*\./g, '');
    expect(withoutPostLinks(renderPost(planPost(7), small))).toBe(
      withoutPostLinks(renderPost(planPost(7), large)),
    );
    expect(planPost(0).file).toMatch(/^blog\/\d{4}\/\d{2}\/\d{2}-[a-z0-9-]+\.mdx?$/);
  });
});

describe('npm run bench: measuring', () => {
  it('reads sizes and runs from arguments, then the environment, then the defaults', () => {
    expect(parseOptions([], {})).toEqual({
      sizes: [100, 1000],
      runs: 3,
      maxBuildMinutes: 10,
      keep: false,
    });
    expect(parseOptions(['--sizes', '20,50', '--runs', '1'], { BENCH_RUNS: '5' })).toMatchObject({
      sizes: [20, 50],
      runs: 1,
    });
    expect(parseOptions([], { BENCH_SIZES: '10', BENCH_RUNS: '2' })).toMatchObject({
      sizes: [10],
      runs: 2,
    });
    expect(() => parseOptions(['--sizes', '10,abc'], {})).toThrow(/--sizes/);
    expect(() => parseOptions(['--runs', '0'], {})).toThrow(/--runs/);
  });

  it('takes the phases of a build from its log', () => {
    const lines = [
      { at: 0.5, text: '> docusaurus build' },
      { at: 3, text: '[PERF] Get locales to build - 2.00 seconds! - (Heap 50mb -> 128mb)' },
      { at: 4, text: '[PERF] Build > nl > Load site > Load context - 486.52 ms - (Heap)' },
      {
        at: 5.5,
        text: '[PERF] Build > nl > Load site > Load plugins > Load plugins content > Load blog@default > loadContent() - 1.50 seconds! - (Heap)',
      },
      { at: 6, text: '[PERF] Build > nl > Load site - 3.00 seconds! - (Heap)' },
      { at: 16, text: '[PERF] Build > nl > Bundling with rspack - 10.00 seconds! - (Heap)' },
      { at: 20, text: '[PERF] Build > nl > SSG - 4.00 seconds! - (Heap)' },
      {
        at: 20.4,
        text: "[post-build] feeds: 0.2 s (6 feeds, 1 artikelen), zoekindex: 0.3 s (1 pagina's, 205 KB)",
      },
      { at: 20.5, text: '[PERF] Build > nl > postBuild() - 500.00 ms - (Heap)' },
      { at: 21, text: '[PERF] Build - 18.00 seconds! - (Heap)' },
    ];
    const phases = phasesOf(lines, 26);
    expect(phases).toMatchObject({
      'load config': 2,
      'blog posts + images': 1.5,
      'load site (plugins)': 3,
      'bundle (Rspack)': 10,
      'SSG (HTML)': 4,
      'postBuild plugins': 0.5,
      'Docusaurus total': 18,
      'post-build: feeds': 0.2,
      'post-build: zoekindex': 0.3,
      startup: 1,
    });
    expect(phases.other).toBeCloseTo(26 - 1 - 2 - 18);
  });

  it('adds up the memory of a process and its children', async () => {
    // Its own process group, so that the sleeps end with it.
    const child = spawn('sh', ['-c', 'sleep 5 & sleep 5 & wait'], {
      stdio: 'ignore',
      detached: true,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const pid = child.pid as number;
      const alone = Number(
        /^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1],
      );
      expect(treeRss(pid)).toBeGreaterThan(alone * 1024);
    } finally {
      process.kill(-(child.pid as number), 'SIGTERM');
    }
  });

  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('npm run bench: this site against stock Docusaurus', () => {
  /** Runs of one site: cold and warm seconds, and peak bytes of each. */
  function runs(cold: number[], warm: number[], coldPeak: number[], warmPeak: number[]) {
    return {
      cold: { seconds: cold, peakBytes: coldPeak },
      warm: { seconds: warm, peakBytes: warmPeak },
    };
  }

  const hundred: SizeFigures = {
    posts: 100,
    stock: runs([10, 12, 11], [6, 7, 5], [0.8e9, 0.9e9, 1e9], [0.7e9, 0.7e9, 0.7e9]),
    site: runs([25, 21, 22], [7, 8, 9], [1.2e9, 1.1e9, 1e9], [1.5e9, 1.4e9, 1.3e9]),
  };

  it('takes the ratio of this site over stock', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(5, 0)).toBe(Infinity);
  });

  it('compares medians, and peak memory as the higher of the cold and warm medians', () => {
    const rows = figureRows(hundred);
    expect(rows.map((r) => [r.figure, r.stock, r.site])).toEqual([
      ['cold build', 11, 22],
      ['warm build', 6, 8],
      ['peak memory', 0.9e9, 1.4e9],
    ]);
    expect(rows[0].ratio).toBe(2);
    expect(rows[1].ratio).toBeCloseTo(8 / 6);
    // The goals of the issue that apply at 100 posts; none for memory there.
    expect(rows.map((r) => r.goal?.limit)).toEqual([2, 1.3, undefined]);
  });

  it('prints the ratios side by side with the goal and the verdict', () => {
    const table = formatRatioTable(figureRows(hundred));
    const lines = table.split('\n');
    expect(lines[0]).toBe('| posts | figure | stock Docusaurus | this site | ratio | goal | |');
    expect(lines[2]).toBe('| 100 | cold build | 11.0 s | 22.0 s | 2.00× | ≤ 2× | met |');
    expect(lines[3]).toBe('| 100 | warm build | 6.0 s | 8.0 s | 1.33× | ≤ 1.3× | NOT met |');
    expect(lines[4]).toBe('| 100 | peak memory | 0.90 GB | 1.40 GB | 1.56× | – |  |');
  });

  it('judges every goal of the issue, or says it was not measured', () => {
    expect(GOALS.map((g) => `${g.posts} ${g.figure} ${g.limit}`)).toEqual([
      '100 cold build 2',
      '100 warm build 1.3',
      '1000 cold build 3',
      '1000 peak memory 1.3',
    ]);
    const lines = goalLines(figureRows(hundred));
    expect(lines).toEqual([
      '- 100 posts, cold build vs stock ≤ 2×: 2.00×, met',
      '- 100 posts, warm build vs stock ≤ 1.3×: 1.33×, NOT met',
      '- 1,000 posts, cold build vs stock ≤ 3×: not measured (run with --sizes including 1000)',
      '- 1,000 posts, peak memory vs stock ≤ 1.3×: not measured (run with --sizes including 1000)',
    ]);
  });

  it('writes a stock classic-preset site with the same blog and no plugins of its own', () => {
    const source = site();
    fs.writeFileSync(path.join(source, 'blog', '2025-01-01-post.md'), '# Post\n');
    fs.mkdirSync(path.join(source, 'blog', 'img'));
    fs.writeFileSync(path.join(source, 'blog', 'img', 'a.png'), 'png');
    const modules = tempDir('bench-modules-');
    fs.mkdirSync(path.join(modules, '@docusaurus'));
    fs.mkdirSync(path.join(modules, '.cache'));
    const stock = path.join(tempDir('bench-stock-'), 'stock');
    writeStockSite(stock, source, modules);

    // The configuration is a plain CommonJS module: load it as Docusaurus will.
    const configFile = path.join(stock, 'docusaurus.config.js');
    const config = require(configFile) as Record<string, unknown>;
    expect(fs.readFileSync(configFile, 'utf8')).toBe(stockConfig());
    expect(config.future).toEqual({ v4: true, faster: true });
    expect(config.plugins).toBeUndefined();
    expect(config.themes).toBeUndefined();
    const [[preset, presetOptions]] = config.presets as [string, Record<string, unknown>][];
    expect(preset).toBe('classic');
    expect(presetOptions.theme).toBeUndefined();
    expect(presetOptions.blog).toEqual({
      path: 'blog',
      routeBasePath: 'blog',
      authorsMapPath: 'authors.yml',
      tags: 'tags.yml',
    });
    expect(JSON.parse(stockPackageJson()).scripts).toEqual({ build: 'docusaurus build' });

    // The same blog folder, images, authors and tags included; a kennisbank page to link to.
    for (const rel of ['2025-01-01-post.md', 'img/a.png', 'authors.yml', 'tags.yml']) {
      expect(fs.readFileSync(path.join(stock, 'blog', rel))).toEqual(
        fs.readFileSync(path.join(source, 'blog', rel)),
      );
    }
    expect(fs.readFileSync(path.join(stock, 'docs', 'index.md'), 'utf8')).toMatch(/^slug: \/$/m);
    expect(fs.existsSync(path.join(stock, 'src', 'pages', 'index.md'))).toBe(true);
    // Its own node_modules/: the packages linked, the cache not.
    expect(fs.lstatSync(path.join(stock, 'node_modules', '@docusaurus')).isSymbolicLink()).toBe(
      true,
    );
    expect(fs.existsSync(path.join(stock, 'node_modules', '.cache'))).toBe(false);
  });
});

describe('the topical text of bench:search', () => {
  /** The text of n posts, as scripts/bench-search.ts writes them (about 60 sentences each). */
  function posts(n: number, seed = 7): string[] {
    const rnd = random(seed);
    const texts: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const topics = postTopics(rnd);
      texts.push(topicalSentences(rnd, topics, 60).toLowerCase());
    }
    return texts;
  }
  const share = (texts: string[], word: string): number =>
    texts.filter((t) => t.includes(word)).length / texts.length;

  it('is the same on every run', () => {
    expect(posts(5, 3)).toEqual(posts(5, 3));
    expect(posts(5, 3)).not.toEqual(posts(5, 4));
  });

  it('spreads words as a real blog does: topic words in some posts, general words in most', () => {
    const texts = posts(2000);
    // A topic word is in the posts about its topic and in a few that mention it.
    for (const word of [
      'haven',
      'oauth',
      'api design rules',
      'toegankelijk',
      'digilab',
      'nl design system',
    ]) {
      expect(share(texts, word), word).toBeGreaterThan(0.03);
      expect(share(texts, word), word).toBeLessThan(0.2);
    }
    // General words are in nearly every post: the worst case for a search.
    for (const word of ['digitale', 'ontwikkelaars']) {
      expect(share(texts, word), word).toBeGreaterThan(0.9);
    }
  });

  it('has a long tail of rare names', () => {
    const rnd = random(1);
    const names = new Set(Array.from({ length: 5000 }, () => rareName(rnd)));
    expect(names.size).toBeGreaterThan(2000);
  });

  it('gives every topic its own terms', () => {
    const seen = new Map<string, string>();
    for (const topic of TOPICS) {
      expect(topic.terms.length, topic.name).toBeGreaterThanOrEqual(5);
      for (const term of topic.terms) {
        expect(seen.get(term), `${term} in ${topic.name} and ${seen.get(term)}`).toBeUndefined();
        seen.set(term, topic.name);
      }
    }
    expect(TOPICS.length).toBeGreaterThanOrEqual(40);
  });
});
