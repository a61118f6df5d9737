/**
 * What the model needs from a post's Markdown body, from one parse of it:
 *
 * - the excerpt: the first paragraph before `<!-- truncate -->`, as plain
 *   text, whole or cut at a word near 300 characters. Docusaurus' own
 *   description is the first *line* of Markdown, which for hard-wrapped
 *   paragraphs (the Haven post) stops mid-sentence;
 * - its images, in order (the first is the post's image when it has no
 *   cover; all of them are rendered for the post body before the bundler
 *   asks, see ./images).
 *
 * The body is `post.content`, which Docusaurus has already read and split
 * from the front matter; it is parsed as CommonMark (MDX syntax parses as
 * paragraphs and HTML, which the excerpt skips), not compiled.
 */
import type { Image, Paragraph, Root, RootContent } from 'mdast';
import { nativeRequire } from '../lib/native-require';

const { fromMarkdown } = nativeRequire<typeof import('mdast-util-from-markdown')>(
  'mdast-util-from-markdown',
);
const { toString } = nativeRequire<typeof import('mdast-util-to-string')>('mdast-util-to-string');
const { visit } = nativeRequire<typeof import('unist-util-visit')>('unist-util-visit');

export const EXCERPT_MAX = 300;

const TRUNCATE = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;

export interface BodyImage {
  url: string;
  alt: string;
}

export interface PostBody {
  /** The first paragraph before the truncate marker, or undefined. */
  excerpt?: string;
  /** Every Markdown image, in document order. */
  images: BodyImage[];
}

function start(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

function end(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

/** The text of a paragraph, whitespace folded, cut near `max` at a word. */
function paragraphText(node: Paragraph, max: number): string | undefined {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function excerptOf(markdown: string, tree: Root, max: number): string | undefined {
  const marker = markdown.search(TRUNCATE);
  const limit = marker < 0 ? markdown.length : marker;
  for (const node of tree.children) {
    if (start(node) >= limit) break;
    if (node.type !== 'paragraph') continue;
    const raw = markdown.slice(start(node), Math.min(end(node), limit));
    // MDX import/export lines and JSX parse as paragraphs in plain Markdown.
    if (/^\s*(import|export)\s|^\s*</.test(raw)) continue;
    // A marker inside the paragraph: only the part before it counts.
    const paragraph =
      end(node) > limit ? (fromMarkdown(raw).children[0] as RootContent | undefined) : node;
    if (paragraph?.type !== 'paragraph') continue;
    const text = paragraphText(paragraph, max);
    if (text) return text;
  }
  return undefined;
}

/** Parses a post body once and reads its excerpt and images. */
export function readBody(markdown: string, max: number = EXCERPT_MAX): PostBody {
  const tree: Root = fromMarkdown(markdown);
  const images: BodyImage[] = [];
  visit(tree, 'image', (node: Image) => {
    images.push({ url: node.url, alt: node.alt ?? '' });
  });
  return { excerpt: excerptOf(markdown, tree, max), images };
}
