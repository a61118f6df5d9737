/**
 * Ejected from @docusaurus/theme-classic (3.10) BlogPostPage: the parts a
 * post page adds below the article (share links, related posts, "Terug naar
 * boven") sit between the page's inner components, where a wrapper cannot
 * reach. (The table of contents for phones is in ../BlogPostItem/Content.) Metadata and structured data
 * come from the wrapped ./Metadata and ./StructuredData; the rest is as in
 * the theme.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import { HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import { BlogPostProvider, useBlogPost } from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import BlogLayout from '@theme/BlogLayout';
import BlogPostItem from '@theme/BlogPostItem';
import BlogPostPaginator from '@theme/BlogPostPaginator';
import BlogPostPageMetadata from '@theme/BlogPostPage/Metadata';
import BlogPostPageStructuredData from '@theme/BlogPostPage/StructuredData';
import TOC from '@theme/TOC';
import ContentVisibility from '@theme/ContentVisibility';
import type { Props } from '@theme/BlogPostPage';
import BackToTop, { isLongPost } from '@site/src/components/BackToTop';
import RelatedPosts from '@site/src/components/RelatedPosts';
import ShareLinks from '@site/src/components/ShareLinks';
import { postExtras } from '@site/src/lib/post-extras';

function BlogPostPageContent({
  sidebar,
  children,
}: {
  sidebar: Props['sidebar'];
  children: ReactNode;
}): ReactNode {
  const { metadata, toc } = useBlogPost();
  const { siteConfig } = useDocusaurusContext();
  const { nextItem, prevItem, frontMatter } = metadata;
  const {
    hide_table_of_contents: hideTableOfContents,
    toc_min_heading_level: tocMinHeadingLevel,
    toc_max_heading_level: tocMaxHeadingLevel,
  } = frontMatter;
  const showToc = !hideTableOfContents && toc.length > 0;
  const url = new URL(metadata.permalink, siteConfig.url).toString();
  const { related } = postExtras(metadata);
  return (
    <BlogLayout
      sidebar={sidebar}
      toc={
        showToc ? (
          <TOC
            toc={toc}
            minHeadingLevel={tocMinHeadingLevel}
            maxHeadingLevel={tocMaxHeadingLevel}
          />
        ) : undefined
      }
    >
      <ContentVisibility metadata={metadata} />
      <BlogPostItem>{children}</BlogPostItem>
      <ShareLinks url={url} title={metadata.title} />
      <RelatedPosts posts={related} />
      {nextItem || prevItem ? <BlogPostPaginator nextItem={nextItem} prevItem={prevItem} /> : null}
      {isLongPost(metadata.readingTime) ? <BackToTop /> : null}
    </BlogLayout>
  );
}

export default function BlogPostPage(props: Props): ReactNode {
  const BlogPostContent = props.content;
  return (
    <BlogPostProvider content={props.content} isBlogPostPage>
      <HtmlClassNameProvider
        className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogPostPage)}
      >
        <BlogPostPageMetadata />
        <BlogPostPageStructuredData />
        <BlogPostPageContent sidebar={props.sidebar}>
          <BlogPostContent />
        </BlogPostPageContent>
      </HtmlClassNameProvider>
    </BlogPostProvider>
  );
}
