/**
 * Extracts what the Rijkshuisstijl compatibility layer needs from the real
 * packages, so the site never loads them whole:
 *
 * 1. the CSS of the components we render, out of
 *    `@rijkshuisstijl-community/components-css/dist/index.css` (352 KB, all
 *    components). Only rules whose every selector names nothing but classes of
 *    our components are kept, in their original order (so the cascade is the
 *    library's). The per-component `@utrecht/*-css` files are not enough: the
 *    Rijkshuisstijl rules (`rhc-card`, `rhc-link`, the RHC overrides of the
 *    Utrecht components) exist only in this bundled file.
 * 2. the SVG path data of the default icon set, out of
 *    `@rijkshuisstijl-community/components-react/dist/index.esm.js` (Tabler
 *    icons bundled into the library; `@tabler/icons-react` itself is not
 *    installed).
 *
 * Run after upgrading those packages, then commit the output:
 *
 *     npx tsx scripts/extract-rijkshuisstijl.ts
 *
 * `tests/unit/rijkshuisstijl-generated.test.ts` fails while the committed
 * files differ from what this script produces.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';

import type { IconData, IconSet } from '../plugins/rijkshuisstijl-compat/icon-types';

/** Output files, relative to the site directory. */
export const GENERATED_FILES = {
  css: 'src/css/rijkshuisstijl-components.generated.css',
  defaultIcons: 'plugins/rijkshuisstijl-compat/default-icons.generated.ts',
  alertIcons: 'src/components/Rijkshuisstijl/icons/alert-icons.generated.ts',
} as const;

const COMPONENTS_CSS = 'node_modules/@rijkshuisstijl-community/components-css';
const COMPONENTS_REACT = 'node_modules/@rijkshuisstijl-community/components-react';

/**
 * BEM blocks of the markup our components render (see
 * src/components/Rijkshuisstijl). A class belongs to a block when it is the
 * block itself or starts with `block__` or `block--`.
 */
export const COMPONENT_CSS_BLOCKS: readonly string[] = [
  'nl-heading',
  'nl-link',
  'rhc-blockquote',
  'rhc-card',
  'rhc-heading',
  'rhc-link',
  'rhc-visually-hidden',
  'utrecht-alert',
  'utrecht-blockquote',
  'utrecht-icon',
  'utrecht-img',
  'utrecht-link',
  'utrecht-link-list',
];

/** Icons the Alert component shows for its four types (see Alert.tsx). */
export const ALERT_ICON_NAMES: readonly string[] = [
  'info-circle',
  'circle-check',
  'let-op',
  'alert-circle',
];

// ---------------------------------------------------------------------------
// A minimal CSS parser for minified, well-formed stylesheets.

export type CssNode =
  | { readonly type: 'comment'; readonly text: string }
  | { readonly type: 'statement'; readonly text: string }
  | { readonly type: 'rule'; readonly selector: string; readonly body: string }
  | { readonly type: 'group'; readonly prelude: string; readonly children: readonly CssNode[] }
  | { readonly type: 'at-block'; readonly prelude: string; readonly body: string };

/** At-rules whose block holds rules (others, like @keyframes, are kept opaque). */
const GROUP_AT_RULES = new Set(['media', 'supports', 'container', 'layer', 'scope', 'document']);

/** Index of the first of `stops` at depth 0 outside strings and comments. */
function scanTo(css: string, start: number, stops: string): number {
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") {
      i = skipString(css, i);
    } else if (char === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i === 0) throw new Error('Unterminated comment in CSS');
    } else if (char === '(' || char === '[') {
      depth++;
    } else if (char === ')' || char === ']') {
      depth--;
    } else if (depth === 0 && stops.includes(char)) {
      return i;
    }
  }
  return -1;
}

function skipString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  throw new Error('Unterminated string in CSS');
}

/** Index just after the `}` matching the `{` at `open`. */
function matchBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") i = skipString(css, i);
    else if (char === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  throw new Error('Unbalanced braces in CSS');
}

/** Parses a stylesheet into top-level nodes; `serializeCss` reverses it exactly. */
export function parseCss(css: string): CssNode[] {
  const nodes: CssNode[] = [];
  let i = 0;
  while (i < css.length) {
    if (/\s/.test(css[i])) {
      i++;
    } else if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2) + 2;
      nodes.push({ type: 'comment', text: css.slice(i, end) });
      i = end;
    } else {
      const stop = scanTo(css, i, '{;');
      if (stop === -1) throw new Error(`Unexpected end of CSS at ${i}`);
      const prelude = css.slice(i, stop);
      if (css[stop] === ';') {
        nodes.push({ type: 'statement', text: css.slice(i, stop + 1) });
        i = stop + 1;
        continue;
      }
      const end = matchBrace(css, stop);
      const body = css.slice(stop + 1, end - 1);
      const atName = /^@([\w-]+)/.exec(prelude)?.[1];
      if (atName === undefined) {
        nodes.push({ type: 'rule', selector: prelude, body });
      } else if (GROUP_AT_RULES.has(atName)) {
        nodes.push({ type: 'group', prelude, children: parseCss(body) });
      } else {
        nodes.push({ type: 'at-block', prelude, body });
      }
      i = end;
    }
  }
  return nodes;
}

export function serializeCss(nodes: readonly CssNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'comment':
        case 'statement':
          return node.text;
        case 'rule':
          return `${node.selector}{${node.body}}`;
        case 'group':
          return `${node.prelude}{${serializeCss(node.children)}}`;
        case 'at-block':
          return `${node.prelude}{${node.body}}`;
      }
    })
    .join('');
}

/** Splits a selector list at its top-level commas. */
export function splitSelectorList(selector: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const comma = scanTo(selector, start, ',');
    if (comma === -1) break;
    parts.push(selector.slice(start, comma));
    start = comma + 1;
  }
  parts.push(selector.slice(start));
  return parts.map((part) => part.trim());
}

/** Class names a selector mentions (strings, as in `[href$=".pdf"]`, ignored). */
export function classNamesOf(selector: string): string[] {
  const withoutStrings = selector.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  return [...withoutStrings.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]);
}

export function isComponentClass(className: string, blocks = COMPONENT_CSS_BLOCKS): boolean {
  return blocks.some(
    (block) =>
      className === block ||
      className.startsWith(`${block}__`) ||
      className.startsWith(`${block}--`),
  );
}

/**
 * Keeps the selectors that mention at least one class and only classes of
 * `blocks`; drops rules left without selectors, comments and opaque at-rules
 * (@keyframes of components we do not render).
 */
export function filterCss(
  nodes: readonly CssNode[],
  blocks: readonly string[] = COMPONENT_CSS_BLOCKS,
): CssNode[] {
  const kept: CssNode[] = [];
  for (const node of nodes) {
    if (node.type === 'rule') {
      const selectors = splitSelectorList(node.selector).filter((selector) => {
        const classes = classNamesOf(selector);
        return classes.length > 0 && classes.every((name) => isComponentClass(name, blocks));
      });
      if (selectors.length > 0) kept.push({ ...node, selector: selectors.join(',') });
    } else if (node.type === 'group') {
      const children = filterCss(node.children, blocks);
      if (children.length > 0) kept.push({ ...node, children });
    }
  }
  return kept;
}

// ---------------------------------------------------------------------------
// Icons

/** Reads the default icon set out of the library's bundled ESM file. */
export function extractIconSet(esmSource: string): Record<string, IconData> {
  const nodes = new Map<string, string[]>();
  for (const match of esmSource.matchAll(/^const (__iconNode[\w$]*) = (\[.*\]);$/gm)) {
    const parsed = JSON.parse(match[2]) as [string, Record<string, string>][];
    nodes.set(
      match[1],
      parsed.map(([tag, attrs]) => {
        if (tag !== 'path' || typeof attrs.d !== 'string') {
          throw new Error(`Unsupported icon element <${tag}> in ${match[1]}`);
        }
        return attrs.d;
      }),
    );
  }

  const components = new Map<string, IconData>();
  const componentPattern =
    /^const (Icon\w+) = createReactComponent\("outline", "([\w-]+)", "\w+", (__iconNode[\w$]*)\);$/gm;
  for (const match of esmSource.matchAll(componentPattern)) {
    const paths = nodes.get(match[3]);
    if (!paths) throw new Error(`Icon node ${match[3]} not found`);
    components.set(match[1], { tabler: match[2], paths });
  }

  const dutchMap =
    /const DutchMapIcon = \(\) => jsx\("svg", \{\s*viewBox: "([^"]+)"[\s\S]*?d: "([^"]+)"/.exec(
      esmSource,
    );
  if (dutchMap) components.set('DutchMapIcon', { viewBox: dutchMap[1], paths: [dutchMap[2]] });

  const setSource = /^const iconSet\$2 = \{\n([\s\S]*?)\n\};$/m.exec(esmSource)?.[1];
  if (!setSource) throw new Error('Default icon set (iconSet$2) not found');
  const iconSet: Record<string, IconData> = {};
  for (const line of setSource.split('\n')) {
    const entry = /^\s*(?:'([\w-]+)'|([\w]+)): jsx\((\w+), \{\}\),?$/.exec(line);
    if (!entry) throw new Error(`Cannot read icon set entry: ${line}`);
    const name = entry[1] ?? entry[2];
    const data = components.get(entry[3]);
    if (!data) throw new Error(`Icon component ${entry[3]} (for "${name}") not found`);
    iconSet[name] = data;
  }
  return iconSet;
}

function iconModule(
  comment: string,
  exportName: string,
  icons: IconSet,
  importPath: string,
): string {
  return `${comment}
import type { IconSet } from '${importPath}';

export const ${exportName}: IconSet = ${JSON.stringify(icons)};
`;
}

// ---------------------------------------------------------------------------

async function readPackageVersion(rootDir: string, packageDir: string): Promise<string> {
  const json = JSON.parse(
    await readFile(path.join(rootDir, packageDir, 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return json.version;
}

async function format(rootDir: string, file: string, source: string): Promise<string> {
  const filepath = path.join(rootDir, file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}

/** Produces the content of every generated file, keyed by its path. */
export async function generate(rootDir: string): Promise<Record<string, string>> {
  const cssVersion = await readPackageVersion(rootDir, COMPONENTS_CSS);
  const reactVersion = await readPackageVersion(rootDir, COMPONENTS_REACT);
  const css = await readFile(path.join(rootDir, COMPONENTS_CSS, 'dist/index.css'), 'utf8');
  const esm = await readFile(path.join(rootDir, COMPONENTS_REACT, 'dist/index.esm.js'), 'utf8');

  const parsed = parseCss(css);
  if (serializeCss(parsed) !== css.trim()) {
    throw new Error('The CSS parser does not round-trip components-css; check its syntax');
  }
  const componentCss = `/*
 * GENERATED by scripts/extract-rijkshuisstijl.ts: do not edit.
 * The rules of @rijkshuisstijl-community/components-css ${cssVersion} (EUPL-1.2,
 * Community for NL Design System, based on Utrecht and NL Design System
 * candidate components) for the classes of: ${COMPONENT_CSS_BLOCKS.join(', ')}.
 */
${serializeCss(filterCss(parsed))}
`;

  const iconSet = extractIconSet(esm);
  const alertIcons: Record<string, IconData> = {};
  for (const name of ALERT_ICON_NAMES) {
    const data = iconSet[name];
    if (!data) throw new Error(`Alert icon "${name}" missing from the default set`);
    alertIcons[name] = data;
  }
  const source = `@rijkshuisstijl-community/components-react ${reactVersion}`;
  const licence =
    'SVG paths of Tabler Icons (MIT, https://tabler.io/icons) and the map of the Netherlands of the Rijkshuisstijl community (EUPL-1.2)';

  return {
    [GENERATED_FILES.css]: await format(rootDir, GENERATED_FILES.css, componentCss),
    [GENERATED_FILES.defaultIcons]: await format(
      rootDir,
      GENERATED_FILES.defaultIcons,
      iconModule(
        `/**
 * GENERATED by scripts/extract-rijkshuisstijl.ts: do not edit.
 * The default icon set of ${source}: ${licence}.
 * Build-time only (remark-icons.ts): never import this from client code.
 */`,
        'DEFAULT_ICONS',
        iconSet,
        './icon-types',
      ),
    ),
    [GENERATED_FILES.alertIcons]: await format(
      rootDir,
      GENERATED_FILES.alertIcons,
      iconModule(
        `/**
 * GENERATED by scripts/extract-rijkshuisstijl.ts: do not edit.
 * The four Alert type icons of the default icon set of ${source}: ${licence}.
 */`,
        'ALERT_ICONS',
        alertIcons,
        '@site/plugins/rijkshuisstijl-compat/icon-types',
      ),
    ),
  };
}

async function main(): Promise<void> {
  const rootDir = process.cwd();
  const files = await generate(rootDir);
  for (const [file, content] of Object.entries(files)) {
    await writeFile(path.join(rootDir, file), content);
    console.log(`wrote ${file} (${Buffer.byteLength(content)} bytes)`);
  }
}

if (process.argv[1]?.endsWith('extract-rijkshuisstijl.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
