/**
 * "Lees ook": up to three posts that share the most tags with this one,
 * chosen at build time by plugins/blog.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { RelatedPost } from '@site/plugins/blog/types';
import { formatDate } from '@site/src/lib/format';
import styles from './styles.module.css';

export interface RelatedPostsProps {
  posts: RelatedPost[];
}

export default function RelatedPosts({ posts }: RelatedPostsProps): ReactNode {
  if (posts.length === 0) return null;
  return (
    // Not on paper: links to follow are no use there (src/css/print.css).
    <section className={styles.related} aria-labelledby="related-title" data-print="hide">
      <h2 id="related-title" className={styles.heading}>
        Lees ook
      </h2>
      <ul className={styles.list}>
        {posts.map((post) => (
          <li key={post.permalink} className={styles.item}>
            <Link to={post.permalink} className={styles.link}>
              {post.title}
            </Link>
            <time className={styles.date} dateTime={post.date}>
              {formatDate(post.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
