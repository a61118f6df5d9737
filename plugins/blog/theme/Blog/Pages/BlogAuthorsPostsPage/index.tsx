/**
 * The author page with the author's feeds advertised. Wraps the theme's page
 * (`@theme-init`), like `BlogTagsPostsPage`.
 */
import type { ReactNode } from 'react';
import BlogAuthorsPostsPage from '@theme-init/Blog/Pages/BlogAuthorsPostsPage';
import type { Props } from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import type { FeedLinks } from '../../../../types';
import BlogFeedLinks from '../../../BlogFeedLinks';

export default function BlogAuthorsPostsPageWithFeeds(
  props: Props & { feedLinks?: FeedLinks },
): ReactNode {
  const { feedLinks, ...page } = props;
  return (
    <>
      <BlogFeedLinks links={feedLinks} />
      <BlogAuthorsPostsPage {...page} />
    </>
  );
}
