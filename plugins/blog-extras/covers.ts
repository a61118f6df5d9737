/**
 * Card images: a post's cover (front matter `image`, else its first image)
 * cropped to the 16:9 frame of a post card, as WebP and JPEG at 400 and
 * 800 px. Rendered once with sharp into a cache keyed by the image's content,
 * then copied into a static directory of the site (see `CARD_STATIC_DIR`),
 * which Docusaurus serves in `npm start` and copies into every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { CardImage, ImageCandidates } from '../../src/components/PostCard/data';

/** Bump when the renditions change, so cached ones are made anew. */
const VERSION = '2';

export const CARD_WIDTHS = [400, 800] as const;
const RATIO = 9 / 16;

/** URL directory of the card images below the base URL. */
export const CARD_URL_DIR = 'img/cards';

/**
 * The static directory the card images are copied into, for a site directory;
 * created here, because Docusaurus expects its static directories to exist.
 */
export function cardStaticDir(siteDir: string): string {
  const dir = path.join(siteDir, '.docusaurus', 'blog-extras-static');
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * Renders every card rendition of one image: decoded, turned upright and
 * cropped (sharp's attention strategy) once, at the largest width, then
 * scaled down and encoded from those pixels. Four separate pipelines cost
 * 1.6 times the processor time (each decoded and cropped the image anew).
 * The JPEG fallback (for browsers without WebP) skips mozjpeg: it made these
 * small files a little smaller for about a fifth of the time.
 */
async function renderCard(
  input: Buffer,
  widths: readonly number[],
  names: (width: number) => Array<{ format: 'webp' | 'jpg'; name: string }>,
  cacheDir: string,
): Promise<void> {
  const largest = Math.max(...widths);
  // sharp writes no metadata unless asked: no EXIF or GPS in the output.
  const { data, info } = await sharp(input, { failOn: 'error' })
    .rotate()
    .resize(largest, Math.round(largest * RATIO), { fit: 'cover', position: 'attention' })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await Promise.all(
    widths.flatMap((width) =>
      names(width).map(async ({ format, name }) => {
        let pipeline = sharp(data, raw);
        if (width !== info.width) pipeline = pipeline.resize(width, Math.round(width * RATIO));
        const encoded =
          format === 'webp'
            ? await pipeline.webp({ quality: 72, effort: 5 }).toBuffer()
            : await pipeline.jpeg({ quality: 78 }).toBuffer();
        await writeAtomically(path.join(cacheDir, name), encoded);
      }),
    ),
  );
}

export interface CardCoverOptions {
  cacheDir: string;
  staticDir: string;
  baseUrl: string;
}

/** Renders (or reuses) the card renditions of `source` and places them in the static directory. */
export async function cardCover(
  source: string,
  slug: string,
  options: CardCoverOptions,
): Promise<CardImage> {
  const input = await readFile(source);
  const hash = createHash('sha256').update(VERSION).update(input).digest('hex').slice(0, 12);
  const targetDir = path.join(options.staticDir, CARD_URL_DIR);
  await mkdir(targetDir, { recursive: true });
  const names = (width: number) =>
    (['webp', 'jpg'] as const).map((format) => ({
      format,
      name: `${slug}-${hash}-${width}.${format}`,
    }));
  const { width: originalWidth = CARD_WIDTHS[0] } = await sharp(input).metadata();
  const widths = [...new Set(CARD_WIDTHS.map((w) => Math.min(w, originalWidth)))];
  const missing = widths.some((width) =>
    names(width).some(({ name }) => !existsSync(path.join(options.cacheDir, name))),
  );
  if (missing) {
    await renderCard(input, widths, (width) => names(width), options.cacheDir);
  }
  const webp: ImageCandidates = [];
  const fallback: ImageCandidates = [];
  for (const width of widths) {
    for (const { format, name } of names(width)) {
      await copyFile(path.join(options.cacheDir, name), path.join(targetDir, name));
      const url = `${options.baseUrl}${CARD_URL_DIR}/${name}`;
      (format === 'webp' ? webp : fallback).push([url, width]);
    }
  }
  const [smallest] = fallback;
  return {
    src: smallest[0],
    width: smallest[1],
    height: Math.round(smallest[1] * RATIO),
    webp,
    fallback,
    fallbackType: 'image/jpeg',
  };
}
