/**
 * Remark plugin: gives every `<Icon icon="name">` (and `<Alert icon="name">`)
 * of a post the SVG data of that one icon, as the prop `iconData`.
 *
 * The real library's Icon holds its whole icon set; ours holds none (see
 * src/components/Rijkshuisstijl/Icon.tsx), because it sits in the MDX scope and
 * therefore in the main bundle of every page. With the data written into the
 * compiled post, each post's chunk carries only the icons it uses (a few
 * hundred bytes each), and the icon is in the server-rendered HTML.
 *
 * Handled: JSX elements in the Markdown (`<Icon icon="zoek" />`) and JSX in
 * expressions (`<LinkListLink icon={<Icon icon="chevron-right" />}>`), under
 * their global names or the local names they were imported as from
 * `@rijkshuisstijl-community/components-react`. Not handled: names that are not
 * literal strings (`icon={name}`); those render an empty icon, as unknown
 * names do in the library.
 */
import { DEFAULT_ICONS } from './default-icons.generated';
import { RIJKSHUISSTIJL_PACKAGE } from '../../src/mdx/allowlist';
import type { IconSet } from './icon-types';

export interface RemarkIconsOptions {
  /** Icons by name; defaults to the library's default set. */
  icons?: IconSet;
  /** What to do with an icon name the set does not have. */
  onUnknownIcon?: 'ignore' | 'warn' | 'throw';
}

/** Components whose `icon` prop names an icon, by their names in the library. */
const ICON_COMPONENTS = ['Icon', 'Alert'];
const DATA_PROP = 'iconData';

// Minimal shapes of the mdast (mdx) and estree nodes we touch.
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}
interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdastNode[];
  data?: { estree?: EstreeNode | null };
}
interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeNode | null } };
}
interface VFileLike {
  path?: string;
}

function isNode(value: unknown): value is EstreeNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as EstreeNode).type === 'string'
  );
}

/** Visits every estree node below `root` (depth first). */
function walkEstree(root: unknown, visit: (node: EstreeNode) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) walkEstree(item, visit);
  } else if (isNode(root)) {
    visit(root);
    for (const [key, value] of Object.entries(root)) {
      if (key !== 'loc' && key !== 'range' && typeof value === 'object') walkEstree(value, visit);
    }
  }
}

function walkMdast(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkMdast(child, visit);
}

/** The estree expression of a JSON-like value. */
export function toEstree(value: unknown): EstreeNode {
  if (Array.isArray(value)) {
    return { type: 'ArrayExpression', elements: value.map(toEstree) };
  }
  if (typeof value === 'object' && value !== null) {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value).map(([key, item]) => ({
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Literal', value: key, raw: JSON.stringify(key) },
        value: toEstree(item),
      })),
    };
  }
  return { type: 'Literal', value, raw: JSON.stringify(value) };
}

/**
 * Local names under which the icon components are used: the global names,
 * unless the post imports something else under that name, plus the aliases of
 * imports from the Rijkshuisstijl package.
 */
function iconComponentNames(tree: MdastNode): Set<string> {
  const names = new Set(ICON_COMPONENTS);
  walkMdast(tree, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    walkEstree(node.data?.estree, (estree) => {
      if (estree.type !== 'ImportDeclaration') return;
      const fromPackage = (estree.source as { value?: unknown }).value === RIJKSHUISSTIJL_PACKAGE;
      for (const specifier of estree.specifiers as EstreeNode[]) {
        const local = (specifier.local as { name: string }).name;
        const imported =
          specifier.type === 'ImportSpecifier'
            ? (specifier.imported as { name?: string; value?: string })
            : undefined;
        const importedName = imported?.name ?? imported?.value;
        if (fromPackage && importedName !== undefined && ICON_COMPONENTS.includes(importedName)) {
          names.add(local);
        } else {
          names.delete(local);
        }
      }
    });
  });
  return names;
}

export default function remarkRijkshuisstijlIcons(
  options: RemarkIconsOptions = {},
): (tree: MdastNode, file: VFileLike) => void {
  const icons = options.icons ?? DEFAULT_ICONS;
  const onUnknownIcon = options.onUnknownIcon ?? 'warn';

  return (tree, file) => {
    const names = iconComponentNames(tree);

    function dataFor(icon: string): EstreeNode | undefined {
      const data = icons[icon];
      if (data) return toEstree(data);
      const message = `Onbekend Rijkshuisstijl-icoon "${icon}" in ${file.path ?? 'MDX'}.`;
      if (onUnknownIcon === 'throw') throw new Error(message);
      if (onUnknownIcon === 'warn') console.warn(`[rijkshuisstijl-compat] ${message}`);
      return undefined;
    }

    function visitEstree(root: unknown): void {
      walkEstree(root, (node) => {
        if (node.type !== 'JSXElement') return;
        const opening = node.openingElement as { name: EstreeNode; attributes: EstreeNode[] };
        if (opening.name.type !== 'JSXIdentifier' || !names.has(opening.name.name as string)) {
          return;
        }
        const attributeName = (attribute: EstreeNode): unknown =>
          attribute.type === 'JSXAttribute'
            ? (attribute.name as { name?: unknown }).name
            : undefined;
        if (opening.attributes.some((attribute) => attributeName(attribute) === DATA_PROP)) return;
        const iconValue = opening.attributes.find(
          (attribute) => attributeName(attribute) === 'icon',
        )?.value as EstreeNode | null | undefined;
        const icon =
          iconValue?.type === 'Literal'
            ? iconValue.value
            : iconValue?.type === 'JSXExpressionContainer'
              ? (iconValue.expression as EstreeNode).value
              : undefined;
        if (typeof icon !== 'string') return;
        const expression = dataFor(icon);
        if (!expression) return;
        opening.attributes.push({
          type: 'JSXAttribute',
          name: { type: 'JSXIdentifier', name: DATA_PROP },
          value: { type: 'JSXExpressionContainer', expression },
        });
      });
    }

    walkMdast(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        visitEstree(node.data?.estree);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const attributes = node.attributes ?? [];
      for (const attribute of attributes) {
        if (typeof attribute.value === 'object' && attribute.value !== null) {
          visitEstree(attribute.value.data?.estree);
        }
      }
      if (!node.name || !names.has(node.name)) return;
      if (attributes.some((attribute) => attribute.name === DATA_PROP)) return;
      const iconAttribute = attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'icon',
      );
      const icon =
        typeof iconAttribute?.value === 'string'
          ? iconAttribute.value
          : (
              iconAttribute?.value?.data?.estree?.body as
                { expression?: { type: string; value?: unknown } }[] | undefined
            )?.[0]?.expression?.value;
      if (typeof icon !== 'string') return;
      const data = icons[icon];
      const expression = dataFor(icon);
      if (!expression) return;
      attributes.push({
        type: 'mdxJsxAttribute',
        name: DATA_PROP,
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: JSON.stringify(data),
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              comments: [],
              body: [{ type: 'ExpressionStatement', expression }],
            },
          },
        },
      });
    });
  };
}
