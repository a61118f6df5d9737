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
import { toCardData } from '@site/src/components/PostCard/data';

export default function BlogPostItems({ items }: Props): ReactNode {
  const posts = items.map(({ content }) => {
    const { metadata, assets } = content;
    return toCardData({
      ...metadata,
      // Portraits given as relative paths are resolved by the bundler.
      authors: metadata.authors.map((author, i) => ({
        ...author,
        imageURL: assets.authorsImageUrls[i] ?? author.imageURL,
      })),
    });
  });
  return <PostCardList posts={posts} />;
}
