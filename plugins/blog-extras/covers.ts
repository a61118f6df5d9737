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
const VERSION = '1';

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
  const oriented = sharp(input, { failOn: 'error' }).rotate();
  const { width: originalWidth = CARD_WIDTHS[0] } = await oriented.clone().metadata();
  const widths = [...new Set(CARD_WIDTHS.map((w) => Math.min(w, originalWidth)))];
  const webp: ImageCandidates = [];
  const fallback: ImageCandidates = [];
  const targetDir = path.join(options.staticDir, CARD_URL_DIR);
  await mkdir(targetDir, { recursive: true });
  for (const width of widths) {
    const height = Math.round(width * RATIO);
    for (const format of ['webp', 'jpg'] as const) {
      const name = `${slug}-${hash}-${width}.${format}`;
      const cached = path.join(options.cacheDir, name);
      if (!existsSync(cached)) {
        // sharp writes no metadata unless asked: no EXIF or GPS in the output.
        const pipeline = oriented
          .clone()
          .resize(width, height, { fit: 'cover', position: 'attention' })
          .flatten({ background: '#ffffff' });
        const data =
          format === 'webp'
            ? await pipeline.webp({ quality: 72, effort: 5 }).toBuffer()
            : await pipeline.jpeg({ quality: 78, mozjpeg: true }).toBuffer();
        await writeAtomically(cached, data);
      }
      await copyFile(cached, path.join(targetDir, name));
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
