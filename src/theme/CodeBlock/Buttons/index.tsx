/**
 * Ejects the theme's code block buttons (CodeBlock/Buttons), because the
 * markup must change: the theme renders them only in the browser
 * (`BrowserOnly`), so a page without the React app would have no copy
 * button. Here the copy button is in the HTML (./CopyButton), and the copy
 * island (src/islands/copy.ts) makes it work on reading pages; the word-wrap
 * button needs to measure the block, so it stays browser-only (it shows on
 * the pages that load the app). Styles unchanged from the theme.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import BrowserOnly from '@docusaurus/BrowserOnly';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
import CopyButton from './CopyButton';
import styles from './styles.module.css';

export default function CodeBlockButtons({ className }: { className?: string }): ReactNode {
  return (
    <div className={clsx(className, styles.buttonGroup)}>
      <BrowserOnly>{() => <WordWrapButton />}</BrowserOnly>
      <CopyButton />
    </div>
  );
}
