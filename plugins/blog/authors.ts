/**
 * Authors get a page and a place on `/blog/authors` only when a post of this
 * build names them, as tags do: Docusaurus makes a tag page only for a tag a
 * post uses, and a production build has no drafts. So an author whose only
 * posts are drafts has no page in the production build and keeps it in the
 * preview build, which publishes the drafts. Leaving the author out of the
 * blog's authors map is enough: Docusaurus makes the authors list and the
 * author pages from that map, and a post only names authors it has.
 */
import type { Author, AuthorsMap } from '@docusaurus/plugin-content-blog';
import { safeLinkUrl } from '../../src/lib/plain-text';

/** The authors of `authorsMap` that at least one of `posts` names, in the map's order. */
export function authorsWithPosts(
  authorsMap: AuthorsMap,
  posts: readonly { metadata: { authors: readonly { key?: string | null }[] } }[],
): AuthorsMap {
  const named = new Set(
    posts.flatMap((post) => post.metadata.authors.map((author) => author.key ?? undefined)),
  );
  return Object.fromEntries(Object.entries(authorsMap).filter(([key]) => named.has(key)));
}

/**
 * The author without link targets that would run script (`javascript:`,
 * `vbscript:`, `data:`): the checker refuses them (`url-onveilig`), and a build
 * that meets one anyway renders the name without a link rather than a link the
 * CSP has to refuse.
 */
export function withSafeLinks<A extends Author>(author: A): A {
  const socials = author.socials
    ? Object.fromEntries(
        Object.entries(author.socials).filter(([, url]) => safeLinkUrl(url) !== undefined),
      )
    : author.socials;
  const url = author.url == null ? author.url : safeLinkUrl(author.url);
  return { ...author, url, socials };
}
