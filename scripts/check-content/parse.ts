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

/** Parses the front matter block at the start of a file, if any. */
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
): Processor<Root> | false {
  let replaced = false;
  const candidate = unified()
    .use(remarkParse)
    .use(syntax)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(function withoutLiteralAutolinks(this: Processor) {
      replaced = replaceLiteralAutolinks(
        this.data() as { micromarkExtensions?: MicromarkExtension[] },
      );
    })
    .use(remarkSkipIdleAutolinkTransform)
    .use(remarkComment) as unknown as Processor<Root>;
  candidate.freeze();
  return replaced ? candidate : false;
}

let fastProcessor: Processor<Root> | false | undefined;

function fastMarkdownProcessor(): Processor<Root> | false {
  fastProcessor ??= guardedProcessor(remarkMdxGuards);
  return fastProcessor;
}

let mdxAutolinkGuardedProcessor: Processor<Root> | false | undefined;

/**
 * For files with MDX: the full parser, but with GFM's literal autolinks
 * replaced by the same guards as on the fast path (see there). Until a guard
 * fires it makes exactly the moves of the full parser, so a file it finishes
 * gets exactly the full parser's tree; the MDX constructs are all there.
 */
function mdxGuardedProcessor(): Processor<Root> | false {
  mdxAutolinkGuardedProcessor ??= guardedProcessor(remarkMdx);
  return mdxAutolinkGuardedProcessor;
}

/**
 * Parses preprocessed content as MDX, like parseMdx, trying for files with
 * MDX syntax the parser with autolink guards before the full one.
 */
export function parseMdxGuarded(content: string): Root & MdNode {
  const guarded = MAYBE_MDX.test(content) ? mdxGuardedProcessor() : false;
  if (guarded) {
    try {
      return guarded.parse(content) as Root & MdNode;
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
  const fast = MAYBE_MDX.test(content) ? false : fastMarkdownProcessor();
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
 * characters below) is replaced line by line with `x`: the same lines, the
 * same structure, only its text differs. Lines, columns and everything read
 * from the tree stay the same.
 *
 * A run of lines starting with a letter is a paragraph unless something
 * around it (a fence, a comment, an expression, a JSX tag) takes it in, and
 * masking does not change what takes it in: none of the characters that
 * open or close such constructs may occur in a masked line. Afterwards each
 * masked run must be a paragraph of its own in the tree; if any is not, the
 * file is parsed again unmasked.
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

interface MaskedRun {
  /** First and last line of the run, 1-based. */
  first: number;
  last: number;
}

/** Masks plain-prose paragraphs (see above); undefined when there are none. */
export function maskProse(
  content: string,
  mdx: boolean,
): { content: string; runs: MaskedRun[] } | undefined {
  const lines = content.split('\n');
  const runs: MaskedRun[] = [];
  let start = 0;
  // Leave front matter alone.
  const frontMatter = /^\uFEFF?---[ \t]*\r?$/.test(lines[0] ?? '');
  if (frontMatter) {
    const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
    start = close === -1 ? lines.length : close + 1;
  }
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
      end += 1;
    }
    if (prose) {
      runs.push({ first: index + 1, last: end });
      for (let line = index; line < end; line += 1) {
        lines[line] = 'x';
      }
    }
    index = end;
  }
  return runs.length > 0 ? { content: lines.join('\n'), runs } : undefined;
}

/** True when every masked run came out as a paragraph of exactly its lines. */
function runsAreParagraphs(tree: MdNode, runs: readonly MaskedRun[]): boolean {
  const paragraphs = new Map<number, number>();
  const walk = (node: MdNode): void => {
    if (node.type === 'paragraph' && node.position?.end) {
      paragraphs.set(node.position.start.line, node.position.end.line);
      return;
    }
    for (const child of node.children ?? []) {
      walk(child);
    }
  };
  walk(tree);
  return runs.every((run) => paragraphs.get(run.first) === run.last);
}

/** Parses preprocessed content for the check: prose masked where that is safe. */
export function parseForCheck(content: string): Root & MdNode {
  const masked = maskProse(content, MAYBE_MDX.test(content));
  if (masked) {
    try {
      const tree = parseMdxGuarded(masked.content);
      if (runsAreParagraphs(tree, masked.runs)) {
        return tree;
      }
    } catch {
      // Parse unmasked below, for the error as the author's text gives it.
    }
  }
  return parseMdxGuarded(content);
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
