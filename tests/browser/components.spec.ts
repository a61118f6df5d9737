import { expect, test, waitForHydration } from '../support/fixtures';

const EXAMPLES = '/kennisbank/voorbeelden';

test('a video loads nothing from the video host until the reader asks for it', async ({
  page,
  prod,
  offsiteRequests,
}) => {
  // The auto fixture fails on any off-site request; here exactly one is allowed,
  // after the click, so route the player to an empty page and check it.
  const playerRequests: string[] = [];
  await page.route('https://player.vimeo.com/**', async (route) => {
    playerRequests.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>speler</title>' });
  });
  await page.goto(prod + EXAMPLES);
  // A kennisbank page has islands, not the React app
  // (plugins/post-build/islands): once they have taken over, still nothing
  // has come from the video host.
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
  await expect(page.locator('iframe')).toHaveCount(0);
  const link = page.getByRole('link', { name: /Bekijk op Vimeo/ }).first();
  await expect(link).toHaveAttribute('href', /^https:\/\/vimeo\.com\/\d+$/);
  await expect(page.getByText(/pas als je/i).first()).toBeVisible();
  expect(playerRequests).toEqual([]);

  const play = page.getByRole('button', { name: /^Video afspelen: / }).first();
  await play.focus();
  await page.keyboard.press('Enter');
  const frame = page.locator('iframe[src^="https://player.vimeo.com/video/"]');
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute('title', /.+/);
  await expect(frame).toBeFocused();
  await expect.poll(() => playerRequests.length).toBeGreaterThan(0);
  expect(playerRequests.every((u) => u.includes('dnt=1'))).toBe(true);
  // The player request was intercepted; nothing else left localhost.
  offsiteRequests.splice(
    0,
    offsiteRequests.length,
    ...offsiteRequests.filter((u) => !u.startsWith('https://player.vimeo.com/')),
  );
});

test('a mermaid block is shown as a diagram', async ({ page, prod }) => {
  await page.goto(prod + EXAMPLES);
  await waitForHydration(page);
  const diagram = page.locator(
    'main figure svg, main figure img, main .docusaurus-mermaid-container svg',
  );
  await expect(diagram.first()).toBeVisible();
});

test('admonitions look like house-style alerts, :::success included', async ({ page, preview }) => {
  await page.goto(
    preview +
      '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector',
  );
  const note = page.locator('.theme-admonition-note');
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: 'digilab.overheid.nl' })).toBeVisible();
  const border = await note.evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(parseFloat(border)).toBeGreaterThan(0);
});
