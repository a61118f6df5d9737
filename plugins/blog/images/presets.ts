/**
 * What the blog makes of an image, each from the same decoded pixels (turned
 * upright by their EXIF orientation first):
 *
 * - `body`: an image in a post. WebP at several widths, the same widths in a
 *   fallback format (JPEG for opaque images, PNG where there is
 *   transparency), and a full-size copy for the "open full size" link.
 * - `card`: a post's cover on a post card, cropped to 16:9 (sharp's
 *   attention strategy), WebP and JPEG at 400 and 800 px.
 * - `social`: a post's cover in link previews, cropped to the 1.91:1 frame
 *   (1200×630) they use, as JPEG.
 *
 * sharp writes no metadata unless asked to, so no rendition carries EXIF (GPS
 * included), XMP, IPTC or ICC data. Where an image is transparent, the card
 * and social crops sit on white.
 */
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { writeAtomically } from './cache';

export type PresetName = 'body' | 'card' | 'social';

/** Decoded, upright pixels of one image. */
export interface Pixels {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/** One file of a rendition, relative to its cache folder. */
export interface RenditionFile {
  file: string;
  width: number;
  height: number;
  bytes: number;
}

export interface BodyRenditions {
  webp: RenditionFile[];
  fallback: RenditionFile[];
  fallbackType: 'image/jpeg' | 'image/png';
  /** Full size, in the fallback format. */
  full: RenditionFile;
}

export interface CardRenditions {
  webp: RenditionFile[];
  fallback: RenditionFile[];
}

/** What a cache folder's manifest holds, file names relative to the folder. */
export interface Manifest {
  /** Intrinsic size after applying the EXIF orientation. */
  width: number;
  height: number;
  body?: BodyRenditions;
  card?: CardRenditions;
  social?: RenditionFile;
}

/** Widths offered in a post image's `srcset`; never wider than the original. */
export const BODY_WIDTHS = [400, 800, 1200, 1600] as const;

/** Layout width hint: the post column is at most ~800 CSS px wide. */
export const BODY_SIZES = '(max-width: 996px) 100vw, 800px';

export const CARD_WIDTHS = [400, 800] as const;
export const CARD_RATIO = 9 / 16;

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/** The widths to render of a post image `width` pixels wide. */
export function renditionWidths(width: number): number[] {
  const widths: number[] = BODY_WIDTHS.filter((w) => w < width);
  widths.push(Math.min(width, BODY_WIDTHS[BODY_WIDTHS.length - 1]));
  return [...new Set(widths)].sort((a, b) => a - b);
}

/** The file name of a card rendition in its cache folder. */
export function cardFile(width: number, format: 'webp' | 'jpg'): string {
  return `card-${width}.${format}`;
}

/** The card widths of an image `width` pixels wide: no wider than the image. */
export function cardWidths(width: number): number[] {
  return [...new Set(CARD_WIDTHS.map((w) => Math.min(w, width)))];
}

async function save(dir: string, file: string, pipeline: Sharp): Promise<RenditionFile> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  await writeAtomically(path.join(dir, file), data);
  return { file, width: info.width, height: info.height, bytes: data.length };
}

/** The `body` renditions, named after the source (`haven-800w.webp`): the name shows in the asset URL. */
export async function renderBody(
  pixels: Pixels,
  dir: string,
  baseName: string,
): Promise<BodyRenditions> {
  const { data, info } = pixels;
  const raw = { raw: info };
  const opaque = (await sharp(data, raw).stats()).isOpaque;
  const ext = opaque ? 'jpg' : 'png';
  const encode = (width: number, format: 'webp' | 'fallback' | 'full'): Promise<RenditionFile> => {
    let pipeline = sharp(data, raw);
    if (width !== info.width) pipeline = pipeline.resize({ width });
    if (format === 'webp') {
      pipeline = pipeline.webp({ quality: 75, effort: 5, alphaQuality: 90 });
    } else if (opaque) {
      pipeline = pipeline.jpeg({ quality: format === 'full' ? 88 : 78, mozjpeg: true });
    } else {
      pipeline =
        format === 'full'
          ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
          : pipeline.png({ compressionLevel: 9, palette: true, quality: 85 });
    }
    const file =
      format === 'full'
        ? `${baseName}.${ext}`
        : `${baseName}-${width}w.${format === 'webp' ? 'webp' : ext}`;
    return save(dir, file, pipeline);
  };
  const widths = renditionWidths(info.width);
  const webp: RenditionFile[] = [];
  const fallback: RenditionFile[] = [];
  // One after the other: sharp already spreads one encode over the cores.
  for (const w of widths) webp.push(await encode(w, 'webp'));
  for (const w of widths) fallback.push(await encode(w, 'fallback'));
  const full = await encode(info.width, 'full');
  return { webp, fallback, fallbackType: opaque ? 'image/jpeg' : 'image/png', full };
}

/**
 * The `card` renditions: cropped once at the largest width, then scaled down
 * and encoded from those pixels. The JPEG fallback (for browsers without WebP)
 * skips mozjpeg: it made these small files a little smaller for about a fifth
 * of the time.
 */
export async function renderCard(pixels: Pixels, dir: string): Promise<CardRenditions> {
  const widths = cardWidths(pixels.info.width);
  const largest = Math.max(...widths);
  const { data, info } = await sharp(pixels.data, { raw: pixels.info })
    .resize(largest, Math.round(largest * CARD_RATIO), { fit: 'cover', position: 'attention' })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const webp: RenditionFile[] = [];
  const fallback: RenditionFile[] = [];
  for (const width of widths) {
    const sized = (): Sharp => {
      const pipeline = sharp(data, raw);
      return width === info.width
        ? pipeline
        : pipeline.resize(width, Math.round(width * CARD_RATIO));
    };
    webp.push(await save(dir, cardFile(width, 'webp'), sized().webp({ quality: 72, effort: 5 })));
    fallback.push(await save(dir, cardFile(width, 'jpg'), sized().jpeg({ quality: 78 })));
  }
  return { webp, fallback };
}

/**
 * The `social` rendition. Without mozjpeg: it took 2.6 times the processor
 * time for a file only link previews fetch.
 */
export async function renderSocial(pixels: Pixels, dir: string): Promise<RenditionFile> {
  return save(
    dir,
    'social.jpg',
    sharp(pixels.data, { raw: pixels.info })
      .resize(SOCIAL_WIDTH, SOCIAL_HEIGHT, { fit: 'cover', position: 'attention' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 }),
  );
}
