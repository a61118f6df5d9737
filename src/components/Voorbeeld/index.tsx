import { Children, type ReactNode } from 'react';

import styles from './styles.module.css';

export interface VoorbeeldProps {
  /** First child: the Markdown as a code block; the rest: the rendered result. */
  children?: ReactNode;
}

/**
 * An example in the component gallery of the guide: the Markdown an author
 * writes next to what it looks like on the page.
 */
export default function Voorbeeld({ children }: VoorbeeldProps): ReactNode {
  const [code, ...result] = Children.toArray(children);
  return (
    <div className={styles.voorbeeld}>
      <section className={styles.kolom} aria-label="Zo schrijf je het">
        <p className={styles.label}>Zo schrijf je het</p>
        {code}
      </section>
      <section className={styles.kolom} aria-label="Zo ziet het eruit">
        <p className={styles.label}>Zo ziet het eruit</p>
        <div className={styles.resultaat}>{result}</div>
      </section>
    </div>
  );
}
