/**
 * "Lees ook": up to three other posts that share the most tags with a post,
 * the newest first among equals. Only published, listed posts are offered.
 */
import type { RelatedPost } from './types';

export interface RelatablePost {
  permalink: string;
  title: string;
  date: Date | string;
  description: string;
  tags: readonly { permalink: string }[];
  /** May be offered to other posts: published and listed. */
  published: boolean;
}

export const RELATED_COUNT = 3;

/** The related posts of each post, by permalink. */
export function relatedPosts(
  posts: readonly RelatablePost[],
  count: number = RELATED_COUNT,
): Map<string, RelatedPost[]> {
  const result = new Map<string, RelatedPost[]>();
  // Index the candidates by tag, so a post only meets the posts it shares a tag with.
  const byTag = new Map<string, RelatablePost[]>();
  for (const post of posts) {
    if (!post.published) continue;
    for (const tag of post.tags) {
      const list = byTag.get(tag.permalink) ?? [];
      list.push(post);
      byTag.set(tag.permalink, list);
    }
  }
  for (const post of posts) {
    const shared = new Map<RelatablePost, number>();
    for (const tag of post.tags) {
      for (const other of byTag.get(tag.permalink) ?? []) {
        if (other.permalink !== post.permalink) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared]
      .map(([other, n]) => ({ other, n, time: new Date(other.date).getTime() }))
      .sort((a, b) => b.n - a.n || b.time - a.time);
    result.set(
      post.permalink,
      ranked.slice(0, count).map(({ other }) => ({
        permalink: other.permalink,
        title: other.title,
        date: new Date(other.date).toISOString(),
        description: other.description,
      })),
    );
  }
  return result;
}
