/**
 * What counts as a published blog post, shared by the feeds, the social
 * images and the structured data. Docusaurus leaves `draft: true` posts out of
 * a production build itself; a preview build publishes them with
 * `preview_draft: true` (see `preview-drafts.ts`), and those must still stay
 * out of every feed.
 */
import type { BlogPost } from '@docusaurus/plugin-content-blog';
import { PREVIEW_DRAFT_KEY } from './preview-drafts';

/** Name of the blog plugin, as Docusaurus keys its content. */
export const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

/** True for a post readers may find in feeds: no draft (of either kind), not unlisted. */
export function isPublishedPost(post: BlogPost): boolean {
  const frontMatter = post.metadata.frontMatter as Record<string, unknown>;
  return (
    frontMatter.draft !== true &&
    frontMatter[PREVIEW_DRAFT_KEY] !== true &&
    post.metadata.unlisted !== true
  );
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

/** `https://site` + `/path`, without doubled slashes. */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  return new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
