/**
 * Reading pages carry no framework JavaScript (plugins/post-build/defer-scripts):
 * the React app loads when the reader first reaches for a control, and that
 * first reach still does what the reader asked.
 */
import type { Page } from '@playwright/test';
import { expect, isHydrated, test } from '../support/fixtures';
import { HAVEN, HAVEN_TITLE, NDS } from '../support/site-content';

/** Paths of the scripts the page requests from now on. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  return scripts;
}

test('a post is read without loading any script file', async ({ page, prod, preview }) => {
  const scripts = scriptRequests(page);
  await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HAVEN_TITLE);
  expect(await isHydrated(page)).toBe(false);

  // The table of contents and "Terug naar boven" are plain HTML.
  await page.goto(preview + NDS, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'De zes prioriteiten', exact: true }).click();
  await expect(page).toHaveURL(/#de-zes-prioriteiten$/);
  await page.getByRole('link', { name: 'Terug naar boven' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  expect(await isHydrated(page)).toBe(false);
  expect(scripts).toEqual([]);
});

test('the skip link moves focus into the content before React loads', async ({ page, prod }) => {
  await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar hoofdinhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await isHydrated(page)).toBe(false);
});

test('pressing / on a fresh post page searches at once', async ({ page, prod }) => {
  const scripts = scriptRequests(page);
  await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Zoeken' });
  await expect(box).toBeFocused();
  // Typed before React has taken over: the text is kept and searched.
  await page.keyboard.type('wereldstekker');
  await expect(box).toHaveValue('wereldstekker');
  await expect(page.getByRole('option', { name: /Haven en Infra as Code/ })).toBeVisible();
  expect(await isHydrated(page)).toBe(true);
  expect(scripts.some((s) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(s))).toBe(true);
});

test('on a phone the first tap on the menu button opens the menu', async ({ page, prod }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(prod + '/blog', { waitUntil: 'networkidle' });
  expect(await isHydrated(page)).toBe(false);
  await page.getByRole('button', { name: 'Menu' }).click();
  const menu = page.locator('.navbar-sidebar');
  await expect(menu.getByRole('link', { name: 'Kennisbank' })).toBeVisible();
  await menu.getByRole('link', { name: 'Kennisbank' }).click();
  await expect(page).toHaveURL(/\/kennisbank$/);
});

test('the search page loads its app at once, for results from the URL', async ({ page, prod }) => {
  await page.goto(prod + '/zoeken?q=haven');
  await expect(page.getByRole('link', { name: /Haven en Infra as Code/ }).first()).toBeVisible();
  expect(await isHydrated(page)).toBe(true);
});
