/**
 * The post model: one pass per post over what Docusaurus has already parsed
 * (its metadata, front matter and Markdown body), never the file again. It
 * fills `metadata.extras` (./types.ts), which Docusaurus writes into the
 * post's data module, so the post page, every list, the feeds and the search
 * record read the same values:
 *
 * - `description`: the front matter's, else the first paragraph (./body.ts);
 * - `visibility`: draft or not, listed or not (src/lib/visibility.ts);
 * - `card`: what a post card shows, with the cover cropped to 16:9;
 * - `social`: the image of a shared link: the cover or first image, else a
 *   card generated from the title and date;
 * - `related`: up to three published posts sharing the most tags (./related.ts);
 * - `search`: the post's search record, when search includes it.
 *
 * The cover, card and social images and every image in the body come from
 * the one image pipeline (./images), asked for all presets of a source at
 * once, so each image is decoded once. Their URLs and sizes are known without
 * decoding anything, so the model does not wait for them: they are made while
 * the bundler works (a post image's module waits for its renditions), and
 * the card and social files are published under the post's slug once they
 * are ready (`ImagePublication`: into the build by plugins/post-build, into
 * the plugin's static folder in `npm start`).
 */
import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import { formatDate } from '../../src/lib/format';
import { searchRecordFields } from '../../src/lib/search-fields';
import { inSearch, isPublic, visibilityOf, type Visibility } from '../../src/lib/visibility';
import { readBody, type BodyImage } from './body';
import {
  SOCIAL_HEIGHT,
  SOCIAL_WIDTH,
  CARD_RATIO,
  type ImageStore,
  type PresetName,
} from './images';
import { cardFile, cardWidths } from './images/presets';
import { RASTER_IMAGE, resolveLocalImage } from './images/source';
import { relatedPosts } from './related';
import type {
  CardImage,
  ImageCandidates,
  PostCardData,
  PostExtras,
  SocialImageData,
} from './types';

/** URL folders of the published card and social images, below the base URL. */
export const CARD_URL_DIR = 'img/cards';
export const SOCIAL_URL_DIR = 'img/social';

export interface ModelOptions {
  siteDir: string;
  /** Static directories of the site, to resolve `/img/…` image paths. */
  staticDirs: string[];
  baseUrl: string;
  /** The blog's route below the base URL, with slashes: `/blog/`. */
  blogBasePath: string;
  /** The site name on generated social cards. */
  siteName: string;
  store: ImageStore;
}

/** A file of the image pipeline that the site serves at `url`. */
export interface ImagePublication {
  /** URL path below the base URL, without a leading slash: `img/cards/…`. */
  url: string;
  /** The file in the image cache, once it is made. */
  file(): Promise<string>;
}

/** The image that stands for a post: its cover, else its first image, if it is a local file. */
interface PostImage {
  file: string;
  kind: 'cover' | 'first-image';
  alt: string;
}

/** What one pass over a post found, before the images are made. */
interface PostFacts {
  post: BlogPost;
  description: string;
  visibility: Visibility;
  image?: PostImage;
  /** Local raster images of the body, for the `body` preset. */
  bodyImages: string[];
}

/**
 * A file-name-safe, unique slug for a post, from its permalink below the blog
 * route: `/blog/2024/12/31/haven` becomes `2024-12-31-haven`.
 */
export function postSlug(permalink: string, blogBasePath = '/blog/'): string {
  const rest = permalink.startsWith(blogBasePath)
    ? permalink.slice(blogBasePath.length)
    : permalink;
  return rest
    .replace(/^\/+|\/+$/g, '')
    .replace(/\//g, '-')
    .replace(/[^a-zA-Z0-9._-]/g, '-');
}

function sourceFile(post: BlogPost, siteDir: string): string {
  return path.join(siteDir, post.metadata.source.replace(/^@site\//, ''));
}

/** The post's image: the front matter's `image`, else the first image of the body. */
function postImage(
  post: BlogPost,
  firstImage: BodyImage | undefined,
  file: string,
  options: ModelOptions,
): PostImage | undefined {
  const cover = post.metadata.frontMatter.image;
  if (typeof cover === 'string') {
    const resolved = resolveLocalImage(cover, file, options);
    if (resolved) return { file: resolved, kind: 'cover', alt: post.metadata.title };
  }
  const resolved = firstImage && resolveLocalImage(firstImage.url, file, options);
  return resolved && firstImage
    ? { file: resolved, kind: 'first-image', alt: firstImage.alt || post.metadata.title }
    : undefined;
}

/** The one pass over a post. */
function readPost(post: BlogPost, options: ModelOptions): PostFacts {
  const { metadata } = post;
  const body = readBody(post.content);
  const file = sourceFile(post, options.siteDir);
  const frontMatterDescription = metadata.frontMatter.description;
  return {
    post,
    description:
      typeof frontMatterDescription === 'string'
        ? metadata.description
        : (body.excerpt ?? metadata.description),
    visibility: visibilityOf(metadata.frontMatter),
    image: postImage(post, body.images[0], file, options),
    bodyImages: body.images
      .map((image) => resolveLocalImage(image.url, file, options))
      .filter((resolved): resolved is string => !!resolved && RASTER_IMAGE.test(resolved)),
  };
}

/** Every preset each source file is needed in, over all posts. */
function presetsBySource(facts: readonly PostFacts[]): Map<string, Set<PresetName>> {
  const needs = new Map<string, Set<PresetName>>();
  const need = (file: string, preset: PresetName): void => {
    const set = needs.get(file) ?? new Set<PresetName>();
    set.add(preset);
    needs.set(file, set);
  };
  for (const fact of facts) {
    if (fact.image) {
      need(fact.image.file, 'card');
      need(fact.image.file, 'social');
    }
    for (const file of fact.bodyImages) need(file, 'body');
  }
  return needs;
}

/** Puts a cached file into the static folder: a hard link, or a copy across file systems. */
/** The upright size and content key of each source, without decoding it. */
type Described = ReadonlyMap<string, { key: string; width: number; height: number }>;

/** The card image of a post: the card renditions, published under the post's slug. */
function cardImage(
  image: PostImage,
  slug: string,
  described: Described,
  options: ModelOptions,
  publish: (publication: ImagePublication) => void,
): CardImage {
  const { key, width: sourceWidth } = described.get(image.file)!;
  const candidates = { webp: [] as ImageCandidates, jpg: [] as ImageCandidates };
  for (const width of cardWidths(sourceWidth)) {
    for (const format of ['webp', 'jpg'] as const) {
      const url = `${CARD_URL_DIR}/${slug}-${key.slice(0, 12)}-${width}.${format}`;
      publish({
        url,
        file: async () => {
          const { dir } = await options.store.renditions(image.file, ['card']);
          return path.join(dir, cardFile(width, format));
        },
      });
      candidates[format].push([`${options.baseUrl}${url}`, width]);
    }
  }
  const [src, width] = candidates.jpg[0];
  return {
    src,
    width,
    height: Math.round(width * CARD_RATIO),
    webp: candidates.webp,
    fallback: candidates.jpg,
    fallbackType: 'image/jpeg',
  };
}

/** The social image of a post: its cover's social crop, or a card generated from its title and date. */
function socialImage(
  fact: PostFacts,
  slug: string,
  options: ModelOptions,
  publish: (publication: ImagePublication) => void,
): SocialImageData {
  const { metadata } = fact.post;
  const { image } = fact;
  const url = `${SOCIAL_URL_DIR}/${slug}.${image ? 'jpg' : 'png'}`;
  if (image) {
    publish({
      url,
      file: async () => {
        const { dir, manifest } = await options.store.renditions(image.file, ['social']);
        return path.join(dir, manifest.social!.file);
      },
    });
  } else {
    const card = options.store.socialCard({
      title: metadata.title,
      date: formatDate(metadata.date),
      siteName: options.siteName,
    });
    // Made now, while the build goes on; a failure shows where it is published.
    card.catch(() => undefined);
    publish({ url, file: () => card });
  }
  return {
    url: `/${url}`,
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    type: image ? 'image/jpeg' : 'image/png',
    alt: image?.alt ?? metadata.title,
  };
}

function cardData(fact: PostFacts, cover: CardImage | undefined): PostCardData {
  const { metadata } = fact.post;
  return {
    permalink: metadata.permalink,
    title: metadata.title,
    date: new Date(metadata.date).toISOString(),
    readingTime: metadata.readingTime,
    description: fact.description,
    authors: metadata.authors
      .filter((author): author is typeof author & { name: string } => Boolean(author.name))
      .map(({ name, imageURL }) => (imageURL ? { name, imageURL } : { name })),
    tags: metadata.tags.map(({ label, permalink }) => ({ label, permalink })),
    ...(cover ? { cover } : {}),
    draft: fact.visibility.draft,
  };
}

/** The extras of a post, as the model left them in its metadata. */
export function postExtras(post: BlogPost): PostExtras {
  const extras = (post.metadata as { extras?: PostExtras }).extras;
  if (!extras) throw new Error(`plugins/blog: ${post.metadata.source} heeft geen extras`);
  return extras;
}

/**
 * Fills `metadata.extras` (and `metadata.description`, which Docusaurus' own
 * components read) of every post, starts making every image the posts need,
 * and returns the image files to publish.
 */
export async function modelPosts(
  posts: readonly BlogPost[],
  options: ModelOptions,
): Promise<ImagePublication[]> {
  const facts = posts.map((post) => readPost(post, options));
  const needs = presetsBySource(facts);
  const described: Described = new Map(
    await Promise.all(
      [...needs.keys()].map(async (file) => [file, await options.store.describe(file)] as const),
    ),
  );
  // Every image in every preset it is needed in, each source decoded once;
  // not awaited: whoever needs a file waits for it (and sees a failure there).
  for (const [file, presets] of needs) {
    options.store.renditions(file, [...presets]).catch(() => undefined);
  }
  const related = relatedPosts(
    facts.map((fact) => ({
      permalink: fact.post.metadata.permalink,
      title: fact.post.metadata.title,
      date: fact.post.metadata.date,
      description: fact.description,
      tags: fact.post.metadata.tags,
      published: isPublic(fact.visibility),
    })),
  );
  const publications: ImagePublication[] = [];
  const publish = (publication: ImagePublication): void => {
    publications.push(publication);
  };
  for (const fact of facts) {
    const { metadata } = fact.post;
    const slug = postSlug(metadata.permalink, options.blogBasePath);
    const cover = fact.image ? cardImage(fact.image, slug, described, options, publish) : undefined;
    const extras: PostExtras = {
      description: fact.description,
      visibility: fact.visibility,
      card: cardData(fact, cover),
      social: socialImage(fact, slug, options, publish),
      related: related.get(metadata.permalink) ?? [],
      ...(inSearch(fact.visibility)
        ? {
            search: searchRecordFields({
              title: metadata.title,
              date: new Date(metadata.date).toISOString(),
              tags: metadata.tags.map((tag) => tag.label),
              authors: metadata.authors
                .map((author) => author.name)
                .filter((name): name is string => Boolean(name)),
              draft: fact.visibility.draft,
            }),
          }
        : {}),
    };
    // Read-only in Docusaurus' types; this runs before anything reads them.
    // Docusaurus serialises the whole metadata object into the post's data module.
    Object.assign(metadata, { description: fact.description, extras });
  }
  return publications;
}

/**
 * Copies each published file into `dir` at its URL path (a copy, not a link:
 * whatever later rewrites a file in the build must not reach the cache).
 * Files that are ready while `wanted()` no longer holds are left out.
 */
export async function publishImages(
  publications: readonly ImagePublication[],
  dir: string,
  wanted: () => boolean = () => true,
): Promise<void> {
  await Promise.all(
    publications.map(async ({ url, file }) => {
      const source = await file();
      if (!wanted()) return;
      const target = path.join(dir, url);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target, constants.COPYFILE_FICLONE);
    }),
  );
}
