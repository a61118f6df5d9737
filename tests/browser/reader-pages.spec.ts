/**
 * What a reader sees and can do on each page type of the blog (issue 3):
 * the blog index and homepage cards, the post page (authors, edit link,
 * share links, table of contents, previous/next, "Terug naar boven"), tag
 * and author pages, by mouse and by keyboard, on desktop and phone widths
 * (a11y.spec.ts runs axe on every page at both widths).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, isHydrated, test, waitForHydration } from '../support/fixtures';
import { HAVEN, HAVEN_TITLE, NDS, NDS_TITLE, tabTo } from '../support/site-content';

/** The card of a post, found by its title link. */
function card(page: Page, title: string): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
}

test.describe('blog index', () => {
  test('shows each post as a card in a list of articles', async ({ page, preview }) => {
    await page.goto(preview + '/blog');
    await expect(page.getByRole('heading', { level: 1, name: 'Blog' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Artikelen' });
    await expect(list.getByRole('article')).toHaveCount(2);
    // Newest first.
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([NDS_TITLE, HAVEN_TITLE]);

    const nds = card(page, NDS_TITLE);
    await expect(nds.getByText('Concept', { exact: true })).toBeVisible();
    await expect(nds.locator('time')).toHaveText('15 juli 2025');
    await expect(nds.getByText(/\d+ min leestijd/)).toBeVisible();
    await expect(nds.getByRole('list', { name: 'Auteurs' })).toHaveText(
      /Martin van der Plas.*Tom Ootes/,
    );
    const tags = nds.getByRole('list', { name: 'Onderwerpen' }).getByRole('link');
    await expect(tags).toHaveCount(8);
    await expect(tags.first()).toHaveAttribute('href', '/blog/tags/nds');
    // The cover, as WebP with a fallback, reserved in size.
    const cover = nds.locator('picture img');
    await expect(cover).toBeVisible();
    await expect(cover).toHaveAttribute('width', /\d+/);
    await expect(nds.locator('picture source[type="image/webp"]')).toHaveAttribute(
      'srcset',
      /400w.*800w/,
    );

    // The Haven post has no description: its whole first paragraph stands in.
    await expect(card(page, HAVEN_TITLE)).toContainText(
      'die de Nederlandse publieke sector toekomstbestendig moet maken',
    );
  });

  test('leads to the tag overview when the build has one', async ({ page, prod, preview }) => {
    await page.goto(preview + '/blog');
    const browse = page.getByRole('navigation', { name: 'Het blog doorbladeren' });
    await browse.getByRole('link', { name: 'Alle onderwerpen' }).click();
    await expect(page).toHaveURL(/\/blog\/tags$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onderwerpen');
    // No published post has tags: the production build has no tag overview to link to.
    await page.goto(prod + '/blog');
    await expect(browse.getByRole('link', { name: 'Archief per jaar en maand' })).toBeVisible();
    await expect(browse.getByRole('link', { name: 'Alle onderwerpen' })).toHaveCount(0);
  });

  test('leads to the archive and the authors, also from the footer', async ({ page, prod }) => {
    await page.goto(prod + '/blog');
    const browse = page.getByRole('navigation', { name: 'Het blog doorbladeren' });
    await browse.getByRole('link', { name: 'Archief per jaar en maand' }).click();
    await expect(page).toHaveURL(/\/blog\/archive$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archief');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Auteurs' }).click();
    await expect(page).toHaveURL(/\/blog\/authors$/);
  });

  test('a click anywhere on a card opens the post', async ({ page, prod }) => {
    await page.goto(prod + '/blog');
    await waitForHydration(page);
    const haven = card(page, HAVEN_TITLE);
    const box = await haven.boundingBox();
    // Below the text, away from the title link itself.
    await page.mouse.click(box!.x + box!.width - 20, box!.y + box!.height - 12);
    await expect(page).toHaveURL(new RegExp(HAVEN + '$'));
  });

  test('by keyboard: Tab reaches the first card title, Enter opens the post', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + '/blog');
    await waitForHydration(page);
    const link = page.getByRole('link', { name: NDS_TITLE });
    expect(await tabTo(page, link)).toBe(true);
    // A visible focus indicator on the card.
    const outline = await card(page, NDS_TITLE).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(NDS + '$'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NDS_TITLE);
  });
});

test.describe('homepage', () => {
  test('shows the latest posts as cards and the most used tags', async ({ page, preview }) => {
    await page.goto(preview + '/');
    const latest = page.getByRole('region', { name: 'Nieuwste artikelen' });
    await expect(latest.getByRole('article')).toHaveCount(2);
    await expect(latest.getByRole('heading', { level: 3 }).first()).toHaveText(NDS_TITLE);
    await expect(latest.getByRole('link', { name: 'Alle artikelen' })).toHaveAttribute(
      'href',
      '/blog',
    );
    const tags = page.getByRole('region', { name: 'Veelgebruikte onderwerpen' });
    await expect(tags.getByRole('link', { name: /Haven\s*1 artikel/ })).toHaveAttribute(
      'href',
      '/blog/tags/haven',
    );
    await tags.getByRole('link', { name: 'Alle onderwerpen' }).click();
    await expect(page).toHaveURL(/\/blog\/tags$/);
  });

  test('in production, drafts are not among the latest posts', async ({ page, prod }) => {
    await page.goto(prod + '/');
    const latest = page.getByRole('region', { name: 'Nieuwste artikelen' });
    await expect(latest.getByRole('article')).toHaveCount(1);
    await expect(latest.getByRole('heading', { level: 3 })).toHaveText(HAVEN_TITLE);
  });
});

test.describe('post page', () => {
  test('shows date, reading time, last update, authors with avatar and links', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + NDS);
    await waitForHydration(page);
    const article = page.getByRole('article');
    await expect(article.locator('time').first()).toHaveText('15 juli 2025');
    await expect(article.getByText(/\d+ minuten leestijd/)).toBeVisible();
    await expect(article.getByText(/Laatst bijgewerkt op/)).toBeVisible();
    // Authors without a portrait get their initials; the name links to the author page.
    await expect(article.getByText('MP', { exact: true })).toBeVisible();
    await expect(article.getByText('TO', { exact: true })).toBeVisible();
    await expect(article.getByRole('link', { name: 'Tom Ootes', exact: true })).toHaveAttribute(
      'href',
      '/blog/authors/tom-ootes',
    );
    await expect(article.getByText('Developer Advocate - developer.overheid.nl')).toBeVisible();
    await expect(article.getByRole('link', { name: 'Tom Ootes op GitHub' })).toHaveAttribute(
      'href',
      'https://github.com/tomootes',
    );
    await expect(article.getByRole('link', { name: 'Haven', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerk deze pagina op GitHub' })).toHaveAttribute(
      'href',
      'https://github.com/developer-overheid-nl/developer.overheid.nl/edit/main/blog/2025/07/15-nederlandse-digitaliseringsstrategie.md',
    );
  });

  test('offers plain share links and previous/next posts', async ({ page, preview }) => {
    await page.goto(preview + NDS);
    const share = page.getByRole('region', { name: 'Deel dit artikel' });
    const absolute = encodeURIComponent(`https://developer.overheid.nl${NDS}`);
    await expect(share.getByRole('link', { name: 'Deel via LinkedIn' })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${absolute}`,
    );
    await expect(share.getByRole('link', { name: 'Deel via e-mail' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=/,
    );
    await expect(share).toContainText(`https://developer.overheid.nl${NDS}`);
    // No share widgets: nothing on the page comes from a network (the fixture
    // fails the test on any request that leaves localhost).
    const pager = page.getByRole('navigation', { name: /Blogberichten|artikel/i });
    await pager.getByRole('link', { name: new RegExp(HAVEN_TITLE.slice(0, 20)) }).click();
    await expect(page).toHaveURL(new RegExp(HAVEN + '$'));
  });

  test('has a table of contents: beside the text on desktop', async ({ page, preview }) => {
    await page.goto(preview + NDS);
    await waitForHydration(page);
    const toc = page.getByRole('link', { name: 'De zes prioriteiten', exact: true });
    await expect(toc).toBeVisible();
    await toc.click();
    await expect(page).toHaveURL(/#de-zes-prioriteiten$/);
  });

  test('"Terug naar boven" appears on a long post after scrolling and goes to the top', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + NDS);
    await waitForHydration(page);
    const back = page.getByRole('link', { name: 'Terug naar boven' });
    await expect(back).toBeHidden();
    await page.mouse.wheel(0, 3000);
    await expect(back).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    // The next Tab starts at the top of the page: the skip link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar hoofdinhoud' })).toBeFocused();
  });
});

test.describe('post page, by the reading time it shows', () => {
  test('a post that says "3 minuten leestijd" has "Terug naar boven"', async ({ page, prod }) => {
    await page.goto(prod + HAVEN);
    await expect(page.getByRole('article').getByText('3 minuten leestijd')).toBeVisible();
    const back = page.getByRole('link', { name: 'Terug naar boven' });
    await page.mouse.wheel(0, 3000);
    await expect(back).toBeVisible();
  });
});

test.describe('on a desktop 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the table of contents breaks no word in two', async ({ page, preview }) => {
    await page.goto(preview + NDS);
    const toc = page.getByRole('link', { name: 'De zes prioriteiten', exact: true });
    await expect(toc).toBeVisible();
    // Each word of each entry as laid out: the boxes of a word split over two lines
    // have different tops.
    const split = await page.evaluate(() => {
      const link = Array.from(document.querySelectorAll('a')).find(
        (a) => a.textContent === 'De zes prioriteiten' && a.getClientRects().length > 0,
      );
      const list = link?.closest('ul')?.parentElement?.closest('ul') ?? link?.closest('ul');
      const broken: string[] = [];
      for (const entry of Array.from(list?.querySelectorAll('a') ?? [])) {
        const node = entry.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.textContent ?? '';
        // A word, or the part of one up to a hyphen, where it may break.
        for (const match of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
      return { entries: list?.querySelectorAll('a').length ?? 0, broken };
    });
    expect(split.entries).toBeGreaterThan(5);
    expect(split.broken, 'words split over two lines').toEqual([]);
  });
});

test.describe('on a phone 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });

  test('the post has a collapsible table of contents above the text', async ({ page, preview }) => {
    await page.goto(preview + NDS);
    await waitForHydration(page);
    // A <details>: it opens in the browser itself (src/theme/BlogPostItem/Content).
    const button = page.locator('details > summary', { hasText: 'Op deze pagina' });
    await expect(button).toBeVisible();
    const link = page.getByRole('link', { name: 'De zes prioriteiten', exact: true });
    await expect(link).toBeHidden();
    await button.click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#de-zes-prioriteiten$/);
    // The keyboard opens and closes it too.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(link).toBeHidden();
  });

  test('the previous/next links take the whole width, one under the other', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + NDS);
    const pager = page.getByRole('navigation', { name: 'Vorig en volgend artikel' });
    const older = pager.getByRole('link', { name: /Ouder artikel/ });
    await older.scrollIntoViewIfNeeded();
    const [nav, link] = [await pager.boundingBox(), await older.boundingBox()];
    expect(link!.width).toBeGreaterThan(nav!.width - 2);
    expect(link!.x).toBeLessThan(nav!.x + 2);
    // The title then needs a few lines, not eight.
    expect(link!.height).toBeLessThan(200);
  });

  test('cards fill the width, one per row', async ({ page, preview }) => {
    await page.goto(preview + '/blog');
    const cards = page.getByRole('article');
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(a!.width).toBeGreaterThan(300);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  });

  test('a wide table scrolls sideways from the keyboard, before React loads', async ({
    page,
    prod,
  }) => {
    // Keep every script out, so what is tested is the server-rendered table alone.
    await page.route('**/assets/{js,islands}/**', (route) => route.abort());
    await page.goto(prod + '/kennisbank/bijdragen/controles');
    const region = page.getByRole('region', { name: 'Tabel: Alle controles' });
    await expect(region.getByRole('table')).toBeVisible();
    const scroll = (): Promise<number> => region.evaluate((el) => el.scrollLeft);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await expect(region).toBeFocused();
    // Chromium runs without smooth scrolling (CHROMIUM_ARGS): each press scrolls
    // in its own default action, so the position is read without waiting.
    await page.keyboard.press('ArrowRight');
    const first = await scroll();
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await scroll()).toBeGreaterThan(first);
    expect(await isHydrated(page)).toBe(false);
  });
});

test.describe('tag page', () => {
  test('leaves as little room above the cards as the blog index', async ({ page, preview }) => {
    /** Space between the bottom of `above` and the first card. */
    const gap = async (above: Locator): Promise<number> => {
      const [a, card] = [
        await above.boundingBox(),
        await page.getByRole('article').first().boundingBox(),
      ];
      return card!.y - (a!.y + a!.height);
    };
    await page.goto(preview + '/blog');
    const index = await gap(page.getByRole('navigation', { name: 'Het blog doorbladeren' }));
    await page.goto(preview + '/blog/tags/haven');
    const tag = await gap(page.getByRole('main').getByRole('link', { name: 'Alle onderwerpen' }));
    expect(tag).toBeLessThanOrEqual(index + 8);
    // An author page: the same, plus the divider line the theme draws there (was 5rem).
    await page.goto(preview + '/blog/authors/tom-ootes');
    const back = page.getByRole('main').getByRole('link', { name: 'Alle auteurs' });
    expect(await gap(back)).toBeLessThan(index + 40);
  });

  test('shows the label, description and the posts of the tag', async ({ page, preview }) => {
    await page.goto(preview + '/blog/tags/haven');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Haven');
    await expect(page.getByText('Open standaard met criteria en best practices')).toBeVisible();
    const list = page.getByRole('list', { name: 'Artikelen' });
    await expect(list.getByRole('article')).toHaveCount(1);
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(NDS_TITLE);
  });
});

test.describe('authors', () => {
  test('the authors list shows avatar, title and post count, and leads to a page', async ({
    page,
    preview,
  }) => {
    await page.goto(preview + '/blog/authors');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auteurs');
    const tom = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 2, name: 'Tom Ootes' }),
    });
    await expect(tom.getByText('TO', { exact: true })).toBeVisible();
    await expect(tom.getByText('Developer Advocate - developer.overheid.nl')).toBeVisible();
    await expect(tom.getByText('1 artikel', { exact: true })).toBeVisible();
    expect(await tabTo(page, tom.getByRole('link', { name: 'Tom Ootes', exact: true }))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blog\/authors\/tom-ootes$/);
  });

  test('an author page shows bio, socials and posts', async ({ page, prod }) => {
    await page.goto(prod + '/blog/authors/digilab');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digilab');
    await expect(page.getByText(/Digilab is de innovatiewerkplaats/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Digilab op Mastodon' })).toHaveAttribute(
      'href',
      'https://social.overheid.nl/@digilab',
    );
    const list = page.getByRole('list', { name: 'Artikelen' });
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(HAVEN_TITLE);
  });
});
