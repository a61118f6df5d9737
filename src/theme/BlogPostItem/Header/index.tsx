/**
 * Wraps (does not eject) @theme-original/BlogPostItem/Header.
 *
 * Why: in lists of posts (blog index, tag pages, author pages) a draft's card
 * gets a small "Concept" label above its title, so reviewers of the preview
 * build (and writers in `npm start`) see which posts are not published yet.
 * On the post's own page the full banner comes from
 * src/theme/ContentVisibility instead, so it is not repeated here.
 */
import type { ReactNode } from 'react';
import BlogPostItemHeader from '@theme-original/BlogPostItem/Header';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';

import { DraftLabel, isDraftFrontMatter } from '@site/src/components/DraftNotice';

export default function BlogPostItemHeaderWrapper(): ReactNode {
  const { frontMatter, isBlogPostPage } = useBlogPost();
  return (
    <>
      {!isBlogPostPage && isDraftFrontMatter(frontMatter) ? <DraftLabel /> : null}
      <BlogPostItemHeader />
    </>
  );
}
