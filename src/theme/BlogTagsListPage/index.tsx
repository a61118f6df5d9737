/**
 * Replaces the theme's BlogTagsListPage. The original lists tag labels as
 * small pills grouped by first letter, with no description and the count as
 * a bare number inside the link. Wrapping cannot change that list (it comes
 * from TagsListByLetter inside the page), and swizzling TagsListByLetter
 * would also change the docs' tag page. Ours is one list in Dutch
 * alphabetical order: per tag the label as a link, the number of articles
 * and the description from blog/tags.yml. Same title ("Onderwerpen", the
 * word the rest of the site uses for tags), layout and search metadata.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {
  HtmlClassNameProvider,
  PageMetadata,
  ThemeClassNames,
  translateTagsPageTitle,
} from '@docusaurus/theme-common';
import BlogLayout from '@theme/BlogLayout';
import SearchMetadata from '@theme/SearchMetadata';
import type { Props } from '@theme/BlogTagsListPage';
import { articleCount, sortTags } from './tags';
import styles from './styles.module.css';

const DESCRIPTION =
  'Alle onderwerpen van het blog van developer.overheid.nl, met een korte uitleg en het aantal artikelen.';

export default function BlogTagsListPage({ tags, sidebar }: Props): ReactNode {
  const title = translateTagsPageTitle();
  const sorted = sortTags(tags);
  return (
    <HtmlClassNameProvider
      className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogTagsListPage)}
    >
      <PageMetadata title={title} description={DESCRIPTION} />
      <SearchMetadata tag="blog_tags_list" />
      <BlogLayout sidebar={sidebar}>
        <header className={styles.header}>
          <h1>{title}</h1>
          <p className={styles.intro}>
            Elk artikel heeft een of meer onderwerpen. Kies een onderwerp om alle artikelen erover
            te lezen.
          </p>
        </header>
        <ul className={styles.tags}>
          {sorted.map((tag) => (
            <li key={tag.permalink} className={styles.tag}>
              <p className={styles.name}>
                <Link to={tag.permalink} className={styles.link}>
                  {tag.label}
                </Link>{' '}
                <span className={styles.count}>{`(${articleCount(tag.count)})`}</span>
              </p>
              {tag.description ? <p className={styles.description}>{tag.description}</p> : null}
            </li>
          ))}
        </ul>
      </BlogLayout>
    </HtmlClassNameProvider>
  );
}
