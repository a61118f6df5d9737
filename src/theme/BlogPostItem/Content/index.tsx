/**
 * Wraps the post content for the search index (Pagefind, built after the
 * Docusaurus build by scripts/search-index.ts). On a post page the article
 * text is marked `data-pagefind-body`, so only post content is indexed: not
 * the navbar, footer, list pages or the post header (date, authors), and the
 * pages without a body (everything but posts) are left out of the index.
 * The title becomes metadata (Pagefind 1.6 searches it and ranks its matches
 * up); date, tags, authors, year and the draft flag become filters, which
 * are never searched (see `searchRecordFields`). All of it sits in one hidden
 * element, so nothing visible changes. The record is the post's
 * `extras.search` (plugins/blog), which search-less posts (unlisted, see
 * src/lib/visibility.ts) lack: they are not indexed.
 *
 * On a post page it also puts the table of contents for phones between the
 * header and the text (see `MobileToc`).
 */
import type { ReactNode } from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import TocDetails from '@site/src/components/TocDetails';
import type { SearchField } from '@site/src/lib/search-fields';
import { postExtras } from '@site/src/lib/post-extras';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

function SearchRecord({ fields }: { fields: SearchField[] }): ReactNode {
  return (
    <div hidden data-pagefind-ignore="">
      {fields.map(({ kind, name, value }) => (
        <span
          key={`${kind}-${name}-${value}`}
          {...{ [`data-pagefind-${kind}`]: `${name}[data-value]` }}
          data-value={value}
        />
      ))}
    </div>
  );
}

/**
 * The table of contents on phones and tablets, between the post header and
 * its text: the one beside the text is hidden below 997 px. A `<details>`,
 * not the theme's TOCCollapsible: that one is a React button whose list is
 * not even in the HTML until React has run; this one opens and closes in
 * the browser itself, with or without JavaScript, and needs no island.
 * Styled like TOCCollapsible (src/components/TocDetails).
 */
function MobileToc(): ReactNode {
  const { toc, frontMatter } = useBlogPost();
  if (frontMatter.hide_table_of_contents || toc.length === 0) return null;
  return (
    <TocDetails
      className={styles.tocMobile}
      toc={toc}
      minHeadingLevel={frontMatter.toc_min_heading_level}
      maxHeadingLevel={frontMatter.toc_max_heading_level}
    />
  );
}

export default function BlogPostItemContentWrapper(props: Props): ReactNode {
  const { isBlogPostPage, metadata } = useBlogPost();
  if (!isBlogPostPage) {
    return <Content {...props} />;
  }
  const { search } = postExtras(metadata);
  if (!search) {
    // Not in search (unlisted: only readers who have the link may find it).
    return (
      <>
        <MobileToc />
        <Content {...props} />
      </>
    );
  }
  return (
    <>
      <MobileToc />
      <div data-pagefind-body="">
        <SearchRecord fields={search} />
        <Content {...props} />
      </div>
    </>
  );
}
