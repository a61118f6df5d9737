/**
 * The back-to-top island of kennisbank pages (the button is server-rendered
 * by src/theme/BackToTopButton, invisible until shown). As the theme's
 * useBackToTopButton: the button shows while the reader scrolls up, more
 * than 300 px from the top and not at the very bottom, and hides on
 * scrolling down or near the top; a click scrolls to the top, smoothly
 * unless the reader prefers reduced motion (the theme's smooth scroll
 * follows the site's `scroll-behavior`).
 */

/** How far down (px) the reader must be before the button shows, as in the theme. */
export const BACK_TO_TOP_THRESHOLD = 300;

/** Whether the button shows after a scroll from `last` to `now` (as the theme decides). */
export function backToTopShown(now: number, last: number, viewport: number, page: number): boolean {
  if (now >= last || now < BACK_TO_TOP_THRESHOLD) return false;
  return now + viewport < page;
}

export function enhanceBackToTop(): void {
  const button = document.querySelector<HTMLButtonElement>(
    'button.theme-back-to-top-button[data-shown-class]',
  );
  const shownClass = button?.dataset.shownClass;
  if (!button || !shownClass) return;
  let last = window.scrollY;
  window.addEventListener(
    'scroll',
    () => {
      const now = window.scrollY;
      const shown = backToTopShown(
        now,
        last,
        window.innerHeight,
        document.documentElement.scrollHeight,
      );
      button.classList.toggle(shownClass, shown);
      last = now;
    },
    { passive: true },
  );
  button.addEventListener('click', () => {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
  });
}
