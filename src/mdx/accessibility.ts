/**
 * What a post may write for screen readers and the keyboard: the few ARIA
 * attributes and roles that make sense without script (a post has none, so
 * every widget role or state would be a promise the page cannot keep), and
 * the elements whose role forbids a name. `npm run check:content` refuses the
 * rest at the line; tests/unit/accessibility-rules.test.ts checks these lists
 * against axe-core's own ARIA data, the data the browser tests judge by.
 * Plain data: no imports.
 */

/** How the value of an allowed ARIA attribute is checked. */
export type AriaValue = 'text' | 'idrefs' | 'true-false';

/** The ARIA attributes a post may use, with the kind of value each takes. */
export const ARIA_ATTRIBUTES: Readonly<Record<string, AriaValue>> = {
  'aria-label': 'text',
  'aria-labelledby': 'idrefs',
  'aria-describedby': 'idrefs',
  'aria-hidden': 'true-false',
};

/**
 * The roles a post may give an element: an image made of several parts, a
 * figure, a group and a note. Every other role is either a widget (needs
 * script), a landmark (the page has its own) or a structure HTML already has.
 */
export const ARIA_ROLES: readonly string[] = ['img', 'figure', 'group', 'note'];

/** Roles that need a name (`aria-label` or `aria-labelledby`). */
export const ARIA_ROLES_NEEDING_NAME: readonly string[] = ['img'];

/**
 * Elements of the allowlist (allowlist.ts) whose role is `generic` or
 * another role that may not be named: `aria-label` and `aria-labelledby` are
 * ignored there (axe `aria-prohibited-attr`). `a` is one of them without
 * `href`.
 */
export const NAMING_PROHIBITED_ELEMENTS: readonly string[] = [
  'abbr',
  'b',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'em',
  'figcaption',
  'i',
  'ins',
  'kbd',
  'mark',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
];

/**
 * The size of the body text in rem (20 px: `--rhc-text-font-size-md` on
 * <body>, src/css/custom.css), against which a paragraph's own font size
 * makes it look like a heading (axe `p-as-heading`).
 */
export const BODY_TEXT_REM = 1.25;

/** Values of `scope` on a table header cell. */
export const TABLE_SCOPES: readonly string[] = ['row', 'col', 'rowgroup', 'colgroup'];

/** What a list element may hold directly, and where a list item may stand. */
export const LIST_STRUCTURE = {
  /** Direct children allowed in `<ul>`/`<ol>`, and in `<dl>` (a `div` groups `dt`/`dd`). */
  children: { ul: ['li'], ol: ['li'], dl: ['dt', 'dd', 'div'] } as Readonly<
    Record<string, readonly string[]>
  >,
  /** Parents an item needs. */
  parents: { li: ['ul', 'ol'], dt: ['dl', 'div'], dd: ['dl', 'div'] } as Readonly<
    Record<string, readonly string[]>
  >,
} as const;
