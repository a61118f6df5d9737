/**
 * The Fira Sans subsets (scripts/subset-fonts.ts): the committed files are
 * exactly what the script makes, each font has a glyph for every character of
 * its `unicode-range` and shapes text as the full font does, and every
 * character the site's own text uses is in the subset (else the browser would
 * show that glyph in Arial).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import jsYaml from 'js-yaml';
import ts from 'typescript';
import { decompress } from 'wawoff2';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseContentFile } from '@site/scripts/check-content/parse';
import {
  FACES,
  FONT_CSS,
  LAYOUT_FEATURES,
  codePoints,
  fontFile,
  generate,
  sourceFile,
  unicodeRange,
} from '@site/scripts/subset-fonts';

const root = path.resolve(__dirname, '../..');

/**
 * Characters the site's text may use although the fonts lack them, each with
 * the reason: they show in the next font of the stack. Add one here only when
 * putting it in CHARACTER_SET is not worth its bytes.
 */
const ACCEPTED_FALLBACKS: Readonly<Record<string, string>> = {};

/** Emoji come from the system's emoji font; invisible format characters need no glyph. */
const NEEDS_NO_FIRA =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Cc}\p{Cf}\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/u;

function sha256(data: Uint8Array): string {
  return `${data.byteLength} bytes, sha256 ${createHash('sha256').update(data).digest('hex')}`;
}

async function face(file: string): Promise<hb.Face> {
  const data = await readFile(path.join(root, file));
  const sfnt = file.endsWith('.woff2') ? await decompress(data) : data;
  return new hb.Face(new hb.Blob(sfnt));
}

/** Glyph count and positions of `text` shaped with the font's default features. */
function shape(target: hb.Face, text: string): string {
  const font = new hb.Font(target);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setLanguage('nl');
  hb.shape(font, buffer);
  return buffer
    .getGlyphInfosAndPositions()
    .map((glyph) => `${glyph.cluster}:${glyph.xAdvance}${glyph.xOffset ? `+${glyph.xOffset}` : ''}`)
    .join(' ');
}

describe('font subsets', () => {
  // About 2 s of CPU (HarfBuzz and Brotli as WebAssembly); more room than the
  // default for a 2-core machine under build load.
  it('are up to date (run `npm run fonts:subset`)', { timeout: 60_000 }, async () => {
    const files = await generate(root);
    expect(Object.keys(files).sort()).toEqual([FONT_CSS, ...FACES.map(fontFile)].sort());
    for (const [file, content] of Object.entries(files)) {
      const committed = await readFile(path.join(root, file));
      if (file.endsWith('.css')) expect(committed.toString('utf8'), file).toBe(content.toString());
      else expect(sha256(committed), file).toBe(sha256(content));
    }
  });

  it('declare the character set as unicode-range for every face', async () => {
    const css = await readFile(path.join(root, FONT_CSS), 'utf8');
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((match) =>
      match[1].replace(/\s+/g, ' ').trim(),
    );
    expect(ranges).toEqual(FACES.map(() => unicodeRange(codePoints())));
  });

  it.each(FACES.map((entry) => [fontFile(entry), entry] as const))(
    '%s maps every character of the set and nothing else',
    async (file) => {
      const mapped = [...(await face(file)).collectUnicodes()].sort((a, b) => a - b);
      expect(unicodeRange(mapped)).toBe(unicodeRange(codePoints()));
    },
  );

  it.each(FACES.map((entry) => [fontFile(entry), entry] as const))(
    '%s keeps only the default layout features and no hinting',
    async (file) => {
      const subset = await face(file);
      const features = new Set([
        ...subset.getTableFeatureTags('GSUB'),
        ...subset.getTableFeatureTags('GPOS'),
      ]);
      expect([...features].filter((tag) => !LAYOUT_FEATURES.includes(tag))).toEqual([]);
      expect(features).toContain('kern');
      expect(features).toContain('liga');
      for (const table of ['fpgm', 'prep', 'cvt ']) {
        expect(subset.referenceTable(table)?.length ?? 0, table).toBe(0);
      }
    },
  );

  it.each(FACES.map((entry) => [fontFile(entry), entry] as const))(
    '%s shapes Dutch text exactly as the full font (kerning, ligatures)',
    async (file, entry) => {
      const [subset, full] = await Promise.all([face(file), face(sourceFile(entry))]);
      const texts = [
        'Één café’s – “officiële” reeën, ’s-Hertogenbosch: fijn, flink, ĲSSEL & ĳs — ‘Toegang’ → AVW Ta Yo',
        String.fromCodePoint(...codePoints()),
      ];
      for (const text of texts) expect(shape(subset, text)).toBe(shape(full, text));
    },
  );
});

// ---------------------------------------------------------------------------
// The characters of the site's own text.

interface Use {
  char: string;
  where: string;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();
}

function usesIn(text: string, where: string, uses: Use[]): void {
  for (const char of new Set(text)) uses.push({ char, where });
}

function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) stringsIn(item, found);
  }
  return found;
}

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
  attributes?: Array<{ value?: unknown }> | Record<string, unknown>;
  position?: { start: { line: number } };
}

/** Text of a post or page as it is shown in Fira Sans: code is set in the monospace font. */
function markdownUses(file: string, uses: Use[]): void {
  const parsed = parseContentFile(readFileSync(path.join(root, file), 'utf8'));
  usesIn(stringsIn(parsed.frontMatter.data).join(' '), `${file} (front matter)`, uses);
  if (!parsed.tree) throw new Error(`${file}: ${parsed.mdxError?.message}`);
  const visit = (node: MdNode): void => {
    if (['code', 'inlineCode', 'yaml', 'mdxjsEsm'].includes(node.type)) return;
    const where = `${file}:${node.position?.start.line ?? 1}`;
    if (typeof node.value === 'string') usesIn(node.value, where, uses);
    // MDX JSX attributes are a list of { name, value }, directive attributes a record.
    const attributes = Array.isArray(node.attributes)
      ? node.attributes.map((attribute: { value?: unknown }) => attribute.value)
      : node.attributes;
    usesIn(stringsIn(attributes).join(' '), where, uses);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parsed.tree as MdNode);
}

/** String literals and JSX text of a TypeScript module (comments are never shown). */
function sourceUses(file: string, uses: Use[]): void {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isJsxText(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      usesIn(node.text, `${file}:${line}`, uses);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Every character of the site's own text, with where it is used. */
function siteTextUses(): Use[] {
  const uses: Use[] = [];
  for (const dir of ['blog', 'docs', 'src/pages']) {
    for (const file of filesUnder(dir, /\.mdx?$/)) markdownUses(file, uses);
  }
  for (const file of ['blog/authors.yml', 'blog/tags.yml']) {
    const data = jsYaml.load(readFileSync(path.join(root, file), 'utf8'));
    usesIn(stringsIn(data).join(' '), file, uses);
  }
  // The theme's translations: only `message` is shown (`description` is for translators).
  for (const file of filesUnder('i18n', /\.json$/)) {
    const data = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<
      string,
      { message?: string }
    >;
    usesIn(
      Object.values(data)
        .map((entry) => entry.message ?? '')
        .join(' '),
      file,
      uses,
    );
  }
  const modules = [
    'docusaurus.config.ts',
    ...filesUnder('src', /\.tsx?$/),
    ...filesUnder('plugins', /\.tsx?$/),
  ];
  for (const file of modules) sourceUses(file, uses);
  return uses;
}

const CODE_POINTS = new Set(codePoints());

function inCharacterSet(char: string): boolean {
  return CODE_POINTS.has(char.codePointAt(0) ?? -1);
}

describe("the site's text", () => {
  let uses: Use[] = [];
  beforeAll(() => {
    uses = siteTextUses();
  });

  it('is read from the content, the theme and the translations', () => {
    const chars = new Set(uses.map((use) => use.char));
    // Sanity: the seed content's Dutch letters and punctuation are found.
    for (const char of 'éë’–“”→↑') expect(chars, char).toContain(char);
  });

  it('uses no character the fonts lack', () => {
    const missing = new Map<string, string[]>();
    for (const { char, where } of uses) {
      if (inCharacterSet(char) || NEEDS_NO_FIRA.test(char) || char in ACCEPTED_FALLBACKS) continue;
      const key = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} ${char}`;
      missing.set(key, [...(missing.get(key) ?? []), where]);
    }
    // Add each to CHARACTER_SET in scripts/subset-fonts.ts and run `npm run fonts:subset`,
    // or to ACCEPTED_FALLBACKS above with the reason it may show in Arial.
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('accepts fallbacks only for characters outside the set', () => {
    expect(Object.keys(ACCEPTED_FALLBACKS).filter(inCharacterSet)).toEqual([]);
  });
});
