/** The homepage's data (src/components/HomePage): the latest posts as cards and the most used tags. */
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import { inLists } from '../../src/lib/visibility';
import { postExtras } from './model';
import type { HomeData } from './types';

/** Posts and tags on the homepage. */
export const HOME_POSTS = 6;
export const HOME_TAGS = 8;

export function homeData(
  content: BlogContent,
  paths: { blogPath: string; tagsPath: string },
): HomeData {
  const listed = content.blogPosts.filter((post) => inLists(postExtras(post).visibility));
  const ids = new Set(listed.map((post) => post.id));
  const tags = Object.values(content.blogTags)
    .map((tag) => ({
      label: tag.label,
      permalink: tag.permalink,
      description: tag.description,
      count: tag.items.filter((id) => ids.has(id)).length,
    }))
    .filter((tag) => tag.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
    .slice(0, HOME_TAGS);
  return {
    // Docusaurus sorts blog posts newest first.
    latest: listed.slice(0, HOME_POSTS).map((post) => postExtras(post).card),
    tags,
    ...paths,
  };
}
