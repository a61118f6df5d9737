/**
 * Accessibility of every page, under the real server (Caddy, CSP enforced):
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every page of both
 * builds and on the 404 (as delivered at desktop width, hydrated at phone
 * width), and keyboard use (visible focus, DOM order, no trap)
 * on each page type.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from '../support/fixtures';
import { HAVEN, WCAG_TAGS } from '../support/site-content';
import { sitePaths } from '../support/sitemap';

const ROOT = path.resolve(__dirname, '..', '..');

/** axe's findings as readable lines: rule, impact, what to fix, and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${n.target.join(' ')}\n    ${n.html}`,
    ),
  );
}

/** Playwright's default viewport, and a phone's. */
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

const BUILDS = [
  { name: 'production', dir: 'build', fixture: 'prod' },
  { name: 'preview', dir: 'build-preview', fixture: 'preview' },
] as const;

for (const build of BUILDS) {
  test.describe(`axe, ${build.name} build`, () => {
    test.use({ viewport: DESKTOP });
    for (const p of [...sitePaths(path.join(ROOT, build.dir)), '/bestaat-niet']) {
      test(`${p} has no WCAG 2.2 A/AA violations`, async ({ page, prod, preview }) => {
        // Two axe passes; the component gallery alone takes half a minute on a busy machine.
        test.setTimeout(120_000);
        const base = build.fixture === 'prod' ? prod : preview;
        const response = await page.goto(base + p);
        expect(response?.status()).toBe(p === '/bestaat-niet' ? 404 : 200);
        // As the reader first gets it at desktop width, and once the page's
        // scripts run (the islands; plugins/post-build/islands) at phone width: each page at
        // both widths in two passes.
        const delivered = await axeViolations(page);
        await page.setViewportSize(PHONE);
        await waitForHydration(page);
        const hydrated = await axeViolations(page);
        expect([
          ...delivered.map((v) => `as delivered, ${DESKTOP.width} px: ${v}`),
          ...hydrated.map((v) => `hydrated, ${PHONE.width} px: ${v}`),
        ]).toEqual([]);
      });
    }
  });
}

/** One page of every type the site has; tag pages exist only in the preview build. */
const PAGE_TYPES: { type: string; path: string; build: 'prod' | 'preview' }[] = [
  { type: 'home', path: '/', build: 'prod' },
  { type: 'blog index', path: '/blog', build: 'prod' },
  { type: 'post', path: HAVEN, build: 'prod' },
  { type: 'tag page', path: '/blog/tags/haven', build: 'preview' },
  { type: 'tags index', path: '/blog/tags', build: 'preview' },
  { type: 'author page', path: '/blog/authors/digilab', build: 'prod' },
  { type: 'authors index', path: '/blog/authors', build: 'prod' },
  { type: 'archive', path: '/blog/archive', build: 'prod' },
  { type: 'docs page', path: '/kennisbank', build: 'prod' },
  { type: 'content page', path: '/toegankelijkheid', build: 'prod' },
  { type: '404', path: '/bestaat-niet', build: 'prod' },
];

interface Tabbable {
  index: number;
  description: string;
  /** Focus-relevant computed styles while not focused. */
  unfocused: string;
}

type FocusWindow = Window & { __focusStyle: (el: Element) => string };

/**
 * Defines `window.__focusStyle(el)`: the computed styles that can show focus
 * (outline and box-shadow, on the element and its pseudo-elements) as a string.
 * Defined through evaluate, not eval, which the CSP forbids.
 */
async function defineFocusStyle(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as FocusWindow).__focusStyle = (el: Element): string =>
      [null, '::before', '::after']
        .map((pseudo) => {
          const s = getComputedStyle(el, pseudo);
          const outline =
            s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
              ? 'none'
              : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
          return `${pseudo ?? 'self'}: outline ${outline}; box-shadow ${s.boxShadow}`;
        })
        .join(' | ');
  });
}

/**
 * Marks every element the keyboard should reach, in DOM order, with
 * `data-kb-index`, and returns them with their unfocused styles.
 */
async function markTabbables(page: Page): Promise<Tabbable[]> {
  await defineFocusStyle(page);
  // "Terug naar boven" shows only once the page is scrolled down, as it is by the time
  // Tab reaches it: mark with the page scrolled to the bottom, then go back to the top.
  await scrollTo(page, 'bottom');
  const tabbables = await page.evaluate(() => {
    const focusStyle = (window as unknown as FocusWindow).__focusStyle;
    const selector = [
      'a[href]',
      'area[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'summary',
      'iframe',
      '[contenteditable]:not([contenteditable="false"])',
      '[tabindex]',
    ].join(',');
    const visible = (el: Element): boolean => {
      if (el.closest('[inert]')) return false;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.display === 'none') return false;
      return el.getClientRects().length > 0;
    };
    const result: { index: number; description: string; unfocused: string }[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const tabIndex = (el as HTMLElement).tabIndex;
      if (tabIndex < 0 || !visible(el)) continue;
      // A closed <details> hides everything but its summary from the keyboard.
      const details = el.closest('details:not([open])');
      if (details && el.tagName !== 'SUMMARY') continue;
      const index = result.length;
      el.setAttribute('data-kb-index', String(index));
      const label = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40);
      result.push({
        index,
        description: `<${el.tagName.toLowerCase()}> "${label}"${tabIndex > 0 ? ` tabindex=${tabIndex}` : ''}`,
        unfocused: focusStyle(el),
      });
    }
    return result;
  });
  await scrollTo(page, 'top');
  return tabbables;
}

/** Scrolls the page to its top or bottom and waits until scroll-driven styles follow. */
async function scrollTo(page: Page, where: 'top' | 'bottom'): Promise<void> {
  await page.evaluate(
    (bottom) =>
      new Promise<void>((resolve) => {
        window.scrollTo(0, bottom ? document.documentElement.scrollHeight : 0);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
    where === 'bottom',
  );
}

for (const pt of PAGE_TYPES) {
  test(`keyboard on the ${pt.type} (${pt.path}): visible focus, DOM order, no trap`, async ({
    page,
    prod,
    preview,
  }) => {
    const base = pt.build === 'prod' ? prod : preview;
    await page.goto(base + pt.path);
    await waitForHydration(page);
    const tabbables = await markTabbables(page);
    expect(tabbables.length, 'tab stops on the page').toBeGreaterThan(2);
    expect(
      tabbables.filter((t) => / tabindex=\d+$/.test(t.description)).map((t) => t.description),
      'positive tabindex breaks the reading order',
    ).toEqual([]);

    const visited: number[] = [];
    const problems: string[] = [];
    let left = false;
    // Tab through the page; one extra press per stop allows for a stop we did not predict.
    for (let press = 0; press < tabbables.length * 2 + 5; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return null;
        const focusStyle = (window as unknown as FocusWindow).__focusStyle;
        return {
          index: el.getAttribute('data-kb-index'),
          html: el.outerHTML.slice(0, 120),
          focused: focusStyle(el),
        };
      });
      if (focused === null) {
        left = true;
        break;
      }
      if (focused.index === null) {
        problems.push(`focus went to an element not in the tab order we expected: ${focused.html}`);
        continue;
      }
      const stop = tabbables[Number(focused.index)];
      if (visited.includes(stop.index)) {
        problems.push(`focus came back to ${stop.description}: a keyboard trap`);
        break;
      }
      visited.push(stop.index);
      const shows =
        focused.focused !== stop.unfocused &&
        /outline (?!none)|box-shadow (?!none)/.test(focused.focused);
      if (!shows) {
        problems.push(`no visible focus indicator on ${stop.description}: ${focused.focused}`);
      }
    }
    expect(problems, 'keyboard problems').toEqual([]);
    const order = visited.map((i) => tabbables[i].description);
    const expected = tabbables.map((t) => t.description);
    expect(order, 'tab order follows the DOM order and reaches every stop').toEqual(expected);
    expect(left, 'Tab after the last stop leaves the page (no trap)').toBe(true);
  });
}
