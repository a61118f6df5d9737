/**
 * One data module per list page instead of a truncated copy of every post it
 * lists.
 *
 * Docusaurus gives each list route (blog index pages, tag pages, author
 * pages) an `items` module: for every post on the page, the post's MDX file
 * again, compiled a second time up to `<!-- truncate -->`. This site's lists
 * show cards (src/theme/BlogPostItems), which read only a post's metadata and
 * its author portraits; the list's structured data reads the metadata, the
 * front matter and the post image. So every post was compiled twice for
 * nothing, and every list route named up to ten chunks in `main.js`'s route
 * table, which every page that loads the app downloads
 * (facebook/docusaurus#7256).
 *
 * `withListItemsModule` writes what the list needs, in the shape the theme
 * already reads (`items[i].content.{metadata, frontMatter, assets}`), as one
 * JSON module for the route.
 */
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import type { RouteConfig } from '@docusaurus/types';
import { docuHash } from '@docusaurus/utils';
import { postExtras } from './model';
import type { PostCardData } from './types';

/** An `items` entry as Docusaurus' blog plugin writes it. */
interface TruncatedItem {
  content: { __import: true; path: string; query?: { truncated?: boolean } };
}

/**
 * The metadata a list reads of a post: the card (src/components/PostCard, from
 * `extras.card`) and the list's structured data (Docusaurus'
 * `useBlogListPageStructuredData`). Only that: a post is on up to a dozen
 * list pages (blog, tags, authors), and each page's module has its own copy.
 */
export interface ListItemMetadata {
  permalink: string;
  title: string;
  description: string;
  date: Date | string;
  lastUpdatedAt?: number | null;
  authors: { name?: string; title?: string; url?: string; email?: string; imageURL?: string }[];
  extras: { card: PostCardData };
}

/** What a list page gets for each post, in place of the post's module. */
export interface ListItem {
  content: {
    metadata: ListItemMetadata;
    frontMatter: Record<string, unknown>;
    assets: { image?: string; authorsImageUrls: (string | undefined)[] };
  };
}

/** The front matter keys a list reads: image and keywords (structured data). */
const LIST_FRONT_MATTER = ['image', 'keywords'] as const;

function isTruncatedItem(item: unknown): item is TruncatedItem {
  const content = (item as { content?: Partial<TruncatedItem['content']> } | null)?.content;
  return (
    typeof content === 'object' &&
    content !== null &&
    content.__import === true &&
    typeof content.path === 'string'
  );
}

/** The post sources of a list route's `items`, or undefined when it has none of Docusaurus' kind. */
export function truncatedItemSources(route: RouteConfig): string[] | undefined {
  const items = (route.modules as Record<string, unknown> | undefined)?.items;
  if (!Array.isArray(items) || !items.every(isTruncatedItem)) return undefined;
  return items.map((item) => item.content.path);
}

/** A URL as it is (`https://…`, `/img/…`), or undefined for a path next to the post. */
function absoluteImage(image: unknown): string | undefined {
  return typeof image === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(image) ? image : undefined;
}

/**
 * A post as a list shows it. The post image (for the list's structured
 * data) is the front matter's `image`: as it is when it is a URL; a cover
 * next to the post, which only the bundler resolves, as its card image, the
 * same picture cropped to 16:9. No `image`, no image, as before.
 */
export function listItem(post: BlogPost): ListItem {
  const m = post.metadata;
  const { card } = postExtras(post);
  const frontMatter: Record<string, unknown> = {};
  for (const key of LIST_FRONT_MATTER) {
    if (m.frontMatter[key] !== undefined) frontMatter[key] = m.frontMatter[key];
  }
  const metadata: ListItemMetadata = {
    permalink: m.permalink,
    title: m.title,
    description: m.description,
    date: m.date,
    lastUpdatedAt: m.lastUpdatedAt,
    authors: m.authors.map(({ name, title, url, email, imageURL }) => ({
      name,
      title,
      url,
      email,
      imageURL,
    })),
    extras: { card },
  };
  return {
    content: {
      metadata,
      frontMatter,
      assets: {
        image:
          absoluteImage(m.frontMatter.image) ?? (m.frontMatter.image ? card.cover?.src : undefined),
        authorsImageUrls: m.authors.map((author) => author.imageURL),
      },
    },
  };
}

/** The file name of a list route's data module. */
export function listItemsFile(routePath: string): string {
  return `list-items-${docuHash(routePath)}.json`;
}

/**
 * The route with its `items` replaced by one data module (made with
 * `createData`), or the route as it is when it lists no posts this way.
 */
export async function withListItemsModule(
  route: RouteConfig,
  posts: ReadonlyMap<string, BlogPost>,
  createData: (name: string, data: string) => Promise<string>,
): Promise<RouteConfig> {
  const sources = truncatedItemSources(route);
  if (!sources || sources.length === 0) return route;
  const items = sources.map((source) => {
    const post = posts.get(source);
    if (!post) throw new Error(`plugins/blog: geen artikel voor ${source} op ${route.path}`);
    return listItem(post);
  });
  const data = await createData(listItemsFile(route.path), JSON.stringify(items));
  return { ...route, modules: { ...route.modules, items: data } };
}
