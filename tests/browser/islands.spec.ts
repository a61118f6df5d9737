/**
 * Reading pages never load the Docusaurus app (plugins/post-build/islands):
 * their behaviour comes from small island scripts (src/islands/). Each test
 * here fails when its island breaks: the mobile menu (with the kennisbank's
 * second level), the search combobox, the copy buttons, the video
 * placeholders, the phone table of contents, the kennisbank's sidebar and tabs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, isHydrated, test } from '../support/fixtures';
import { HAVEN, HAVEN_TITLE, NDS, NDS_TITLE, WCAG_TAGS } from '../support/site-content';

/** Paths of the scripts the page requests from now on. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (req: Request) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  return scripts;
}

const APP_SCRIPT = /^\/assets\/js\//;

async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
}

const READING_PAGES: Array<[string, 'prod' | 'preview']> = [
  [HAVEN, 'prod'],
  [NDS, 'preview'],
  ['/', 'prod'],
  ['/blog', 'prod'],
  ['/blog/tags/haven', 'preview'],
  ['/blog/tags', 'preview'],
  ['/blog/authors/digilab', 'prod'],
  ['/blog/authors', 'prod'],
  ['/blog/archive', 'prod'],
  ['/over', 'prod'],
  ['/zoeken', 'prod'],
  ['/bestaat-niet', 'prod'],
  ['/kennisbank', 'prod'],
  ['/kennisbank/bijdragen/onderdelen', 'prod'],
  ['/kennisbank/voorbeelden', 'preview'],
];

for (const [route, build] of READING_PAGES) {
  test(`${route} (${build}) loads islands and never the Docusaurus app`, async ({
    page,
    prod,
    preview,
  }) => {
    const base = build === 'prod' ? prod : preview;
    const scripts = scriptRequests(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + route, { waitUntil: 'networkidle' });
    await islandsReady(page);
    // Reaching for the controls: the menu and the search box.
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Zoeken' }).focus();
    await page.keyboard.type('haven');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await isHydrated(page)).toBe(false);
    expect(scripts.filter((s) => APP_SCRIPT.test(s))).toEqual([]);
    expect(scripts.some((s) => /^\/assets\/islands\/islands\.\w+\.js$/.test(s))).toBe(true);
  });
}

test.describe('the search page island', () => {
  test('renders the results of the URL without the app, and follows typing and the back button', async ({
    page,
    preview,
  }) => {
    const scripts = scriptRequests(page);
    await page.goto(preview + '/zoeken?q=haven');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: HAVEN_TITLE })).toBeVisible();
    // The preview index has the draft NDS post too.
    await expect(main.getByRole('status')).toHaveText('2 resultaten voor “haven”');
    await expect(main.getByRole('searchbox', { name: 'Zoekterm' })).toHaveValue('haven');
    // The filters offer the index's values once Pagefind is there.
    await expect(
      main.getByRole('combobox', { name: 'Onderwerp' }).locator('option'),
    ).not.toHaveCount(1);
    // Typing replaces the URL; the draft NDS post is in the preview index, marked.
    const box = main.getByRole('searchbox', { name: 'Zoekterm' });
    await box.fill('cloudtechnologieen');
    await expect(page).toHaveURL(/\/zoeken\?q=cloudtechnologieen$/);
    await expect(main.getByRole('link', { name: NDS_TITLE })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2 }).first()).toContainText('Concept');
    // Submitting pushes a new entry; back restores the earlier search and its
    // box (typing replaced "haven" by "cloudtechnologieen": no entry of its own).
    // Typed and submitted in one task: on a loaded machine the typing delay
    // could otherwise run first and replace the entry with the same search,
    // and Enter, with nothing new to search, adds no entry.
    await box.evaluate((input: HTMLInputElement) => {
      input.value = 'wereldstekker';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form?.requestSubmit();
    });
    await expect(page).toHaveURL(/\/zoeken\?q=wereldstekker$/);
    await expect(main.getByRole('link', { name: HAVEN_TITLE })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/zoeken\?q=cloudtechnologieen$/);
    await expect(box).toHaveValue('cloudtechnologieen');
    await expect(main.getByRole('link', { name: NDS_TITLE })).toBeVisible();
    await expect(main.getByRole('link', { name: HAVEN_TITLE })).toBeHidden();
    await page.waitForLoadState('networkidle');
    expect(await isHydrated(page)).toBe(false);
    expect(scripts.filter((s) => APP_SCRIPT.test(s))).toEqual([]);
    expect(scripts.some((s) => /^\/assets\/islands\/search-page\.\w+\.js$/.test(s))).toBe(true);
  });

  test('a page past the end says so, and its link leads back with focus on the count', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + '/zoeken?q=haven&pagina=3');
    const main = page.getByRole('main');
    await expect(main.getByText('Pagina 3 bestaat niet: er is 1 pagina.')).toBeVisible();
    await main.getByRole('link', { name: 'Naar de eerste pagina' }).click();
    await expect(page).toHaveURL(/\/zoeken\?q=haven$/);
    await expect(main.getByRole('link', { name: HAVEN_TITLE })).toBeVisible();
    await expect(main.getByRole('status')).toBeFocused();
    await expect(main.getByRole('status')).toHaveText('1 resultaat voor “haven”');
  });
});

const ONDERDELEN = '/kennisbank/bijdragen/onderdelen';

/** axe on part of the page, as `id: help — target` lines. */
async function axeOn(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`),
  );
}

test.describe('the kennisbank islands', () => {
  test('the back-to-top button shows on scrolling up and goes to the top', async ({
    page,
    prod,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(prod + '/kennisbank/voorbeelden');
    await islandsReady(page);
    const button = page.getByRole('button', { name: 'Terug naar boven' });
    await expect(button).toBeHidden();
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect(button).toBeHidden(); // scrolling down
    await page.mouse.wheel(0, -200);
    await expect(button).toBeVisible();
    await button.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(button).toBeHidden();
  });

  test('the sidebar categories open and close, by mouse and keyboard', async ({ page, prod }) => {
    await page.goto(prod + ONDERDELEN);
    await islandsReady(page);
    const sidebar = page.getByRole('navigation', { name: 'Kennisbank' });
    const category = sidebar.getByRole('button', { name: 'Bijdragen' });
    const item = sidebar.getByRole('link', { name: 'Frontmatter', exact: true });
    await expect(category).toHaveAttribute('aria-expanded', 'true');
    await expect(item).toBeVisible();
    await category.click();
    await expect(category).toHaveAttribute('aria-expanded', 'false');
    await expect(item).toBeHidden();
    // The click toggled; it did not follow the link's no-script fallback.
    await expect(page).toHaveURL(new RegExp(`${ONDERDELEN}$`));
    expect(await axeOn(page, 'aside')).toEqual([]);
    await category.focus();
    await page.keyboard.press('Enter');
    await expect(category).toHaveAttribute('aria-expanded', 'true');
    await expect(item).toBeVisible();
    await item.click();
    await expect(page).toHaveURL(/\/kennisbank\/bijdragen\/frontmatter$/);
  });

  test('the tabs follow the ARIA tabs pattern: click, arrows, Home and End', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + ONDERDELEN);
    await islandsReady(page);
    const tablist = page.getByRole('tablist').first();
    const [npm, yarn] = [tablist.getByRole('tab').nth(0), tablist.getByRole('tab').nth(1)];
    const panelOf = async (tab: typeof npm) =>
      page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect(npm).toHaveAttribute('aria-selected', 'true');
    await expect(await panelOf(npm)).toBeVisible();
    await expect(await panelOf(yarn)).toBeHidden();
    await expect(await panelOf(yarn)).toHaveAttribute(
      'aria-labelledby',
      (await yarn.getAttribute('id'))!,
    );
    await yarn.click();
    await expect(yarn).toHaveAttribute('aria-selected', 'true');
    await expect(npm).toHaveAttribute('aria-selected', 'false');
    await expect(await panelOf(yarn)).toContainText('yarn install');
    await expect(await panelOf(npm)).toBeHidden();
    // Keyboard: the selected tab is the one in the tab order.
    await expect(yarn).toHaveAttribute('tabindex', '0');
    await expect(npm).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('ArrowLeft');
    await expect(npm).toBeFocused();
    await expect(npm).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft'); // wraps round to the last
    await expect(yarn).toBeFocused();
    await expect(yarn).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(npm).toBeFocused();
    await expect(await panelOf(npm)).toBeVisible();
    await page.keyboard.press('End');
    await expect(yarn).toBeFocused();
    await expect(await panelOf(yarn)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(npm).toHaveAttribute('aria-selected', 'true');
    expect(await axeOn(page, '.tabs-container')).toEqual([]);
  });
});

test.describe('the mobile menu island', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens and closes from the keyboard, keeping focus inside while open', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    await islandsReady(page);
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = page.getByRole('dialog', { name: 'Menu' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Kennisbank' })).toBeVisible();
    // The current section is marked.
    await expect(dialog.getByRole('link', { name: 'Blog' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const inside = (): Promise<boolean> =>
      page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    expect(await inside()).toBe(true);
    // Tab and Shift+Tab go round inside the panel, never out of it.
    const count = await dialog.locator('a[href], button').count();
    for (let i = 0; i < count + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < count + 2; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }
    // Escape closes it and puts focus back on the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });

  test('closes with its close button and the backdrop; its links navigate', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    await islandsReady(page);
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Menu' });
    await button.click();
    await dialog.getByRole('button', { name: 'Menu sluiten' }).click();
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(380, 700); // the backdrop, right of the panel
    await expect(dialog).toBeHidden();
    await button.click();
    await dialog.getByRole('link', { name: 'Kennisbank' }).click();
    await expect(page).toHaveURL(/\/kennisbank$/);
  });

  test('on a kennisbank page it has the doc sidebar as a second level', async ({ page, prod }) => {
    const scripts = scriptRequests(page);
    await page.goto(prod + ONDERDELEN);
    await islandsReady(page);
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Menu' });
    await button.click();
    await expect(dialog).toBeVisible();
    // The doc sidebar first, with the current page marked, and the main menu out of reach.
    const back = dialog.getByRole('button', { name: '← Terug naar het hoofdmenu' });
    await expect(back).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Onderdelen', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const blog = dialog.getByRole('link', { name: 'Blog', exact: true });
    const outOfReach = (link: typeof blog): Promise<boolean> =>
      link.evaluate((el) => el.closest('[inert]') !== null);
    expect(await outOfReach(blog)).toBe(true);
    await page.screenshot({ path: test.info().outputPath('secondary.png') });
    expect(await axeOn(page, 'nav.navbar')).toEqual([]);
    // Its categories open and close there too.
    const category = dialog.getByRole('button', { name: 'Bijdragen' });
    await category.click();
    await expect(category).toHaveAttribute('aria-expanded', 'false');
    await expect(dialog.getByRole('link', { name: 'Frontmatter', exact: true })).toBeHidden();
    await category.click();
    // Focus stays inside, and never reaches the panel out of view.
    const inside = (): Promise<boolean> =>
      page.evaluate(() => {
        const active = document.activeElement;
        return !!active?.closest('[role="dialog"]') && !active.closest('[inert]');
      });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    await back.click();
    await expect(blog).toBeFocused();
    expect(await outOfReach(blog)).toBe(false);
    expect(await outOfReach(dialog.getByRole('link', { name: 'Onderdelen', exact: true }))).toBe(
      true,
    );
    await page.screenshot({ path: test.info().outputPath('primary.png') });
    expect(await axeOn(page, 'nav.navbar')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(scripts.filter((s) => APP_SCRIPT.test(s))).toEqual([]);
  });
});

test('axe finds nothing with the island menu or the island search popup open', async ({
  page,
  preview,
}) => {
  // The islands' own markup: the navbar with its menu panel, the search form with its popup.
  const axe = async (selector: string): Promise<string[]> =>
    (
      await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze()
    ).violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(preview + NDS, { waitUntil: 'networkidle' });
  await islandsReady(page);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  expect(await axe('nav.navbar')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('combobox', { name: 'Zoeken' }).click();
  await page.keyboard.type('haven');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  expect(await axe('form[role="search"]')).toEqual([]);
});

test.describe('the search island', () => {
  test('loads its own bundle on first focus, not before', async ({ page, prod }) => {
    const scripts = scriptRequests(page);
    await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
    await islandsReady(page);
    expect(scripts.some((s) => s.includes('/search.'))).toBe(false);
    expect(scripts.some((s) => s.includes('/pagefind/'))).toBe(false);
    await page.getByRole('combobox', { name: 'Zoeken' }).hover();
    await expect
      .poll(() => scripts.some((s) => /^\/assets\/islands\/search\.\w+\.js$/.test(s)))
      .toBe(true);
  });

  test('is a combobox: keys, live count, best hit first, Enter opens it', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + '/blog', { waitUntil: 'networkidle' });
    await islandsReady(page);
    // `/` focuses the box from anywhere on the page, and the text typed at
    // once, before the search chunk is in, is kept and searched.
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Zoeken' });
    await expect(box).toBeFocused();
    await page.keyboard.type('wereldstekker');
    const option = page.getByRole('option').first();
    await expect(option).toContainText(HAVEN_TITLE);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status')).toHaveText('1 resultaat voor “wereldstekker”');
    await page.keyboard.press('ArrowDown');
    const id = await option.getAttribute('id');
    await expect(box).toHaveAttribute('aria-activedescendant', id!);
    await expect(option).toHaveAttribute('aria-selected', 'true');
    // Escape closes the popup; a second one empties the box.
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('listbox', { includeHidden: true })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    // Ctrl+K, type, arrow down, Enter: the result opens.
    await page.locator('h1').click();
    await page.keyboard.press('Control+K');
    await expect(box).toBeFocused();
    await page.keyboard.type('wereldstekker');
    await expect(option).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${HAVEN}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HAVEN_TITLE);
  });

  test('Enter without a chosen result submits to the search page', async ({ page, prod }) => {
    await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
    await islandsReady(page);
    const box = page.getByRole('combobox', { name: 'Zoeken' });
    await box.click();
    await page.keyboard.type('haven');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\?q=haven$/);
  });

  test('shows drafts, marked, only in the preview build', async ({ page, prod, preview }) => {
    for (const [base, expected] of [
      [preview, 1],
      [prod, 0],
    ] as const) {
      await page.goto(base + '/blog', { waitUntil: 'networkidle' });
      await islandsReady(page);
      await page.getByRole('combobox', { name: 'Zoeken' }).click();
      await page.keyboard.type('Digitaliseringsstrategie');
      await expect(page.getByRole('status')).toContainText('Digitaliseringsstrategie');
      const title = NDS_TITLE.replace(/[()]/g, '\\$&');
      const draft = page.getByRole('option', { name: new RegExp(`^${title}\\s*, Concept`) });
      await expect(draft).toHaveCount(expected);
    }
  });
});

test('the phone table of contents opens and closes without any script', async ({
  browser,
  preview,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto(preview + NDS);
  const summary = page.locator('details summary', { hasText: 'Op deze pagina' });
  const link = page
    .locator('details')
    .getByRole('link', { name: 'De zes prioriteiten', exact: true });
  await expect(link).toBeHidden();
  await summary.click();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#de-zes-prioriteiten$/);
  await summary.click();
  await expect(link).toBeHidden();
  await context.close();
});

test('a kennisbank page without any script: contents, sidebar and first tab', async ({
  browser,
  prod,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto(prod + '/kennisbank/bijdragen/onderdelen');
  // The table of contents for phones is a <details>, with its list in the HTML.
  const summary = page.locator('details summary', { hasText: 'Op deze pagina' });
  const link = page.locator('details').getByRole('link', { name: /Tabbladen/ });
  await expect(link).toBeHidden();
  await summary.click();
  await expect(link).toBeVisible();
  // The first tab's panel shows, as before.
  await expect(page.getByRole('tabpanel').first()).toContainText('npm install');
  // Wide: the sidebar's category without a page links to its first page.
  await page.setViewportSize({ width: 1280, height: 800 });
  const sidebar = page.getByRole('navigation', { name: 'Kennisbank' });
  await sidebar.getByRole('button', { name: 'Bijdragen' }).click();
  await expect(page).toHaveURL(/\/kennisbank\/bijdragen\/een-blog-schrijven$/);
  await context.close();
});

/**
 * The seed posts have no code block and no video; the kennisbank's
 * examples page has both, rendered by the same components. This puts that
 * server-rendered markup into a reading page as the server sends it (real
 * headers and CSP), so the real islands meet it.
 */
async function postWithExamples(page: Page, prod: string): Promise<void> {
  const examples = readFileSync(
    path.join(__dirname, '..', '..', 'build', 'kennisbank', 'voorbeelden.html'),
    'utf8',
  );
  const code = [
    ...examples.matchAll(
      /<div class="[^"]*theme-code-block[^"]*"[\s\S]*?<\/pre>[\s\S]*?<\/button><\/div><\/div><\/div>/g,
    ),
  ]
    .map((match) => match[0])
    .find((block) => (block.match(/token-line/g) ?? []).length > 1);
  const video = examples.match(
    /<div class=\S+ data-video-provider=[\s\S]*?<\/a><\/div><\/div><\/div>/,
  )?.[0];
  expect(code, 'a code block on /kennisbank/voorbeelden').toBeTruthy();
  expect(video, 'a video on /kennisbank/voorbeelden').toBeTruthy();
  await page.route(prod + HAVEN, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<main[^>]*>)/, `$1${code}${video}`);
    await route.fulfill({ response, body });
  });
  await page.goto(prod + HAVEN, { waitUntil: 'networkidle' });
  await islandsReady(page);
}

test('the copy island shows the copy button and copies the code', async ({
  page,
  context,
  prod,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: prod });
  await postWithExamples(page, prod);
  const block = page
    .locator('.theme-code-block', { has: page.locator('.token-line + .token-line') })
    .first();
  const expected = await block
    .locator('pre code')
    .evaluate((code) =>
      Array.from(code.querySelectorAll('.token-line'), (line) => line.textContent).join('\n'),
    );
  expect(expected.split('\n').length).toBeGreaterThan(1);
  const button = block.getByRole('button', { name: 'Code kopiëren naar het klembord' });
  await block.hover();
  await button.click();
  await expect(block.getByRole('button', { name: 'Gekopieerd' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(button).toHaveAccessibleName('Code kopiëren naar het klembord');
  expect(await isHydrated(page)).toBe(false);
});

test('the video island loads the player only on a click, and focuses it', async ({
  page,
  prod,
  offsiteRequests,
}) => {
  // The auto fixture fails on any off-site request: the player's is
  // answered here with an empty page, and allowed after the click only.
  const playerRequests: string[] = [];
  await page.route(
    /^https:\/\/(player\.vimeo\.com|www\.youtube-nocookie\.com)\//,
    async (route) => {
      playerRequests.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>speler</title>' });
    },
  );
  await postWithExamples(page, prod);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(playerRequests).toEqual([]);
  const play = page.getByRole('button', { name: /^Video afspelen: / }).first();
  const title = (await play.getAttribute('aria-label'))!.replace('Video afspelen: ', '');
  await play.focus();
  await page.keyboard.press('Enter');
  const frame = page.locator(`iframe[title="${title}"]`);
  await expect(frame).toBeFocused();
  await expect(frame).toHaveAttribute(
    'src',
    /^https:\/\/(player\.vimeo\.com|www\.youtube-nocookie\.com)\//,
  );
  await expect(frame).toHaveAttribute('allow', /fullscreen/);
  await expect.poll(() => playerRequests.length).toBe(1);
  expect(await isHydrated(page)).toBe(false);
  offsiteRequests.splice(
    0,
    offsiteRequests.length,
    ...offsiteRequests.filter((u) => !playerRequests.includes(u)),
  );
});
