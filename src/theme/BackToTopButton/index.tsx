/**
 * Ejects the theme's BackToTopButton (shown on kennisbank pages): the same
 * button, with the class that shows it in `data-shown-class`, so the
 * back-to-top island (src/islands/back-to-top.ts) can show and hide it
 * without React on the built site, which never loads the app
 * (plugins/post-build/islands). The styles are the theme's own module, so
 * it looks exactly as before. With React (`npm start`) it works as the
 * theme's.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useBackToTopButton } from '@docusaurus/theme-common/internal';
// The theme's own CSS module (theme-classic has no `exports` map, so the path is public).
import styles from '@docusaurus/theme-classic/lib/theme/BackToTopButton/styles.module.css';
import { BACK_TO_TOP_THRESHOLD } from '@site/src/islands/back-to-top';

export default function BackToTopButton(): ReactNode {
  const { shown, scrollToTop } = useBackToTopButton({ threshold: BACK_TO_TOP_THRESHOLD });
  return (
    <button
      aria-label={translate({
        id: 'theme.BackToTopButton.buttonAriaLabel',
        message: 'Scroll back to top',
        description: 'The ARIA label for the back to top button',
      })}
      className={clsx(
        'clean-btn',
        ThemeClassNames.common.backToTopButton,
        styles.backToTopButton,
        shown && styles.backToTopButtonShow,
      )}
      data-shown-class={styles.backToTopButtonShow}
      type="button"
      onClick={scrollToTop}
    />
  );
}
