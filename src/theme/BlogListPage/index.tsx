/**
 * Ejected from @docusaurus/theme-classic (3.10) because the stock blog index
 * has no `h1`: every page needs exactly one, and the page heading sits inside
 * the layout, between the layout and the post list, which a wrapper cannot
 * reach. Adds the heading (with the page number on later pages), the blog
 * description and links to the archive, the authors and (when the build has
 * it) the tag overview; the rest is unchanged.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { PageMetadata, HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import BlogLayout from '@theme/BlogLayout';
import BlogListPaginator from '@theme/BlogListPaginator';
import SearchMetadata from '@theme/SearchMetadata';
import type { Props } from '@theme/BlogListPage';
import BlogPostItems from '@theme/BlogPostItems';
import BlogListPageStructuredData from '@theme/BlogListPage/StructuredData';
import { TAGS_PATH, hasRoute } from '@site/src/lib/routes';
import styles from './styles.module.css';

function BlogListPageMetadata(props: Props): ReactNode {
  const { metadata } = props;
  const {
    siteConfig: { title: siteTitle },
  } = useDocusaurusContext();
  const { blogDescription, blogTitle, permalink, page } = metadata;
  const isBlogOnlyMode = permalink === '/';
  const base = isBlogOnlyMode ? siteTitle : blogTitle;
  const title = page > 1 ? `${base} – pagina ${page}` : base;
  return (
    <>
      <PageMetadata title={title} description={blogDescription} />
      <SearchMetadata tag="blog_posts_list" />
    </>
  );
}

function BlogListPageContent(props: Props): ReactNode {
  const { metadata, items, sidebar } = props;
  return (
    <BlogLayout sidebar={sidebar}>
      <header className={styles.header}>
        <h1>
          {metadata.blogTitle}
          {metadata.page > 1 ? (
            <span className={styles.page}> – pagina {metadata.page}</span>
          ) : null}
        </h1>
        <p className={styles.description}>{metadata.blogDescription}</p>
        <nav aria-label="Het blog doorbladeren" className={styles.browse}>
          <ul>
            <li>
              <Link to="/blog/archive">Archief per jaar en maand</Link>
            </li>
            <li>
              <Link to="/blog/authors">Alle auteurs</Link>
            </li>
            {hasRoute(TAGS_PATH) ? (
              <li>
                <Link to={TAGS_PATH}>Alle onderwerpen</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </header>
      <BlogPostItems items={items} />
      <BlogListPaginator metadata={metadata} />
    </BlogLayout>
  );
}

export default function BlogListPage(props: Props): ReactNode {
  return (
    <HtmlClassNameProvider
      className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogListPage)}
    >
      <BlogListPageMetadata {...props} />
      <BlogListPageStructuredData {...props} />
      <BlogListPageContent {...props} />
    </HtmlClassNameProvider>
  );
}
