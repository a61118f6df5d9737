/**
 * Wraps the post content for the search index (Pagefind, built after the
 * Docusaurus build by scripts/search-index.ts). On a post page the article
 * text is marked `data-pagefind-body`, so only post content is indexed: not
 * the navbar, footer, list pages or the post header (date, authors), and the
 * pages without a body (everything but posts) are left out of the index.
 * Title, date and tags become metadata (Pagefind 1.6 also searches the title
 * metadata and ranks its matches up), tags, authors and year filters, all
 * read from one hidden element so nothing visible changes.
 *
 * On a post page it also puts the table of contents for phones between the
 * header and the text (see `MobileToc`).
 */
import type { ReactNode } from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import TOCCollapsible from '@theme/TOCCollapsible';
import { TAG_SEPARATOR } from '@site/src/components/Search/fields';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/** One hidden element carrying a Pagefind filter or metadata value. */
function Field({ kind, name, value }: { kind: 'filter' | 'meta'; name: string; value: string }) {
  const attrs =
    kind === 'filter'
      ? { 'data-pagefind-filter': `${name}[data-value]` }
      : { 'data-pagefind-meta': `${name}[data-value]` };
  return <span {...attrs} data-value={value} />;
}

function SearchRecord(): ReactNode {
  const { metadata, frontMatter } = useBlogPost();
  const year = metadata.date.slice(0, 4);
  const tags = metadata.tags.map((tag) => tag.label);
  const authors = metadata.authors.map((author) => author.name).filter(Boolean) as string[];
  const isDraft = (frontMatter as Record<string, unknown>).preview_draft === true;
  return (
    <>
      <div hidden data-pagefind-ignore="">
        <Field kind="meta" name="title" value={metadata.title} />
        <Field kind="meta" name="date" value={metadata.date} />
        {tags.length > 0 ? (
          <Field kind="meta" name="tags" value={tags.join(TAG_SEPARATOR)} />
        ) : null}
        {isDraft ? <Field kind="meta" name="concept" value="ja" /> : null}
        {tags.map((tag) => (
          <Field key={`tag-${tag}`} kind="filter" name="tag" value={tag} />
        ))}
        {authors.map((author) => (
          <Field key={`auteur-${author}`} kind="filter" name="auteur" value={author} />
        ))}
        <Field kind="filter" name="jaar" value={year} />
      </div>
    </>
  );
}

/**
 * The table of contents on phones and tablets, between the post header and
 * its text: the one beside the text is hidden below 997 px.
 */
function MobileToc(): ReactNode {
  const { toc, frontMatter } = useBlogPost();
  if (frontMatter.hide_table_of_contents || toc.length === 0) return null;
  return (
    <TOCCollapsible
      toc={toc}
      minHeadingLevel={frontMatter.toc_min_heading_level}
      maxHeadingLevel={frontMatter.toc_max_heading_level}
      className={styles.tocMobile}
    />
  );
}

export default function BlogPostItemContentWrapper(props: Props): ReactNode {
  const { isBlogPostPage } = useBlogPost();
  if (!isBlogPostPage) {
    return <Content {...props} />;
  }
  return (
    <>
      <MobileToc />
      <div data-pagefind-body="">
        <SearchRecord />
        <Content {...props} />
      </div>
    </>
  );
}
