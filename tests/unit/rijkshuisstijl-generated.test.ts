/**
 * The files scripts/extract-rijkshuisstijl.ts generates from the installed
 * Rijkshuisstijl packages must be committed up to date, and its CSS parser
 * must keep the library's rules intact.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  classNamesOf,
  filterCss,
  generate,
  parseCss,
  serializeCss,
  splitSelectorList,
} from '@site/scripts/extract-rijkshuisstijl';

const root = path.resolve(__dirname, '../..');

describe('extract-rijkshuisstijl', () => {
  it('generated files are up to date (run `npx tsx scripts/extract-rijkshuisstijl.ts`)', async () => {
    const files = await generate(root);
    for (const [file, content] of Object.entries(files)) {
      expect(await readFile(path.join(root, file), 'utf8'), file).toBe(content);
    }
  });

  it('parses and serialises CSS losslessly', () => {
    const css =
      '.a{b:url("x{y}")}@media (width > 1px){.c,.d:is(.e,.f){g:h}}@keyframes k{0%{o:0}}@import "x";';
    expect(serializeCss(parseCss(css))).toBe(css);
  });

  it('keeps only selectors made of component classes', () => {
    const css =
      '.utrecht-alert,.utrecht-table .utrecht-alert{a:b}.rhc-wrapper .utrecht-alert{c:d}' +
      '@media print{.utrecht-alert--ok{e:f}.x{g:h}}html{i:j}';
    expect(serializeCss(filterCss(parseCss(css), ['utrecht-alert']))).toBe(
      '.utrecht-alert{a:b}@media print{.utrecht-alert--ok{e:f}}',
    );
  });

  it('reads selectors carefully', () => {
    expect(splitSelectorList('.a:is(.b,.c), .d')).toEqual(['.a:is(.b,.c)', '.d']);
    expect(classNamesOf('.a[href$=".pdf"]:has(+.b)')).toEqual(['a', 'b']);
  });
});
