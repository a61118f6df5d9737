/**
 * The "Concept" notices for drafts: a banner at the top of a draft page and a
 * small label on a draft's card in lists (blog index, tag and author pages).
 *
 * What a draft is, and which builds show one, is src/lib/visibility.ts:
 * production builds contain no drafts, so they never show these.
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import styles from './styles.module.css';

export interface DraftBannerProps {
  /** What the page is, for the wording: a blog post or another page. */
  kind: 'artikel' | 'pagina';
}

/** Banner at the top of a draft page. A note, not an alert: it takes no focus. */
export function DraftBanner({ kind }: DraftBannerProps): ReactNode {
  const subject = kind === 'artikel' ? 'dit artikel' : 'deze pagina';
  return (
    <>
      <Head>
        {/* A preview deployment must not end up in search engines. */}
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <div role="note" aria-label="Concept" className={styles.banner}>
        <p className={styles.bannerText}>
          <strong>Concept</strong>
          {` — ${subject} is nog niet gepubliceerd. Je bekijkt een voorvertoning: de inhoud kan ` +
            'nog veranderen en staat nog niet op developer.overheid.nl.'}
        </p>
      </div>
    </>
  );
}

/** Small label on a draft's card in a list of posts. */
export function DraftLabel(): ReactNode {
  return <span className={styles.label}>Concept</span>;
}
