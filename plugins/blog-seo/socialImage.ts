/**
 * The image a shared link to a post shows (Open Graph, Twitter, JSON-LD, the
 * feeds): the post's cover (front matter `image`), else its first image, else
 * a social card made from its title and date. Each is written once into a
 * cache directory and copied into the build at `/img/social/{slug}.{png|jpg}`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import sharp from 'sharp';
import { queueImageWork } from '../lib/image-queue';
import { postSlug } from '../blog-posts';
import { formatDate } from '../../src/components/PostCard/data';
import { findFirstImage, resolveLocalImage } from '../blog-images/source';
import { CARD_HEIGHT, CARD_WIDTH, renderSocialCard } from './socialCard';

/** Bump when the rendering changes, so cached images are made anew. */
const VERSION = '3';

export const SOCIAL_DIR = 'img/social';

export interface SocialImage {
  /** URL path below the site's base URL, e.g. `/img/social/2024-12-31-haven.png`. */
  urlPath: string;
  /** The rendered file in the cache. */
  file: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  bytes: number;
  /** Where it came from: the cover, the first image in the post, or a generated card. */
  kind: 'cover' | 'first-image' | 'card';
  /** Alternative text for `og:image:alt`. */
  alt: string;
}

export interface SocialImageContext {
  siteDir: string;
  staticDirs: string[];
  cacheDir: string;
  siteName: string;
  blogBasePath: string;
}

/** `15 juli 2025`: how the blog writes dates. */
export function formatDutchDate(date: Date | string): string {
  return formatDate(new Date(date).toISOString());
}

function sourceFile(post: BlogPost, siteDir: string): string {
  return path.join(siteDir, post.metadata.source.replace(/^@site\//, ''));
}

/** The local file of the post's cover or first image, if it has one. */
export function findPostImage(
  post: BlogPost,
  ctx: Pick<SocialImageContext, 'siteDir' | 'staticDirs'>,
): { file: string; kind: 'cover' | 'first-image'; alt: string } | undefined {
  const file = sourceFile(post, ctx.siteDir);
  const cover = post.metadata.frontMatter.image;
  if (typeof cover === 'string') {
    const resolved = resolveLocalImage(cover, file, ctx);
    if (resolved) return { file: resolved, kind: 'cover', alt: post.metadata.title };
  }
  const first = findFirstImage(readFileSync(file, 'utf8'));
  if (first) {
    const resolved = resolveLocalImage(first.url, file, ctx);
    if (resolved) {
      return { file: resolved, kind: 'first-image', alt: first.alt || post.metadata.title };
    }
  }
  return undefined;
}

const pending = new Map<string, Promise<SocialImage>>();

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

async function render(post: BlogPost, ctx: SocialImageContext): Promise<SocialImage> {
  const slug = postSlug(post.metadata.permalink, ctx.blogBasePath);
  const image = findPostImage(post, ctx);
  const hash = createHash('sha256').update(VERSION);
  if (image) {
    hash.update(await readFile(image.file));
  } else {
    hash.update(JSON.stringify([post.metadata.title, String(post.metadata.date), ctx.siteName]));
  }
  const ext = image ? 'jpg' : 'png';
  const file = path.join(ctx.cacheDir, `${slug}-${hash.digest('hex').slice(0, 16)}.${ext}`);
  if (!existsSync(file)) {
    const data = image
      ? // Covers are cropped to the 1.91:1 frame link previews use, on white
        // where they are transparent; sharp drops EXIF, GPS, XMP and ICC data.
        await sharp(image.file)
          .rotate()
          .resize(CARD_WIDTH, CARD_HEIGHT, { fit: 'cover', position: 'attention' })
          .flatten({ background: '#ffffff' })
          // Without mozjpeg: it took 2.6 times the processor time for a file
          // only link previews fetch.
          .jpeg({ quality: 82 })
          .toBuffer()
      : await renderSocialCard({
          title: post.metadata.title,
          date: formatDutchDate(post.metadata.date),
          siteName: ctx.siteName,
        });
    await writeAtomically(file, data);
  }
  return {
    urlPath: `/${SOCIAL_DIR}/${slug}.${ext}`,
    file,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: image ? 'image/jpeg' : 'image/png',
    bytes: (await stat(file)).size,
    kind: image?.kind ?? 'card',
    alt: image?.alt ?? post.metadata.title,
  };
}

/** The post's social image, rendered into the cache once per process and content. */
export function ensureSocialImage(post: BlogPost, ctx: SocialImageContext): Promise<SocialImage> {
  const key = `${ctx.cacheDir}\0${post.metadata.permalink}`;
  let result = pending.get(key);
  if (!result) {
    result = queueImageWork(() => render(post, ctx));
    pending.set(key, result);
  }
  return result;
}
