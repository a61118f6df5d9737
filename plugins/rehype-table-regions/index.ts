import type { Element, ElementContent, Parents, Root } from 'hast';
import { nativeRequire } from '../lib/native-require';

const { visit } = nativeRequire<typeof import('unist-util-visit')>('unist-util-visit');

/** Class of the scrolling wrapper (styled in src/css/custom.css and print.css). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

const HEADING = /^h[1-6]$/;

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    return node.children.map((child) => textOf(child as ElementContent)).join('');
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A wide table scrolls sideways inside the text column on a phone. A region
 * that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`), so every Markdown table is wrapped in a
 * focusable, named region that does the scrolling:
 *
 *     <div class="table-scroll" role="region" tabindex="0" aria-label="Tabel: …">
 *
 * The name is the table's caption, or else the heading the table sits under
 * ("Tabel: Alle controles"), numbered when a section has more than one.
 * Plain HTML and CSS: it works before the page loads its React app
 * (plugins/post-build/islands).
 */
export default function rehypeTableRegions(): (tree: Root) => void {
  return (tree) => {
    let heading = '';
    const used = new Map<string, number>();
    const wraps: { table: Element; parent: Parents; label: string }[] = [];
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (HEADING.test(node.tagName)) {
        heading = clean(textOf(node));
        return;
      }
      if (node.tagName !== 'table' || !parent) return;
      const caption = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'caption',
      );
      const base = clean(caption ? textOf(caption) : heading);
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      const name = base === '' ? 'Tabel' : `Tabel: ${base}`;
      wraps.push({ table: node, parent, label: count > 1 ? `${name} (${count})` : name });
      return 'skip';
    });
    for (const { table, parent, label } of wraps) {
      const index = parent.children.indexOf(table);
      const region: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: [TABLE_SCROLL_CLASS],
          role: 'region',
          tabIndex: 0,
          ariaLabel: label,
        },
        children: [table],
      };
      parent.children.splice(index, 1, region);
    }
  };
}
