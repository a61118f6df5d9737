/**
 * Hydration helpers shared by the browser tests and the build benchmark
 * (scripts/bench-build.ts). Only a type import of Playwright, so a plain
 * script can use them outside the test runner.
 */
import type { Page } from 'playwright';

/**
 * Makes the page load its React app and waits until it has hydrated
 * (Docusaurus sets `data-has-hydrated`). Most pages load the app only when
 * the reader reaches for a control (plugins/post-build/defer-scripts), so this
 * does what a reader's pointer does first: it points at the search box.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.evaluate(() => {
    const control = document.querySelector('form[role="search"] input, button');
    control?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  });
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
  );
  // Lazy route chunks and effects that follow hydration settle too.
  await page.waitForLoadState('networkidle');
}

/** True once React has hydrated the page. */
export async function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
}
