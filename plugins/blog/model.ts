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
 * once, so each image is decoded once. The card and social files are copied
 * into the plugin's static folder under the post's slug, which Docusaurus
 * serves in `npm start` and copies into every build.
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
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
  /** The plugin's static folder, where card and social images are published. */
  staticDir: string;
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
async function publish(file: string, staticDir: string, urlPath: string): Promise<void> {
  const target = path.join(staticDir, urlPath);
  await mkdir(path.dirname(target), { recursive: true });
  await link(file, target).catch(() => copyFile(file, target));
}

/** The card image of a post: the card renditions, published under the post's slug. */
async function cardImage(
  fact: PostFacts & { image: PostImage },
  slug: string,
  options: ModelOptions,
): Promise<CardImage> {
  const { key, dir, manifest } = await options.store.renditions(fact.image.file, ['card']);
  const webp: ImageCandidates = [];
  const fallback: ImageCandidates = [];
  const card = manifest.card!;
  for (const [list, renditions] of [
    [webp, card.webp],
    [fallback, card.fallback],
  ] as const) {
    for (const rendition of renditions) {
      const name = `${slug}-${key.slice(0, 12)}-${rendition.width}${path.extname(rendition.file)}`;
      await publish(path.join(dir, rendition.file), options.staticDir, `${CARD_URL_DIR}/${name}`);
      list.push([`${options.baseUrl}${CARD_URL_DIR}/${name}`, rendition.width]);
    }
  }
  const [src, width] = fallback[0];
  return {
    src,
    width,
    height: Math.round(width * CARD_RATIO),
    webp,
    fallback,
    fallbackType: 'image/jpeg',
  };
}

/** The social image of a post: its cover's social crop, or a card generated from its title and date. */
async function socialImage(
  fact: PostFacts,
  slug: string,
  options: ModelOptions,
): Promise<SocialImageData> {
  const { metadata } = fact.post;
  let file: string;
  let bytes: number;
  if (fact.image) {
    const { dir, manifest } = await options.store.renditions(fact.image.file, ['social']);
    file = path.join(dir, manifest.social!.file);
    bytes = manifest.social!.bytes;
  } else {
    ({ file, bytes } = await options.store.socialCard({
      title: metadata.title,
      date: formatDate(metadata.date),
      siteName: options.siteName,
    }));
  }
  const url = `/${SOCIAL_URL_DIR}/${slug}${path.extname(file)}`;
  await publish(file, options.staticDir, url);
  return {
    url,
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    type: fact.image ? 'image/jpeg' : 'image/png',
    bytes,
    alt: fact.image?.alt ?? metadata.title,
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
 * components read) of every post.
 */
export async function modelPosts(posts: readonly BlogPost[], options: ModelOptions): Promise<void> {
  const facts = posts.map((post) => readPost(post, options));
  // Every image in every preset it is needed in, each source decoded once.
  await Promise.all(
    [...presetsBySource(facts)].map(([file, presets]) =>
      options.store.renditions(file, [...presets]),
    ),
  );
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
  await Promise.all(
    facts.map(async (fact) => {
      const { metadata } = fact.post;
      const slug = postSlug(metadata.permalink, options.blogBasePath);
      const cover = fact.image
        ? await cardImage({ ...fact, image: fact.image }, slug, options)
        : undefined;
      const extras: PostExtras = {
        description: fact.description,
        visibility: fact.visibility,
        card: cardData(fact, cover),
        social: await socialImage(fact, slug, options),
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
    }),
  );
}
