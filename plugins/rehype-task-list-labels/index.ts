import type { Element, Root } from 'hast';
import { nativeRequire } from '../lib/native-require';

const { visit } = nativeRequire<typeof import('unist-util-visit')>('unist-util-visit');

/**
 * GFM task lists (`- [x] klaar`) become disabled checkboxes without a label,
 * which axe reports as a critical WCAG failure (4.1.2). The item's text sits
 * next to the box, so the box only needs to say its state: we give it a Dutch
 * accessible name.
 */
export default function rehypeTaskListLabels(): (tree: Root) => void {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'input' || node.properties?.type !== 'checkbox') return;
      const checked = node.properties.checked === true || node.properties.checked === '';
      node.properties.ariaLabel = checked ? 'Afgevinkt' : 'Niet afgevinkt';
    });
  };
}
