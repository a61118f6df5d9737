/**
 * plugins/blog-images: the same image in two posts' folders (each post with
 * its own copy) shares one cache folder; rendering both at once in a cold
 * build must not make the two renders trip over each other's files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

import { processImage } from '../../plugins/blog-images/images';

const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('blog-images', () => {
  it('renders one image copied into two folders, both at once, without an error', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-images-'));
    made.push(site);
    const image = await sharp({
      create: { width: 900, height: 500, channels: 3, background: '#4a7fb5' },
    })
      .jpeg()
      .toBuffer();
    const sources = ['blog/2025/05/img/foto.jpg', 'blog/2025/06/img/foto.jpg'].map((rel) => {
      const file = path.join(site, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, image);
      return file;
    });
    const cacheDir = path.join(site, 'cache');
    const [first, second] = await Promise.all(
      sources.map((source) => processImage(source, site, cacheDir)),
    );
    expect(second).toEqual(first);
    for (const rendition of [...first.webp, ...first.fallback, first.full]) {
      expect(fs.existsSync(rendition.file)).toBe(true);
    }
    const leftovers = fs
      .readdirSync(path.dirname(first.full.file))
      .filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});
