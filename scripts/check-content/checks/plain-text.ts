/**
 * Rule `html-in-tekst`: text that readers see outside the body of a post
 * (title, description, keywords, sidebar label, the `#` heading that serves
 * as title, image alt texts; names, titles and descriptions of authors and
 * labels and descriptions of tags) is plain text. What counts as markup is
 * decided by `findMarkup` (src/lib/plain-text.ts), the module the build uses
 * to keep such text text wherever it writes it.
 *
 * Each problem points at the `<` itself where the file spells it out as is,
 * else at the start of the value (an escape such as `\u003c` in YAML).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

import { findMarkup } from '../../../src/lib/plain-text';
import { frontMatterYaml, type FrontMatter, type Position } from '../parse';
import { problem, type Problem } from '../rules';
import { fieldsFor, type ContentKind } from '../schema';

/** The markup itself, for the message: from its `<` to the next `>` (at most 40 characters). */
function markupSample(text: string, index: number): string {
  const end = text.indexOf('>', index);
  const sample = text.slice(index, end >= 0 && end - index < 40 ? end + 1 : index + 40);
  return sample.replace(/\s+/g, ' ');
}

/** The Dutch message: what holds markup, the markup, what to do. */
export function plainTextMessage(what: string, text: string): string {
  const sample = markupSample(text, findMarkup(text));
  return `${what} bevat HTML (${sample}). Dit is platte tekst: zoekmachines, feeds, de zoekfunctie en de pagina tonen het letterlijk. Haal de opmaak weg. Bedoel je het teken < zelf, zet er dan een spatie achter, zoals in a < b.`;
}

/** Where the first markup of a YAML value node is, as the file spells it. */
export function markupPosition(
  source: string,
  node: Node,
  lineCounter: LineCounter,
  firstLine = 1,
): Position {
  const [start, end] = node.range ?? [0, 0];
  const index = findMarkup(source.slice(start, end));
  const { line, col } = lineCounter.linePos(start + Math.max(0, index));
  return { line: line + firstLine - 1, column: col };
}

/** The front matter as a `yaml` document with positions; parsed only when a problem needs one. */
function frontMatterDocument(source: string): {
  yaml: string;
  firstLine: number;
  nodeOf: (key: string, item?: number) => Node | undefined;
  lineCounter: LineCounter;
} {
  const block = frontMatterYaml(source) ?? { yaml: '', firstLine: 1 };
  const lineCounter = new LineCounter();
  const document = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
  const nodeOf = (key: string, item?: number): Node | undefined => {
    if (!isMap(document.contents)) return undefined;
    const pair = document.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const value = pair?.value as Node | null | undefined;
    if (item !== undefined && isSeq(value)) return (value.items[item] as Node | null) ?? undefined;
    return value ?? undefined;
  };
  return { ...block, nodeOf, lineCounter };
}

/** A piece of Markdown text on one line of the file (a heading, an image) and what it is. */
export interface InlineText {
  text: string;
  what: string;
  position: Position;
}

/**
 * Problems with markup in the front matter's plain-text fields and in the
 * given texts from the body (content title, image alt texts).
 */
export function checkPlainText(
  file: string,
  kind: ContentKind,
  source: string,
  frontMatter: FrontMatter,
  inline: readonly InlineText[],
): Problem[] {
  const problems: Problem[] = [];
  let document: ReturnType<typeof frontMatterDocument> | undefined;
  for (const field of fieldsFor(kind)) {
    if (!field.plainText) continue;
    const value = frontMatter.data[field.key];
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    values.forEach((text: unknown, item) => {
      if (typeof text !== 'string' || findMarkup(text) < 0) return;
      document ??= frontMatterDocument(source);
      const node = document.nodeOf(field.key, Array.isArray(value) ? item : undefined);
      const location = frontMatter.locations.get(field.key);
      const position = node
        ? markupPosition(document.yaml, node, document.lineCounter, document.firstLine)
        : (location?.items[item] ?? location?.value);
      const what = Array.isArray(value)
        ? `Trefwoord ${item + 1} in ${field.key}`
        : `Het veld ${field.key}`;
      problems.push(problem('html-in-tekst', file, position, plainTextMessage(what, text)));
    });
  }
  const lines = source.split('\n');
  for (const { text, what, position } of inline) {
    if (findMarkup(text) < 0) continue;
    // On the line itself, from where the heading or image starts.
    const line = lines[position.line - 1] ?? '';
    const index = findMarkup(line.slice(position.column - 1));
    const column = index >= 0 ? position.column + index : position.column;
    problems.push(
      problem('html-in-tekst', file, { line: position.line, column }, plainTextMessage(what, text)),
    );
  }
  return problems;
}
