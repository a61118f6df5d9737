/**
 * The files a post's image URLs name. Resolution follows Docusaurus' own Markdown image rules: `@site/…` from the
 * site directory, `/…` from a static directory, anything else relative to the
 * Markdown file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Raster formats the image pipeline rewrites; others (SVG, GIF) are left as they are. */
export const RASTER_IMAGE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** True for a URL with a scheme (`https:`, `data:`) or protocol-relative. */
export function isRemoteUrl(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * The local file an image URL in `markdownFile` names, or undefined when it is
 * remote or missing.
 */
export function resolveLocalImage(
  url: string,
  markdownFile: string,
  { siteDir, staticDirs }: { siteDir: string; staticDirs: string[] },
): string | undefined {
  if (!url || isRemoteUrl(url)) return undefined;
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]);
  let candidates: string[];
  if (pathname.startsWith('@site/')) {
    candidates = [path.join(siteDir, pathname.slice('@site/'.length))];
  } else if (path.posix.isAbsolute(pathname)) {
    candidates = staticDirs.map((dir) => path.join(dir, pathname));
  } else {
    candidates = [path.resolve(path.dirname(markdownFile), pathname)];
  }
  return candidates.find((file) => existsSync(file));
}
