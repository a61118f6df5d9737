/**
 * What a reader would see broken, found at the source line: the axe rules
 * that content can break (image-alt is `afbeelding-alt`), and what the build
 * quietly changes (inline style, a video that would play by itself). Reads
 * the same rules as the build (src/mdx/style.ts, SELF_HOSTED_VIDEO).
 */
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

import {
  SELF_HOSTED_VIDEO,
  droppedStyleMessage,
  filterStyle,
  literalProgramValue,
  type MdNode,
} from '../../../src/mdx/rules';
import { positionOf } from '../position';
import { problem, type Problem } from '../rules';

export interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: MdNode['position'];
}

export function attributes(node: MdNode): Attribute[] {
  return Array.isArray(node.attributes) ? (node.attributes as Attribute[]) : [];
}

/** An attribute's value as written: a string, true for a bare name, a literal's value. */
export function valueOf(attribute: Attribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const program = (value as { data?: { estree?: Parameters<typeof literalProgramValue>[0] } }).data
    ?.estree;
  return literalProgramValue(program);
}

export function attribute(node: MdNode, ...names: string[]): Attribute | undefined {
  return attributes(node).find((found) => names.includes(found.name ?? ''));
}

const OTHER_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const TEXT_LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export function isJsx(node: MdNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** True when a link has a name for a screen reader: text, an image with alt, an aria-label. */
function hasName(node: MdNode): boolean {
  if (toString(node as unknown as Nodes).trim() !== '') return true;
  if (isJsx(node)) {
    const label = attribute(node, 'aria-label', 'title');
    if (label && String(valueOf(label)).trim() !== '') return true;
  }
  const walk = (child: MdNode): boolean => {
    if (child.type === 'image') return String((child as { alt?: string }).alt ?? '').trim() !== '';
    if (isJsx(child) && child.name === 'img') {
      const alt = attribute(child, 'alt');
      return alt !== undefined && String(valueOf(alt)).trim() !== '';
    }
    return (child.children ?? []).some(walk);
  };
  return (node.children ?? []).some(walk);
}

/** The node Docusaurus' contentTitle plugin takes as the title, if any (same walk, depth first). */
function contentTitle(root: MdNode): MdNode | undefined {
  let found: MdNode | undefined;
  let done = false;
  const walk = (node: MdNode): void => {
    for (const child of node.children ?? []) {
      if (done) return;
      if (child.type === 'heading' || child.type === 'thematicBreak') {
        done = true;
        if (child.type === 'heading' && (child as { depth?: number }).depth === 1) found = child;
        return;
      }
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Checks one parsed file for what its readers would see broken. */
export function checkReaderView(file: string, root: MdNode): Problem[] {
  const problems: Problem[] = [];
  // Docusaurus takes the first heading, if it is a `#` and comes before any
  // other heading or thematic break, as the content title (the page's h1);
  // every other h1 is a second h1 on the page.
  const title = contentTitle(root);

  const walk = (node: MdNode): void => {
    if (
      node !== title &&
      ((node.type === 'heading' && (node as { depth?: number }).depth === 1) ||
        (isJsx(node) && node.name === 'h1'))
    ) {
      problems.push(
        problem(
          'kop-h1-dubbel',
          file,
          positionOf(node),
          'Dit is een tweede kop van niveau 1: de titel van het artikel is al de kop # van de pagina. Maak er een ## van (en de koppen eronder een niveau lager).',
        ),
      );
    }
    if (node.type === 'image' && typeof node.url === 'string' && OTHER_HOST.test(node.url)) {
      problems.push(
        problem(
          'afbeelding-extern',
          file,
          positionOf(node),
          `De afbeelding ${node.url} staat op een andere website; de site laadt geen afbeeldingen van elders (de lezer ziet een kapotte afbeelding). Zet de afbeelding in \`img/\` naast het artikel en verwijs ernaar als ./img/naam.png.`,
        ),
      );
    }
    if ((node.type === 'link' || (isJsx(node) && node.name === 'a')) && !hasName(node)) {
      const href = attribute(node, 'href');
      const target = node.type === 'link' ? node.url : href ? String(valueOf(href)) : '';
      problems.push(
        problem(
          'link-zonder-tekst',
          file,
          positionOf(node),
          `De link naar ${target} heeft geen tekst: wie een schermlezer gebruikt, hoort alleen "link". Zet tekst tussen de haken, [zo](…), of geef de afbeelding in de link een alternatieve tekst: [![wat erop staat](./img/…)](…).`,
        ),
      );
    }
    if (isJsx(node)) {
      const style = attribute(node, 'style');
      if (style) {
        const value = valueOf(style);
        const written =
          typeof value === 'string' || (value !== null && typeof value === 'object')
            ? (value as Record<string, unknown> | string)
            : {};
        const { dropped } = filterStyle(written);
        if (dropped.length > 0) {
          problems.push(
            problem(
              'stijl-eigenschap',
              file,
              positionOf(style.position ? style : node),
              droppedStyleMessage(node.name ?? '', dropped),
            ),
          );
        }
      }
      const lang = attribute(node, 'lang');
      if (lang && !TEXT_LANGUAGE.test(String(valueOf(lang)))) {
        problems.push(
          problem(
            'taal-ongeldig',
            file,
            positionOf(lang.position ? lang : node),
            `lang="${String(valueOf(lang))}" is geen taalcode. Schrijf een code als lang="en" of lang="fy".`,
          ),
        );
      }
      if (node.name === 'video') {
        const autoplay = attribute(node, ...SELF_HOSTED_VIDEO.droppedAttributes);
        const preload = attribute(node, 'preload');
        const allowed: readonly string[] = SELF_HOSTED_VIDEO.preload;
        if (autoplay || (preload && !allowed.includes(String(valueOf(preload))))) {
          problems.push(
            problem(
              'video-autoplay',
              file,
              positionOf(node),
              'Een video speelt niet vanzelf af en laadt vooraf hooguit zijn gegevens: de site laat autoPlay weg en maakt van preload "metadata". Haal ze weg, dan is wat je schrijft wat de lezer krijgt.',
            ),
          );
        }
      }
      const files =
        SELF_HOSTED_VIDEO.fileAttributes[
          node.name as keyof typeof SELF_HOSTED_VIDEO.fileAttributes
        ] ?? [];
      for (const name of files) {
        const source = attribute(node, name);
        const url = source ? valueOf(source) : undefined;
        if (typeof url === 'string' && OTHER_HOST.test(url)) {
          problems.push(
            problem(
              'video-extern',
              file,
              positionOf(source?.position ? source : node),
              `Het bestand ${url} staat op een andere website; de site laadt geen video van elders. Zet het bestand naast het artikel (./img/video.mp4), of gebruik ::video-vimeo[Titel]{id=…} of ::video-youtube[Titel]{id=…}.`,
            ),
          );
        }
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return problems;
}
