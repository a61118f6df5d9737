import { Fragment, type ReactNode } from 'react';
import type { ExcerptPart } from './pagefind';
import styles from './Excerpt.module.css';

/** A result excerpt with the matched words in `<mark>`, rendered as text. */
export default function Excerpt({ parts }: { parts: ExcerptPart[] }): ReactNode {
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? (
          <mark key={index} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A message in which `backticked` parts are shown as code. */
export function Explanation({ text }: { text: string }): ReactNode {
  return (
    <>
      {text
        .split('`')
        .map((piece, index) =>
          index % 2 === 1 ? (
            <code key={index}>{piece}</code>
          ) : (
            <Fragment key={index}>{piece}</Fragment>
          ),
        )}
    </>
  );
}

/**
 * The "Concept" label of a draft in the preview build's results. The hidden
 * comma keeps screen readers from running it on from the title.
 */
export function DraftBadge(): ReactNode {
  return (
    <>
      <span className="rhc-visually-hidden">, </span>
      <span className={styles.badge}>Concept</span>
    </>
  );
}
