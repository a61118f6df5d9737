/** Posts as a grid of cards: a list of articles. */
import type { ReactNode } from 'react';
import PostCard from '@site/src/components/PostCard';
import type { PostCardData } from '@site/plugins/blog/types';
import styles from './styles.module.css';

export interface PostCardListProps {
  posts: PostCardData[];
  headingLevel?: 2 | 3;
  /** Accessible name of the list, e.g. "Artikelen". */
  label?: string;
}

export default function PostCardList({
  posts,
  headingLevel = 2,
  label = 'Artikelen',
}: PostCardListProps): ReactNode {
  return (
    <ul className={styles.grid} aria-label={label}>
      {posts.map((post, i) => (
        <li key={post.permalink} className={styles.item}>
          <PostCard post={post} headingLevel={headingLevel} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}
