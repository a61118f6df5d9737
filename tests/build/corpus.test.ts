/**
 * Issue 19, "one verdict": the checker and the build agree over one corpus
 * (tests/build/corpus.ts). Every post the checker passes builds and shows a
 * reader nothing broken; every post the build refuses gets a fout at the
 * right line; every waarschuwing post builds; each synthetic post gets the
 * verdict the issue asks for. The row-by-row table is written to
 * test-results/corpus.md.
 *
 * The axe table (src/mdx/axe-rules.ts) is proved on the same build: each
 * fixture named there was built without the content check, and axe-core in
 * Chromium reports its axe rule on the built page, while the checker gives
 * the fixture's rule at the fixture's line; a good page reports none of them.
 */
import fs from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AXE_RULES, isGuarded, type AxeGuarded } from '../../src/mdx/rules';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { serveDirectory, type RunningServer } from '../support/static-server';
import { FIXTURES, type Expectation } from '../unit/helpers/fixtures';
import { ROOT } from './helpers';
import {
  corpusEntries,
  corpusTable,
  disagreements,
  runCorpus,
  type CorpusRun,
  type EntryResult,
} from './corpus';

let run: CorpusRun;

beforeAll(async () => {
  run = await runCorpus((line) => console.log(line));
  const table = corpusTable(run.results);
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-results', 'corpus.md'), `${table}\n`);
  console.log(table);
}, 1_800_000);

afterAll(() => {
  // CORPUS_KEEP=1 leaves the built site for a look (its path is in the log).
  if (run && !process.env.CORPUS_KEEP) fs.rmSync(run.site, { recursive: true, force: true });
  else if (run) console.log(`corpus site kept in ${run.site}`);
});

function resultOf(id: string): EntryResult {
  const found = run.results.find((result) => result.entry.id === id);
  if (!found) throw new Error(`no corpus entry ${id}`);
  return found;
}

describe('corpus: checker and build agree', () => {
  it('the corpus holds every rule fixture and every habit of the table', () => {
    const ids = corpusEntries().map((entry) => entry.id);
    if (process.env.CORPUS_ONLY) return;
    expect(ids.filter((id) => id.startsWith('fout-')).length).toBeGreaterThan(60);
    expect(ids.filter((id) => !/^(fout|goed)-/.test(id)).length).toBeGreaterThanOrEqual(15);
    expect(run.results.filter((result) => result.build === 'gebouwd').length).toBeGreaterThan(10);
  });

  it.each(corpusEntries().map((entry) => entry.id))('%s', (id) => {
    const result = resultOf(id);
    expect(disagreements(result)).toEqual([]);
  });
});

/** The built page of a corpus entry (its first page), parsed. */
function pageOf(id: string): cheerio.CheerioAPI {
  const [permalink] = resultOf(id).pages;
  expect(permalink, `${id} has a built page`).toBeDefined();
  const file = path.join(run.site, 'build', `${decodeURI(permalink)}.html`);
  return cheerio.load(fs.readFileSync(file, 'utf8'));
}

describe("corpus: what readers get from the authors' habits", () => {
  it("an image inside a link keeps the author's link: one <a> around the picture, no empty link", () => {
    const $ = pageOf('afbeelding-in-link');
    const links = $('.markdown a:has(picture)');
    expect(links.length).toBe(3);
    const hrefs = links.map((_, link) => $(link).attr('href')).get();
    // another host, another page, its own file (the image's full-size rendition)
    expect(hrefs[0]).toBe('https://www.example.org/groot.jpg');
    expect(hrefs[1]).toBe('/blog');
    expect(hrefs[2]).toMatch(/^\/assets\/.*\.png$/);
    expect($('.markdown a a').length).toBe(0);
    links.each((_, link) => {
      expect($(link).find('img').attr('alt')).toMatch(/^Schema/);
    });
  });

  it("a self-hosted video is the browser's player: controls, no autoplay, preload metadata, bundled files", () => {
    for (const id of ['video-zelf', 'video-ondertitels']) {
      const $ = pageOf(id);
      const video = $('.markdown video');
      expect(video.length).toBe(1);
      expect(video.attr('controls')).toBeDefined();
      expect(video.attr('autoplay')).toBeUndefined();
      expect(video.attr('preload')).toBe('metadata');
      expect(video.find('source').attr('src')).toMatch(/^\/assets\/files\/demo-[0-9a-f]+\.mp4$/);
    }
    const track = pageOf('video-ondertitels')('.markdown video track');
    expect(track.attr('src')).toMatch(/^\/assets\/files\/demo-[0-9a-f]+\.vtt$/);
    expect(track.attr('kind')).toBe('captions');
  });

  it('inline style keeps the allowed properties and drops the rest', () => {
    expect(pageOf('style-pull-quote')('.markdown p[style]').attr('style')).toMatch(
      /font-size:\s*1\.75rem/,
    );
    expect(pageOf('style-marge')('.markdown p[style]').attr('style')).toMatch(/margin-bottom:\s*0/);
    const style = pageOf('style-onbekend')('.markdown p[style]').attr('style') ?? '';
    expect(style).toMatch(/text-align:\s*center/);
    expect(style).not.toMatch(/color/);
  });

  it('a raw utrecht-button link is the house-style button link', () => {
    const link = pageOf('knop-link')('.markdown a.button-link');
    expect(link.attr('class')).toBe('button-link button-link--primary');
    expect(link.attr('href')).toBe('https://www.example.org/aanmelden');
    expect(link.text()).toBe('Meld je aan');
  });

  it("an unknown admonition is a note titled with the author's word; its text stays", () => {
    const $ = pageOf('kader-onbekend');
    const box = $('.theme-admonition-note');
    expect(box.length).toBe(1);
    expect(box.text()).toContain('Oproep');
    expect(box.text()).toContain('Doe mee aan de hackathon.');
  });

  it('drafts in blog/draft/ and one-digit days build at the URL Docusaurus gives them', () => {
    expect(resultOf('dag-een-cijfer').pages).toEqual(['/blog/2025/07/1/dag-een-cijfer/cio-dag']);
    expect(resultOf('concept-map').pages).toEqual(['/blog/concept-map/draft/cio-dag']);
  });
});

/** The axe rules each bad fixture of the axe table should make axe report, and how. */
function axeRulesByFixture(): Map<string, { id: string; result: AxeGuarded['result'] }[]> {
  const byFixture = new Map<string, { id: string; result: AxeGuarded['result'] }[]>();
  for (const [id, coverage] of Object.entries(AXE_RULES)) {
    if (!isGuarded(coverage)) continue;
    for (const fixture of coverage.fixtures) {
      byFixture.set(fixture, [...(byFixture.get(fixture) ?? []), { id, result: coverage.result }]);
    }
  }
  return byFixture;
}

describe('corpus: every axe rule a post can break is caught by the checker, and axe sees it in Chromium', () => {
  const byFixture = axeRulesByFixture();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveDirectory(path.join(run.site, 'build'));
    browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
    context = await browser.newContext();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function axeOn(id: string, rules: readonly string[]) {
    const [permalink] = resultOf(id).pages;
    expect(permalink, `${id} has a built page`).toBeDefined();
    const page = await context.newPage();
    try {
      const response = await page.goto(server.url + permalink);
      expect(response?.status()).toBe(200);
      return await new AxeBuilder({ page }).withRules([...rules]).analyze();
    } finally {
      await page.close();
    }
  }

  it.each([...byFixture.keys()].sort())('%s', async (fixture) => {
    const expected = byFixture.get(fixture)!;
    const expectation = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, 'bad', fixture, 'expect.json'), 'utf8'),
    ) as Expectation;
    const result = resultOf(`fout-${fixture}`);
    // The checker: its fout (or waarschuwing) at the fixture's line.
    const found = result.problems.find((problem) => problem.rule === expectation.rule);
    expect(found, `${fixture}: ${expectation.rule}`).toBeDefined();
    expect(found!.line).toBe(expectation.line);
    // The build, unchecked, makes the page, and axe reports the rule there.
    expect(result.build).toBe('gebouwd');
    const axeResult = await axeOn(
      `fout-${fixture}`,
      expected.map((rule) => rule.id),
    );
    const violations = axeResult.violations.map((violation) => violation.id);
    const incomplete = axeResult.incomplete.map((check) => check.id);
    for (const rule of expected) {
      if (rule.result === 'overtreding') {
        expect(violations, `${fixture}: axe ${rule.id}`).toContain(rule.id);
      } else {
        expect([...violations, ...incomplete], `${fixture}: axe ${rule.id}`).toContain(rule.id);
      }
    }
  });

  it('tabs in a post work without the app: the docs island selects them', async () => {
    const permalink = resultOf('goed-alle-onderdelen').pages.find((built) =>
      /\/alle-onderdelen\/?$/.test(built),
    );
    expect(permalink, 'the post with <Tabs> was built').toBeDefined();
    const page = await context.newPage();
    try {
      await page.goto(server.url + permalink);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.islands))
        .toBe('ready');
      const first = page.getByRole('tab', { name: 'Eerste' });
      const second = page.getByRole('tab', { name: 'Tweede' });
      expect(await second.getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('tabpanel').innerText()).toBe('Twee');
      await first.click();
      expect(await first.getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('tabpanel').innerText()).toBe('Eén');
      await first.press('ArrowRight');
      expect(await second.getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('tabpanel').innerText()).toBe('Twee');
    } finally {
      await page.close();
    }
  });

  it('a good page breaks none of these axe rules', async () => {
    const rules = [...new Set([...byFixture.values()].flat().map((rule) => rule.id))];
    const axeResult = await axeOn('goed-alle-onderdelen', rules);
    expect(axeResult.violations.map((violation) => violation.id)).toEqual([]);
  });
});
