/**
 * Reads a post or page the way the site's build does, once, with the real
 * parsers: front matter values from Docusaurus' own parser
 * (src/mdx/front-matter.ts), with `yaml` only to find where each key is; the
 * body with the real MDX parser and the same syntax extensions and
 * preprocessing as @docusaurus/mdx-loader.
 */
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkComment from '@slorber/remark-comment';
// Deep imports: the package index loads far more than these helpers need.
import {
  admonitionTitleToDirectiveLabel,
  unwrapMdxCodeBlocks,
} from '@docusaurus/utils/lib/markdownUtils';
import { escapeMarkdownHeadingIds } from '@docusaurus/utils/lib/markdownHeadingIdUtils';
import { DefaultAdmonitionOptions } from '@docusaurus/mdx-loader/lib/remark/admonitions';
import type { Root } from 'mdast';

import { preprocessMarkdown } from '../../plugins/markdown-preprocess';
import { readFrontMatter } from '../../src/mdx/front-matter';

import type { MdNode } from '../../src/mdx/safety';

export interface Position {
  line: number;
  column: number;
}

/** Where a front matter key, its value and (for lists) its items are. */
export interface FieldLocation {
  key: Position;
  value: Position;
  items: Position[];
}

export interface FrontMatter {
  /** Values as Docusaurus reads them (js-yaml). */
  data: Record<string, unknown>;
  /** Raw scalar text per key (dates keep their written form). */
  raw: Record<string, string | undefined>;
  locations: Map<string, FieldLocation>;
  /** Line after the closing `---` (1 when there is no front matter). */
  bodyLine: number;
  present: boolean;
}

export type ParseFailure = { message: string; position: Position };

export interface ParsedFile {
  frontMatter: FrontMatter;
  frontMatterError?: ParseFailure;
  tree?: Root & MdNode;
  mdxError?: ParseFailure;
  source: string;
}

const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/m;

function emptyFrontMatter(): FrontMatter {
  return { data: {}, raw: {}, locations: new Map(), bodyLine: 1, present: false };
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines += 1;
  }
  return lines;
}

/** The YAML between the front matter fences and the line it starts on, if the file has it. */
export function frontMatterYaml(source: string): { yaml: string; firstLine: number } | undefined {
  const match = FRONT_MATTER.exec(source);
  return match && match.index === 0 ? { yaml: match[2], firstLine: 2 } : undefined;
}

/** Key lines of top-level front matter keys: positions when `yaml` cannot read the block. */
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/;

/**
 * Parses the front matter block at the start of a file, if any. Values and
 * the verdict (valid or not) are Docusaurus' own; `yaml` is used only to
 * find where keys, values and list items are. Where `yaml` reads the block
 * differently (it is stricter about some indentation that js-yaml accepts),
 * each key is found at the start of its line instead.
 */
export function parseFrontMatter(source: string): {
  frontMatter: FrontMatter;
  error?: ParseFailure;
} {
  const frontMatter = emptyFrontMatter();
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(source)) {
    return { frontMatter };
  }
  const match = FRONT_MATTER.exec(source);
  if (!match || match.index !== 0) {
    return {
      frontMatter,
      error: {
        message:
          'De frontmatter is niet afgesloten: zet na de laatste regel ervan een regel met alleen ---.',
        position: { line: 1, column: 1 },
      },
    };
  }
  const yamlText = match[2];
  const firstLine = 2; // the line after the opening ---
  frontMatter.present = true;
  frontMatter.bodyLine = countLines(match[0]) + 1;

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const read = readFrontMatter(source);
  if (read.error) {
    // Docusaurus refuses the file. `yaml` usually says better where and why.
    const [first] = document.errors;
    return {
      frontMatter,
      error: first
        ? {
            message: `De frontmatter is geen geldige YAML: ${translateYamlError(first.code, first.message)}`,
            position: toPosition(errorOffset(document, first.code, first.pos[0])),
          }
        : {
            message: `De frontmatter is geen geldige YAML: ${read.error.reason}.`,
            position: { line: read.error.line, column: read.error.column },
          },
    };
  }
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      frontMatter,
      error: {
        message:
          'De frontmatter moet bestaan uit regels "veld: waarde", zoals "authors: [tom-ootes]".',
        position: { line: firstLine, column: 1 },
      },
    };
  }
  frontMatter.data = data;
  if (document.errors.length > 0 || !isMap(document.contents)) {
    // Positions only: each top-level key where its line starts.
    yamlText.split('\n').forEach((text, index) => {
      const key = KEY_LINE.exec(text)?.[1];
      if (key !== undefined && key in data && !frontMatter.locations.has(key)) {
        const position = { line: index + firstLine, column: 1 };
        const value = { line: position.line, column: text.indexOf(':') + 2 };
        frontMatter.locations.set(key, { key: position, value, items: [] });
      }
    });
    return { frontMatter };
  }
  for (const pair of document.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    const keyPosition = toPosition(keyNode?.range?.[0] ?? 0);
    const location: FieldLocation = {
      key: keyPosition,
      value: valueNode?.range ? toPosition(valueNode.range[0]) : keyPosition,
      items: [],
    };
    if (isSeq(valueNode)) {
      location.items = valueNode.items.map((item) =>
        (item as YamlNode | null)?.range
          ? toPosition((item as YamlNode).range![0])
          : location.value,
      );
    }
    if (isScalar(valueNode) && valueNode.range) {
      frontMatter.raw[key] = yamlText.slice(valueNode.range[0], valueNode.range[1]).trim();
    }
    frontMatter.locations.set(key, location);
  }
  return { frontMatter };
}

/**
 * Where to point for a YAML error. A missing closing quote is reported
 * where the text ends; the author needs the line where the quote opened.
 */
function errorOffset(document: Document, code: string, offset: number): number {
  if (code !== 'MISSING_CHAR') {
    return offset;
  }
  let start = offset;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (range && quoted && range[0] <= offset && offset <= range[2]) {
        start = range[0];
      }
    },
  });
  return start;
}

const YAML_ERROR_HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'een veld staat er twee keer in.',
  BAD_INDENT: 'de inspringing klopt niet.',
  MISSING_CHAR: 'er ontbreekt een teken, zoals een sluitend aanhalingsteken of haakje.',
  UNEXPECTED_TOKEN: 'hier staat een teken dat YAML niet verwacht.',
  BLOCK_AS_IMPLICIT_KEY: 'een veld loopt over meer regels; zet de waarde tussen aanhalingstekens.',
  MULTILINE_IMPLICIT_KEY: 'een veld loopt over meer regels; zet de waarde tussen aanhalingstekens.',
  TAB_AS_INDENT: 'gebruik spaties om in te springen, geen tabs.',
};

function translateYamlError(code: string, message: string): string {
  const hint = YAML_ERROR_HINTS[code];
  const detail = message.split('\n')[0];
  return hint ? `${hint} (${detail})` : `${detail}.`;
}

let processor: Processor<Root> | undefined;

/** The MDX parser with the syntax extensions @docusaurus/mdx-loader uses. */
function mdxProcessor(): Processor<Root> {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkComment) as unknown as Processor<Root>;
  return processor;
}

/**
 * The content as @docusaurus/mdx-loader hands it to MDX: the site's own
 * `markdown.preprocessor` (docusaurus.config.ts), then mdx1Compat.
 */
export function preprocess(source: string, filePath = ''): string {
  let content = preprocessMarkdown({ fileContent: source, filePath });
  content = unwrapMdxCodeBlocks(content);
  content = escapeMarkdownHeadingIds(content);
  return admonitionTitleToDirectiveLabel(content, DefaultAdmonitionOptions.keywords);
}

/** Parses a file once, with the real parsers; never throws on bad content. */
export function parseContentFile(source: string): ParsedFile {
  const { frontMatter, error } = parseFrontMatter(source);
  const parsed: ParsedFile = { frontMatter, frontMatterError: error, source };
  try {
    const content = preprocess(source);
    parsed.tree = mdxProcessor().parse(content) as Root & MdNode;
  } catch (mdxError) {
    const failure = mdxError as {
      line?: number;
      column?: number;
      place?: Position | { start: Position };
      reason?: string;
      message?: string;
    };
    const reason = failure.reason ?? failure.message ?? String(mdxError);
    // Some MDX errors only name their place in the text: "… (12:1-12:13)".
    const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const place =
      failure.place && 'start' in failure.place
        ? failure.place.start
        : (failure.place ??
          (named ? { line: Number(named[1]), column: Number(named[2]) } : undefined));
    parsed.mdxError = {
      message: translateMdxError(reason),
      position: {
        line: failure.line ?? place?.line ?? 1,
        column: failure.column ?? place?.column ?? 1,
      },
    };
  }
  return parsed;
}

const MDX_ERROR_HINTS: ReadonlyArray<[RegExp, string]> = [
  [
    /Could not parse expression with acorn|Unexpected content after expression/,
    'tussen { } staat iets dat geen geldige waarde is. Wil je een accolade als tekst, schrijf dan \\{',
  ],
  [
    /Unexpected character .* before name|Unexpected character .*\(U\+003C\)|before name, expected a character that can start a name/,
    'een < wordt gelezen als begin van een element. Wil je het teken als tekst, schrijf dan \\< of &lt;',
  ],
  [
    /Expected a closing tag|Expected the closing tag|Unexpected closing tag/,
    'een element is niet (goed) gesloten; elk <Naam> heeft een </Naam> nodig, of schrijf <Naam />',
  ],
  [/Unexpected end of file/, 'het bestand houdt op midden in een element of expressie'],
];

function translateMdxError(reason: string): string {
  const detail = reason.split('\n')[0];
  const hint = MDX_ERROR_HINTS.find(([pattern]) => pattern.test(detail))?.[1];
  return `Dit bestand is geen geldige MDX: ${hint ? `${hint}. ` : ''}(MDX meldt: ${detail})`;
}
