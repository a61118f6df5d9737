/**
 * Ejected from @docusaurus/theme-classic (3.10) BlogLayout, for the width of
 * the table of contents: the stock layout gives it two of twelve columns
 * (with the text offset by one), too narrow for Dutch compound words, which
 * then break mid-word ("overheidsbred" on one line, "e" on the next). The
 * column classes are inside the component, where a wrapper cannot reach.
 * With a table of contents the text takes eight columns and the table of
 * contents three, as wide as in the kennisbank; the text starts where it
 * does on the blog index. Without one (the blog index, tag and author pages)
 * it is as in the theme.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import BlogSidebar from '@theme/BlogSidebar';
import type { Props } from '@theme/BlogLayout';

export default function BlogLayout(props: Props): ReactNode {
  const { sidebar, toc, children, ...layoutProps } = props;
  const hasSidebar = sidebar && sidebar.items.length > 0;
  return (
    <Layout {...layoutProps}>
      <div className="container margin-vert--lg">
        <div className="row">
          <BlogSidebar sidebar={sidebar} />
          <main
            className={clsx('col', {
              'col--7': hasSidebar,
              'col--8 col--offset-1': !hasSidebar && toc,
              'col--9 col--offset-1': !hasSidebar && !toc,
            })}
          >
            {children}
          </main>
          {toc && <div className={clsx('col', hasSidebar ? 'col--2' : 'col--3')}>{toc}</div>}
        </div>
      </div>
    </Layout>
  );
}
