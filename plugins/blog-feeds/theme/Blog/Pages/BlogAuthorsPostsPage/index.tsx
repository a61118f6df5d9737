/**
 * The author page with the author's feeds advertised. Wraps the theme's page
 * (`@theme-init`), like `BlogTagsPostsPage`.
 */
import type { ReactNode } from 'react';
import BlogAuthorsPostsPage from '@theme-init/Blog/Pages/BlogAuthorsPostsPage';
import type { Props } from '@theme/Blog/Pages/BlogAuthorsPostsPage';
import BlogFeedLinks from '../../../BlogFeedLinks';

export default function BlogAuthorsPostsPageWithFeeds(props: Props): ReactNode {
  const permalink = props.author.page?.permalink;
  return (
    <>
      {permalink ? <BlogFeedLinks permalink={permalink} /> : null}
      <BlogAuthorsPostsPage {...props} />
    </>
  );
}
