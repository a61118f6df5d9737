/**
 * Wraps (does not eject) the theme's SkipToContent: its link, label and
 * focus handling stay as they are, and its look comes from src/css/custom.css
 * (the NL Design System skip link).
 *
 * Why: on a click, and after each client-side navigation, Docusaurus focuses
 * its target (`<main>`, the fallback container, or the link's own region)
 * with a temporary `tabindex="-1"` that it removes right after `focus()`. An
 * element without a tabindex is not focusable, so the browser drops the
 * focus at once (the HTML focus fixup rule; Chromium moves it to <body>
 * synchronously), and the skip link does not move focus into the content.
 * When that happens to one of those targets, this puts the tabindex back
 * and the focus with it, until the reader moves on. (plugins/post-build/islands
 * does the same for the skip link before the React app has loaded.)
 */
import { useEffect, type ReactNode } from 'react';
import SkipToContent from '@theme-original/SkipToContent';
import { SkipToContentFallbackId } from '@docusaurus/theme-common';

const SKIP_LINK = `a[href="#${SkipToContentFallbackId}"]`;

/** What Docusaurus' skip link focuses: the main content, the fallback, or the link's own region. */
function isSkipTarget(element: HTMLElement): boolean {
  return (
    element.matches(`main, #${SkipToContentFallbackId}`) ||
    (element.getAttribute('role') === 'region' &&
      element.querySelector(`:scope > ${SKIP_LINK}`) !== null)
  );
}

function keepFocus(event: FocusEvent): void {
  const element = event.target;
  if (!(element instanceof HTMLElement) || element.getAttribute('tabindex') !== '-1') return;
  if (!isSkipTarget(element)) return;
  // After the code that focused it has run: did it take the tabindex away, and the
  // focus with it (and did nothing else take the focus since, as the search page does)?
  queueMicrotask(() => {
    if (element.hasAttribute('tabindex') || !element.isConnected) return;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
    element.focus({ preventScroll: true });
  });
}

export default function SkipToContentWrapper(): ReactNode {
  useEffect(() => {
    document.addEventListener('focusin', keepFocus);
    return () => document.removeEventListener('focusin', keepFocus);
  }, []);
  return <SkipToContent />;
}
