/**
 * Remark plugin: what the live blog's authors write, built within the house
 * style (issue 19). After the safety guard, before Docusaurus' own plugins:
 *
 * - inline `style`: only the properties of src/mdx/style.ts stay; the rest is
 *   dropped with a warning at the line (styling never fails a build);
 * - a self-hosted `<video>` (SELF_HOSTED_VIDEO): controls on, no autoplay,
 *   `preload` at most `metadata`, and its `<source>`/`<track>` files beside
 *   the post bundled like any other asset;
 * - a raw `<a class="utrecht-button …">` renders as the house-style button
 *   link (BUTTON_LINK);
 * - an unknown admonition (`:::Oproep`) renders as a note titled with the
 *   author's word, with a warning naming the nearest type.
 *
 * `npm run check:content` reports the same warnings from the same rules.
 */
import path from 'node:path';
import type { Options as AcornOptions } from 'acorn';
import { escapePath, getFileLoaderUtils } from '@docusaurus/utils';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

import { nativeRequire } from '../lib/native-require';
import {
  BUTTON_LINK,
  SELF_HOSTED_VIDEO,
  admonitionFor,
  droppedStyleMessage,
  filterStyle,
  literalProgramValue,
  unknownAdmonitionMessage,
  type MdNode,
} from '../../src/mdx/rules';

const { parse } = nativeRequire<typeof import('acorn')>('acorn');

const ACORN: AcornOptions = { ecmaVersion: 'latest', sourceType: 'module' };

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: Record<string, unknown> };
  position?: MdNode['position'];
}

/** An attribute whose value is the JavaScript expression `source` (a literal or an identifier). */
function expressionAttribute(name: string, source: string): JsxAttribute {
  const program = parse(`(${source})`, ACORN);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: source, data: { estree: program } },
  };
}

function attributesOf(node: MdNode): JsxAttribute[] {
  if (!Array.isArray(node.attributes)) node.attributes = [];
  return node.attributes as JsxAttribute[];
}

function find(node: MdNode, ...names: string[]): JsxAttribute | undefined {
  return attributesOf(node).find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && names.includes(attribute.name ?? ''),
  );
}

function remove(node: MdNode, attribute: JsxAttribute): void {
  const attributes = attributesOf(node);
  attributes.splice(attributes.indexOf(attribute), 1);
}

/** The value an author wrote: a string, or a literal `{…}` expression's value. */
export function attributeValue(attribute: JsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  return literalProgramValue(value.data?.estree as Parameters<typeof literalProgramValue>[0]);
}

/** A warning at the author's line, once per message (both compilers run this plugin). */
const warned = new Set<string>();
function warn(file: VFile, node: { position?: MdNode['position'] }, message: string): void {
  const start = node.position?.start;
  const where = `${path.relative(process.cwd(), file.path ?? 'onbekend bestand')}:${start?.line ?? 1}:${start?.column ?? 1}`;
  const line = `[WARNING] ${where}  ${message}`;
  if (warned.has(line)) return;
  warned.add(line);
  console.warn(line);
}

function filterStyleAttribute(node: MdNode, file: VFile): void {
  const attribute = find(node, 'style');
  if (!attribute) return;
  const value = attributeValue(attribute);
  const written =
    typeof value === 'string' || (value !== null && typeof value === 'object')
      ? (value as Record<string, unknown> | string)
      : {};
  const { kept, dropped } = filterStyle(written);
  if (dropped.length > 0) warn(file, attribute, droppedStyleMessage(node.name ?? '', dropped));
  remove(node, attribute);
  if (Object.keys(kept).length > 0) {
    attributesOf(node).push(expressionAttribute('style', JSON.stringify(kept)));
  }
}

function addClass(node: MdNode, className: string): void {
  const existing = find(node, 'className', 'class');
  const current = existing && typeof existing.value === 'string' ? existing.value : '';
  if (existing) remove(node, existing);
  attributesOf(node).push({
    type: 'mdxJsxAttribute',
    name: 'className',
    value: [current, className].filter(Boolean).join(' '),
  });
}

function buttonLink(node: MdNode): void {
  const attribute = find(node, 'class', 'className');
  if (!attribute || typeof attribute.value !== 'string') return;
  const classes = attribute.value.split(/\s+/);
  if (!classes.includes(BUTTON_LINK.marker)) return;
  const variant =
    classes.map((name) => BUTTON_LINK.variants[name]).find(Boolean) ?? 'button-link--primary';
  remove(node, attribute);
  attributesOf(node).push({
    type: 'mdxJsxAttribute',
    name: 'className',
    value: `${BUTTON_LINK.className} ${variant}`,
  });
  if (find(node, 'target')?.value === '_blank' && !find(node, 'rel')) {
    attributesOf(node).push({ type: 'mdxJsxAttribute', name: 'rel', value: 'noopener noreferrer' });
  }
}

/** True for a path to a file beside the post (not a URL, not site-absolute). */
function isLocalFile(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url) && url.trim() !== '';
}

interface Imports {
  add(relative: string): string;
}

/**
 * Attributes naming a file beside the post that the bundler must emit: the
 * files of a self-hosted video, and the `src` of an `<img>` written as JSX
 * (MDX leaves `./img/x.png` as it is, a path the built page does not have).
 */
function localFileAttributes(name: string): readonly string[] | undefined {
  if (name === 'img') return ['src'];
  return SELF_HOSTED_VIDEO.fileAttributes[name as keyof typeof SELF_HOSTED_VIDEO.fileAttributes];
}

function localFiles(node: MdNode, imports: Imports): void {
  const names = localFileAttributes(node.name ?? '');
  for (const name of names ?? []) {
    const attribute = find(node, name);
    if (!attribute || typeof attribute.value !== 'string' || !isLocalFile(attribute.value)) {
      continue;
    }
    const relative = attribute.value.startsWith('.') ? attribute.value : `./${attribute.value}`;
    remove(node, attribute);
    attributesOf(node).push(expressionAttribute(name, imports.add(relative)));
  }
}

function video(node: MdNode, file: VFile): void {
  for (const name of SELF_HOSTED_VIDEO.droppedAttributes) {
    const attribute = find(node, name);
    if (attribute) {
      remove(node, attribute);
      warn(
        file,
        attribute,
        'Een video speelt niet vanzelf af (autoPlay is weggelaten): de lezer kiest zelf wanneer.',
      );
    }
  }
  const preload = find(node, 'preload');
  const allowed: readonly string[] = SELF_HOSTED_VIDEO.preload;
  if (preload && !allowed.includes(String(attributeValue(preload)))) {
    warn(
      file,
      preload,
      `preload="${String(attributeValue(preload))}" laadt de hele video vooraf; de site maakt er preload="metadata" van.`,
    );
    remove(node, preload);
  }
  if (!find(node, 'preload')) {
    attributesOf(node).push({ type: 'mdxJsxAttribute', name: 'preload', value: 'metadata' });
  }
  if (!find(node, 'controls')) {
    attributesOf(node).push({ type: 'mdxJsxAttribute', name: 'controls', value: null });
  }
  if (!find(node, 'playsInline')) {
    attributesOf(node).push({ type: 'mdxJsxAttribute', name: 'playsInline', value: null });
  }
  addClass(node, 'blog-video');
}

function admonition(node: MdNode, file: VFile): void {
  const keyword = node.name ?? '';
  const choice = admonitionFor(keyword);
  if (choice.known) {
    node.name = choice.type;
    return;
  }
  warn(file, node, unknownAdmonitionMessage(keyword));
  node.name = choice.type;
  const first = node.children?.[0] as
    (MdNode & { data?: { directiveLabel?: boolean } }) | undefined;
  if (!first?.data?.directiveLabel) {
    // The author's word becomes the title: nothing they wrote is lost.
    node.children = [
      {
        type: 'paragraph',
        data: { directiveLabel: true },
        children: [{ type: 'text', value: keyword }],
      } as MdNode,
      ...(node.children ?? []),
    ];
  }
}

/** The plugin, for the blog, the kennisbank and the pages. */
export default function remarkContentHabits() {
  const fileLoader = getFileLoaderUtils(false).loaders.inlineMarkdownLinkFileLoader;
  return (root: Root, file: VFile): void => {
    const sources: string[] = [];
    const imports: Imports = {
      add(relative) {
        sources.push(relative);
        return `ContentHabits__file_${sources.length - 1}`;
      },
    };
    const walk = (node: MdNode): void => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        filterStyleAttribute(node, file);
        if (node.name === 'a') buttonLink(node);
        if (node.name === 'video') video(node, file);
        localFiles(node, imports);
      } else if (node.type === 'containerDirective') {
        admonition(node, file);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root as unknown as MdNode);
    const esm = sources.map((relative, index) => {
      const value = `import ContentHabits__file_${index} from ${JSON.stringify(fileLoader + escapePath(relative))};`;
      return { type: 'mdxjsEsm', value, data: { estree: parse(value, ACORN) } };
    });
    (root.children as unknown[]).unshift(...esm);
  };
}
