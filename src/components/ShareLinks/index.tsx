/**
 * "Deel dit artikel": plain links to each network's own share page, and the
 * post's address to copy. No third-party scripts, buttons or counters: nothing
 * is sent to a network until the reader follows one of these links.
 */
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export interface ShareLinksProps {
  /** Absolute URL of the post. */
  url: string;
  title: string;
}

/** The share links of a post, also used by the tests. */
export function shareTargets({ url, title }: ShareLinksProps): { label: string; href: string }[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${text}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${text}` },
    {
      label: 'e-mail',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`,
    },
  ];
}

export default function ShareLinks({ url, title }: ShareLinksProps): ReactNode {
  return (
    // Not on paper: the share addresses are long and no use there (src/css/print.css).
    <section className={styles.share} aria-labelledby="share-title" data-print="hide">
      <h2 id="share-title" className={styles.heading}>
        Deel dit artikel
      </h2>
      <ul className={styles.list}>
        {shareTargets({ url, title }).map((target) => (
          <li key={target.label}>
            <a className={styles.link} href={target.href} rel="noopener noreferrer">
              Deel via {target.label}
            </a>
          </li>
        ))}
      </ul>
      <p className={styles.address}>
        Adres van dit artikel: <span className={styles.url}>{url}</span>
      </p>
    </section>
  );
}
