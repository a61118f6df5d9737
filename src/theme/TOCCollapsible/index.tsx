/**
 * Replaces (not wraps) the theme's TOCCollapsible, the table of contents for
 * phones on kennisbank pages: the theme's is a React button whose list is
 * only rendered once React runs, and kennisbank pages no longer load the
 * app (plugins/post-build/islands). This one is a `<details>`
 * (src/components/TocDetails), the same as on posts: it works without any
 * script.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/TOCCollapsible';
import TocDetails from '@site/src/components/TocDetails';
import styles from './styles.module.css';

export default function TOCCollapsible({
  toc,
  className,
  minHeadingLevel,
  maxHeadingLevel,
}: Props): ReactNode {
  return (
    <TocDetails
      className={clsx(styles.tocCollapsible, className)}
      toc={toc}
      minHeadingLevel={minHeadingLevel}
      maxHeadingLevel={maxHeadingLevel}
    />
  );
}
