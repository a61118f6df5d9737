/**
 * Replaces @theme/BlogPostItems, the list of posts on the blog index and on
 * tag and author pages.
 *
 * Why not wrap: the stock list renders each post's full excerpt as one long
 * column of articles. Here every post is a card (src/components/PostCard:
 * cover, title, date, reading time, description, authors, tags) in a list of
 * articles, the same card the homepage shows.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/BlogPostItems';
import PostCardList from '@site/src/components/PostCardList';
import { postExtras } from '@site/src/lib/post-extras';

export default function BlogPostItems({ items }: Props): ReactNode {
  // Each list's data module holds the cards plugins/blog made (plugins/blog/list-items.ts).
  return <PostCardList posts={items.map(({ content }) => postExtras(content.metadata).card)} />;
}
