/**
 * Wraps (does not eject) the theme's BlogPostItem/Footer. On a post page it
 * adds, after the footer and at the end of the article, what a reader
 * wants once the post is read: the share links, "Lees ook" (related posts,
 * chosen at build time by plugins/blog) and, on a long post,
 * "Terug naar boven" (a fixed link in the corner, so its place in the page
 * only sets its place in the tab order). The theme's BlogPostPage renders
 * the post unchanged around it. In lists (not used: the list pages show
 * cards, src/theme/BlogPostItems) the footer is the theme's alone.
 */
import type { ReactNode } from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import BackToTop, { isLongPost } from '@site/src/components/BackToTop';
import RelatedPosts from '@site/src/components/RelatedPosts';
import ShareLinks from '@site/src/components/ShareLinks';
import { postExtras } from '@site/src/lib/post-extras';

type Props = WrapperProps<typeof FooterType>;

export default function BlogPostItemFooterWrapper(props: Props): ReactNode {
  const { metadata, isBlogPostPage } = useBlogPost();
  const { siteConfig } = useDocusaurusContext();
  if (!isBlogPostPage) return <Footer {...props} />;
  return (
    <>
      <Footer {...props} />
      <ShareLinks
        url={new URL(metadata.permalink, siteConfig.url).toString()}
        title={metadata.title}
      />
      <RelatedPosts posts={postExtras(metadata).related} />
      {isLongPost(metadata.readingTime) ? <BackToTop /> : null}
    </>
  );
}
