/**
 * The tag page with its feeds advertised. Wraps the theme's page
 * (`@theme-init`), so a site-level swizzle of this page keeps the links as
 * long as it wraps rather than ejects.
 */
import type { ReactNode } from 'react';
import BlogTagsPostsPage from '@theme-init/BlogTagsPostsPage';
import type { Props } from '@theme/BlogTagsPostsPage';
import BlogFeedLinks from '../BlogFeedLinks';

export default function BlogTagsPostsPageWithFeeds(props: Props): ReactNode {
  return (
    <>
      <BlogFeedLinks permalink={props.tag.permalink} />
      <BlogTagsPostsPage {...props} />
    </>
  );
}
