import { expect, test, waitForHydration } from '../support/fixtures';

const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';
const COVER = 'Nederlandse Digitaliseringsstrategie';
const BUDGET = 150 * 1024;

test.describe('on a phone 400 px wide', () => {
  test.use({ viewport: { width: 400, height: 800 }, deviceScaleFactor: 1, isMobile: true });

  test('the NDS post downloads its cover in at most 150 KB', async ({ page, preview }) => {
    const covers: { url: string; bytes: number; type: string }[] = [];
    page.on('response', async (response) => {
      if (
        !/nederlandse-digitaliseringsstrategie[^/]*\.(webp|jpe?g|png|avif)$/.test(response.url())
      ) {
        return;
      }
      const body = await response.body();
      covers.push({
        url: response.url(),
        bytes: body.length,
        type: response.headers()['content-type'] ?? '',
      });
    });
    await page.goto(preview + NDS);
    await waitForHydration(page);
    const cover = page.getByRole('img', { name: COVER });
    await expect(cover).toBeVisible();
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
    // Exactly one rendition was fetched: the 400 px WebP, within budget.
    expect(covers).toHaveLength(1);
    expect(covers[0].type).toBe('image/webp');
    expect(covers[0].bytes).toBeLessThanOrEqual(BUDGET);
    // Reserved space: the image's box has its final aspect ratio.
    const box = await cover.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.width / box!.height - 1814 / 1093)).toBeLessThan(0.02);
  });
});

test('a click on the cover opens the full-size image', async ({ page, preview }) => {
  await page.goto(preview + NDS);
  await waitForHydration(page);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest()),
    page.getByRole('img', { name: COVER }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  const size = await page.evaluate(() => {
    const img = document.querySelector('img');
    return img ? [img.naturalWidth, img.naturalHeight] : [];
  });
  expect(size).toEqual([1814, 1093]);
});

test('the keyboard reaches the cover link and Enter opens the full-size image', async ({
  page,
  preview,
}) => {
  await page.goto(preview + NDS);
  await waitForHydration(page);
  const link = page.getByRole('link', {
    name: `${COVER} (afbeelding op volledige grootte openen)`,
    exact: true,
  });
  await expect(link).toBeVisible();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the cover link is in the tab order').toBe(true);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest()),
    page.keyboard.press('Enter'),
  ]);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  await page.waitForURL(/\/assets\/images\/.+\.(jpg|png)$/);
});
