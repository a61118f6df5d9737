import path from 'node:path';
import { expect, runtimeStyles, test, waitForHydration } from '../support/fixtures';
import { sitemapPaths } from '../support/sitemap';

const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';
const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';
const ROOT = path.resolve(__dirname, '..', '..');

test('the homepage leads a reader to the blog', async ({ page, prod }) => {
  await page.goto(prod + '/');
  await expect(page).toHaveTitle(/developer\.overheid\.nl/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('main').getByRole('link', { name: /blog/i }).first().click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a reader opens the Haven post from the blog', async ({ page, prod }) => {
  await page.goto(prod + '/blog');
  await page
    .getByRole('link', { name: /Haven en Infra as Code/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(HAVEN + '$'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Haven en Infra as Code: samen naar een Digitale Standaard voor de Publieke Sector',
  );
  await expect(page.getByText('31 december 2024').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Digilab' }).first()).toBeVisible();
});

test('a reader follows a tag of the NDS post and comes back', async ({ page, preview }) => {
  await page.goto(preview + NDS);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'De gevolgen van de Nederlandse Digitaliseringsstrategie',
  );
  await page.getByRole('link', { name: 'Haven', exact: true }).first().click();
  await expect(page).toHaveURL(/\/blog\/tags\/haven$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Haven');
  await expect(
    page.getByRole('link', { name: /Nederlandse Digitaliseringsstrategie/ }).first(),
  ).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(NDS + '$'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Digitaliseringsstrategie');
});

test('the skip link is the first tab stop and moves focus to the main content', async ({
  page,
  prod,
}) => {
  await page.goto(prod + HAVEN);
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar hoofdinhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  // <main> itself, and it keeps the focus: Docusaurus removes the temporary tabindex at
  // once, and without src/theme/SkipToContent Chromium moves the focus on to <body>.
  await expect(page.locator('main')).toBeFocused();
  await page.waitForTimeout(200);
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes on from there, into the post.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

for (const [name, dir] of [
  ['production', 'build'],
  ['preview', 'build-preview'],
] as const) {
  test(`every page of the ${name} build has exactly one h1 and adds no <style> at runtime`, async ({
    page,
    prod,
    preview,
  }) => {
    test.setTimeout(180_000);
    const base = name === 'production' ? prod : preview;
    const paths = sitemapPaths(path.join(ROOT, dir));
    expect(paths.length).toBeGreaterThan(5);
    for (const p of [...paths, '/404.html']) {
      await page.goto(base + p);
      await waitForHydration(page);
      expect(await page.locator('h1').count(), `h1 count on ${p}`).toBe(1);
      expect(await runtimeStyles(page), `runtime <style> on ${p}`).toEqual([]);
    }
  });
}

test('the NDS post in the preview build shows both quotes with their caption', async ({
  page,
  preview,
}) => {
  await page.goto(preview + NDS);
  await waitForHydration(page);
  const quotes = page
    .getByRole('main')
    .locator('figure')
    .filter({ has: page.locator('blockquote') });
  await expect(quotes).toHaveCount(2);
  for (const quote of await quotes.all()) {
    await expect(quote).toContainText('— Uit NDS');
    const bg = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(246, 189, 225)');
  }
  await expect(page.getByText('Concept', { exact: false }).first()).toBeVisible();
  const cover = page.getByRole('img', { name: 'Nederlandse Digitaliseringsstrategie' });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
