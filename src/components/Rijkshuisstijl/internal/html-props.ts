/**
 * Posts were written against several versions of the Rijkshuisstijl library
 * and pass props that no longer exist (`variation`, `appearance`, …). The
 * real components spread every unknown prop onto their HTML element, which
 * leaks invalid attributes into the page. Ours pass on only what is valid
 * HTML: the global attributes, ARIA, `data-*`, event handlers, and the
 * element-specific attributes each component allows.
 */

/** React names of the global HTML attributes (plus `ref`, a prop in React 19). */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'accessKey',
  'autoCapitalize',
  'autoFocus',
  'className',
  'contentEditable',
  'dir',
  'draggable',
  'enterKeyHint',
  'hidden',
  'id',
  'inert',
  'inputMode',
  'itemID',
  'itemProp',
  'itemRef',
  'itemScope',
  'itemType',
  'lang',
  'nonce',
  'popover',
  'ref',
  'role',
  'slot',
  'spellCheck',
  'style',
  'suppressHydrationWarning',
  'tabIndex',
  'title',
  'translate',
]);

/** Attributes of `<a>` besides the global ones. */
export const ANCHOR_ATTRIBUTES: readonly string[] = [
  'download',
  'href',
  'hrefLang',
  'media',
  'ping',
  'referrerPolicy',
  'rel',
  'target',
  'type',
];

/** Attributes of `<blockquote>` besides the global ones. */
export const BLOCKQUOTE_ATTRIBUTES: readonly string[] = ['cite'];

function isValidHtmlProp(name: string, extra: readonly string[]): boolean {
  return (
    GLOBAL_ATTRIBUTES.has(name) ||
    extra.includes(name) ||
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    /^on[A-Z]/.test(name)
  );
}

/**
 * The props that are valid on an HTML element; the others are dropped (and,
 * while developing, reported in the console so authors can fix their post).
 */
export function htmlProps(
  component: string,
  props: Readonly<Record<string, unknown>>,
  extra: readonly string[] = [],
): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (isValidHtmlProp(name, extra)) {
      valid[name] = value;
    } else if (process.env.NODE_ENV === 'development') {
      console.warn(`<${component}>: de prop "${name}" wordt genegeerd.`);
    }
  }
  return valid;
}
