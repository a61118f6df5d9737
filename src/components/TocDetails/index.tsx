/**
 * A table of contents for phones and tablets as a `<details>`: it opens and
 * closes in the browser itself, with or without JavaScript, and its list is
 * in the HTML. The theme's TOCCollapsible is a React button whose list is
 * not even rendered until React has run. Styled like TOCCollapsible
 * (./styles.module.css). Used on posts (src/theme/BlogPostItem/Content) and
 * on kennisbank pages (src/theme/TOCCollapsible).
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import TOCItems from '@theme/TOCItems';
import type { TOCItem } from '@docusaurus/mdx-loader';
import styles from './styles.module.css';

export interface TocDetailsProps {
  toc: readonly TOCItem[];
  className?: string;
  minHeadingLevel?: number;
  maxHeadingLevel?: number;
}

export default function TocDetails({
  toc,
  className,
  minHeadingLevel,
  maxHeadingLevel,
}: TocDetailsProps): ReactNode {
  return (
    <details className={clsx(className, styles.toc)}>
      <summary className={styles.tocSummary}>Op deze pagina</summary>
      <div className={styles.tocContent}>
        <TOCItems toc={toc} minHeadingLevel={minHeadingLevel} maxHeadingLevel={maxHeadingLevel} />
      </div>
    </details>
  );
}
