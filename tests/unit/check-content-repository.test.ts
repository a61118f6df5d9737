/**
 * `npm test` runs the content check over the repository's own posts and
 * kennisbank pages: no errors, and exactly the warnings the seed posts are
 * known to carry (the Haven post has no description, the NDS post's
 * description is too long and its cover is 3 MB).
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';

const ROOT = path.resolve(__dirname, '../..');
const HAVEN =
  'blog/2024/12/31-haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.md';
const NDS = 'blog/2025/07/15-nederlandse-digitaliseringsstrategie.md';

describe('the repository content', () => {
  it('has no errors', async () => {
    const { problems, filesChecked } = await checkContent({ rootDir: ROOT });
    expect(problems.filter((found) => found.severity === 'fout')).toEqual([]);
    expect(filesChecked).toBeGreaterThanOrEqual(3);
  });

  it('gives the seed posts only their documented warnings', async () => {
    const { problems } = await checkContent({ rootDir: ROOT, only: [HAVEN, NDS] });
    expect(
      problems.map(({ file, line, severity, rule }) => ({ file, line, severity, rule })),
    ).toEqual([
      { file: HAVEN, line: 1, severity: 'waarschuwing', rule: 'beschrijving-ontbreekt' },
      { file: NDS, line: 4, severity: 'waarschuwing', rule: 'beschrijving-lengte' },
      { file: NDS, line: 11, severity: 'waarschuwing', rule: 'afbeelding-groot' },
    ]);
  });

  it('gives every other page no problem at all', async () => {
    const { problems } = await checkContent({ rootDir: ROOT });
    expect(problems.filter((found) => found.file !== HAVEN && found.file !== NDS)).toEqual([]);
  });
});
