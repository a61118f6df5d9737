import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks, collectLinks } from '../../scripts/links/links';

const ROOT = path.resolve(__dirname, '..', '..');

for (const dir of ['build', 'build-preview']) {
  describe(`links in ${dir}/`, () => {
    const links = collectLinks(path.join(ROOT, dir));

    it('finds the links, assets and anchors of every page', () => {
      expect(links.filter((l) => l.internal).length).toBeGreaterThan(100);
      expect(links.some((l) => l.internal && l.url.hash !== '')).toBe(true);
      expect(links.some((l) => l.internal && l.url.pathname.endsWith('.css'))).toBe(true);
      expect(links.some((l) => l.internal && l.url.pathname.endsWith('.js'))).toBe(true);
    });

    it('every internal link, asset and anchor resolves', () => {
      expect(checkInternalLinks(path.join(ROOT, dir), links)).toEqual([]);
    });
  });
}
