/**
 * Walking a page parsed by parse5 (the HTML parser browsers' rules are
 * written in): for the build steps that read built pages, the deferred-scripts
 * loader (plugins/post-build/islands) and the CSP hashes (scripts/serve), and for
 * the tests that read them back. Types only from parse5: callers parse.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element below a node, in document order, template contents included. */
export function* elementsOf(node: HtmlNode): Generator<HtmlElement> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsOf(
      child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child,
    );
  }
}

/** The value of an attribute, or undefined when the element does not have it. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text of a node: its text nodes joined (a script's or style's source as written). */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
