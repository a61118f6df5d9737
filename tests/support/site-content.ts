/**
 * The seed posts as the browser tests meet them, and small keyboard helpers
 * shared by the specs.
 */
import type { Locator, Page } from '@playwright/test';

export const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';
export const HAVEN_TITLE =
  'Haven en Infra as Code: samen naar een Digitale Standaard voor de Publieke Sector';
/** A draft: published only in the preview build. */
export const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';
export const NDS_TITLE =
  'De gevolgen van de Nederlandse Digitaliseringsstrategie (NDS) voor developers';

/** axe-core rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Presses Tab until `target` has focus; false when it never gets it. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<boolean> {
  for (let press = 0; press < max; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}
