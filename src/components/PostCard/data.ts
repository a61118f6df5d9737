/**
 * What a post card shows, as plain data: built from a post's metadata on the
 * server (homepage, related posts) and in the browser (lists of posts), so
 * every card on the site shows the same things in the same way.
 *
 * No React here: plugins/blog-extras imports this module in Node.
 */
import { PREVIEW_DRAFT_KEY } from '../../../plugins/preview-drafts';

/** `[url, width in px]` for each rendition, narrowest first. */
export type ImageCandidates = [string, number][];

/** A post's cover, cropped to the card frame (16:9) in several widths. */
export interface CardImage {
  /** The fallback rendition for browsers without `srcset` support. */
  src: string;
  width: number;
  height: number;
  webp: ImageCandidates;
  fallback: ImageCandidates;
  fallbackType: string;
}

export interface CardAuthor {
  name: string;
  imageURL?: string;
}

export interface CardTag {
  label: string;
  permalink: string;
}

export interface PostCardData {
  permalink: string;
  title: string;
  /** ISO 8601. */
  date: string;
  /** Minutes, as Docusaurus estimates them. */
  readingTime?: number;
  description: string;
  authors: CardAuthor[];
  tags: CardTag[];
  cover?: CardImage;
  draft: boolean;
}

/** A post that shares tags with another, for "Lees ook". */
export interface RelatedPost {
  permalink: string;
  title: string;
  date: string;
  description: string;
}

/** What plugins/blog-extras adds to a post's metadata, under `extras`. */
export interface PostExtras {
  cover?: CardImage;
  related: RelatedPost[];
}

/** The subset of Docusaurus' blog post metadata a card needs. */
export interface CardSourceMetadata {
  permalink: string;
  title: string;
  date: Date | string;
  readingTime?: number;
  description: string;
  authors: readonly { name?: string; imageURL?: string }[];
  tags: readonly { label: string; permalink: string }[];
  frontMatter: Readonly<Record<string, unknown>>;
}

/** The extras plugins/blog-extras stored in the metadata, if any. */
export function postExtras(metadata: object): PostExtras | undefined {
  return (metadata as { extras?: PostExtras }).extras;
}

/** True for a draft, in `npm start` (`draft`) and in the preview build (`preview_draft`). */
export function isDraft(frontMatter: Readonly<Record<string, unknown>>): boolean {
  return frontMatter.draft === true || frontMatter[PREVIEW_DRAFT_KEY] === true;
}

/** The card of a post, from its metadata. */
export function toCardData(metadata: CardSourceMetadata): PostCardData {
  const date = metadata.date instanceof Date ? metadata.date.toISOString() : metadata.date;
  return {
    permalink: metadata.permalink,
    title: metadata.title,
    date,
    readingTime: metadata.readingTime,
    description: metadata.description,
    authors: metadata.authors
      .filter((author): author is { name: string; imageURL?: string } => Boolean(author.name))
      .map(({ name, imageURL }) => (imageURL ? { name, imageURL } : { name })),
    tags: metadata.tags.map(({ label, permalink }) => ({ label, permalink })),
    cover: postExtras(metadata)?.cover,
    draft: isDraft(metadata.frontMatter),
  };
}

/**
 * `15 juli 2025`: how the blog writes dates. In UTC, as Docusaurus does in the
 * post header: post dates are calendar dates, stored as midnight UTC.
 */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/**
 * Reading time in whole minutes as readers see it: rounded up, as the post
 * header does, and at least one minute.
 */
export function roundedReadingTime(minutes: number): number {
  return Math.max(1, Math.ceil(minutes));
}

/** `5 min leestijd`, rounded up, at least one minute. */
export function formatReadingTime(minutes: number): string {
  return `${roundedReadingTime(minutes)} min leestijd`;
}

/** `1 artikel`, `3 artikelen`. */
export function formatPostCount(count: number): string {
  return `${count} ${count === 1 ? 'artikel' : 'artikelen'}`;
}
