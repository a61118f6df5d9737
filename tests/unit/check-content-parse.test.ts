/**
 * The content check parses most files with a fast parser (no MDX
 * constructs, no GFM literal autolinks, guards in their place) and falls
 * back to the full MDX parser wherever a guard fires. The fast parser may
 * only finish a file when its tree, positions included, is exactly the tree
 * the full parser makes. Checked here on every post, page and fixture, and
 * on cases made to hit each guard.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseMdx, parseMdxFull, preprocess } from '../../scripts/check-content/parse';
import { CONTENT_FILES, ROOT } from '../support/content-files';

const FILES = CONTENT_FILES.map((file) => path.join(ROOT, file));

function fullOrError(content: string): unknown {
  try {
    return parseMdxFull(content);
  } catch (error) {
    return error;
  }
}

/** Parses both ways; the fast tree, if any, must equal the full one. */
function compare(source: string): 'fast' | 'full' {
  const content = preprocess(source);
  const expected = fullOrError(content);
  let result: ReturnType<typeof parseMdx> | undefined;
  try {
    result = parseMdx(content);
  } catch {
    // Invalid MDX: the full parser must have failed too (checked below).
  }
  if (!result) {
    expect(expected).toBeInstanceOf(Error);
    return 'full';
  }
  if (result.parser === 'fast') {
    expect(result.tree).toEqual(expected);
  }
  return result.parser;
}

const FAST = [
  'Gewone tekst met *nadruk*, __sterk__, ~~doorgehaald~~ en `code`.',
  '---\ntitle: Iets\n---\n\nTekst.\n\n<!-- truncate -->\n\nMeer tekst.  \nNa een harde regelbreuk.',
  'Een [link](https://example.org/pad?q=1#anker) en ![beeld](./img/x.png "titel").',
  '[referentie]: https://www.example.org/\n\nZie [referentie] en [x][referentie].',
  ':::tip[Titel]\n\nInhoud met een voetnoot[^1].\n\n:::\n\n[^1]: De noot.',
  '| a | b |\n| --- | :-: |\n| c | d |\n\n- [ ] taak\n- [x] klaar',
  '    ingesprongen tekst (geen code in MDX)\n\nen `inline`',
  'Een regel met whatever, hallo, Hans, ww.nl en wwwx.',
  'Tekst met &amp; en &#64; en een \\* ster.',
  '> <!-- in een citaat\n\n> dat niet sluit -->',
  'Een import van gegevens\nimport-regel en exports zijn geen ESM.',
];

const FULL = [
  'Mail naar iemand@example.org voor meer.',
  'Kijk op www.example.org of WWW.EXAMPLE.ORG.',
  'Zie https://example.org en HTTP://EXAMPLE.ORG/x.',
  'Een [label met http://example.org](/pad).',
  'Een <Blockquote>element</Blockquote>.',
  '<details>\n<summary>Meer</summary>\n\nTekst\n</details>',
  'Een expressie {1 + 1} hier.',
  "import { Blockquote } from '@rijkshuisstijl-community/components-react';\n\nTekst.",
  'export const x = 1;\n\nTekst.',
  'Een losse < in de tekst.',
  '<!-- niet gesloten commentaar',
  'Tekst <!-->',
  '::video-youtube[Titel]{id=dQw4w9WgXcQ}',
  '## Kop {#eigen-id}\n\nTekst',
  '```js\nconst a = { b: 1 } < 2;\n```',
  'Een hwww.example.org telt voor de zekerheid mee.',
];

describe('fast parser', () => {
  it.each(FILES.map((file) => path.relative(ROOT, file)))('%s: same tree as MDX', (file) => {
    compare(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it.each(FAST)('takes the fast path and matches: %s', (source) => {
    expect(compare(source)).toBe('fast');
  });

  it.each(FULL)('falls back to the full parser: %s', (source) => {
    expect(compare(source)).toBe('full');
  });
});
