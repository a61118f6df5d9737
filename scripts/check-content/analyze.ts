/**
 * Phase one of the check, per file and independent of the rest of the site
 * (so it can run in worker threads and be cached): parse the file, run the
 * rules that need only its content (MDX syntax and safety, directives) and
 * extract what the site-wide rules need (front matter, title, anchors,
 * links, images).
 */
import fs from 'node:fs';

import { parseMarkdownHeadingId } from '@docusaurus/utils/lib/markdownHeadingIdUtils';
import { createSlugger } from '@docusaurus/utils/lib/slugger';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

import { SELF_HOSTED_VIDEO } from '../../src/mdx/rules';
import type { MdNode } from '../../src/mdx/safety';
import { checkHeadings } from './checks/headings';
import { checkMdx } from './checks/mdx';
import { checkStructure } from './checks/structure';
import { checkPlainText, type InlineText } from './checks/plain-text';
import { parseContentFile, type FrontMatter, type ParseFailure, type Position } from './parse';
import { positionOf } from './position';
import type { Problem } from './rules';
import type { ContentKind } from './schema';

export interface FileTask {
  kind: ContentKind;
  /** Relative to the site root, forward slashes. */
  file: string;
  absolutePath: string;
  /** Relative to the blog or docs directory. */
  contentPath: string;
}

export interface LinkReference {
  url: string;
  position: Position;
}

export interface ImageReference {
  url: string;
  /** undefined where alt text does not apply (front matter). */
  alt: string | undefined;
  position: Position;
  where: string;
}

/** A file a self-hosted video plays or shows (`<video src|poster>`, `<source src>`, `<track src>`). */
export interface MediaReference {
  url: string;
  /** The element and attribute, for messages: `<source src>`. */
  attribute: string;
  position: Position;
}

export interface FileAnalysis extends FileTask {
  frontMatter: FrontMatter;
  frontMatterError?: ParseFailure;
  /** The first `#` heading, if Docusaurus takes it as the content title. */
  contentTitle?: string;
  anchors: string[];
  links: LinkReference[];
  images: ImageReference[];
  media: MediaReference[];
  hasTruncateMarker: boolean;
  /** Problems found from this file's content alone. */
  problems: Problem[];
}

const TRUNCATE = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;
const LINK_ATTRIBUTES = new Set(['href', 'to']);

function children(node: MdNode): MdNode[] {
  return node.children ?? [];
}

/** The first h1, if it comes before any other heading or thematic break. */
function findContentTitle(root: MdNode): MdNode | undefined {
  let found: MdNode | undefined;
  let stop = false;
  const walk = (node: MdNode): void => {
    for (const child of children(node)) {
      if (stop) {
        return;
      }
      if (child.type === 'thematicBreak' || child.type === 'heading') {
        stop = true;
        if (child.type === 'heading' && (child as unknown as { depth: number }).depth === 1) {
          found = child;
        }
        return;
      }
      walk(child);
    }
  };
  walk(root);
  return found;
}

function commentHeadingId(heading: MdNode): string | undefined {
  const last = children(heading).at(-1);
  const program = last?.type === 'mdxTextExpression' ? last.data?.estree : undefined;
  if (program && program.body.length === 0 && program.comments?.length === 1) {
    const first = program.comments[0].value.trim().split(' ')[0];
    if (first.startsWith('#') && first.length > 1) {
      return first.slice(1);
    }
  }
  return undefined;
}

interface Extracted {
  anchors: string[];
  links: LinkReference[];
  images: ImageReference[];
  media: MediaReference[];
}

const MEDIA_ATTRIBUTES: Readonly<Record<string, readonly string[]>> =
  SELF_HOSTED_VIDEO.fileAttributes;

type JsxAttributeLike = {
  name?: string;
  value?: unknown;
  position?: { start: Position };
};

/** One walk collecting anchors (as @docusaurus/mdx-loader makes heading ids), links and images. */
function extract(root: MdNode, skipHeading: MdNode | undefined): Extracted {
  const anchors = new Set<string>();
  const links: LinkReference[] = [];
  const images: ImageReference[] = [];
  const media: MediaReference[] = [];
  const slugger = createSlugger();
  const walk = (node: MdNode): void => {
    switch (node.type) {
      case 'heading':
        if (node !== skipHeading) {
          const explicit = commentHeadingId(node);
          if (explicit) {
            anchors.add(explicit);
          } else {
            const text = toString(node as unknown as Nodes);
            anchors.add(parseMarkdownHeadingId(text, 'classic').id ?? slugger.slug(text));
          }
        }
        break;
      // No footnote anchors: Docusaurus gives footnote ids a unique suffix
      // (`user-content-fn-1-953011`), and its broken-anchor check refuses an
      // author's link to `#user-content-fn-1` or `#user-content-fnref-1`.
      case 'link':
      case 'definition':
        if (typeof node.url === 'string') {
          links.push({ url: node.url, position: positionOf(node) });
        }
        break;
      case 'image':
        if (typeof node.url === 'string') {
          images.push({
            url: node.url,
            alt: String((node as { alt?: string | null }).alt ?? ''),
            position: positionOf(node),
            where: `De afbeelding ${node.url}`,
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = (
          Array.isArray(node.attributes) ? node.attributes : []
        ) as JsxAttributeLike[];
        for (const attribute of attributes) {
          const name = attribute.name ?? '';
          if ((name === 'id' || name === 'name') && typeof attribute.value === 'string') {
            anchors.add(attribute.value);
          }
          if (
            MEDIA_ATTRIBUTES[node.name ?? '']?.includes(name) &&
            typeof attribute.value === 'string'
          ) {
            media.push({
              url: attribute.value,
              attribute: `<${node.name} ${name}>`,
              position: positionOf(attribute.position ? attribute : node),
            });
          }
          if (LINK_ATTRIBUTES.has(name) && typeof attribute.value === 'string') {
            links.push({
              url: attribute.value,
              position: positionOf(attribute.position ? attribute : node),
            });
          }
        }
        if (node.name === 'img') {
          const src = attributes.find((attribute) => attribute.name === 'src')?.value;
          const alt = attributes.find((attribute) => attribute.name === 'alt')?.value;
          images.push({
            url: typeof src === 'string' ? src : '',
            alt: typeof alt === 'string' ? alt : alt === undefined ? '' : 'expressie',
            position: positionOf(node),
            where: `De afbeelding ${typeof src === 'string' ? src : '<img>'}`,
          });
        }
        break;
      }
      default:
        break;
    }
    for (const child of children(node)) {
      walk(child);
    }
  };
  walk(root);
  return { anchors: [...anchors], links, images, media };
}

/** Reads and analyses one file, parsing it once. Never throws. */
export function analyzeFile(task: FileTask, source?: string): FileAnalysis {
  let text = source;
  if (text === undefined) {
    try {
      text = fs.readFileSync(task.absolutePath, 'utf8');
    } catch {
      text = '';
    }
  }
  const parsed = parseContentFile(text);
  const titleNode = parsed.tree ? findContentTitle(parsed.tree) : undefined;
  const extracted = parsed.tree
    ? extract(parsed.tree, task.kind === 'blog' ? titleNode : undefined)
    : { anchors: [], links: [], images: [], media: [] };
  const frontMatterImage = parsed.frontMatter.data.image;
  if (typeof frontMatterImage === 'string') {
    extracted.images.unshift({
      url: frontMatterImage,
      alt: undefined,
      position: parsed.frontMatter.locations.get('image')?.value ?? { line: 1, column: 1 },
      where: 'De afbeelding in image:',
    });
  }
  const contentTitle = titleNode ? toString(titleNode as unknown as Nodes) : undefined;
  // Text that becomes metadata: the heading when it is the title, and alt texts.
  const inlineTexts: InlineText[] = extracted.images
    .filter((image) => image.alt !== undefined)
    .map((image) => ({
      text: image.alt ?? '',
      what: `De alternatieve tekst van de afbeelding ${image.url}`,
      position: image.position,
    }));
  if (contentTitle !== undefined && parsed.frontMatter.data.title === undefined) {
    inlineTexts.unshift({
      text: contentTitle,
      what: 'De titel (de kop # bovenaan)',
      position: positionOf(titleNode),
    });
  }
  return {
    ...task,
    frontMatter: parsed.frontMatter,
    frontMatterError: parsed.frontMatterError,
    contentTitle,
    ...extracted,
    hasTruncateMarker: TRUNCATE.test(text),
    problems: [
      ...checkMdx(task.file, parsed),
      ...checkHeadings(task.file, parsed.tree),
      ...checkStructure(task.file, parsed.tree, task.kind === 'blog' ? titleNode : undefined),
      ...checkPlainText(task.file, task.kind, text, parsed.frontMatter, inlineTexts),
    ],
  };
}
