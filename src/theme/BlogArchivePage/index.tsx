/**
 * Replaces the theme's BlogArchivePage (not a wrapper: the original renders
 * its own `<main>` with a fixed layout, so there is nothing to wrap around).
 * The stock archive groups posts by year only, in three columns, with an h3
 * per year under the h1 and the date inside the link text ("15 juli - Titel").
 * Ours groups by year (h2) and month (h3), newest first, and lists each post
 * as a link with its title followed by its date in a `<time>` element, in the
 * blog's own layout. Same translation ids for the title and description.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { HtmlClassNameProvider, PageMetadata, ThemeClassNames } from '@docusaurus/theme-common';
import BlogLayout from '@theme/BlogLayout';
import type { Props } from '@theme/BlogArchivePage';
import { DraftLabel } from '@site/src/components/DraftNotice';
import { postExtras } from '@site/src/lib/post-extras';
import { groupArchive, type ArchivePost, type ArchiveYear } from './archive';
import styles from './styles.module.css';

function toArchivePosts(blogPosts: Props['archive']['blogPosts']): ArchivePost[] {
  return blogPosts.map(({ metadata }) => ({
    title: metadata.title,
    permalink: metadata.permalink,
    date: metadata.date,
    // plugins/blog gives the archive only title, permalink, date and visibility.
    draft: postExtras(metadata).visibility.draft,
  }));
}

function Year({ year }: { year: ArchiveYear }): ReactNode {
  return (
    <section className={styles.year}>
      <h2 id={year.id}>{year.year}</h2>
      {year.months.map((month) => (
        <section key={month.id} className={styles.month}>
          <h3 id={month.id}>{month.name}</h3>
          <ul className={styles.posts}>
            {month.posts.map((post) => (
              <li key={post.permalink} className={styles.post}>
                <Link to={post.permalink} className={styles.title}>
                  {post.title}
                </Link>
                {post.draft ? (
                  <>
                    {' '}
                    <DraftLabel />
                  </>
                ) : null}
                <time dateTime={post.isoDate} className={styles.date}>
                  {post.label}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export default function BlogArchivePage({ archive }: Props): ReactNode {
  const title = translate({
    id: 'theme.blog.archive.title',
    message: 'Archief',
    description: 'The page & hero title of the blog archive page',
  });
  const description = translate({
    id: 'theme.blog.archive.description',
    message: 'Alle artikelen op het blog van developer.overheid.nl, per jaar en maand.',
    description: 'The page & hero description of the blog archive page',
  });
  const years = groupArchive(toArchivePosts(archive.blogPosts));
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.wrapper.blogPages, 'blog-archive-page')}>
      <PageMetadata title={title} description={description} />
      <BlogLayout>
        <header className={styles.header}>
          <h1>{title}</h1>
          <p className={styles.description}>{description}</p>
        </header>
        {years.map((year) => (
          <Year key={year.id} year={year} />
        ))}
      </BlogLayout>
    </HtmlClassNameProvider>
  );
}
