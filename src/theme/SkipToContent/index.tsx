import { useCallback, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import { SkipToContentFallbackId } from '@docusaurus/theme-common';
import styles from './styles.module.css';

/*
 * Replaces the theme's SkipToContent. Docusaurus focuses its target with a temporary
 * tabindex="-1" that it removes right after focus(); current Chromium then moves focus
 * back to <body>, so the skip link did not really move focus into the content. Here the
 * tabindex stays until the target loses focus. Same label (translation id), same
 * fallback target, same focus reset after client-side navigation.
 */

function focusTarget(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

export default function SkipToContent(): ReactNode {
  const label = translate({
    id: 'theme.common.skipToMainContent',
    description:
      'The skip to content label used for accessibility, allowing to rapidly navigate to main content with keyboard tab/enter navigation',
    message: 'Skip to main content',
  });
  const containerRef = useRef<HTMLDivElement>(null);
  const { action } = useHistory();
  const location = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start the tab order at the top of the new page again.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (containerRef.current && !location.hash && action === 'PUSH') {
      focusTarget(containerRef.current);
    }
  }, [location.pathname, location.hash, action]);

  const onClick = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    const target =
      document.querySelector<HTMLElement>('main:first-of-type') ??
      document.getElementById(SkipToContentFallbackId);
    if (target) {
      event.preventDefault();
      focusTarget(target);
    }
  }, []);

  return (
    <div ref={containerRef} role="region" aria-label={label} className={styles.region}>
      <a className={styles.skipLink} href={`#${SkipToContentFallbackId}`} onClick={onClick}>
        {label}
      </a>
    </div>
  );
}
