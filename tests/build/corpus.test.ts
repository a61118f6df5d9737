/**
 * Issue 19, "one verdict": the checker and the build agree over one corpus
 * (tests/build/corpus.ts). Every post the checker passes builds and shows a
 * reader nothing broken; every post the build refuses gets a fout at the
 * right line; every waarschuwing post builds; each synthetic post gets the
 * verdict the issue asks for. The row-by-row table is written to
 * test-results/corpus.md.
 */
import fs from 'node:fs';
import path from 'node:path';

import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
