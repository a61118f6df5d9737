/**
 * "Terug naar boven" on long posts: a link to the top of the page, fixed in
 * the corner. A plain in-page link, so it needs no JavaScript and moves the
 * keyboard focus to the top as well as the view. Where the browser supports
 * scroll-driven animations it appears only once the reader has scrolled
 * down; elsewhere it is always there.
 */
import type { ReactNode } from 'react';
import { roundedReadingTime } from '@site/src/lib/format';
import styles from './styles.module.css';

/** Id of the element at the very top of every Docusaurus page. */
const TOP_ID = '__docusaurus';

/** A post this long (minutes) gets "Terug naar boven". */
export const LONG_POST_MINUTES = 3;

/**
 * True for a post long enough for "Terug naar boven": by the reading time
 * the reader sees (rounded up), so a post that says "3 minuten leestijd"
 * gets the link even when Docusaurus' estimate is 2.4 minutes.
 */
export function isLongPost(readingTime: number | undefined): boolean {
  return readingTime !== undefined && roundedReadingTime(readingTime) >= LONG_POST_MINUTES;
}

export default function BackToTop(): ReactNode {
  return (
    <a href={`#${TOP_ID}`} className={styles.backToTop}>
      <span aria-hidden="true" className={styles.arrow}>
        ↑
      </span>
      Terug naar boven
    </a>
  );
}
