/**
 * The axe rules that a post's own markup can break, found at the source
 * line (src/mdx/axe-rules.ts says which rule guards which axe rule):
 * ARIA attributes and roles, ids, empty headings, tables, lists, the tab
 * order, access keys, image maps, empty `<summary>`s and captions. Reads the
 * lists of src/mdx/accessibility.ts.
 */
import { parseMarkdownHeadingId } from '@docusaurus/utils/lib/markdownHeadingIdUtils';
import { createSlugger } from '@docusaurus/utils/lib/slugger';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

import {
  ARIA_ATTRIBUTES,
  ARIA_ROLES,
  ARIA_ROLES_NEEDING_NAME,
  BODY_TEXT_REM,
  LIST_STRUCTURE,
  NAMING_PROHIBITED_ELEMENTS,
  TABLE_SCOPES,
  type MdNode,
} from '../../../src/mdx/rules';
import { positionOf } from '../position';
import { problem, type Problem } from '../rules';
import { didYouMean } from '../suggest';
import { attribute, attributes, isJsx, valueOf, type Attribute } from './reader';

const ARIA_NAMES = Object.keys(ARIA_ATTRIBUTES);
const NAME_ATTRIBUTES = ['aria-label', 'aria-labelledby'];

function text(node: MdNode): string {
  return toString(node as unknown as Nodes).trim();
}

/** Text a screen reader would read for a node: its text, or the alt text of an image in it. */
function hasContent(node: MdNode): boolean {
  if (text(node) !== '') return true;
  const walk = (child: MdNode): boolean => {
    if (child.type === 'image') return String((child as { alt?: string }).alt ?? '').trim() !== '';
    if (isJsx(child) && child.name === 'img') {
      const alt = attribute(child, 'alt');
      return alt !== undefined && String(valueOf(alt)).trim() !== '';
    }
    if (isJsx(child) && attribute(child, 'aria-label')) return true;
    return (child.children ?? []).some(walk);
  };
  return (node.children ?? []).some(walk);
}

function at(attributeOrNode: Attribute | MdNode | undefined, node: MdNode) {
  return positionOf(attributeOrNode?.position ? attributeOrNode : node);
}

function stringValue(found: Attribute | undefined): string | undefined {
  if (!found) return undefined;
  const value = valueOf(found);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** The lowercase HTML element of a JSX node, or undefined for a component or Markdown. */
function htmlElement(node: MdNode): string | undefined {
  return isJsx(node) && node.name && /^[a-z]/.test(node.name) ? node.name : undefined;
}

function isBlank(node: MdNode): boolean {
  return (
    (node.type === 'text' && String(node.value ?? '').trim() === '') ||
    node.type === 'mdxFlowExpression' ||
    node.type === 'mdxTextExpression'
  );
}

/**
 * A paragraph of nothing but JSX elements and white space, which MDX
 * unravels: its elements stand in the parent, no `<p>` around them.
 */
function isUnraveled(node: MdNode): boolean {
  return (
    node.type === 'paragraph' &&
    (node.children ?? []).every((child) => isBlank(child) || isJsx(child))
  );
}

/** Children that render as elements: JSX and Markdown nodes, not white space or comments. */
function elementChildren(node: MdNode): MdNode[] {
  return (node.children ?? [])
    .flatMap((child) => (isUnraveled(child) ? (child.children ?? []) : [child]))
    .filter((child) => !isBlank(child));
}

/** True for a node the keyboard reaches: a link, a video's controls, an uitklapblok. */
function isFocusable(node: MdNode): boolean {
  if (['link', 'linkReference', 'footnoteReference'].includes(node.type)) return true;
  const name = htmlElement(node);
  if (name === 'a') return attribute(node, 'href') !== undefined;
  if (name === 'video' || name === 'summary' || name === 'details') return true;
  return isJsx(node) && attribute(node, 'tabIndex', 'tabindex') !== undefined;
}

function containsFocusable(node: MdNode): boolean {
  return isFocusable(node) || (node.children ?? []).some(containsFocusable);
}

/**
 * A `<p>` whose style makes it look like a heading, by axe's measure
 * (p-as-heading's default margins): bold and italic, bold or italic and at
 * least 1.15 times the body text size, or at least 1.4 times it.
 */
function looksLikeHeading(node: MdNode): boolean {
  const style = attribute(node, 'style');
  const value = style ? valueOf(style) : undefined;
  if (value === null || typeof value !== 'object') return false;
  const written = value as Record<string, unknown>;
  const bold = String(written.fontWeight ?? '') === 'bold';
  const italic = String(written.fontStyle ?? '') === 'italic';
  const size = /^(\d*\.?\d+)(rem|em|px)$/.exec(String(written.fontSize ?? ''));
  // em is relative to the text around it; px and rem to the root (16 px).
  const ratio = size
    ? size[2] === 'em'
      ? Number(size[1])
      : Number(size[1]) / (size[2] === 'px' ? 16 : 1) / BODY_TEXT_REM
    : 1;
  return (bold && italic) || ((bold || italic) && ratio >= 1.15) || ratio >= 1.4;
}

/** True when the next element after `node` in `parent` is a paragraph of text. */
function nextIsText(node: MdNode, parent: MdNode | undefined): boolean {
  const siblings = parent ? elementChildren(parent) : [];
  const next = siblings[siblings.indexOf(node) + 1];
  return next !== undefined && (next.type === 'paragraph' || htmlElement(next) === 'p');
}

interface IdUse {
  id: string;
  line: number;
  node: MdNode;
  attribute?: Attribute;
}

/** Ids on the page from this file: heading ids (as @docusaurus/mdx-loader makes them) and `id` attributes. */
function collectIds(root: MdNode, skipHeading: MdNode | undefined): IdUse[] {
  const ids: IdUse[] = [];
  const slugger = createSlugger();
  const walk = (node: MdNode): void => {
    if (node.type === 'heading' && node !== skipHeading) {
      const written = toString(node as unknown as Nodes);
      const id = parseMarkdownHeadingId(written, 'classic').id ?? slugger.slug(written);
      ids.push({ id, line: positionOf(node).line, node });
    }
    if (isJsx(node)) {
      const found = attribute(node, 'id');
      const id = stringValue(found);
      if (id) ids.push({ id, line: at(found, node).line, node, attribute: found });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return ids;
}

/** The checks of this module, in one walk over a parsed file. */
export function checkStructure(
  file: string,
  root: MdNode | undefined,
  skipHeading?: MdNode,
): Problem[] {
  const problems: Problem[] = [];
  if (!root) return problems;
  const ids = collectIds(root, skipHeading);
  const known = new Set(ids.map((use) => use.id));

  // id-dubbel: the second (and later) use of an id.
  const first = new Map<string, IdUse>();
  for (const use of ids) {
    const earlier = first.get(use.id);
    if (!earlier) {
      first.set(use.id, use);
      continue;
    }
    problems.push(
      problem(
        'id-dubbel',
        file,
        at(use.attribute, use.node),
        `Het id "${use.id}" staat al op regel ${earlier.line}${earlier.attribute ? '' : ' (het anker van een kop)'}. Een id komt maar één keer op een pagina voor: een link naar #${use.id} en een schermlezer vinden anders de verkeerde. Kies een andere naam.`,
      ),
    );
  }

  const checkAria = (node: MdNode, name: string): boolean => {
    // aria-rol: only the roles of ARIA_ROLES.
    const roleAttribute = attribute(node, 'role');
    const role = stringValue(roleAttribute)?.trim();
    if (roleAttribute && role !== undefined) {
      const wrong = role.split(/\s+/).filter((token) => !ARIA_ROLES.includes(token));
      if (wrong.length > 0 || role === '') {
        problems.push(
          problem(
            'aria-rol',
            file,
            at(roleAttribute, node),
            `role="${role}" kan een artikel niet gebruiken. Een artikel mag alleen de rollen ${ARIA_ROLES.map((allowed) => `"${allowed}"`).join(', ')} geven. Andere rollen beloven een schermlezer een knop, menu, landmark of iets anders dat zonder script niet werkt, of dat de pagina zelf al heeft. Laat role weg, of gebruik gewone Markdown.`,
          ),
        );
        return true;
      }
      if (
        ARIA_ROLES_NEEDING_NAME.includes(role) &&
        !NAME_ATTRIBUTES.some((label) => (stringValue(attribute(node, label)) ?? '').trim())
      ) {
        problems.push(
          problem(
            'aria-rol',
            file,
            at(roleAttribute, node),
            `Een element met role="${role}" heeft een naam nodig: geef het aria-label="wat erop staat", zoals de alternatieve tekst van een afbeelding.`,
          ),
        );
        return true;
      }
    }
    for (const found of attributes(node)) {
      const attributeName = found.name ?? '';
      if (!attributeName.toLowerCase().startsWith('aria-')) continue;
      const kind = ARIA_ATTRIBUTES[attributeName];
      if (!kind) {
        problems.push(
          problem(
            'aria-attribuut',
            file,
            at(found, node),
            `${attributeName} kan een artikel niet gebruiken.${didYouMean(attributeName, ARIA_NAMES)} Een artikel mag alleen ${ARIA_NAMES.join(', ')} gebruiken; andere aria-eigenschappen bestaan niet of horen bij onderdelen met script.`,
          ),
        );
        return true;
      }
      const value = stringValue(found);
      if (value === undefined) continue;
      if (kind === 'true-false' && !/^(true|false)$/.test(value)) {
        problems.push(
          problem(
            'aria-attribuut',
            file,
            at(found, node),
            `${attributeName}="${value}" is geen geldige waarde: schrijf ${attributeName}="true" of ${attributeName}="false".`,
          ),
        );
        return true;
      }
      if (kind === 'idrefs') {
        const missing = value.split(/\s+/).filter((id) => id !== '' && !known.has(id));
        if (missing.length > 0 || value.trim() === '') {
          problems.push(
            problem(
              'aria-attribuut',
              file,
              at(found, node),
              `${attributeName}="${value}" verwijst naar ${missing.length > 0 ? missing.map((id) => `"${id}"`).join(', ') : 'niets'}, maar dat id staat niet in dit artikel. Geef het element waar je naar verwijst id="…", of schrijf de tekst zelf in aria-label.`,
            ),
          );
          return true;
        }
      }
      if (
        NAME_ATTRIBUTES.includes(attributeName) &&
        !(roleAttribute && role) &&
        (NAMING_PROHIBITED_ELEMENTS.includes(name) ||
          (name === 'a' && attribute(node, 'href') === undefined))
      ) {
        problems.push(
          problem(
            'aria-attribuut',
            file,
            at(found, node),
            `${attributeName} op <${name}> wordt door schermlezers genegeerd: een <${name}> heeft geen naam. Zet de tekst in de inhoud zelf, of gebruik aria-label op een link, afbeelding, tabel of figuur.`,
          ),
        );
        return true;
      }
      if (
        attributeName === 'aria-label' &&
        name === 'a' &&
        text(node) !== '' &&
        !value.toLowerCase().includes(text(node).toLowerCase())
      ) {
        problems.push(
          problem(
            'aria-attribuut',
            file,
            at(found, node),
            `aria-label="${value}" bevat de tekst van de link ("${text(node)}") niet. Wie de site met spraak bedient, zegt wat hij ziet; begin aria-label met die tekst, of laat aria-label weg.`,
          ),
        );
        return true;
      }
      if (attributeName === 'aria-hidden' && value === 'true' && containsFocusable(node)) {
        problems.push(
          problem(
            'aria-attribuut',
            file,
            at(found, node),
            `aria-hidden="true" verbergt dit deel voor schermlezers, maar er staat een link of ander onderdeel in dat je met de Tab-toets bereikt: dan kom je op iets wat een schermlezer niet noemt. Haal aria-hidden weg, of de link eruit.`,
          ),
        );
        return true;
      }
    }
    return false;
  };

  const checkElement = (node: MdNode, name: string, parent: MdNode | undefined): void => {
    if (checkAria(node, name)) return;
    const tabindex = attribute(node, 'tabIndex', 'tabindex');
    if (tabindex) {
      problems.push(
        problem(
          'tabvolgorde',
          file,
          at(tabindex, node),
          `tabIndex hoort niet in een artikel: links, video's en uitklapblokken bereik je al met de Tab-toets, en een ander element dat focus krijgt, doet niets (een artikel heeft geen script) of verstoort de volgorde. Haal tabIndex weg.`,
        ),
      );
      return;
    }
    const accessKey = attribute(node, 'accessKey', 'accesskey');
    if (accessKey) {
      problems.push(
        problem(
          'sneltoets',
          file,
          at(accessKey, node),
          `accessKey hoort niet in een artikel: een sneltoets botst met de toetsen van de browser en van schermlezers, en niemand weet dat hij er is. Haal accessKey weg.`,
        ),
      );
      return;
    }
    const map = attribute(node, 'isMap', 'ismap', 'useMap', 'usemap');
    if (name === 'img' && map) {
      problems.push(
        problem(
          'afbeelding-kaart',
          file,
          at(map, node),
          `Een afbeelding met ${map.name} is een klikbare kaart: met het toetsenbord of een schermlezer kun je de plekken niet kiezen. Haal ${map.name} weg en zet de links als tekst onder de afbeelding.`,
        ),
      );
      return;
    }
    if (/^h[1-6]$/.test(name) && !hasContent(node)) {
      problems.push(
        problem(
          'kop-leeg',
          file,
          positionOf(node),
          'Deze kop is leeg. Een schermlezer noemt hem wel, zonder tekst. Schrijf de kop of haal hem weg.',
        ),
      );
      return;
    }
    if (name === 'summary' && !hasContent(node)) {
      problems.push(
        problem(
          'uitklap-titel',
          file,
          positionOf(node),
          'Deze <summary> is leeg: het uitklapblok heeft dan geen titel die een schermlezer kan noemen. Schrijf in <summary> waar het blok over gaat.',
        ),
      );
      return;
    }
    if (name === 'summary' && (node.children ?? []).some(containsFocusable)) {
      problems.push(
        problem(
          'uitklap-titel',
          file,
          positionOf(node),
          'In deze <summary> staat een link: de titel van een uitklapblok is zelf al een knop, en een link daarin is met toetsenbord en schermlezer niet goed te bereiken. Zet de link in het blok, onder de titel.',
        ),
      );
      return;
    }
    if (name === 'p' && looksLikeHeading(node) && nextIsText(node, parent)) {
      problems.push(
        problem(
          'kop-als-tekst',
          file,
          positionOf(node),
          'Deze alinea is groot of vet gemaakt en lijkt een kop, maar een schermlezer kent haar niet als kop. Is het een kop, schrijf dan ## Kop. Is het een citaat, gebruik dan <Blockquote> (zie Bijdragen › Onderdelen).',
        ),
      );
      return;
    }
    const allowedChildren = LIST_STRUCTURE.children[name];
    if (allowedChildren) {
      const wrong = elementChildren(node).find(
        (child) => !allowedChildren.includes(htmlElement(child) ?? `#${child.type}`),
      );
      if (wrong) {
        const what = htmlElement(wrong) ? `<${htmlElement(wrong)}>` : 'losse tekst';
        problems.push(
          problem(
            'lijst-opbouw',
            file,
            positionOf(wrong),
            `In een <${name}> staan alleen ${allowedChildren.map((child) => `<${child}>`).join(' en ')}, hier staat ook ${what}. Een schermlezer telt de punten dan verkeerd. Schrijf de lijst in Markdown (- punt, 1. punt), of zet alles in een <${allowedChildren[0]}>.`,
          ),
        );
        return;
      }
    }
    const allowedParents = LIST_STRUCTURE.parents[name];
    if (allowedParents && !allowedParents.includes((parent && htmlElement(parent)) ?? '')) {
      problems.push(
        problem(
          'lijst-opbouw',
          file,
          positionOf(node),
          `Een <${name}> staat alleen in een ${allowedParents.map((allowed) => `<${allowed}>`).join(' of ')}; hier staat het er los van. Schrijf de lijst in Markdown (- punt, 1. punt).`,
        ),
      );
      return;
    }
    if (name === 'table' && checkHtmlTable(node)) return;
    if (name === 'video') {
      const captions = (node.children ?? []).some(function find(child: MdNode): boolean {
        if (htmlElement(child) === 'track') {
          return /^(captions|subtitles)$/.test(stringValue(attribute(child, 'kind')) ?? '');
        }
        return (child.children ?? []).some(find);
      });
      if (!captions) {
        problems.push(
          problem(
            'video-ondertitels',
            file,
            positionOf(node),
            'Deze video heeft geen ondertitels. Wordt er in de video gesproken, zet dan een WebVTT-bestand naast het artikel en voeg <track kind="captions" src="./img/video.vtt" srcLang="nl" label="Nederlands" /> toe binnen <video>. Zonder gesproken tekst is deze melding niet van toepassing.',
          ),
        );
      }
    }
  };

  /** Header cells, scope, headers and the old summary attribute of a table written in HTML. */
  const checkHtmlTable = (table: MdNode): boolean => {
    const cells: MdNode[] = [];
    const rows: MdNode[] = [];
    const walk = (node: MdNode): void => {
      const name = htmlElement(node);
      if (name === 'table' && node !== table) return;
      if (name === 'tr') rows.push(node);
      if (name === 'th' || name === 'td') cells.push(node);
      for (const child of node.children ?? []) walk(child);
    };
    walk(table);
    const report = (node: MdNode, message: string, where?: Attribute): true => {
      problems.push(problem('tabel-opbouw', file, at(where, node), message));
      return true;
    };
    const summary = attribute(table, 'summary');
    if (summary) {
      return report(
        table,
        'summary op een tabel bestaat niet meer in HTML. Zet de uitleg in een <caption> als eerste in de tabel.',
        summary,
      );
    }
    const headerIds = new Set(
      cells
        .filter((cell) => htmlElement(cell) === 'th')
        .map((cell) => stringValue(attribute(cell, 'id')))
        .filter((id): id is string => id !== undefined),
    );
    for (const cell of cells) {
      const kind = htmlElement(cell);
      if (kind === 'th' && !hasContent(cell)) {
        return report(
          cell,
          'Deze kopcel (<th>) is leeg. Een schermlezer leest bij elke cel eronder de kop voor; zonder tekst weet de lezer niet wat de kolom is. Schrijf een kop, of maak er een <td> van.',
        );
      }
      const scope = attribute(cell, 'scope');
      const scopeValue = stringValue(scope);
      if (scope && (kind !== 'th' || !TABLE_SCOPES.includes(scopeValue ?? ''))) {
        return report(
          cell,
          kind !== 'th'
            ? 'scope hoort alleen op een kopcel (<th>). Maak de cel een <th>, of haal scope weg.'
            : `scope="${scopeValue ?? ''}" is geen geldige waarde: schrijf ${TABLE_SCOPES.map((value) => `"${value}"`).join(', ')}.`,
          scope,
        );
      }
      const headers = attribute(cell, 'headers');
      const headerValue = stringValue(headers);
      if (headers && kind === 'td') {
        const missing = (headerValue ?? '')
          .split(/\s+/)
          .filter((id) => id !== '' && !headerIds.has(id));
        if (missing.length > 0 || (headerValue ?? '').trim() === '') {
          return report(
            cell,
            `headers="${headerValue ?? ''}" moet de id's van kopcellen (<th id="…">) in deze tabel noemen; ${missing.length > 0 ? missing.map((id) => `"${id}"`).join(', ') : 'hier staat niets'} niet.`,
            headers,
          );
        }
      }
    }
    const dataCells = cells.filter((cell) => htmlElement(cell) === 'td');
    if (cells.length > 0 && dataCells.length === 0) {
      return report(
        table,
        'Deze tabel heeft alleen kopcellen (<th>) en geen gegevens eronder. Maak de cellen met gegevens <td>, of schrijf de inhoud als lijst.',
      );
    }
    const firstRow = rows[0] ? elementChildren(rows[0]) : [];
    const colSpan = firstRow[0] ? stringValue(attribute(firstRow[0], 'colSpan', 'colspan')) : '';
    if (firstRow.length === 1 && Number(colSpan) > 1) {
      return report(
        firstRow[0],
        'De eerste rij is één cel over de hele breedte: een titel die een schermlezer niet als titel herkent. Zet de tekst in <caption> als eerste in de tabel.',
      );
    }
    if (cells.length > 0 && cells.every((cell) => htmlElement(cell) === 'td')) {
      return report(
        table,
        'Deze tabel heeft geen kopcellen: een schermlezer kan bij een cel niet zeggen bij welke kolom die hoort. Maak de cellen van de eerste rij <th>, of schrijf de tabel in Markdown (| Kop | Kop |).',
      );
    }
    return false;
  };

  /** A Markdown (GFM) table: the first row holds the header cells. */
  const checkMarkdownTable = (table: MdNode): void => {
    const [header, ...body] = table.children ?? [];
    const empty = (header?.children ?? []).find((cell) => !hasContent(cell));
    if (empty) {
      problems.push(
        problem(
          'tabel-opbouw',
          file,
          positionOf(empty),
          'Een kopcel in de eerste rij van de tabel is leeg. Een schermlezer leest bij elke cel eronder de kop voor; zonder tekst weet de lezer niet wat de kolom is. Schrijf een kop in elke kolom.',
        ),
      );
    } else if (body.length === 0) {
      problems.push(
        problem(
          'tabel-opbouw',
          file,
          positionOf(table),
          'Deze tabel heeft alleen een koprij en geen gegevens eronder. Schrijf de inhoud als lijst, of zet de rijen met gegevens onder de regel | --- |.',
        ),
      );
    }
  };

  /** The text of a node without the alt text of its images. */
  const ownText = (node: MdNode): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? String(node.value ?? '')
      : (node.children ?? []).map(ownText).join('');
  const sameText = (a: string, b: string): boolean =>
    a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
  /** An image whose alt text says again what the text around it says (in a link, paragraph, list item or cell). */
  const checkRepeatedAlt = (container: MdNode): void => {
    const around = ownText(container);
    if (around.trim() === '') return;
    const find = (node: MdNode): void => {
      const alt =
        node.type === 'image'
          ? String((node as { alt?: string }).alt ?? '')
          : htmlElement(node) === 'img'
            ? (stringValue(attribute(node, 'alt')) ?? '')
            : undefined;
      if (alt !== undefined && alt.trim() !== '' && sameText(alt, around)) {
        problems.push(
          problem(
            'afbeelding-alt-herhaald',
            file,
            positionOf(node),
            `De alternatieve tekst "${alt}" staat er ook als tekst naast: een schermlezer leest hem twee keer voor. Beschrijf wat er op de afbeelding staat, of maak de alternatieve tekst leeg (![](…)) als de afbeelding niets toevoegt.`,
          ),
        );
      }
      if (
        node === container ||
        !['paragraph', 'link', 'tableCell', 'listItem'].includes(node.type)
      ) {
        for (const child of node.children ?? []) find(child);
      }
    };
    find(container);
  };

  const walk = (node: MdNode, parent: MdNode | undefined): void => {
    const name = htmlElement(node);
    if (
      ['paragraph', 'link', 'tableCell'].includes(node.type) ||
      name === 'a' ||
      name === 'p' ||
      name === 'li' ||
      name === 'td' ||
      name === 'th'
    ) {
      checkRepeatedAlt(node);
    }
    if (name) checkElement(node, name, parent);
    else if (node.type === 'table') checkMarkdownTable(node);
    else if (node.type === 'heading' && node !== skipHeading && !hasContent(node)) {
      problems.push(
        problem(
          'kop-leeg',
          file,
          positionOf(node),
          'Deze kop is leeg. Een schermlezer noemt hem wel, zonder tekst. Schrijf de kop of haal de # weg.',
        ),
      );
    }
    // A paragraph MDX unravels is no element of its own: its children stand in the parent.
    const elementParent = isUnraveled(node) && parent ? parent : node;
    for (const child of node.children ?? []) walk(child, elementParent);
  };
  walk(root, undefined);
  return problems;
}
