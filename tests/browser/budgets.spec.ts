/**
 * Page weight budgets: the bytes a first visit (empty cache) to each page type
 * transfers, compressed as Caddy sends them, measured in Chromium through the
 * DevTools protocol (`Network.loadingFinished.encodedDataLength`: bytes on the
 * wire, response headers included). Budgets live in budgets.json; the test
 * prints the table and fails when a page type is over its budget.
 *
 * The budget covers what the page loads (HTML, CSS, JS, fonts, images, the
 * rest). The chunks Docusaurus prefetches at idle priority for links in view
 * are shown in their own column and not budgeted: how many arrive before the
 * network goes quiet depends on timing, so they are not a deterministic figure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test, waitForHydration } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

interface Budgets {
  pages: Record<string, { path: string; build: 'prod' | 'preview'; budget: number }>;
}

const CATEGORIES = ['html', 'css', 'js', 'fonts', 'images', 'prefetch', 'other', 'on use'] as const;
type Category = (typeof CATEGORIES)[number];
type Weights = Record<Category, number> & { total: number; requests: number };

function category(type: string): Category {
  switch (type) {
    case 'Document':
      return 'html';
    case 'Stylesheet':
      return 'css';
    case 'Script':
      return 'js';
    case 'Font':
      return 'fonts';
    case 'Image':
      return 'images';
    case 'Prefetch':
      return 'prefetch';
    case 'OnUse':
      return 'on use';
    default:
      return 'other';
  }
}

/** What a first visit to a URL transfers, by kind of resource, until the network is idle. */
async function measure(browser: Browser, url: string): Promise<Weights> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const weights: Weights = {
    html: 0,
    css: 0,
    js: 0,
    fonts: 0,
    images: 0,
    prefetch: 0,
    other: 0,
    'on use': 0,
    total: 0,
    requests: 0,
  };
  let used = false;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (used) {
      types.set(e.requestId, 'OnUse');
      return;
    }
    // Docusaurus prefetches the chunks of linked routes with <link rel="prefetch">,
    // which Chromium sends as type Other at the lowest priority.
    const prefetch =
      e.type === 'Prefetch' || (e.type === 'Other' && e.request.initialPriority === 'VeryLow');
    types.set(e.requestId, prefetch ? 'Prefetch' : (e.type ?? 'Other'));
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = category(types.get(e.requestId) ?? 'Other');
    weights[kind] += e.encodedDataLength;
    if (kind !== 'prefetch' && kind !== 'on use') {
      weights.total += e.encodedDataLength;
      weights.requests += 1;
    }
  });
  // A first visit: the reader reads and touches nothing. No page loads the
  // React app (plugins/post-build/islands); the islands are part of the visit.
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  // Then what the first reach for a control adds (shown, not budgeted).
  used = true;
  await waitForHydration(page);
  await context.close();
  return weights;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

test('every page type stays within its transfer budget', async ({ browser, prod, preview }) => {
  test.setTimeout(180_000);
  const budgets = JSON.parse(readFileSync(path.join(ROOT, 'budgets.json'), 'utf8')) as Budgets;
  const rows: string[] = [];
  const over: string[] = [];
  const header = ['page type', ...CATEGORIES, 'total', 'budget', 'requests'];
  rows.push(header.map((h, i) => (i === 0 ? h.padEnd(12) : h.padStart(8))).join(' '));
  for (const [type, entry] of Object.entries(budgets.pages)) {
    const base = entry.build === 'prod' ? prod : preview;
    const w = await measure(browser, base + entry.path);
    const cells = [
      type.padEnd(12),
      ...CATEGORIES.map((c) => kb(w[c]).padStart(8)),
      kb(w.total).padStart(8),
      kb(entry.budget).padStart(8),
      String(w.requests).padStart(8),
    ];
    rows.push(cells.join(' ') + (w.total > entry.budget ? '  OVER BUDGET' : ''));
    if (w.total > entry.budget) {
      over.push(`${type} (${entry.path}): ${w.total} bytes, budget ${entry.budget}`);
    }
  }
  const table =
    'Transferred on a first visit, KB (zstd as Caddy sends it, headers included; ' +
    `total and budget without prefetch):\n${rows.join('\n')}`;
  console.log(table);
  test.info().annotations.push({ type: 'budgets', description: table });
  expect(over, 'page types over budget (budgets.json)').toEqual([]);
});
