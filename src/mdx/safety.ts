/**
 * MDX safety rules over a parsed post (an mdast tree as the MDX compiler
 * sees it). An MDX post is code that runs in every reader's browser, so a
 * post may only import what the allowlist names, may not export, may only
 * use allowed elements and components, no event handlers or raw HTML
 * injection, no JavaScript beyond literal values and no script URLs.
 *
 * Used by `npm run check:content` and, as a last line of defence, by the
 * build itself (src/mdx/remark-safety-guard.ts). Dependency free on purpose:
 * the Docusaurus config loads it.
 */
import type { Node as EstreeNode, Program } from 'estree';

import {
  MDX_FORBIDDEN_ATTRIBUTES,
  MDX_FORBIDDEN_ELEMENTS,
  MDX_GLOBAL_COMPONENTS,
  MDX_HTML_ELEMENTS,
  MDX_IMPORT_ALLOWLIST,
  MDX_IMPORT_PREFIX_ALLOWLIST,
  UNSAFE_URL_SCHEMES,
} from './allowlist';

export type SafetyRuleId =
  | 'mdx-import'
  | 'mdx-export'
  | 'mdx-element'
  | 'mdx-component'
  | 'mdx-attribuut'
  | 'mdx-expressie'
  | 'url-onveilig';

/** Rules whose violation must stop a build: the safety rules proper. */
export const BUILD_BLOCKING_RULES: ReadonlySet<SafetyRuleId> = new Set<SafetyRuleId>([
  'mdx-import',
  'mdx-export',
  'mdx-element',
  'mdx-attribuut',
  'mdx-expressie',
  'url-onveilig',
]);

export interface SafetyProblem {
  rule: SafetyRuleId;
  message: string;
  line: number;
  column: number;
}

interface Point {
  line: number;
  column: number;
}

/** The parts of an mdast node this module reads (mdast + MDX + directives). */
export interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: Point; end?: Point };
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: unknown;
  data?: { estree?: Program | null } & Record<string, unknown>;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Program | null } };
  position?: { start: Point };
}

const ALLOWED_HTML = new Set(MDX_HTML_ELEMENTS);
const FORBIDDEN_HTML = new Set(MDX_FORBIDDEN_ELEMENTS);
const FORBIDDEN_ATTRIBUTES = new Set(MDX_FORBIDDEN_ATTRIBUTES.map((name) => name.toLowerCase()));

/**
 * True when a URL would run code or smuggle content in: `javascript:`,
 * `vbscript:` or `data:`. Browsers ignore ASCII tab and newline anywhere in
 * a URL and leading control characters and spaces, so we do too.
 */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalized = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(normalized);
  return match !== null && UNSAFE_URL_SCHEMES.includes(match[1].toLowerCase());
}

/** True for an import the allowlist permits (source and every name). */
export function isAllowedImport(source: string, importedNames: readonly string[]): boolean {
  const names = MDX_IMPORT_ALLOWLIST[source];
  if (names) {
    return importedNames.length > 0 && importedNames.every((name) => names.includes(name));
  }
  const prefixed = MDX_IMPORT_PREFIX_ALLOWLIST.some((prefix) => source.startsWith(prefix));
  const escapes = source.split('/').some((segment) => segment === '..' || segment === '.');
  return prefixed && !escapes && importedNames.length > 0 && !importedNames.includes('*');
}

/**
 * True for an expression made of literal values only: strings, numbers,
 * booleans, null, template strings without substitutions, and arrays or
 * plain objects of those.
 */
export function isLiteralExpression(node: EstreeNode): boolean {
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return (
        (node.operator === '-' || node.operator === '+') &&
        node.argument.type === 'Literal' &&
        typeof node.argument.value === 'number'
      );
    case 'ArrayExpression':
      return node.elements.every(
        (element) =>
          element !== null && element.type !== 'SpreadElement' && isLiteralExpression(element),
      );
    case 'ObjectExpression':
      return node.properties.every(
        (property) =>
          property.type === 'Property' &&
          property.kind === 'init' &&
          !property.computed &&
          !property.method &&
          !property.shorthand &&
          isLiteralExpression(property.value),
      );
    default:
      return false;
  }
}

/**
 * The value of a literal expression (see isLiteralExpression), or undefined
 * when it is not one.
 */
export function literalValue(node: EstreeNode): unknown {
  if (!isLiteralExpression(node)) return undefined;
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
    case 'UnaryExpression':
      return node.operator === '-'
        ? -Number((node.argument as { value: number }).value)
        : Number((node.argument as { value: number }).value);
    case 'ArrayExpression':
      return node.elements.map((element) => literalValue(element as EstreeNode));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          const { key, value } = property as { key: EstreeNode; value: EstreeNode };
          const name =
            key.type === 'Identifier' ? key.name : String((key as { value?: unknown }).value);
          return [name, literalValue(value)];
        }),
      );
    default:
      return undefined;
  }
}

/** The value of an attribute's literal expression program (`{…}`), or undefined. */
export function literalProgramValue(program: Program | null | undefined): unknown {
  const statement = program?.body[0];
  if (program?.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  return literalValue(statement.expression);
}

/** True for an expression program that is empty (a comment) or one literal. */
function isLiteralProgram(program: Program | null | undefined): boolean {
  if (!program) {
    return false;
  }
  if (program.body.length === 0) {
    return true;
  }
  if (program.body.length !== 1) {
    return false;
  }
  const [statement] = program.body;
  return statement.type === 'ExpressionStatement' && isLiteralExpression(statement.expression);
}

/** The string value of a literal-string expression program, if it is one. */
function literalString(program: Program | null | undefined): string | undefined {
  const statement = program?.body[0];
  if (statement?.type !== 'ExpressionStatement') {
    return undefined;
  }
  const expression = statement.expression;
  if (expression.type === 'Literal' && typeof expression.value === 'string') {
    return expression.value;
  }
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
  }
  return undefined;
}

function importedNames(
  specifiers: ReadonlyArray<{
    type: string;
    imported?: { type: string; name?: string; value?: unknown };
  }>,
): string[] {
  return specifiers.map((specifier) => {
    if (specifier.type === 'ImportDefaultSpecifier') {
      return 'default';
    }
    if (specifier.type === 'ImportNamespaceSpecifier') {
      return '*';
    }
    const imported = specifier.imported;
    return imported?.type === 'Identifier' ? (imported.name ?? '') : String(imported?.value ?? '');
  });
}

function describeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  const scheme = url
    .replace(/[\u0000-\u0020]/g, '')
    .split(':')[0]
    .toLowerCase();
  return `een \`${scheme}:\`-adres`;
}

/** Runs every MDX safety rule over a parsed file. */
export function findSafetyProblems(root: MdNode): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const localComponents = new Set<string>(MDX_GLOBAL_COMPONENTS);

  const at = (node: { position?: { start: Point } } | undefined, fallback?: MdNode): Point => {
    const start = node?.position?.start ?? fallback?.position?.start;
    return { line: start?.line ?? 1, column: start?.column ?? 1 };
  };
  const report = (rule: SafetyRuleId, message: string, point: Point): void => {
    problems.push({ rule, message, line: point.line, column: point.column });
  };

  const checkUrl = (url: string, point: Point, where: string): void => {
    if (isUnsafeUrl(url)) {
      report(
        'url-onveilig',
        `${where} gebruikt ${describeUrl(url)}. Zulke adressen voeren code uit of verbergen inhoud en zijn niet toegestaan: gebruik een gewone https://-link of een afbeelding naast het artikel.`,
        point,
      );
    }
  };

  // Imports first: they define which capitalised names a post may use.
  const visitEsm = (node: MdNode): void => {
    const program = node.data?.estree;
    if (!program) {
      return;
    }
    for (const statement of program.body) {
      const point = statement.loc
        ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 }
        : at(node);
      if (statement.type === 'ImportDeclaration') {
        const source = String(statement.source.value);
        const names = importedNames(statement.specifiers);
        for (const specifier of statement.specifiers) {
          localComponents.add(specifier.local.name);
        }
        if (!isAllowedImport(source, names)) {
          const allowed = Object.keys(MDX_IMPORT_ALLOWLIST)
            .concat(MDX_IMPORT_PREFIX_ALLOWLIST.map((prefix) => `${prefix}…`))
            .join(', ');
          const what =
            MDX_IMPORT_ALLOWLIST[source] !== undefined
              ? `Uit '${source}' mag je alleen ${MDX_IMPORT_ALLOWLIST[source]
                  .map((name) => (name === 'default' ? 'de standaard-export' : name))
                  .join(', ')} importeren, bij naam`
              : `Importeren uit '${source}' is niet toegestaan`;
          report(
            'mdx-import',
            `${what}. Toegestaan zijn alleen de onderdelen uit de kennisbank (Bijdragen › Onderdelen): ${allowed}.`,
            point,
          );
        }
      } else {
        report(
          'mdx-export',
          'Een artikel mag niets exporteren (`export`): daarmee voer je code uit op de pagina. Haal deze regel weg; gegevens over het artikel horen in de frontmatter.',
          point,
        );
      }
    }
  };

  const visitAttributes = (node: MdNode): void => {
    const attributes = Array.isArray(node.attributes) ? (node.attributes as JsxAttribute[]) : [];
    for (const attribute of attributes) {
      const point = at(attribute, node);
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(
          'mdx-expressie',
          `Het onderdeel <${node.name ?? ''}> krijgt eigenschappen via {...}: dat is JavaScript en niet toegestaan. Schrijf elke eigenschap uit, zoals naam="waarde".`,
          point,
        );
        continue;
      }
      const name = attribute.name ?? '';
      if (/^on[a-z]/i.test(name)) {
        report(
          'mdx-attribuut',
          `De eigenschap ${name} op <${node.name ?? ''}> zou JavaScript uitvoeren (een event-handler) en is niet toegestaan. Haal haar weg.`,
          point,
        );
      } else if (FORBIDDEN_ATTRIBUTES.has(name.toLowerCase())) {
        report(
          'mdx-attribuut',
          `De eigenschap ${name} op <${node.name ?? ''}> is niet toegestaan: ze laat opmaak of HTML buiten de huisstijl om binnen. Gebruik de onderdelen uit de kennisbank.`,
          point,
        );
      }
      const value = attribute.value;
      if (typeof value === 'string') {
        checkUrl(value, point, `De eigenschap ${name} op <${node.name ?? ''}>`);
      } else if (value && typeof value === 'object') {
        const program = value.data?.estree;
        if (!isLiteralProgram(program)) {
          report(
            'mdx-expressie',
            `De waarde van ${name} op <${node.name ?? ''}> is JavaScript ({${value.value}}). Alleen vaste waarden zijn toegestaan: schrijf ${name}="tekst" of ${name}={42}.`,
            point,
          );
        } else {
          const text = literalString(program);
          if (text !== undefined) {
            checkUrl(text, point, `De eigenschap ${name} op <${node.name ?? ''}>`);
          }
        }
      }
    }
  };

  const visitElement = (node: MdNode): void => {
    const name = node.name;
    const point = at(node);
    if (name) {
      if (/[.:]/.test(name)) {
        report(
          'mdx-component',
          `<${name}> is niet toegestaan. Gebruik alleen de onderdelen uit de kennisbank (Bijdragen › Onderdelen).`,
          point,
        );
      } else if (/^[A-Z]/.test(name)) {
        if (!localComponents.has(name)) {
          report(
            'mdx-component',
            `Het onderdeel <${name}> bestaat niet of is niet geïmporteerd. Kies een onderdeel uit de kennisbank (Bijdragen › Onderdelen) en importeer het zoals daar staat.`,
            point,
          );
        }
      } else if (FORBIDDEN_HTML.has(name.toLowerCase())) {
        const hint =
          name.toLowerCase() === 'iframe'
            ? ' Voor een video gebruik je ::video-vimeo[Titel]{id=…} of ::video-youtube[Titel]{id=…}.'
            : '';
        report(
          'mdx-element',
          `<${name}> is niet toegestaan in een artikel: het kan code of inhoud van buiten op de pagina zetten.${hint}`,
          point,
        );
      } else if (!ALLOWED_HTML.has(name)) {
        report(
          'mdx-element',
          `Het HTML-element <${name}> is niet toegestaan. Gebruik Markdown of een onderdeel uit de kennisbank (Bijdragen › Onderdelen).`,
          point,
        );
      }
    }
    visitAttributes(node);
  };

  const visit = (node: MdNode): void => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        visitElement(node);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isLiteralProgram(node.data?.estree)) {
          report(
            'mdx-expressie',
            `{${String(node.value ?? '').trim()}} is JavaScript en wordt niet uitgevoerd. Alleen vaste waarden en commentaar ({/* … */}) zijn toegestaan; wil je accolades als tekst, schrijf dan \\{ en \\}.`,
            at(node),
          );
        }
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string') {
          checkUrl(node.url, at(node), node.type === 'image' ? 'Deze afbeelding' : 'Deze link');
        }
        break;
      case 'leafDirective':
      case 'containerDirective':
      case 'textDirective': {
        const attributes = (node.attributes ?? {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(attributes)) {
          if (/^on[a-z]/i.test(key) || FORBIDDEN_ATTRIBUTES.has(key.toLowerCase())) {
            report(
              'mdx-attribuut',
              `De eigenschap ${key} van :${node.name ?? ''} is niet toegestaan: ze zou JavaScript of opmaak buiten de huisstijl om binnenlaten. Haal haar weg.`,
              at(node),
            );
          }
          if (typeof value === 'string') {
            checkUrl(value, at(node), `De eigenschap ${key} van :${node.name ?? ''}`);
          }
        }
        break;
      }
      default:
        break;
    }
    for (const child of node.children ?? []) {
      visit(child);
    }
  };

  for (const child of root.children ?? []) {
    if (child.type === 'mdxjsEsm') {
      visitEsm(child);
    }
  }
  for (const child of root.children ?? []) {
    if (child.type !== 'mdxjsEsm') {
      visit(child);
    }
  }
  return problems;
}
