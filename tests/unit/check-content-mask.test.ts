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
import { parseMdxFull, parseMdxGuarded, preprocess } from '../../scripts/check-content/parse';

const ROOT = path.resolve(__dirname, '../..');

function markdownFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) {
    return [];
  }
  return (fs.readdirSync(directory, { recursive: true }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => path.join(directory, name))
    .sort();
}

const FILES = ['blog', 'docs', 'tests/fixtures'].flatMap((directory) =>
  markdownFiles(path.join(ROOT, directory)),
);

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
