/**
 * The reader pages of issue 3: the archive (by year and month), the tag
 * overview, the 404 page with its way back, and the print stylesheet.
 * Against Caddy (tests/support/global-setup.ts), production and preview build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForHydration } from '../support/fixtures';
import { HAVEN, HAVEN_TITLE, NDS, NDS_TITLE, tabTo } from '../support/site-content';

const ROOT = path.resolve(__dirname, '..', '..');

/** Escapes a string for use in a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "H2 2025": the tag and text of every heading in main, in document order. */
async function headingOutline(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('heading')
    .evaluateAll((els) => els.map((el) => `${el.tagName} ${el.textContent?.trim()}`));
}

/**
 * Presses Tab until focus is inside `<main>` and returns whether the first
 * element focused there is `target`: nothing in the content comes before it.
 */
async function tabIntoMainLandsOn(page: Page, target: Locator): Promise<boolean> {
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => {
      const active = document.activeElement;
      return !!active && active !== document.body && !!active.closest('main');
    });
    if (inMain) return target.evaluate((el) => el === document.activeElement);
  }
  return false;
}

test.describe('archive', () => {
  test('groups the posts by year and month, newest first, with Dutch dates', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + '/blog/archive');
    await waitForHydration(page);
    await expect(page).toHaveTitle(/^Archief/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^Alle artikelen .* per jaar en maand\.$/,
    );
    expect(await headingOutline(page)).toEqual([
      'H1 Archief',
      'H2 2025',
      'H3 juli',
      'H2 2024',
      'H3 december',
    ]);

    const main = page.getByRole('main');
    const july = main.locator('section').filter({
      has: page.getByRole('heading', { level: 3, name: 'juli', exact: true }),
    });
    await expect(july.getByRole('listitem')).toHaveCount(1);
    await expect(july.getByRole('link')).toHaveText(NDS_TITLE);
    await expect(july.locator('time')).toHaveText('15 juli 2025');
    await expect(july.locator('time')).toHaveAttribute('datetime', '2025-07-15');

    const december = main.locator('section').filter({
      has: page.getByRole('heading', { level: 3, name: 'december', exact: true }),
    });
    await expect(december.getByRole('link')).toHaveText(HAVEN_TITLE);
    await expect(december.locator('time')).toHaveText('31 december 2024');
    await expect(december.locator('time')).toHaveAttribute('datetime', '2024-12-31');

    // Newest first: the 2025 post comes before the 2024 one.
    const links = await main.getByRole('listitem').getByRole('link').allTextContents();
    expect(links).toEqual([NDS_TITLE, HAVEN_TITLE]);

    await july.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(literal(NDS) + '$'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NDS_TITLE);
  });

  test('the production archive has no drafts', async ({ page, prod }) => {
    await page.goto(prod + '/blog/archive');
    await waitForHydration(page);
    expect(await headingOutline(page)).toEqual(['H1 Archief', 'H2 2024', 'H3 december']);
    await expect(page.getByRole('link', { name: NDS_TITLE })).toHaveCount(0);
  });

  test('Tab reaches the first post link first in the content and Enter opens it', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + '/blog/archive');
    await waitForHydration(page);
    const first = page.getByRole('main').getByRole('link', { name: HAVEN_TITLE });
    expect(await tabIntoMainLandsOn(page, first)).toBe(true);
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(literal(HAVEN) + '$'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HAVEN_TITLE);
  });
});

test.describe('tag overview', () => {
  type TagsFile = Record<string, { label: string; description: string; permalink: string }>;
  const tags = parse(readFileSync(path.join(ROOT, 'blog', 'tags.yml'), 'utf8')) as TagsFile;

  test('lists every tag with its description and number of articles, A to Z', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + '/blog/tags');
    await waitForHydration(page);
    await expect(page).toHaveTitle(/^Onderwerpen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onderwerpen');

    const items = page.getByRole('main').getByRole('listitem');
    // In the preview build every tag has one post: the NDS draft.
    await expect(items).toHaveCount(Object.keys(tags).length);
    for (const tag of Object.values(tags)) {
      const item = items.filter({
        has: page.getByRole('link', { name: tag.label, exact: true }),
      });
      await expect(item, tag.label).toHaveCount(1);
      await expect(item).toContainText(tag.description);
      await expect(item).toContainText('(1 artikel)');
      await expect(item.getByRole('link')).toHaveAttribute('href', `/blog/tags${tag.permalink}`);
    }
    expect(await items.getByRole('link').allTextContents()).toEqual([
      'API',
      'Artificial Intelligence',
      'Digitale autonomie',
      'Europa',
      'Federatief Datastelsel',
      'Haven',
      'Large Language Model',
      'Nederlandse Digitaliseringsstrategie',
    ]);
  });

  test('a tag link opens the tag page from the keyboard', async ({ page, preview }) => {
    await page.goto(preview + '/blog/tags');
    await waitForHydration(page);
    const haven = page.getByRole('main').getByRole('link', { name: 'Haven', exact: true });
    expect(await tabTo(page, haven)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blog\/tags\/haven$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Haven');
    await expect(
      page.getByRole('link', { name: /Nederlandse Digitaliseringsstrategie/ }).first(),
    ).toBeVisible();
  });
});

for (const build of [
  { name: 'production', dir: 'build', fixture: 'prod' },
  { name: 'preview', dir: 'build-preview', fixture: 'preview' },
] as const) {
  test.describe(`404 page, ${build.name} build`, () => {
    // The tag overview exists only when a published post has tags.
    const hasTags = existsSync(path.join(ROOT, build.dir, 'blog', 'tags.html'));
    const destinations = [
      { name: 'Alle artikelen op het blog', url: '/blog', h1: 'Blog' },
      ...(hasTags ? [{ name: 'Alle onderwerpen', url: '/blog/tags', h1: 'Onderwerpen' }] : []),
      { name: 'Zoeken in de artikelen', url: '/zoeken', h1: 'Zoeken' },
      { name: 'De homepage van developer.overheid.nl', url: '/', h1: null },
      { name: 'Contact', url: '/contact', h1: 'Contact' },
    ];

    test('is served with status 404 and offers the way back', async ({ page, prod, preview }) => {
      const base = build.fixture === 'prod' ? prod : preview;
      const response = await page.goto(base + '/bestaat-niet/ook-niet');
      expect(response?.status()).toBe(404);
      await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
      await expect(page.getByRole('main')).toContainText('Deze pagina bestaat niet (meer).');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Hier kun je verder');
      const links = page.getByRole('main').getByRole('link');
      expect(await links.allTextContents()).toEqual(destinations.map((d) => d.name));
      if (build.name === 'preview') expect(hasTags, 'the preview build has tags').toBe(true);
    });

    for (const destination of destinations) {
      test(`the link "${destination.name}" works`, async ({ page, prod, preview }) => {
        const base = build.fixture === 'prod' ? prod : preview;
        // The page exists on the server (a full load, not only in the client router).
        const direct = await page.request.get(base + destination.url);
        expect(direct.status(), destination.url).toBe(200);

        await page.goto(base + '/bestaat-niet');
        await waitForHydration(page);
        await page
          .getByRole('main')
          .getByRole('link', { name: destination.name, exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`${literal(base + destination.url)}$`));
        const h1 = page.getByRole('heading', { level: 1 });
        if (destination.h1) await expect(h1).toHaveText(destination.h1);
        else await expect(h1).toBeVisible();
        await expect(h1).not.toHaveText('Pagina niet gevonden');
      });
    }
  });
}

test.describe('print', () => {
  const SOURCE =
    'https://digilab.overheid.nl/blog/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector/';

  /** The computed `content` of an element's ::after. */
  function afterContent(locator: Locator): Promise<string> {
    return locator.evaluate((el) => getComputedStyle(el, '::after').content);
  }

  test('prints the post without navigation, black on white, with link addresses', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    await waitForHydration(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const footer = page.getByRole('contentinfo');
    const search = page.getByRole('search');
    // A regex: in print the address becomes part of the link's accessible name.
    const source = page.getByRole('main').getByRole('link', { name: /^digilab\.overheid\.nl/ });
    // On screen: everything there, no address after the link.
    await expect(nav).toBeVisible();
    await expect(footer).toBeVisible();
    await expect(search).toBeVisible();
    expect(await afterContent(source)).toBe('none');

    await page.emulateMedia({ media: 'print' });
    await expect(nav).toBeHidden();
    await expect(footer).toBeHidden();
    await expect(search).toBeHidden();
    // Hidden from the accessibility tree in print, so found by its text.
    const skip = page.locator('a', { hasText: 'Naar hoofdinhoud' });
    await expect(skip).toHaveCount(1);
    await expect(skip).toBeHidden();

    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HAVEN_TITLE);
    await expect(page.getByRole('main').getByText(/Het Haven-project werkt al/)).toBeVisible();
    expect(await afterContent(source)).toBe(`" (${SOURCE})"`);

    const colours = await page.getByRole('main').evaluate((main) => {
      const paragraph = main.querySelector('article p');
      return {
        text: paragraph ? getComputedStyle(paragraph).color : null,
        link: getComputedStyle(main.querySelector('a[href^="http"]') as Element).color,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours).toEqual({
      text: 'rgb(0, 0, 0)',
      link: 'rgb(0, 0, 0)',
      page: 'rgb(255, 255, 255)',
    });

    // Headings stay with their text; blocks are not split across pages.
    const breaks = await page.evaluate(() => {
      const probe = document.createElement('pre');
      document.querySelector('main')?.append(probe);
      const result = {
        h1: getComputedStyle(document.querySelector('h1') as Element).breakAfter,
        pre: getComputedStyle(probe).breakInside,
      };
      probe.remove();
      return result;
    });
    expect(breaks).toEqual({ h1: 'avoid', pre: 'avoid' });
  });

  test('leaves out the share links and writes out links to the site in full', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    const share = page.getByRole('region', { name: 'Deel dit artikel' });
    const text = page.getByRole('main').getByText(/Het Haven-project werkt al/);
    const author = page.getByRole('main').getByRole('link', { name: 'Digilab', exact: true });
    // Probes: the post's text has no internal link; a page of the site and an anchor on this one.
    await text.evaluate((paragraph) => {
      paragraph.insertAdjacentHTML(
        'beforeend',
        ' <a id="internal-link" href="/blog/archive">Archief</a>' +
          ' <a id="anchor-link" href="#__docusaurus">Boven</a>',
      );
    });
    await expect(share).toBeVisible();
    expect(await afterContent(page.locator('#internal-link'))).toBe('none');

    await page.emulateMedia({ media: 'print' });
    // The share section with its long addresses is not printed ("Lees ook" neither,
    // see tests/build/fixture-site.test.ts: the seed posts have no related posts).
    await expect(share).toBeHidden();
    await expect(page.getByText('Adres van dit artikel')).toBeHidden();
    expect(await afterContent(page.locator('#internal-link'))).toBe(
      '" (https://developer.overheid.nl/blog/archive)"',
    );
    expect(await afterContent(page.locator('#anchor-link'))).toBe('none');
    // Only the article text: the author's name above it is no link to write out.
    await expect(author).toBeVisible();
    expect(await afterContent(author)).toBe('none');
  });

  test('does not write out addresses of links in headings or of image links', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    await waitForHydration(page);
    await page.emulateMedia({ media: 'print' });
    // Probes: the post has no external link in a heading or around an image.
    await page.getByRole('main').evaluate((main) => {
      const probes = document.createElement('div');
      probes.id = 'print-probes';
      probes.innerHTML =
        '<h2><a id="in-heading" href="https://example.org/kop">Kop</a></h2>' +
        '<p><a id="image-link" href="https://example.org/beeld"><img alt="Beeld"></a></p>' +
        '<p><a id="text-link" href="https://example.org/tekst">Tekst</a></p>';
      main.append(probes);
    });
    expect(await afterContent(page.locator('#in-heading'))).toBe('none');
    expect(await afterContent(page.locator('#image-link'))).toBe('none');
    expect(await afterContent(page.locator('#text-link'))).toBe('" (https://example.org/tekst)"');
  });
});
