import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium';

describe('findChromium', () => {
  it('prefers the browser named in CHROMIUM_PATH', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chromium-'));
    const fake = path.join(dir, 'my-chromium');
    writeFileSync(fake, '');
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
  });

  it('fails loudly when the named browser does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope/chromium' })).toThrow(/does not exist/);
  });

  it('falls back to a browser on the machine', () => {
    expect(findChromium({})).toMatch(/chrom/i);
  });
});
