/**
 * The one cache of the blog's images: a folder per image content, named by
 * the sha256 of the cache version and the image's bytes, so an edited image
 * is a new folder and nothing is ever stale. Each folder holds the renditions
 * made so far and a `manifest.json` listing them.
 *
 * The cache lives in `node_modules/.blog-images/`. Not below
 * `node_modules/.cache/`, the usual place: `docusaurus clear` removes that
 * whole folder (Rspack's persistent cache is in it), and rendering the
 * images again is the costliest part of a cold build. A content-addressed
 * cache never needs clearing; `npm ci` starts it afresh with the rest of
 * node_modules. The pull-request workflow keeps it between runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when any rendition changes, so every image is made anew. */
export const CACHE_VERSION = '5';

/** The cache folder of a site. */
export function imageCacheDir(siteDir: string): string {
  return path.join(siteDir, 'node_modules', '.blog-images');
}

/** Content keys by file, valid while the file's size and modification time stay the same. */
const keys = new Map<string, { size: number; mtimeMs: number; key: string }>();

/**
 * The content key of a file: 16 hex digits of sha256(version, bytes). A file
 * is hashed again only when its size or modification time changed, so asking
 * twice costs a `stat`, while an edited image (in `npm start`) gets its new key.
 */
export function contentKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const known = keys.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.key;
  const key = createHash('sha256')
    .update(CACHE_VERSION)
    .update(readFileSync(file))
    .digest('hex')
    .slice(0, 16);
  keys.set(file, { size, mtimeMs, key });
  return key;
}

/** The content key of anything else rendered (a social card from its text). */
export function textKey(parts: readonly string[]): string {
  return createHash('sha256')
    .update(CACHE_VERSION)
    .update(JSON.stringify(parts))
    .digest('hex')
    .slice(0, 16);
}

let writes = 0;

/**
 * Writes a file through a temporary name, so a reader (another build, the
 * dev server) never sees half a file. Unique per write, not only per process:
 * two writes of one file in this process must not rename each other's file.
 */
export async function writeAtomically(file: string, data: Buffer | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  writes += 1;
  const tmp = `${file}.${process.pid}-${writes}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}
