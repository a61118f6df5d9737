/**
 * Hydration helpers shared by the browser tests and the build benchmark
 * (scripts/bench-build.ts). Only a type import of Playwright, so a plain
 * script can use them outside the test runner.
 */
import type { Page } from 'playwright';

/** Whether the page is a reading page with islands instead of the React app. */
export async function hasIslands(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.querySelector('script[src*="/assets/islands/islands."]') !== null,
  );
}

/**
 * Waits until the page's scripts have taken over. Reading pages never load
 * the React app (plugins/post-build/islands): there it waits for the islands
 * (`data-islands="ready"` on the root element; the search page's island
 * too; the kennisbank's). On a page that loads the app it waits until React
 * has hydrated (Docusaurus sets `data-has-hydrated`). It first points at the
 * search box, as a reader's pointer does, which is harmless there and lets
 * it also wait on a build of a ref that still loaded the app on first use
 * (`npm run bench -- …` on an older checkout).
 */
export async function waitForHydration(page: Page): Promise<void> {
  if (await hasIslands(page)) {
    await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
    await page.waitForLoadState('networkidle');
    return;
  }
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
