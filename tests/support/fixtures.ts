import { test as base, expect, type Page } from '@playwright/test';

export interface SiteFixtures {
  /** Base URL of the production build. */
  prod: string;
  /** Base URL of the preview build (drafts included). */
  preview: string;
  /** Requests to any host but the test server, collected for every test. */
  offsiteRequests: string[];
}

function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/** Records `<style>` elements that scripts add to the document after load starts. */
const STYLE_WATCH = `
  window.__runtimeStyles = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName && n.nodeName.toLowerCase() === 'style' && document.readyState !== 'loading') {
        window.__runtimeStyles.push((n.textContent || '').slice(0, 80));
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;

export const test = base.extend<SiteFixtures>({
  prod: async ({}, use) => {
    await use(required('PROD_URL'));
  },
  preview: async ({}, use) => {
    await use(required('PREVIEW_URL'));
  },
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite: string[] = [];
      page.on('request', (req) => {
        if (!isLoopback(req.url())) offsite.push(req.url());
      });
      await page.addInitScript(STYLE_WATCH);
      await use(offsite);
      expect(offsite, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the global setup did not start the server.`);
  return value;
}

/** `<style>` elements scripts appended to the page since it started loading. */
export async function runtimeStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __runtimeStyles: string[] }).__runtimeStyles);
}

export { isHydrated, waitForHydration } from './hydration';

export { expect };
