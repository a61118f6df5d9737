/**
 * Reading built pages and feeds back with real parsers, for tests: HTML with
 * parse5 (plugins/lib/html-tree walks it), XML with saxes, which refuses
 * anything that is not well-formed.
 */
import { parseFragment } from 'parse5';
import { SaxesParser } from 'saxes';
import { elementsOf, textOf } from '../../plugins/lib/html-tree';

export { attributeOf, elementsOf, textOf } from '../../plugins/lib/html-tree';
export type { HtmlElement, HtmlNode } from '../../plugins/lib/html-tree';

/**
 * Text that a reader may show as HTML (a feed title, say), read as HTML:
 * the text it shows, or `MARKUP <b>…` when it holds any element.
 */
export function htmlText(text: string): string {
  const fragment = parseFragment(text);
  const markup = [...elementsOf(fragment)].map((el) => `<${el.tagName}>`);
  return markup.length > 0 ? `MARKUP ${markup.join('')}` : textOf(fragment);
}

export interface XmlElement {
  /** The local name (`creator` for `dc:creator`). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside, joined. */
  text: string;
}

/** Parses XML strictly (a well-formedness error throws) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((a) => [a.local || a.name, a.value]),
      ),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('cdata', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root;
}

/** The first child element with a local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every child element with a local name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Every element below one, in document order. */
export function* xmlElements(element: XmlElement): Generator<XmlElement> {
  for (const c of element.children) {
    yield c;
    yield* xmlElements(c);
  }
}
