/**
 * The few DOM builders the two search islands (./search, the navbar popup,
 * and ./search-page) render their results with.
 */
import type { ExcerptPart } from '@site/src/components/Search/pagefind';

/** An element with an optional class and its children (strings become text). */
export function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** A message in which `backticked` parts are shown as code (as Explanation does). */
export function explanation(text: string): Node[] {
  return text
    .split('`')
    .map((piece, index) => (index % 2 === 1 ? node('code', undefined, piece) : new Text(piece)));
}

/** A Pagefind excerpt, its matches in `<mark>`. */
export function excerptNodes(parts: ExcerptPart[], markClass: string): Node[] {
  return parts.map((part) =>
    part.mark ? node('mark', markClass, part.text) : new Text(part.text),
  );
}
