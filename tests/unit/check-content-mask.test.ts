/**
 * The content check masks paragraphs of plain prose before parsing
 * (scripts/check-content/parse.ts, maskProse): that may never change what
 * the check finds. Checked here on every post, page and fixture, and on
 * cases near the edge of what counts as prose.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyzeFile, type FileTask } from '../../scripts/check-content/analyze';
import {
  parseMasked,
  parseMdxFull,
  parseMdxGuarded,
  preprocess,
} from '../../scripts/check-content/parse';
import { CONTENT_FILES, ROOT, syntheticPosts } from '../support/content-files';

const FILES = CONTENT_FILES.map((file) => path.join(ROOT, file));

function task(file: string): FileTask {
  return { kind: 'blog', file, absolutePath: path.join(ROOT, file), contentPath: file };
}

function same(file: string, source: string): void {
  expect(analyzeFile(task(file), source, true)).toEqual(analyzeFile(task(file), source, false));
}

const CASES = [
  'Tekst\n\nMeer tekst\nover twee regels\n\n## Kop\n\nSlot.',
  'Titel\n=====\n\nTekst\n\nOok een kop\nover twee regels\n---\n\nTekst.',
  'Kop | b\n--- | ---\n\nTekst | met streep\n\nmeer',
  '```\ncode\n\nregel in code\n\n```\n\nTekst.',
  '<!--\n\nin commentaar\n\n-->\n\nTekst.',
  '{\n\nfoo bar\n\n}\n\nTekst.',
  '<Blockquote>\n\nTekst in een onderdeel\n\n</Blockquote>',
  '<Foo a="x\n\nbar baz\n\n" />\n\nTekst.',
  'import x from "y"\n\nimporteren is geen ESM',
  'export is een woord\n\nTekst.',
  '[a]: /pad "titel\n\nvervolg"\n\nZie [a].',
  'Tekst met een :directive en www.example.org\n\nMail iemand@example.org\n\nZie http://example.org',
  '- lijst\n\nTekst na de lijst\n\n> citaat\n\nTekst na het citaat',
  ':::tip[Titel]\n\nTekst in het kader\n\n:::\n\n::video-youtube[Titel]{id=dQw4w9WgXcQ}',
  'Tekst met &amp; en &#64; en Let op: dit, en a & b.',
  'Tekst[^1]\n\nnoot\n\n[^1]: De noot\nloopt door',
  '---\ntitle: x\n\nvervolg\n---\n\nTekst.',
  '| a | b |\n| --- | :---: |\n| c | d |\n\nTekst [link](/x).\n\n| e | [f](/y) |\n| - | - |',
  'Kop\n:--\ncel\n\nTekst',
  '- een\n- twee\n\n[link](/blog)\n\n- drie\n  - vier\n\n## Kop',
  '- lijst\n\n  vervolg in de lijst [a](/b)\n\nTekst',
  '1. een\n2. twee\n\n    code na de lijst [a](/b)\n\nTekst',
  '- a\n\n\n- b [x](/y)\n\n## Kop',
  '- Kop in een lijst\n  ===\n\nTekst',
  '```js\nconst a = "<script>";\n\n\n```\n\n[link](/z)',
  '````\n```\nnog code [a](/b)\n````\n\n## Na de code',
  '```\nniet gesloten\n\n## Kop',
  ':::tip\n\n```\n:::\n```\n\n:::',
  '<Tabs>\n\n```bash\nnpm install <x>\n```\n\n</Tabs>\n\n## Kop',
  '<a href="java\n\n\nscript:alert(1)">x</a>',
  '<Foo bar="\n```\n<script>alert(1)</script>\n```\n" />',
  '<!--\n\n| a | b |\n| - | - |\n\n- lijst\n\n-->\n\n[a](/b)',
  '{\n\n- lijst\n\n}',
];

function parsedOrError(parse: (content: string) => unknown, content: string): unknown {
  try {
    return parse(content);
  } catch (error) {
    return error instanceof Error ? error.message : error;
  }
}

/** The MDX parser with autolink guards must give the full parser's tree. */
function sameTree(source: string): void {
  const content = preprocess(source);
  expect(parsedOrError(parseMdxGuarded, content)).toEqual(parsedOrError(parseMdxFull, content));
}

const MDX_CASES = [
  '<Blockquote>Mail iemand@example.org</Blockquote>',
  '<Blockquote>Zie www.example.org en https://example.org</Blockquote>',
  'Een {1 + 1} en hwww.example.org en <b>vet</b>.',
  'import { Blockquote } from \'@rijkshuisstijl-community/components-react\';\n\n<Blockquote attribution="a@b.nl">Tekst</Blockquote>',
  'Een <a href="https://example.org">link</a> en {"x@y.z"}.',
];

describe('MDX parser with autolink guards', () => {
  it.each(FILES.map((file) => path.relative(ROOT, file)))('%s: same tree as MDX', (file) => {
    sameTree(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it.each(MDX_CASES)('same tree as MDX: %s', (source) => {
    sameTree(source);
  });
});

describe('prose masking', () => {
  it.each(FILES.map((file) => path.relative(ROOT, file)))('%s: same analysis', (file) => {
    same(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it.each(CASES)('same analysis: %s', (source) => {
    same('blog/2025/01/01-geval.mdx', source);
    same('blog/2025/01/01-geval.md', source);
  });
});

describe('masking is used', () => {
  // Falling back to the unmasked parse is always correct, only slow: this
  // keeps the fast path in use for the posts the benchmark writes.
  it('holds for ordinary posts', () => {
    let held = 0;
    for (const { file, source } of syntheticPosts(100)) {
      if (parseMasked(preprocess(source))) held += 1;
      same(file, source);
    }
    expect(held).toBe(100);
  });
});
