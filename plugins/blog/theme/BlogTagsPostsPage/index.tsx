/**
 * The tag page with its feeds advertised. Wraps the theme's page
 * (`@theme-init`), so a site-level swizzle of this page keeps the links as
 * long as it wraps rather than ejects. The links come with the page's props
 * (`feedLinks`, from plugins/blog).
 */
import type { ReactNode } from 'react';
import BlogTagsPostsPage from '@theme-init/BlogTagsPostsPage';
import type { Props } from '@theme/BlogTagsPostsPage';
import type { FeedLinks } from '../../types';
import BlogFeedLinks from '../BlogFeedLinks';

export default function BlogTagsPostsPageWithFeeds(
  props: Props & { feedLinks?: FeedLinks },
): ReactNode {
  const { feedLinks, ...page } = props;
  return (
    <>
      <BlogFeedLinks links={feedLinks} />
      <BlogTagsPostsPage {...page} />
    </>
  );
}
