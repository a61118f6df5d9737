import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT, walk } from './helpers';
import { BUILDS, fileForUrl, page, postPaths } from './reading';

const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';
const PREVIEW = BUILDS[1][1];
const BUDGET = 150 * 1024;
const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** `[url, width]` pairs of a `srcset`. */
function candidates(srcset: string): [string, number][] {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([url, w]) => [url, Number.parseInt(w ?? '0', 10)]);
}

describe('the NDS cover in the preview build', () => {
  const $ = page(PREVIEW, NDS);
  const img = $('img[alt="Nederlandse Digitaliseringsstrategie"]');
  const picture = img.closest('picture');

  it('is a <picture> with WebP and fallback srcsets, sizes, width and height', () => {
    expect(img.length).toBe(1);
    expect(picture.length).toBe(1);
    const webp = picture.find('source[type="image/webp"]');
    expect(webp.attr('srcset')).toBeTruthy();
    expect(webp.attr('sizes')).toBeTruthy();
    expect(picture.find('source:not([type="image/webp"])').attr('srcset')).toBeTruthy();
    expect(img.attr('width')).toBe('1814');
    expect(img.attr('height')).toBe('1093');
    // The first image of the post is in view on load.
    expect(img.attr('loading')).toBe('eager');
  });

  it('has a 400 px candidate that exists and its smallest rendition is at most 150 KB', () => {
    for (const source of picture.find('source').toArray()) {
      const list = candidates($(source).attr('srcset') ?? '');
      const w400 = list.find(([, w]) => w === 400);
      expect(w400, 'a 400w candidate').toBeDefined();
      const sizes = list.map(([url]) => statSync(fileForUrl(PREVIEW, url)).size);
      expect(Math.min(...sizes)).toBeLessThanOrEqual(BUDGET);
      expect(statSync(fileForUrl(PREVIEW, w400![0])).size).toBeLessThanOrEqual(BUDGET);
    }
    expect(statSync(fileForUrl(PREVIEW, img.attr('src') ?? '')).size).toBeLessThanOrEqual(BUDGET);
  });

  it('links to the full-size image, which exists at the original size', async () => {
    const href = img.closest('a').attr('href') ?? '';
    expect(href).toMatch(/^\/assets\/images\//);
    const meta = await sharp(fileForUrl(PREVIEW, href)).metadata();
    expect([meta.width, meta.height]).toEqual([1814, 1093]);
  });
});

describe('the image pipeline in the last build (the preview build, which has the NDS post)', () => {
  it('decoded no source image more than once', () => {
    // Written by plugins/post-build/images.ts; an image decoded in an earlier
    // build comes from the cache and is not listed at all.
    const decodes = JSON.parse(
      readFileSync(path.join(ROOT, '.docusaurus', 'blog-image-decodes.json'), 'utf8'),
    ) as Record<string, number>;
    expect(
      Object.values(decodes).every((count) => count === 1),
      JSON.stringify(decodes),
    ).toBe(true);
  });
});

describe.each(BUILDS)('images of the %s build', (_name, buildDir) => {
  it('gives every post image width, height and lazy loading below the first', () => {
    for (const post of postPaths(buildDir)) {
      const $ = page(buildDir, post);
      const images = $('article img').toArray();
      images.forEach((el, i) => {
        const image = $(el);
        if (!image.closest('picture').length) return; // SVG and remote images are left alone
        expect(image.attr('width'), `${post} image ${i}`).toMatch(/^\d+$/);
        expect(image.attr('height'), `${post} image ${i}`).toMatch(/^\d+$/);
        expect(image.attr('loading')).toBe(i === 0 ? 'eager' : 'lazy');
      });
    }
  });

  it('publishes no original image file from the blog sources', () => {
    const sourceHashes = new Set(
      walk(path.join(ROOT, 'blog'))
        .filter((f) => RASTER.test(f))
        .map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')),
    );
    expect(sourceHashes.size).toBeGreaterThan(0);
    const copies = walk(buildDir)
      .filter((f) => RASTER.test(f))
      .filter((f) => sourceHashes.has(createHash('sha256').update(readFileSync(f)).digest('hex')));
    expect(copies.map((f) => path.relative(buildDir, f))).toEqual([]);
  });

  it('publishes no image with EXIF, GPS, XMP or IPTC metadata', async () => {
    const images = walk(buildDir).filter((f) => RASTER.test(f));
    expect(images.length).toBeGreaterThan(0);
    const carrying: string[] = [];
    for (const file of images) {
      const meta = await sharp(file).metadata();
      if (meta.exif || meta.xmp || meta.iptc) carrying.push(`${file}: sharp`);
      if (!/\.webp$/i.test(file)) {
        const tags = (await exifr.parse(file, {
          tiff: true,
          gps: true,
          xmp: true,
          iptc: true,
          ihdr: false,
        })) as Record<string, unknown> | undefined;
        if (tags && Object.keys(tags).length > 0) carrying.push(`${file}: exifr`);
      }
    }
    expect(carrying).toEqual([]);
  });
});
