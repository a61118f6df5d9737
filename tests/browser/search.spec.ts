import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildSearchIndex } from '../../scripts/search-index';
import { expect as baseExpect, test, waitForHydration } from '../support/fixtures';
import { serveDirectory } from '../support/static-server';

// Search waits for hydration, Pagefind's WebAssembly and index chunks: on a busy
// 2-core machine that takes longer than the default 5 s.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';
const HAVEN_TITLE = /^Haven en Infra as Code/;
const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';
const NDS_TITLE = /Nederlandse Digitaliseringsstrategie/;

/** The navbar search box. */
function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Zoeken', exact: true });
}

/** The navbar's live region announcing the number of results. */
function announcement(page: Page) {
  return page.getByRole('search', { name: 'Blog doorzoeken' }).getByRole('status');
}

/** The options of the navbar popup. */
function options(page: Page) {
  return page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
}

/** The results on the search page (the article titles). */
function resultTitles(page: Page) {
  return page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });
}

async function typeInNavbar(page: Page, base: string, query: string, from = '/'): Promise<void> {
  await page.goto(base + from);
  await waitForHydration(page);
  await searchBox(page).click();
  await searchBox(page).pressSequentially(query);
}

test.describe('navbar search box', () => {
  test('typing "Haven" shows the Haven post first, with date, excerpt and highlights', async ({
    page,
    prod,
  }) => {
    await typeInNavbar(page, prod, 'Haven');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
    const first = options(page).first();
    await expect(first).toContainText(HAVEN_TITLE);
    await expect(first).toContainText('31 december 2024');
    await expect(first.locator('mark').first()).toHaveText(/^Haven/i);
    await expect(announcement(page)).toHaveText(/^\d+ resultaa?t(en)? voor “Haven”$/);
  });

  test('a query without matches says so in Dutch', async ({ page, prod }) => {
    await typeInNavbar(page, prod, 'xylofoonkwartet');
    await expect(announcement(page)).toHaveText('Geen resultaten voor “xylofoonkwartet”');
    await expect(options(page)).toHaveCount(0);
  });

  test('search code loads only when the box gets focus', async ({ page, prod }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(prod + HAVEN);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
    await searchBox(page).focus();
    await expect
      .poll(() => requests.filter((p) => p.endsWith('/pagefind/pagefind.js')).length)
      .toBe(1);
  });

  test('keyboard only: / focuses the box, arrows and Enter open a result', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + '/blog');
    await waitForHydration(page);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('haven');
    await expect(options(page).first()).toContainText(HAVEN_TITLE);
    await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(searchBox(page)).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? 'missing',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(HAVEN + '$'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Haven en Infra as Code');
  });

  test('Ctrl+K focuses the box, Escape closes the popup and then clears the box', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + HAVEN);
    await waitForHydration(page);
    // Retried: on a loaded machine the first key can reach the page before
    // its listeners are in place. Focus must still come from Ctrl+K alone.
    await expect(async () => {
      await page.keyboard.press('Control+k');
      await expect(searchBox(page)).toBeFocused({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await page.keyboard.type('haven');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(searchBox(page)).toHaveValue('haven');
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
  });

  test('Cmd+K (Meta+K) focuses the box too; / in another text field types a slash', async ({
    page,
    prod,
  }) => {
    await page.goto(prod + '/zoeken');
    await waitForHydration(page);
    const pageBox = page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' });
    await pageBox.click();
    await page.keyboard.type('api/rest');
    await expect(pageBox).toHaveValue('api/rest');
    await expect(pageBox).toBeFocused();
    await page.keyboard.press('Meta+k');
    await expect(searchBox(page)).toBeFocused();
  });

  test('a search that fails says so in Dutch', async ({ page, prod }) => {
    // The results' fragments fail to load (as when the reader goes offline).
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await typeInNavbar(page, prod, 'haven');
    const message = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.';
    const form = page.getByRole('search', { name: 'Blog doorzoeken' });
    await expect(form.locator('p').filter({ hasText: message })).toBeVisible();
    await expect(announcement(page)).toHaveText(message);
    await expect(form).not.toContainText(/error|failed|fetch|undefined/i);
    // A message, no list of options: the combobox is not expanded.
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('Enter without a chosen result opens the search page for the query', async ({
    page,
    prod,
  }) => {
    await typeInNavbar(page, prod, 'haven');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\?q=haven$/);
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);
  });
});

test.describe('Dutch', () => {
  test('stemming: "ontwikkelingen" finds the Haven post, which says "ontwikkeling"', async ({
    page,
    prod,
  }) => {
    await typeInNavbar(page, prod, 'ontwikkelingen');
    const first = options(page).first();
    await expect(first).toContainText(HAVEN_TITLE);
    await expect(first.locator('mark').first()).toHaveText(/^ontwikkel(ing|en)\b/);
  });

  test('accent folding: "efficient" finds "efficiënt", "cloudtechnologieen" the NDS draft', async ({
    page,
    prod,
    preview,
  }) => {
    await typeInNavbar(page, prod, 'efficient');
    await expect(options(page).first()).toContainText(HAVEN_TITLE);
    await expect(options(page).first().locator('mark')).toHaveText(['efficiënt']);

    await typeInNavbar(page, preview, 'cloudtechnologieen');
    await expect(options(page).first()).toContainText(NDS_TITLE);
    await expect(options(page).first().locator('mark').first()).toHaveText(/cloudtechnologieën/);
  });

  test('Pagefind stems and folds Dutch: ontwikkelaars → ontwikkelaar, een → één', async ({
    page,
  }) => {
    // A two-page site of our own, indexed like the real one, for words the seed posts lack.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zoek-nl-'));
    const html = (body: string) =>
      `<!doctype html><html lang="nl"><head><title>t</title></head><body><nav>ontwikkelaars</nav><div data-pagefind-body>${body}</div></body></html>`;
    writeFileSync(path.join(dir, 'index.html'), html('<p>Startpagina.</p>'));
    writeFileSync(
      path.join(dir, 'a.html'),
      html('<h1>Een</h1><p>Dit is voor de ontwikkelaar.</p>'),
    );
    writeFileSync(path.join(dir, 'b.html'), html('<h1>Twee</h1><p>Dat is één tekst.</p>'));
    await buildSearchIndex(dir);
    const site = await serveDirectory(dir);
    try {
      await page.goto(site.url + '/index.html');
      const found = await page.evaluate(async () => {
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(url);
        const marks = async (q: string) => {
          const response = await pagefind.search(q);
          const data = await Promise.all(
            response.results.map((r: { data: () => Promise<{ url: string; excerpt: string }> }) =>
              r.data(),
            ),
          );
          return data.map(
            (d) => `${d.url} ${(d.excerpt.match(/<mark>[^<]*<\/mark>/g) ?? []).join(' ')}`,
          );
        };
        return { ontwikkelaars: await marks('ontwikkelaars'), een: await marks('een') };
      });
      // Only a.html: the navigation outside data-pagefind-body is not indexed.
      expect(found.ontwikkelaars).toHaveLength(1);
      expect(found.ontwikkelaars[0]).toMatch(/^\/a\.html <mark>ontwikkelaar\b/);
      expect(found.een).toContainEqual(expect.stringMatching(/^\/b\.html <mark>één\b/));
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const IDLE_NOTICE = 'Typ een zoekterm of kies een filter.';

test.describe('search page', () => {
  test('without a query it says what to do, already in the HTML', async ({ page, prod }) => {
    // The server-rendered page is complete: the notice does not wait for
    // React and Pagefind (it was the page's largest paint, late).
    const html = await (await fetch(prod + '/zoeken')).text();
    expect(html).toContain(IDLE_NOTICE);
    await page.goto(prod + '/zoeken');
    await waitForHydration(page);
    await expect(page.getByRole('main').getByText(IDLE_NOTICE)).toBeVisible();
  });

  test('/zoeken?q=haven shows the Haven post and the count', async ({ page, prod }) => {
    await page.goto(prod + '/zoeken?q=haven');
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken');
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' })).toHaveValue(
      'haven',
    );
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      /^1 resultaat voor “haven”$/,
    );
    await expect(page.getByText(IDLE_NOTICE)).toHaveCount(0);
    await resultTitles(page).first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(HAVEN + '$'));
  });

  test('the production index has no draft, the preview index has it', async ({
    page,
    prod,
    preview,
  }) => {
    await page.goto(prod + '/zoeken?q=digitaliseringsstrategie');
    await waitForHydration(page);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      'Geen resultaten voor “digitaliseringsstrategie”',
    );
    await page.goto(preview + '/zoeken?q=digitaliseringsstrategie');
    await waitForHydration(page);
    await expect(resultTitles(page).first()).toContainText(NDS_TITLE);
    await expect(resultTitles(page).first()).toContainText('Concept');
  });

  test('filters narrow the results and the URL round-trips with the back button', async ({
    page,
    preview,
  }) => {
    const main = page.getByRole('main');
    await page.goto(preview + '/zoeken?q=digitale');
    await waitForHydration(page);
    await expect(resultTitles(page)).toHaveCount(2);

    await main.getByRole('combobox', { name: 'Onderwerp' }).selectOption('Haven');
    await expect(page).toHaveURL(/\/zoeken\?q=digitale&tag=Haven$/);
    await expect(resultTitles(page)).toHaveCount(1);
    await expect(resultTitles(page).first()).toContainText(NDS_TITLE);

    await main.getByRole('combobox', { name: 'Onderwerp' }).selectOption('');
    await main.getByRole('combobox', { name: 'Jaar' }).selectOption('2024');
    await expect(page).toHaveURL(/\/zoeken\?q=digitale&jaar=2024$/);
    await expect(resultTitles(page)).toHaveCount(1);
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);

    await main.getByRole('combobox', { name: 'Auteur' }).selectOption('Tom Ootes');
    await expect(page).toHaveURL(/auteur=Tom\+Ootes/);
    await expect(resultTitles(page)).toHaveCount(0);
    await expect(main.getByRole('status')).toHaveText(
      'Geen resultaten voor “digitale” met deze filters',
    );

    await page.goBack();
    await expect(page).toHaveURL(/\/zoeken\?q=digitale&jaar=2024$/);
    await expect(main.getByRole('combobox', { name: 'Jaar' })).toHaveValue('2024');
    await expect(main.getByRole('combobox', { name: 'Auteur' })).toHaveValue('');
    await expect(resultTitles(page)).toHaveCount(1);
    // Before the year, the tag was cleared again: back to the query alone.
    await page.goBack();
    await expect(page).toHaveURL(/\/zoeken\?q=digitale$/);
    await expect(resultTitles(page)).toHaveCount(2);

    // Filters alone, without a query, list the matching posts.
    await page.goto(preview + '/zoeken?auteur=Digilab');
    await waitForHydration(page);
    await expect(resultTitles(page)).toHaveCount(1);
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);
  });

  test('a pause after a space keeps the space in the box', async ({ page, prod }) => {
    await page.goto(prod + '/zoeken');
    await waitForHydration(page);
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' });
    await box.pressSequentially('haven ');
    // Longer than the page's typing pause (250 ms): the URL gets "haven".
    await expect(page).toHaveURL(/\/zoeken\?q=haven$/);
    await page.waitForTimeout(400);
    await box.pressSequentially('infra');
    await expect(box).toHaveValue('haven infra');
    await expect(page).toHaveURL(/\/zoeken\?q=haven\+infra$/);
  });

  test('dates, tags and the draft flag are not searched, only text and titles', async ({
    page,
    preview,
  }) => {
    // "ja" is the draft flag and "07" the month of the NDS draft's date
    // (2025-07-15); neither is in its text. Its title is searched.
    await page.goto(preview + '/zoeken?q=digitaliseringsstrategie');
    await waitForHydration(page);
    await expect(resultTitles(page).first()).toHaveText(NDS_TITLE);
    for (const q of ['ja', '07']) {
      await page.goto(preview + '/zoeken?q=' + q);
      await waitForHydration(page);
      // Once the search is done, the draft is not among the results.
      await expect(page.getByRole('main').getByRole('status')).toHaveText(
        new RegExp(`^(Geen resultaten|\\d+ resulta(at|ten)) voor “${q}”`),
      );
      await expect(resultTitles(page).filter({ hasText: NDS_TITLE })).toHaveCount(0);
    }
  });

  test('typing on the search page updates the URL', async ({ page, prod }) => {
    await page.goto(prod + '/zoeken');
    await waitForHydration(page);
    await page.getByRole('main').getByRole('searchbox', { name: 'Zoekterm' }).fill('haven');
    await expect(page).toHaveURL(/\/zoeken\?q=haven$/);
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);
  });

  test('axe finds no violations with results shown, on the page and in the popup', async ({
    page,
    preview,
  }) => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    await page.goto(preview + '/zoeken?q=digitale');
    await waitForHydration(page);
    await expect(resultTitles(page)).toHaveCount(2);
    const onPage = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(onPage.violations).toEqual([]);

    await searchBox(page).click();
    await searchBox(page).pressSequentially('haven');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const withPopup = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(withPopup.violations).toEqual([]);

    await page.goto(preview + '/zoeken?q=xyzzyonbekend');
    await waitForHydration(page);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Geen resultaten/);
    const noResults = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(noResults.violations).toEqual([]);
  });

  test('works on a 360 px wide phone', async ({ page, prod }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(prod + '/zoeken?q=haven');
    await waitForHydration(page);
    await expect(resultTitles(page).first()).toHaveText(HAVEN_TITLE);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await searchBox(page).click();
    await searchBox(page).pressSequentially('haven');
    const popup = page.getByRole('listbox', { name: 'Zoekresultaten' });
    await expect(popup).toBeVisible();
    const box = await popup.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  });
});
