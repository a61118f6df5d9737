/**
 * The shapes plugins/blog hands to the theme: what it adds to each post's
 * metadata (`extras`) and the data modules of the pages it makes. Types only:
 * `src/` imports them with `import type`, never code from `plugins/`.
 */
import type { SearchField } from '../../src/lib/search-fields';
import type { Visibility } from '../../src/lib/visibility';

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

/** What a post card shows (src/components/PostCard), on every list and the homepage alike. */
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
  /** ISO 8601. */
  date: string;
  description: string;
}

/** The image a shared link to a page shows (Open Graph, Twitter, JSON-LD, feeds). */
export interface SocialImageData {
  /** URL path below the base URL, without it: `/img/social/2024-12-31-haven.png`. */
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
}

/** What plugins/blog adds to every post's metadata, under `extras`. */
export interface PostExtras {
  /** The front matter's description, else the first paragraph (Docusaurus' own is the first line). */
  description: string;
  visibility: Visibility;
  card: PostCardData;
  social: SocialImageData;
  /** Up to three published posts sharing the most tags. */
  related: RelatedPost[];
  /** The post's search record (Pagefind); absent when search leaves the post out. */
  search?: SearchField[];
}

/** The three feeds of a page (the blog, a tag, an author), as URL paths. */
export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

export interface HomeTag {
  label: string;
  permalink: string;
  description?: string;
  count: number;
}

/** The homepage's data module (src/components/HomePage). */
export interface HomeData {
  latest: PostCardData[];
  tags: HomeTag[];
  blogPath: string;
  tagsPath: string;
}

/** The default image of the pages that are not posts (`themeConfig.image`), as global data. */
export interface SiteImageData {
  width: number;
  height: number;
  type: string;
  alt: string;
}

/** The blog plugin's global data: the same for every build size. */
export interface BlogGlobalData {
  siteImage?: SiteImageData;
}
