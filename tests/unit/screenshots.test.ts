/**
 * `npm run screenshots`: the comparison must call two screenshots identical
 * only when every pixel is, and the set must cover every page type.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareDirs,
  comparePngs,
  countDifferentPixels,
  formatComparison,
} from '../../scripts/screenshots/compare';
import { PAGES, pick, plan, shotFile, STATES, viewportFor } from '../../scripts/screenshots/pages';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'screenshots-'));
  made.push(dir);
  return dir;
}

/** A white PNG of the given size, with the listed pixels painted. */
function png(width: number, height: number, painted: [number, number, number[]][] = []): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(255);
  for (const [x, y, rgba] of painted) image.data.set(rgba, (y * width + x) * 4);
  return PNG.sync.write(image);
}

describe('comparing screenshots', () => {
  it('counts every pixel whose RGBA value differs, however slightly', () => {
    const a = new Uint8Array([1, 2, 3, 255, 9, 9, 9, 255]);
    expect(countDifferentPixels(a, a.slice())).toEqual({ pixels: 0, maxDelta: 0 });
    expect(countDifferentPixels(a, new Uint8Array([1, 2, 3, 254, 9, 9, 9, 255]))).toEqual({
      pixels: 1,
      maxDelta: 1,
    });
    expect(countDifferentPixels(a, new Uint8Array([0, 2, 3, 255, 9, 9, 1, 255]))).toEqual({
      pixels: 2,
      maxDelta: 8,
    });
  });

  it('calls equal images identical and reports the differing pixels of others', () => {
    const white = png(4, 3);
    expect(comparePngs('a.png', white, png(4, 3))).toMatchObject({
      verdict: 'identical',
      differentPixels: 0,
      totalPixels: 12,
    });
    // One channel off by one in one pixel is a difference.
    const nearlyWhite = png(4, 3, [[2, 1, [255, 255, 254, 255]]]);
    expect(comparePngs('a.png', white, nearlyWhite)).toMatchObject({
      verdict: 'different',
      differentPixels: 1,
      maxDelta: 1,
    });
    expect(comparePngs('a.png', white, png(4, 4))).toMatchObject({
      verdict: 'size differs',
      sizeA: '4×3',
      sizeB: '4×4',
    });
  });

  it('compares two folders by file name, writes diff images, and prints a table', () => {
    const [a, b, diff] = [tempDir(), tempDir(), tempDir()];
    fs.writeFileSync(path.join(a, 'same.png'), png(2, 2));
    fs.writeFileSync(path.join(b, 'same.png'), png(2, 2));
    fs.writeFileSync(path.join(a, 'changed.png'), png(2, 2));
    fs.writeFileSync(path.join(b, 'changed.png'), png(2, 2, [[0, 0, [255, 0, 0, 255]]]));
    fs.writeFileSync(path.join(a, 'gone.png'), png(2, 2));
    fs.writeFileSync(path.join(b, 'new.png'), png(2, 2));
    const results = compareDirs(a, b, diff);
    expect(results.map((r) => [r.file, r.verdict])).toEqual([
      ['changed.png', 'different'],
      ['gone.png', 'only in A'],
      ['new.png', 'only in B'],
      ['same.png', 'identical'],
    ]);
    expect(fs.readdirSync(diff)).toEqual(['changed.png']);
    const table = formatComparison(results).split('\n');
    expect(table).toContain('| changed | different | 1 of 4 | 255 | 2×2 |');
    expect(table).toContain('| same | identical | 0 of 4 | 0 | 2×2 |');
    expect(table).toContain('| gone | only in A | – | – | – |');
    expect(table.at(-1)).toBe('1 of 4 screenshots identical.');
  });
});

describe('the screenshot set', () => {
  it('has every page type the issue names, each once', () => {
    const names = PAGES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'home',
      'blog',
      'post-cover',
      'post-haven',
      'tag',
      'author',
      'tags',
      'authors',
      'archive',
      'kennisbank',
      'zoeken',
      '404',
    ]) {
      expect(names).toContain(name);
    }
    // The post with a cover is the draft: only the preview build has it.
    expect(PAGES.find((p) => p.name === 'post-cover')?.site).toBe('preview');
  });

  it('plans one file per page, width and state', () => {
    const shots = plan(PAGES.slice(0, 2), [390, 1280], STATES);
    expect(shots).toHaveLength(2 * 2 * STATES.length);
    expect(new Set(shots.map((s) => s.file)).size).toBe(shots.length);
    expect(shots[0].file).toBe(shotFile('home', 390, 'loaded'));
    expect(shotFile('home', 390, 'loaded')).toBe('home--390--loaded.png');
    expect(viewportFor(390)).toEqual({ width: 390, height: 844 });
    expect(viewportFor(1280)).toEqual({ width: 1280, height: 800 });
  });

  it('picks by name and names the known ones for a typo', () => {
    expect(pick(STATES, 'print,loaded', (s) => s)).toEqual(['print', 'loaded']);
    expect(pick(STATES, undefined, (s) => s)).toEqual([...STATES]);
    expect(() => pick(STATES, 'printed', (s) => s)).toThrow(/known: loaded, hydrated/);
  });
});
