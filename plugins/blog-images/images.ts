/**
 * Responsive renditions of a post image, made once with sharp and kept in a
 * cache directory keyed by the image's content: WebP at several widths, the
 * same widths in a fallback format (JPEG for opaque images, PNG where there
 * is transparency), and a full-size copy for the "open full size" link.
 *
 * sharp writes no metadata unless asked to, so every rendition is free of
 * EXIF (GPS included), XMP, IPTC and ICC data; `.rotate()` first applies the
 * EXIF orientation so dropping it turns nothing on its side.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** Bump when the renditions change, so cached ones are made anew. */
const VERSION = '1';

/** Widths offered in `srcset`; never wider than the original. */
export const WIDTHS = [400, 800, 1200, 1600] as const;

/** Layout width hint: the post column is at most ~800 CSS px wide. */
export const SIZES = '(max-width: 996px) 100vw, 800px';

export interface Rendition {
  file: string;
  width: number;
  height: number;
  bytes: number;
}

export interface ProcessedImage {
  /** Intrinsic size after applying the EXIF orientation. */
  width: number;
  height: number;
  webp: Rendition[];
  fallback: Rendition[];
  fallbackType: 'image/jpeg' | 'image/png';
  /** Full size, metadata stripped, in the fallback format. */
  full: Rendition;
}

function defaultCacheDir(siteDir: string): string {
  // Under node_modules/.cache, which `docusaurus clear` empties together with
  // the bundler's persistent cache that refers to these files.
  return path.join(siteDir, 'node_modules', '.cache', 'blog-images');
}

let writes = 0;

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  // Unique per write, not only per process: two writes of one file in this
  // process must not rename each other's temporary file.
  writes += 1;
  const tmp = `${file}.${process.pid}-${writes}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** The widths to render for an image `width` pixels wide. */
export function renditionWidths(width: number): number[] {
  const widths: number[] = WIDTHS.filter((w) => w < width);
  if (width <= WIDTHS[WIDTHS.length - 1]) widths.push(width);
  else widths.push(WIDTHS[WIDTHS.length - 1]);
  return [...new Set(widths)].sort((a, b) => a - b);
}

/** Renditions being made, by cache folder: one image's content is rendered once per process. */
const rendering = new Map<string, Promise<ProcessedImage>>();

async function render(source: string, cacheDir: string): Promise<ProcessedImage> {
  const input = await readFile(source);
  const hash = createHash('sha256').update(VERSION).update(input).digest('hex').slice(0, 16);
  const dir = path.join(cacheDir, hash);
  // The same image in two folders (two posts each with a copy) has one cache
  // folder: render it once, or both renders would write the same files.
  let result = rendering.get(dir);
  if (!result) {
    result = renderInto(dir, source, input);
    rendering.set(dir, result);
    result.catch(() => rendering.delete(dir));
  }
  return result;
}

async function renderInto(dir: string, source: string, input: Buffer): Promise<ProcessedImage> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    const cached = JSON.parse(await readFile(manifestFile, 'utf8')) as ProcessedImage;
    const all = [...cached.webp, ...cached.fallback, cached.full];
    if (all.every((r) => existsSync(path.join(dir, r.file)))) {
      return withAbsolutePaths(cached, dir);
    }
  }
  await mkdir(dir, { recursive: true });
  const base = path.basename(source).replace(/\.[^.]+$/, '');
  const oriented = sharp(input, { failOn: 'error' }).rotate();
  const { data: raw, info } = await oriented.clone().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const opaque = (await sharp(raw, { raw: info }).stats()).isOpaque;
  const fallbackType = opaque ? 'image/jpeg' : 'image/png';
  const fallbackExt = opaque ? 'jpg' : 'png';

  async function encode(
    w: number,
    format: 'webp' | 'fallback' | 'full',
  ): Promise<Omit<Rendition, 'file'> & { file: string }> {
    let pipeline = sharp(raw, { raw: info });
    if (w !== width) pipeline = pipeline.resize({ width: w });
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
    const { data, info: out } = await pipeline.toBuffer({ resolveWithObject: true });
    const ext = format === 'webp' ? 'webp' : fallbackExt;
    const file = format === 'full' ? `${base}.${ext}` : `${base}-${w}w.${ext}`;
    await writeAtomically(path.join(dir, file), data);
    return { file, width: out.width, height: out.height, bytes: data.length };
  }

  const widths = renditionWidths(width);
  const webp: Rendition[] = [];
  const fallback: Rendition[] = [];
  for (const w of widths) webp.push(await encode(w, 'webp'));
  for (const w of widths) fallback.push(await encode(w, 'fallback'));
  const full = await encode(width, 'full');
  const manifest: ProcessedImage = { width, height, webp, fallback, fallbackType, full };
  await writeAtomically(manifestFile, Buffer.from(JSON.stringify(manifest, null, 2)));
  return withAbsolutePaths(manifest, dir);
}

function withAbsolutePaths(manifest: ProcessedImage, dir: string): ProcessedImage {
  const abs = (r: Rendition): Rendition => ({ ...r, file: path.join(dir, r.file) });
  return {
    ...manifest,
    webp: manifest.webp.map(abs),
    fallback: manifest.fallback.map(abs),
    full: abs(manifest.full),
  };
}

const pending = new Map<string, Promise<ProcessedImage>>();

/**
 * The renditions of an image file, made on first use. Both of Docusaurus'
 * compilations (client and server) ask for the same images, so work is shared
 * within a process through `pending` and across builds through the cache.
 */
export function processImage(
  source: string,
  siteDir: string,
  cacheDir?: string,
): Promise<ProcessedImage> {
  const dir = cacheDir ?? defaultCacheDir(siteDir);
  const key = `${dir}\0${source}`;
  let result = pending.get(key);
  if (!result) {
    result = render(source, dir);
    pending.set(key, result);
    result.catch(() => pending.delete(key));
  }
  return result;
}

/** Size of a file, for reports and tests. */
export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}
