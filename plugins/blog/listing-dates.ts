/**
 * `lastmod` in the sitemap for the pages that list posts: the homepage, the
 * blog index and its further pages, the archive, tag and author pages and
 * the lists of tags and authors. Each gets the date of the newest post it
 * shows. Docusaurus dates posts and kennisbank pages from git, but listing
 * pages not at all.
 *
 * The date goes where the sitemap plugin looks for it:
 * `route.metadata.lastUpdatedAt` (@docusaurus/plugin-sitemap reads it before
 * asking git about `route.metadata.sourceFilePath`).
 */
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { RouteConfig } from '@docusaurus/types';
import { inLists } from '../../src/lib/visibility';
import { truncatedItemSources } from './list-items';
import { postExtras } from './model';

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
  const listed = content.blogPosts.filter((post) => inLists(postExtras(post).visibility));
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

/** The route with the date of the newest post it shows as its `lastUpdatedAt`, if it lists posts. */
export function withListingDate(route: RouteConfig, date: Date | undefined): RouteConfig {
  if (!date || route.metadata?.lastUpdatedAt != null) return route;
  return { ...route, metadata: { ...route.metadata, lastUpdatedAt: date.getTime() } };
}
