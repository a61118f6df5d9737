/**
 * Rule `kop-sprong`: headings go down one level at a time. A page starts at
 * level 1 (the title, from `title:` or the `#` heading), so the first
 * heading of the text is a `##`; after a `##` comes a `##` or a `###`, never
 * a `####`. Readers of a screen reader jump from heading to heading and the
 * table of contents is built from them; a skipped level hides a layer.
 */
import type { MdNode } from '../../../src/mdx/safety';
import { positionOf } from '../position';
import { problem, type Problem } from '../rules';

/** The `#` signs of a heading level, for messages. */
function hashes(depth: number): string {
  return '#'.repeat(depth);
}

/** A fout at each heading that is more than one level below the heading before it. */
export function checkHeadings(file: string, tree: MdNode | undefined): Problem[] {
  const problems: Problem[] = [];
  if (!tree) return problems;
  let previous = 1;
  const walk = (node: MdNode): void => {
    if (node.type === 'heading') {
      const depth = (node as unknown as { depth: number }).depth;
      if (depth > previous + 1) {
        problems.push(
          problem(
            'kop-sprong',
            file,
            positionOf(node),
            `Deze kop ${hashes(depth)} volgt op een kop ${hashes(previous)}${previous === 1 ? ' (de titel)' : ''} en slaat daarmee een niveau over. Maak er ${hashes(previous + 1)} van, of zet er een kop ${hashes(previous + 1)} boven.`,
          ),
        );
      }
      previous = depth;
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}
