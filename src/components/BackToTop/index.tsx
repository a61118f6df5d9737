/**
 * "Terug naar boven" on long posts: a link to the top of the page, fixed in
 * the corner. A plain in-page link, so it needs no JavaScript and moves the
 * keyboard focus to the top as well as the view. Where the browser supports
 * scroll-driven animations it appears only once the reader has scrolled
 * down; elsewhere it is always there.
 */
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Id of the element at the very top of every Docusaurus page. */
const TOP_ID = '__docusaurus';

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
