/**
 * Reads a post or page the way the site's build does: front matter as YAML
 * (checked with both `yaml`, for positions, and `js-yaml`, the parser
 * Docusaurus uses), the body with the real MDX parser and the same syntax
 * extensions and preprocessing as @docusaurus/mdx-loader.
 */
import jsYaml from 'js-yaml';
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

import { simpleLocations } from './simple-yaml';
import { preprocessMarkdown } from '../../plugins/markdown-preprocess';

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

/** Parses the front matter block at the start of a file, if any. */
export function parseFrontMatter(
  source: string,
  /** false: always read positions with `yaml` (for tests of the simple path). */
  simplePath = true,
): {
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

  const simple = simplePath ? simpleLocations(yamlText, firstLine) : undefined;
  if (simple) {
    let data: unknown;
    try {
      data = jsYaml.load(yamlText);
    } catch {
      data = undefined;
    }
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      frontMatter.data = data as Record<string, unknown>;
      frontMatter.raw = simple.raw;
      frontMatter.locations = simple.locations;
      return { frontMatter };
    }
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (document.errors.length > 0) {
    const [first] = document.errors;
    return {
      frontMatter,
      error: {
        message: `De frontmatter is geen geldige YAML: ${translateYamlError(first.code, first.message)}`,
        position: toPosition(errorOffset(document, first.code, first.pos[0])),
      },
    };
  }
  let data: unknown;
  try {
    data = jsYaml.load(yamlText);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      frontMatter,
      error: {
        message: `De frontmatter is geen geldige YAML: ${reason}.`,
        position: mark
          ? { line: mark.line + firstLine, column: mark.column + 1 }
          : { line: firstLine, column: 1 },
      },
    };
  }
  if (data === null || data === undefined) {
    return { frontMatter };
  }
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(document.contents)) {
    return {
      frontMatter,
      error: {
        message:
          'De frontmatter moet bestaan uit regels "veld: waarde", zoals "authors: [tom-ootes]".',
        position: { line: firstLine, column: 1 },
      },
    };
  }
  frontMatter.data = data as Record<string, unknown>;
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

/*
 * GFM's literal autolinks on text (mdast-util-gfm-autolink-literal) run a
 * find-and-replace over every text node, about a tenth of all parse time.
 * Each of its patterns needs `://`, `www.` or `@`; where no text node has
 * one, it cannot change anything and is skipped. Same trees either way.
 */
const AUTOLINK_NEEDS = /:\/\/|www\.|@/i;

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  transforms?: Transform[];
}
type FromMarkdownExtensions = Array<FromMarkdownExtension | FromMarkdownExtensions>;

function mayHaveLiteralAutolink(node: MdNode): boolean {
  if (node.type === 'text') {
    return typeof node.value === 'string' && AUTOLINK_NEEDS.test(node.value);
  }
  return (node.children ?? []).some(mayHaveLiteralAutolink);
}

function skipIdleAutolinkTransform(extensions: FromMarkdownExtensions): FromMarkdownExtensions {
  return extensions.map((extension) => {
    if (Array.isArray(extension)) {
      return skipIdleAutolinkTransform(extension);
    }
    const transforms = extension.transforms;
    if (!transforms?.some((transform) => transform.name === 'transformGfmAutolinkLiterals')) {
      return extension;
    }
    return {
      ...extension,
      transforms: transforms.map((transform) =>
        transform.name === 'transformGfmAutolinkLiterals'
          ? (tree: Root) =>
              mayHaveLiteralAutolink(tree as Root & MdNode) ? transform(tree) : undefined
          : transform,
      ),
    };
  });
}

/** After remark-gfm: its autolink transform only where it can find something. */
function remarkSkipIdleAutolinkTransform(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: FromMarkdownExtensions };
  if (data.fromMarkdownExtensions) {
    data.fromMarkdownExtensions = skipIdleAutolinkTransform(data.fromMarkdownExtensions);
  }
}

let processor: Processor<Root> | undefined;

function mdxProcessor(): Processor<Root> {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkSkipIdleAutolinkTransform)
    .use(remarkComment) as unknown as Processor<Root>;
  return processor;
}

/*
 * The fast path. Most posts use no MDX syntax at all, and for them two parts
 * of the full parser only cost time: the MDX constructs (tried at every `<`
 * and `{`) and GFM's literal autolinks, which micromark tries at the start
 * of every word (email addresses can start with any letter or digit), about
 * a fifth of all parse time.
 *
 * The fast parser is the full parser with those constructs replaced by
 * guards. A guard sits where the construct it replaces would be tried and
 * gives up on the fast path (throws NEEDS_FULL_PARSER) wherever that
 * construct could match; the file is then parsed again with the full parser.
 * Until a guard fires both parsers make exactly the same moves, so a file
 * the fast parser finishes yields exactly the same tree, with the same
 * positions, as the full parser: same findings, lines and columns. The MDX
 * rules lose nothing, because a file in which any MDX construct could start
 * never takes the fast path. tests/unit/check-content-parse.test.ts compares
 * both parsers on every post, page and fixture.
 */

/** Thrown by a guard: this file needs the full parser. */
class NeedsFullParser extends Error {}
const NEEDS_FULL_PARSER = new NeedsFullParser('needs the full MDX parser');

// Just enough of micromark's types for the guards (micromark-util-types).
type Code = number | null;
type State = (code: Code) => State | undefined;
interface Effects {
  enter(type: string): unknown;
  consume(code: Code): undefined;
}
interface Construct {
  name?: string;
  tokenize: (effects: Effects, ok: State, nok: State) => State;
}
type ConstructMap = Record<string, Construct | Construct[] | undefined>;
interface MicromarkExtension {
  text?: ConstructMap;
  flow?: ConstructMap;
  disable?: { null?: string[] };
}

/** Gives up wherever MDX (a JSX element, an expression) could start. */
const mdxGuard: Construct = {
  name: 'mdxGuard',
  tokenize() {
    throw NEEDS_FULL_PARSER;
  },
};

/** Gives up where the text continues with `word` (ASCII, any case). */
function wordGuard(name: string, word: string): Construct {
  return {
    name,
    tokenize(effects, _ok, nok) {
      let matched = 0;
      const next: State = (code) => {
        if (matched === 0) {
          // micromark only consumes inside a token; a failed attempt drops it.
          effects.enter(name);
        }
        if (matched === word.length) {
          throw NEEDS_FULL_PARSER;
        }
        // ASCII letters only: `| 0x20` lowercases them.
        if (code !== null && (code | 0x20) === word.charCodeAt(matched)) {
          matched += 1;
          effects.consume(code);
          return next;
        }
        return nok(code);
      };
      return next;
    },
  };
}

/**
 * In place of remark-mdx: no MDX constructs, guards at `<` and `{` (after
 * remark-comment's `<!--`, as the MDX constructs are), and the same
 * CommonMark constructs switched off as micromark-extension-mdx-md does.
 * MDX's third construct, ESM (`import`/`export` at the start of a line), has
 * no guard: files with such a line never try the fast path (see below).
 */
function remarkMdxGuards(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: MicromarkExtension[] };
  (data.micromarkExtensions ??= []).push({
    flow: { 60: mdxGuard, 123: mdxGuard },
    text: { 60: mdxGuard, 123: mdxGuard },
    disable: { null: ['autolink', 'codeIndented', 'htmlFlow', 'htmlText'] },
  });
}

const LITERAL_AUTOLINKS = new Set(['emailAutolink', 'protocolAutolink', 'wwwAutolink']);

/**
 * After remark-gfm: take the literal autolink constructs out of the GFM
 * extension it added and guard where one could match instead. An email
 * autolink needs an `@`, which the text then reaches; a URL starts with
 * `http` or `www.` (any case). GFM's other constructs and its mdast part
 * (including the autolink transform on text) stay. Returns false, leaving
 * the fast path unused, when the extension does not look as expected.
 */
function replaceLiteralAutolinks(data: { micromarkExtensions?: MicromarkExtension[] }): boolean {
  const extensions = data.micromarkExtensions ?? [];
  const index = extensions.length - 1;
  const text = extensions[index]?.text;
  if (!text) {
    return false;
  }
  const http = wordGuard('httpGuard', 'http');
  const www = wordGuard('wwwGuard', 'www.');
  const guards: Record<string, Construct> = { 72: http, 104: http, 87: www, 119: www };
  const replaced: ConstructMap = {};
  const removed = new Set<string>();
  for (const [code, value] of Object.entries(text)) {
    const list = Array.isArray(value) ? value : value ? [value] : [];
    const kept = list.filter((construct) => !LITERAL_AUTOLINKS.has(construct.name ?? ''));
    list.forEach((construct) => {
      if (LITERAL_AUTOLINKS.has(construct.name ?? '')) {
        removed.add(`${construct.name}@${code}`);
      }
    });
    const guard = guards[code];
    if (guard) {
      // Where the URL constructs were: GFM lists its autolinks first.
      kept.unshift(guard);
    }
    if (kept.length > 0) {
      replaced[code] = kept;
    }
  }
  const expected = [
    'protocolAutolink@72',
    'protocolAutolink@104',
    'wwwAutolink@87',
    'wwwAutolink@119',
  ];
  if (!expected.every((key) => removed.has(key)) || text[64] !== undefined) {
    return false;
  }
  replaced[64] = { name: 'emailGuard', tokenize: mdxGuard.tokenize };
  extensions[index] = { ...extensions[index], text: replaced };
  return true;
}

/**
 * The parser with GFM's literal autolinks replaced by guards (see
 * replaceLiteralAutolinks), on top of `syntax`: the MDX guards for plain
 * Markdown, or real MDX. false when the guards could not be put in place.
 */
function guardedProcessor(
  syntax: typeof remarkMdx | typeof remarkMdxGuards,
  tables = true,
): Processor<Root> | false {
  let replaced = false;
  const candidate = unified()
    .use(remarkParse)
    .use(syntax)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(function withoutLiteralAutolinks(this: Processor) {
      const data = this.data() as { micromarkExtensions?: MicromarkExtension[] };
      replaced = replaceLiteralAutolinks(data) && (tables || withoutTables(data));
    })
    .use(remarkSkipIdleAutolinkTransform)
    .use(remarkComment) as unknown as Processor<Root>;
  candidate.freeze();
  return replaced ? candidate : false;
}

/**
 * GFM tries its table at the start of every line. Where no table can be
 * (see NO_TABLE) the parser without it makes the same tree, faster.
 * Returns false when the GFM extension does not look as expected.
 */
function withoutTables(data: { micromarkExtensions?: MicromarkExtension[] }): boolean {
  const extensions = data.micromarkExtensions ?? [];
  const index = extensions.length - 1;
  const flow = extensions[index]?.flow;
  const atLineStart = flow?.null;
  const list = Array.isArray(atLineStart) ? atLineStart : atLineStart ? [atLineStart] : [];
  if (!list.some((construct) => construct.name === 'table')) {
    return false;
  }
  const kept = list.filter((construct) => construct.name !== 'table');
  extensions[index] = { ...extensions[index], flow: { ...flow, null: kept } };
  return true;
}

/**
 * A GFM table needs a delimiter row: with a `|`, or one cell of dashes with
 * a colon at either end (`:--`, `--:`, `:-:`). Text without either has none.
 */
const MAYBE_TABLE = /\||^[ \t]*:?-+:[ \t]*\r?$|^[ \t]*:-+:?[ \t]*\r?$/m;

const processors = new Map<string, Processor<Root> | false>();

/** The guarded parser for plain Markdown or MDX, with or without GFM tables (memoised). */
function guarded(mdx: boolean, content: string): Processor<Root> | false {
  const tables = MAYBE_TABLE.test(content);
  const key = `${mdx}/${tables}`;
  let found = processors.get(key);
  if (found === undefined) {
    found = guardedProcessor(mdx ? remarkMdx : remarkMdxGuards, tables);
    processors.set(key, found);
  }
  return found;
}

function fastMarkdownProcessor(content: string): Processor<Root> | false {
  return guarded(false, content);
}

/**
 * For files with MDX: the full parser, but with GFM's literal autolinks
 * replaced by the same guards as on the fast path (see there). Until a guard
 * fires it makes exactly the moves of the full parser, so a file it finishes
 * gets exactly the full parser's tree; the MDX constructs are all there.
 */
function mdxGuardedProcessor(content: string): Processor<Root> | false {
  return guarded(true, content);
}

/**
 * Parses preprocessed content as MDX, like parseMdx, trying for files with
 * MDX syntax the parser with autolink guards before the full one.
 */
export function parseMdxGuarded(content: string): Root & MdNode {
  const parser = MAYBE_MDX.test(content) ? mdxGuardedProcessor(content) : false;
  if (parser) {
    try {
      return parser.parse(content) as Root & MdNode;
    } catch (error) {
      if (error !== NEEDS_FULL_PARSER) {
        throw error;
      }
    }
  }
  return parseMdx(content).tree;
}

/**
 * True when MDX syntax can be ruled out by looking: no `{`, no `<` other
 * than in `<!--`, no line starting with `import ` or `export ` (MDX ESM
 * needs exactly that, at the first column). For `<` and `{` this is only a
 * shortcut (the guards decide); for ESM it is the guard.
 */
const MAYBE_MDX = /[{]|<(?!!--)|^\uFEFF?(?:import|export) /m;

/** The parser that produced a tree: `fast` only where it equals the full one. */
export type ParserUsed = 'fast' | 'full';

/** Parses preprocessed content as MDX; see the fast path above. */
export function parseMdx(content: string): { tree: Root & MdNode; parser: ParserUsed } {
  const fast = MAYBE_MDX.test(content) ? false : fastMarkdownProcessor(content);
  if (fast) {
    try {
      return { tree: fast.parse(content) as Root & MdNode, parser: 'fast' };
    } catch (error) {
      if (error !== NEEDS_FULL_PARSER) {
        throw error;
      }
    }
  }
  return { tree: mdxProcessor().parse(content) as Root & MdNode, parser: 'full' };
}

/** Parses preprocessed content with the full MDX parser only (for tests). */
export function parseMdxFull(content: string): Root & MdNode {
  return mdxProcessor().parse(content) as Root & MdNode;
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

/*
 * Plain prose, masked. Most of the parse time goes into paragraphs of plain
 * text, and nothing the check reads comes from their text: it reads
 * headings, links, images, footnotes, directives, JSX, expressions and ESM,
 * and each of those needs a character that plain prose lacks. So before
 * parsing, every paragraph of plain prose (a run of lines between blank
 * lines, each starting with a letter at the first column and free of the
 * characters below) is masked line by line: the same lines, only their text
 * differs, so lines, columns and everything read from the tree stay the same.
 *
 * A run is masked in one of two ways:
 * - emptied (every line made blank): the parser then skips it almost for
 *   free. That is for runs outside JSX (as far as a look at the lines can
 *   tell): there a paragraph between blank lines only separates what is
 *   around it, and afterwards no node but the root or a `:::` container may
 *   reach into an emptied run (a list or code block reaching into it would
 *   have run on where the paragraph stopped it).
 * - replaced with `x` (a paragraph of one letter per line): for runs that
 *   may be inside a JSX element, where an emptied run cannot be told apart
 *   from text inside its opening tag. Afterwards each such run must be a
 *   paragraph of exactly its lines.
 * A run with lines starting with a letter is a paragraph unless something
 * around it (a fence, a comment, an expression, a JSX tag) takes it in, and
 * masking does not change what takes it in: none of the characters that
 * open or close such constructs may occur in a masked line. If a check
 * afterwards fails, the file is parsed again unmasked.
 */

/**
 * A line of plain prose: starts with a letter, not `import`/`export` (MDX
 * ESM), and has none of `[ ] < > { } @ \` (links, images, footnotes, JSX,
 * expressions, autolinks, escapes) and no `:` or `&` followed by something
 * other than a space (text directives, URLs, character references), nor
 * `www` (literal autolinks). In MDX files ASCII quotes are out as well: they
 * delimit JSX attribute values.
 */
const PROSE_LINE = /^(?!import|export)\p{L}(?:[^[\]<>{}@\\:&\r]|[:&](?=[ \t]|$))*$/u;
const QUOTE = /["']/;
const WWW = /www/i;
/** Lines that look like opening and closing a JSX element, for the guess of where JSX is. */
const JSX_OPEN = /^\s*<[A-Za-z]/;
const JSX_SELF_CLOSED = /\/>\s*$/;
const JSX_CLOSE = /^\s*<\/[A-Za-z]/;
const JSX_CLOSE_AT_END = /<\/[A-Za-z][\w.:-]*>\s*$/;

export interface MaskedRun {
  /** First and last line of the run, 1-based. */
  first: number;
  last: number;
  /**
   * `empty`: emptied; `x`: replaced with `x` lines; `code`: a fenced code
   * block from its opening to its closing fence, the lines between emptied;
   * `frontMatter`: the front matter, the lines between its fences emptied.
   */
  mode: 'empty' | 'x' | 'code' | 'frontMatter';
}

/** An opening code fence at the first column: its character and length. */
const CODE_FENCE_OPEN = /^(`{3,}|~{3,})([^\n]*)$/;
const CODE_FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
/** A line that might close a `:::` container around the code. */
const CONTAINER_FENCE = /^\s*:{3,}/;

/**
 * Empties the lines inside fenced code blocks that open at the first column:
 * what is between the fences is literal text, and at the first column only
 * the closing fence ends it (or a `:::` container around it: a block with
 * such a line inside is left alone). Afterwards each must be a code node
 * from exactly its opening to its closing fence.
 */
function maskCodeBlocks(lines: string[], start: number, runs: MaskedRun[]): void {
  for (let index = start; index < lines.length; index += 1) {
    const open = CODE_FENCE_OPEN.exec(lines[index]);
    if (!open || (open[1][0] === '`' && open[2].includes('`'))) {
      continue;
    }
    let close = index + 1;
    let container = false;
    for (; close < lines.length; close += 1) {
      const fence = CODE_FENCE_CLOSE.exec(lines[close]);
      if (fence && fence[1][0] === open[1][0] && fence[1].length >= open[1].length) {
        break;
      }
      container ||= CONTAINER_FENCE.test(lines[close]);
    }
    if (close >= lines.length) {
      return;
    }
    if (!container && close > index + 1) {
      runs.push({ first: index + 1, last: close + 1, mode: 'code' });
      lines.fill('', index + 1, close);
    }
    index = close;
  }
}

/**
 * A GFM table of plain text between blank lines: every line starts with `|`
 * and has nothing the check reads (the characters prose may not have, and no
 * backticks); emptied like prose.
 */
const TABLE_LINE = /^\|(?:[^[\]<>{}@\\:&`\r]|:(?=[ \t|-]|$))*$/;
function isPlainTable(lines: readonly string[], first: number, end: number, mdx: boolean): boolean {
  if (end - first < 2) {
    return false;
  }
  for (let line = first; line < end; line += 1) {
    const text = lines[line];
    if (!TABLE_LINE.test(text) || WWW.test(text) || (mdx && QUOTE.test(text))) {
      return false;
    }
  }
  return true;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A line of a list of plain prose: a marker or indentation, then prose. */
const LIST_LINE =
  /^[ ]{0,12}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\p{L}(?:[^[\]<>{}@\\:&\r]|[:&](?=[ \t]|$))*$/u;

/**
 * A list of plain prose between blank lines, starting at the first column,
 * that the next line with text ends (it starts at the first column and is no
 * list item): emptied like prose. The list then ends where it did, and what
 * comes after it is read the same.
 */
function isPlainList(lines: readonly string[], first: number, end: number, mdx: boolean): boolean {
  if (!LIST_MARKER.test(lines[first])) {
    return false;
  }
  for (let line = first; line < end; line += 1) {
    const text = lines[line];
    if (!LIST_LINE.test(text) || WWW.test(text) || (mdx && QUOTE.test(text))) {
      return false;
    }
  }
  let next = end;
  while (next < lines.length && lines[next].trim() === '') {
    next += 1;
  }
  return next === lines.length || (/^\S/.test(lines[next]) && !LIST_MARKER.test(lines[next]));
}

/** Masks plain-prose paragraphs (see above); undefined when there are none. */
export function maskProse(
  content: string,
  mdx: boolean,
): { content: string; runs: MaskedRun[] } | undefined {
  const lines = content.split('\n');
  const runs: MaskedRun[] = [];
  let start = 0;
  // Front matter: read by parseFrontMatter, not from the tree.
  const frontMatter = /^\uFEFF?---[ \t]*\r?$/.test(lines[0] ?? '');
  if (frontMatter) {
    const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
    start = close === -1 ? lines.length : close + 1;
    if (close > 1) {
      runs.push({ first: 1, last: close + 1, mode: 'frontMatter' });
      lines.fill('', 1, close);
    }
  }
  maskCodeBlocks(lines, start, runs);
  // Elements opened and not yet closed, by the look of the lines: only a
  // guess, which decides how a run is masked, never whether the result holds.
  let jsxDepth = 0;
  let index = start;
  while (index < lines.length) {
    if (lines[index].trim() === '') {
      index += 1;
      continue;
    }
    let end = index;
    let prose = true;
    while (end < lines.length && lines[end].trim() !== '') {
      const line = lines[end];
      if (prose && (!PROSE_LINE.test(line) || WWW.test(line) || (mdx && QUOTE.test(line)))) {
        prose = false;
      }
      if (mdx && !prose) {
        if (JSX_CLOSE.test(line)) jsxDepth = Math.max(0, jsxDepth - 1);
        else if (JSX_OPEN.test(line) && !JSX_SELF_CLOSED.test(line) && !JSX_CLOSE_AT_END.test(line))
          jsxDepth += 1;
      }
      end += 1;
    }
    if (
      !prose &&
      (!mdx || jsxDepth === 0) &&
      (isPlainTable(lines, index, end, mdx) || isPlainList(lines, index, end, mdx))
    ) {
      runs.push({ first: index + 1, last: end, mode: 'empty' });
      lines.fill('', index, end);
    } else if (prose) {
      const mode = mdx && jsxDepth > 0 ? 'x' : 'empty';
      runs.push({ first: index + 1, last: end, mode });
      for (let line = index; line < end; line += 1) {
        lines[line] = mode === 'x' ? 'x' : '';
      }
    }
    index = end;
  }
  return runs.length > 0 ? { content: lines.join('\n'), runs } : undefined;
}

/** Nodes that may reach into an emptied run: what a paragraph cannot end. */
const SPANS_EMPTIED_RUNS = new Set(['root', 'containerDirective']);

/** True when masking left the tree as it would be unmasked (see above). */
function maskingHeld(tree: MdNode, runs: readonly MaskedRun[]): boolean {
  const paragraphs = new Map<number, number>();
  const codes = new Map<number, number>();
  // emptiedBefore[line]: number of emptied lines before `line` (1-based).
  const lastLine = runs.reduce((max, run) => Math.max(max, run.last), 0);
  const emptiedBefore = new Int32Array(lastLine + 2);
  for (const run of runs) {
    if (run.mode === 'empty') {
      for (let line = run.first; line <= run.last; line += 1) emptiedBefore[line + 1] = 1;
    }
  }
  for (let line = 1; line < emptiedBefore.length; line += 1) {
    emptiedBefore[line] += emptiedBefore[line - 1];
  }
  const emptiedIn = (from: number, to: number): boolean => {
    const a = Math.min(Math.max(from, 1), lastLine + 1);
    const b = Math.min(Math.max(to, 0), lastLine) + 1;
    return b > a && emptiedBefore[b] - emptiedBefore[a] > 0;
  };
  let held = true;
  const walk = (node: MdNode): void => {
    const start = node.position?.start.line;
    const end = node.position?.end?.line;
    if (start !== undefined && end !== undefined) {
      if (emptiedIn(start, end) && !SPANS_EMPTIED_RUNS.has(node.type)) {
        held = false;
        return;
      }
      if (node.type === 'paragraph') {
        paragraphs.set(start, end);
        return;
      }
      if (node.type === 'code') {
        codes.set(start, end);
        return;
      }
    }
    for (const child of node.children ?? []) {
      if (!held) return;
      walk(child);
    }
  };
  walk(tree);
  const first = tree.children?.[0];
  return (
    held &&
    runs.every((run) => {
      switch (run.mode) {
        case 'empty':
          return true;
        case 'x':
          return paragraphs.get(run.first) === run.last;
        case 'code':
          return codes.get(run.first) === run.last;
        case 'frontMatter':
          return (
            first?.type === 'yaml' &&
            first.position?.start.line === 1 &&
            first.position.end?.line === run.last
          );
      }
    })
  );
}

/**
 * The content with every run of blank lines cut to one, and for each line
 * left the line it was. Blank lines cost the parser as much as short lines
 * of text, and masking makes many. One blank line separates blocks as well
 * as several do; only the text of multi-line literal blocks (code, HTML,
 * attribute values) loses newlines, and the check reads none of that (URLs
 * it checks without their line breaks, as browsers do).
 */
function collapseBlankLines(content: string): { content: string; lines: Int32Array } {
  const source = content.split('\n');
  const kept: string[] = [];
  const lines = new Int32Array(source.length + 1);
  let previousBlank = false;
  for (let index = 0; index < source.length; index += 1) {
    const blank = BLANK_LINE.test(source[index]);
    if (!(blank && previousBlank)) {
      kept.push(source[index]);
      lines[kept.length] = index + 1;
    }
    previousBlank = blank;
  }
  return { content: kept.join('\n'), lines: lines.subarray(0, kept.length + 1) };
}

const BLANK_LINE = /^[ \t]*\r?$/;

/** Puts the lines of `collapseBlankLines` back into every position the check reads. */
function restoreLines(tree: MdNode, lines: Int32Array): void {
  const seen = new WeakSet<object>();
  const map = (point: { line: number } | undefined): void => {
    if (point && !seen.has(point)) {
      seen.add(point);
      point.line = lines[point.line] ?? point.line;
    }
  };
  const walk = (node: MdNode): void => {
    map(node.position?.start);
    map(node.position?.end);
    if (Array.isArray(node.attributes)) {
      for (const attribute of node.attributes as Array<{ position?: MdNode['position'] }>) {
        map(attribute.position?.start);
        map(attribute.position?.end);
      }
    }
    for (const statement of node.data?.estree?.body ?? []) {
      map(statement.loc?.start);
      map(statement.loc?.end);
    }
    for (const child of node.children ?? []) {
      walk(child);
    }
  };
  walk(tree);
}

/**
 * Parses preprocessed content with plain prose, tables, lists, code and front
 * matter masked (see above) and blank lines collapsed; undefined when there
 * is nothing to mask, the masked text does not parse, or masking did not hold.
 */
export function parseMasked(content: string): (Root & MdNode) | undefined {
  const masked = maskProse(content, MAYBE_MDX.test(content));
  if (!masked) {
    return undefined;
  }
  try {
    const compact = collapseBlankLines(masked.content);
    const tree = parseMdxGuarded(compact.content);
    restoreLines(tree, compact.lines);
    return maskingHeld(tree, masked.runs) ? tree : undefined;
  } catch {
    // Parsed unmasked by the caller, for the error as the author's text gives it.
    return undefined;
  }
}

/** Parses preprocessed content for the check: masked where that is safe. */
export function parseForCheck(content: string): Root & MdNode {
  return parseMasked(content) ?? parseMdxGuarded(content);
}

/** Parses a file; never throws on bad content. `maskProseText` false: parse as written (for tests). */
export function parseContentFile(source: string, maskProseText = true): ParsedFile {
  const { frontMatter, error } = parseFrontMatter(source);
  const parsed: ParsedFile = { frontMatter, frontMatterError: error, source };
  try {
    const content = preprocess(source);
    parsed.tree = maskProseText ? parseForCheck(content) : parseMdx(content).tree;
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
