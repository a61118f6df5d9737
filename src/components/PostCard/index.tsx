/**
 * A post in a list (blog index, tag and author pages, homepage): cover,
 * title as the link to the post, date, reading time, description, authors
 * and tags. An `article` with a heading of the level the page needs.
 *
 * The title link stretches over the whole card (the image included), so the
 * card is one large target; tags stay links of their own above it.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import AuthorAvatar from '@site/src/components/AuthorAvatar';
import { DraftLabel } from '@site/src/components/DraftNotice';
import type { CardImage, PostCardData } from '@site/plugins/blog/types';
import { formatDate, formatReadingTime } from '@site/src/lib/format';
import styles from './styles.module.css';

export interface PostCardProps {
  post: PostCardData;
  /** Heading level of the title: 2 below a page's h1, 3 below a section's h2. */
  headingLevel?: 2 | 3;
  /** The first card in view: its image loads at once instead of lazily. */
  priority?: boolean;
}

/** Card column width hint: one column on phones, two or three side by side wider. */
const SIZES = '(max-width: 576px) 100vw, (max-width: 996px) 50vw, 400px';

function srcSet(candidates: [string, number][]): string {
  return candidates.map(([url, width]) => `${url} ${width}w`).join(', ');
}

function Cover({ image, priority }: { image: CardImage; priority: boolean }): ReactNode {
  // Decorative: the title next to it says what the post is about.
  return (
    <picture className={styles.cover}>
      <source type="image/webp" srcSet={srcSet(image.webp)} sizes={SIZES} />
      <source type={image.fallbackType} srcSet={srcSet(image.fallback)} sizes={SIZES} />
      <img
        className={styles.coverImage}
        src={image.src}
        alt=""
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
      />
    </picture>
  );
}

export default function PostCard({
  post,
  headingLevel = 2,
  priority = false,
}: PostCardProps): ReactNode {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={clsx(styles.card, post.cover && styles.withCover)}>
      <div className={styles.body}>
        {post.draft ? <DraftLabel /> : null}
        <Heading className={styles.title}>
          <Link to={post.permalink} className={styles.titleLink}>
            {post.title}
          </Link>
        </Heading>
        <p className={styles.meta}>
          <time dateTime={post.date}>{formatDate(post.date)}</time>
          {post.readingTime !== undefined ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>{formatReadingTime(post.readingTime)}</span>
            </>
          ) : null}
        </p>
        {post.description ? <p className={styles.description}>{post.description}</p> : null}
        {post.authors.length > 0 ? (
          <ul className={styles.authors} aria-label="Auteurs">
            {post.authors.map((author) => (
              <li key={author.name} className={styles.author}>
                <AuthorAvatar name={author.name} imageURL={author.imageURL} size="small" />
                <span translate="no">{author.name}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {post.tags.length > 0 ? (
          <ul className={styles.tags} aria-label="Onderwerpen">
            {post.tags.map((tag) => (
              <li key={tag.permalink}>
                <Link to={tag.permalink} className={styles.tag}>
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {post.cover ? <Cover image={post.cover} priority={priority} /> : null}
    </article>
  );
}
