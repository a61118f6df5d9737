/**
 * `lastmod` in the sitemap for the pages that list posts: the homepage, the
 * blog index and its further pages, the archive, tag and author pages and
 * the lists of tags and authors. Each gets the date of the newest post it
 * shows. Docusaurus dates posts and kennisbank pages from git, but listing
 * pages not at all.
 *
 * The blog plugin wrapper (./index.ts) records the date for every route it
 * adds, in `contentLoaded`; the sitemap plugin's `createSitemapItems`
 * (docusaurus.config.ts) writes it into the sitemap, in `postBuild`. Both run
 * in the one build process, so a module-level map carries it between them.
 */
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { RouteConfig } from '@docusaurus/types';
import { truncatedItemSources } from './list-items';

/** The newest post date each listing page shows, by route path. */
const listingDates = new Map<string, Date>();

/** What a route without a list of posts of its own shows: by route path. */
export interface ListingContext {
  /** Date of each listed post, by its source file (`@site/blog/…`). */
  postDates: ReadonlyMap<string, Date>;
  /** Routes that show a summary of posts rather than the posts (archive, lists of tags and authors). */
  summaries: ReadonlyMap<string, Date>;
}

function newest(dates: Iterable<Date | undefined>): Date | undefined {
  let result: Date | undefined;
  for (const date of dates) {
    if (date && (!result || date.getTime() > result.getTime())) result = date;
  }
  return result;
}

/** The listing context of a blog: listed posts only, as the listing pages show. */
export function listingContext(
  content: BlogContent,
  paths: { archive: string; tags: string; authors: string },
): ListingContext {
  const listed = content.blogPosts.filter((post) => post.metadata.unlisted !== true);
  const dateOf = (post: (typeof listed)[number]): Date => new Date(post.metadata.date);
  const authors = new Set(Object.keys(content.authorsMap ?? {}));
  return {
    postDates: new Map(listed.map((post) => [post.metadata.source, dateOf(post)])),
    summaries: new Map(
      (
        [
          [paths.archive, newest(listed.map(dateOf))],
          [paths.tags, newest(listed.filter((post) => post.metadata.tags.length > 0).map(dateOf))],
          [
            paths.authors,
            newest(
              listed
                .filter((post) => post.metadata.authors.some((a) => a.key && authors.has(a.key)))
                .map(dateOf),
            ),
          ],
        ] as const
      ).filter((entry): entry is readonly [string, Date] => entry[1] !== undefined),
    ),
  };
}

/** The date of the newest post a route shows, or undefined for a route that lists none. */
export function listingDate(route: RouteConfig, context: ListingContext): Date | undefined {
  const sources = truncatedItemSources(route);
  if (sources) return newest(sources.map((source) => context.postDates.get(source)));
  return context.summaries.get(route.path);
}

/** Records the date of a route for the sitemap (see `withListingLastmod`). */
export function recordListingDate(path: string, date: Date | undefined): void {
  if (date) listingDates.set(path, date);
  else listingDates.delete(path);
}

/** Forgets the dates of an earlier load (`docusaurus start` loads the content again). */
export function clearListingDates(): void {
  listingDates.clear();
}

interface SitemapItemLike {
  url: string;
  lastmod?: string | null;
}

/**
 * Sitemap items with `lastmod` (`YYYY-MM-DD`, as the sitemap's `lastmod:
 * 'date'` writes it) on the listing pages that have none.
 */
export function withListingLastmod<T extends SitemapItemLike>(
  items: readonly T[],
  dates: ReadonlyMap<string, Date> = listingDates,
): T[] {
  return items.map((item) => {
    const date = dates.get(new URL(item.url).pathname);
    return item.lastmod || !date ? item : { ...item, lastmod: date.toISOString().slice(0, 10) };
  });
}
