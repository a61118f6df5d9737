/**
 * The blog's one image pipeline: every rendition of every image, for the
 * post body (each post image is a module of the bundle, ./module.ts), the
 * post cards and the link previews (../model.ts), is made here from one
 * decode of the source and kept in one content-addressed cache (./cache.ts).
 *
 * `renditions(source, presets)` decodes the image only when a preset is
 * missing from its cache folder, and then makes all the missing ones from
 * those pixels. plugins/blog asks for every preset a source needs, for all
 * posts at once, before the bundler compiles a post, so a post image's module
 * joins that work or finds its renditions ready: each image is decoded at
 * most once per build (`decodes` counts them; tests/unit/images.test.ts holds
 * it to that).
 *
 * Work on one image content is serialised, so two posts with the same image
 * make it once; nothing is remembered by post or file name, so in `npm start`
 * an edited image is simply a new content with a new folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { nativeRequire } from '../../lib/native-require';
import { contentKey, textKey, writeAtomically } from './cache';
import {
  renderBody,
  renderCard,
  renderSocial,
  type Manifest,
  type Pixels,
  type PresetName,
  type RenditionFile,
} from './presets';
import { renderSocialCard, type CardText } from './social-card';

const pLimit = nativeRequire<typeof import('p-limit')>('p-limit').default;

/**
 * Images rendered at once. Each render is a chain of sharp operations that
 * sharp already spreads over the cores; starting every image together only
 * kept all their decoded pixels in memory while they waited.
 */
export const IMAGE_CONCURRENCY = 2;

/** The renditions of one image: its cache folder and what the manifest lists there. */
export interface ImageRenditions {
  /** 16 hex digits of the content hash: also part of the published file names. */
  key: string;
  dir: string;
  manifest: Manifest;
}

function readManifest(dir: string): Manifest | undefined {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const files: RenditionFile[] = [
    ...(manifest.body
      ? [...manifest.body.webp, ...manifest.body.fallback, manifest.body.full]
      : []),
    ...(manifest.card ? [...manifest.card.webp, ...manifest.card.fallback] : []),
    ...(manifest.social ? [manifest.social] : []),
  ];
  // A folder someone emptied by hand is made again.
  return files.every((r) => existsSync(path.join(dir, r.file))) ? manifest : undefined;
}

function missingPresets(
  manifest: Manifest | undefined,
  presets: readonly PresetName[],
): PresetName[] {
  return [...new Set(presets)].filter((preset) => !manifest?.[preset]);
}

export class ImageStore {
  /** Decodes of each source file by this store: at most one per build. */
  readonly decodes = new Map<string, number>();
  /** The last piece of work on each cache folder, by content key. */
  private readonly work = new Map<string, Promise<Manifest | undefined>>();
  private readonly limit = pLimit(IMAGE_CONCURRENCY);

  constructor(readonly cacheDir: string) {}

  /**
   * The content key and upright size of `source`, without decoding it: from
   * its cache folder's manifest, else from the file's header.
   */
  async describe(source: string): Promise<{ key: string; width: number; height: number }> {
    const key = contentKey(source);
    const cached = readManifest(path.join(this.cacheDir, key));
    if (cached) return { key, width: cached.width, height: cached.height };
    const {
      width = 0,
      height = 0,
      orientation = 1,
    } = await sharp(source)
      .metadata()
      .catch((error: unknown) => {
        // Bad input gets a Dutch message naming the file, not sharp's stack trace.
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `De afbeelding ${path.relative(process.cwd(), source)} kan niet gelezen worden (${reason}). Sla haar opnieuw op als PNG, JPEG of WebP.`,
        );
      });
    // EXIF orientations 5 to 8 turn the image a quarter: `.rotate()` swaps its sides.
    return orientation >= 5 ? { key, width: height, height: width } : { key, width, height };
  }

  /** The renditions of `source` for `presets`, made on first use from one decode. */
  async renditions(source: string, presets: readonly PresetName[]): Promise<ImageRenditions> {
    const key = contentKey(source);
    const dir = path.join(this.cacheDir, key);
    const before = this.work.get(key) ?? Promise.resolve(readManifest(dir));
    const after = before
      .catch(() => readManifest(dir))
      .then((manifest) => {
        const missing = missingPresets(manifest, presets);
        if (missing.length === 0) return manifest!;
        return this.limit(() => this.render(source, dir, manifest, missing));
      });
    this.work.set(key, after);
    return { key, dir, manifest: await after };
  }

  private async render(
    source: string,
    dir: string,
    cached: Manifest | undefined,
    presets: readonly PresetName[],
  ): Promise<Manifest> {
    this.decodes.set(source, (this.decodes.get(source) ?? 0) + 1);
    const input = await readFile(source);
    const { data, info } = await sharp(input, { failOn: 'error' })
      .rotate()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixels: Pixels = { data, info };
    const manifest: Manifest = cached ?? { width: info.width, height: info.height };
    for (const preset of presets) {
      if (preset === 'body') {
        const base = path.basename(source).replace(/\.[^.]+$/, '');
        manifest.body = await renderBody(pixels, dir, base);
      } else if (preset === 'card') {
        manifest.card = await renderCard(pixels, dir);
      } else {
        manifest.social = await renderSocial(pixels, dir);
      }
    }
    await writeAtomically(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    return manifest;
  }

  /** A generated social card (for a post without an image), by its text. */
  async socialCard(text: CardText): Promise<string> {
    const key = textKey([text.title, text.date, text.siteName]);
    const file = path.join(this.cacheDir, 'cards', `${key}.png`);
    const before = this.work.get(key) ?? Promise.resolve(undefined);
    const after = before
      .catch(() => undefined)
      .then(async () => {
        if (!existsSync(file)) {
          await this.limit(async () => writeAtomically(file, await renderSocialCard(text)));
        }
        return undefined;
      });
    this.work.set(key, after);
    await after;
    return file;
  }

  /** Everything asked for so far, finished (failures included: their callers see them). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.work.values()]);
  }

  /** The number of sources decoded and the most decodes of one source, for the build log. */
  summary(): { sources: number; decodes: number; most: number } {
    const counts = [...this.decodes.values()];
    return {
      sources: counts.length,
      decodes: counts.reduce((a, b) => a + b, 0),
      most: Math.max(0, ...counts),
    };
  }
}

const stores = new Map<string, ImageStore>();

/**
 * The store of a cache folder: one per process, shared by the plugin (cards,
 * social images) and the bundler's image loader (post images), which run in
 * the same process.
 */
export function imageStore(cacheDir: string): ImageStore {
  let store = stores.get(cacheDir);
  if (!store) {
    store = new ImageStore(cacheDir);
    stores.set(cacheDir, store);
  }
  return store;
}

export type { CardText } from './social-card';
export type { Manifest, PresetName, RenditionFile } from './presets';
export { BODY_SIZES, CARD_RATIO, SOCIAL_HEIGHT, SOCIAL_WIDTH } from './presets';
