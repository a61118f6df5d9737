/**
 * A post's description when its front matter has none: its first paragraph,
 * as plain text, whole or cut at a word near 300 characters. Docusaurus'
 * own excerpt is the first *line* of Markdown, which for hard-wrapped
 * paragraphs (the Haven post) stops mid-sentence; it feeds the cards, the
 * meta description, the feeds and the structured data alike.
 */
import { nativeRequire } from '../lib/native-require';

const { fromMarkdown } = nativeRequire<typeof import('mdast-util-from-markdown')>(
  'mdast-util-from-markdown',
);
const { toString } = nativeRequire<typeof import('mdast-util-to-string')>('mdast-util-to-string');

export const EXCERPT_MAX = 300;

const TRUNCATE = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;

/** The excerpt of a post's Markdown body (front matter removed), or undefined. */
export function excerpt(markdown: string, max: number = EXCERPT_MAX): string | undefined {
  const head = markdown.split(TRUNCATE)[0];
  const tree = fromMarkdown(head);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const raw = head.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    // MDX import/export lines and JSX parse as paragraphs in plain Markdown.
    if (/^\s*(import|export)\s|^\s*</.test(raw)) continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
  }
  return undefined;
}
