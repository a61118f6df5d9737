/**
 * The last line of defence for "no published image carries metadata": every
 * raster image in the build that still has EXIF, XMP, IPTC or text comments
 * is re-encoded in its own format without them (orientation applied first).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (RASTER.test(entry.name)) yield full;
  }
}

/** True when an image carries metadata a reader should not receive. */
export function hasPrivateMetadata(meta: sharp.Metadata): boolean {
  return Boolean(meta.exif || meta.xmp || meta.iptc || (meta.comments && meta.comments.length));
}

/**
 * Re-encodes images with metadata; returns the build-relative paths it
 * changed. Only the header of each image is read, and not even that of the
 * files in `clean` (build-relative paths of renditions known to carry none).
 */
export async function stripImageMetadata(
  outDir: string,
  clean: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const changed: string[] = [];
  for await (const file of walk(outDir)) {
    if (clean.has(path.relative(outDir, file))) continue;
    const meta = await sharp(file).metadata();
    if (!hasPrivateMetadata(meta)) continue;
    const input = await readFile(file);
    let pipeline = sharp(input, { animated: true }).rotate();
    switch (meta.format) {
      case 'jpeg':
        pipeline = pipeline.jpeg({ quality: 88, mozjpeg: true });
        break;
      case 'png':
        pipeline = pipeline.png({ compressionLevel: 9 });
        break;
      case 'webp':
        pipeline = pipeline.webp({ quality: 85 });
        break;
      case 'heif':
        pipeline = pipeline.avif({ quality: 60 });
        break;
      default:
        pipeline = pipeline.tiff();
    }
    await writeFile(file, await pipeline.toBuffer());
    changed.push(path.relative(outDir, file));
  }
  return changed;
}
