import type { Page } from '@playwright/test';

/** Records every Content-Security-Policy violation the page reports. */
const CSP_WATCH = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(
      e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '') +
      (e.sample ? ' sample: ' + e.sample : ''),
    );
  });
`;

export interface PageProblems {
  /** Console messages of type error and uncaught exceptions, since watching began. */
  errors: string[];
  /** CSP violations reported in the current document. */
  cspViolations: () => Promise<string[]>;
}

/**
 * Starts collecting console errors, uncaught exceptions and CSP violations for
 * a page. Call before the first navigation.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${page.url()})`);
  });
  page.on('pageerror', (err) => errors.push(`exception: ${err.message} (${page.url()})`));
  await page.addInitScript(CSP_WATCH);
  return {
    errors,
    cspViolations: () =>
      page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      ),
  };
}
