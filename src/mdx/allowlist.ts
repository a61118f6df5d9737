/**
 * The one list of what an MDX post may import and use. The site builds its
 * MDX scope from it (src/theme/MDXComponents.tsx), `npm run check:content`
 * refuses every import that is not on it, and the contributor guide lists it.
 */

/** Components posts import from the Rijkshuisstijl community package. */
export const RIJKSHUISSTIJL_COMPONENTS = [
  'Alert',
  'Blockquote',
  'Card',
  'Heading',
  'Icon',
  'Link',
  'LinkList',
  'LinkListLink',
] as const;

export type RijkshuisstijlComponentName = (typeof RIJKSHUISSTIJL_COMPONENTS)[number];

/** The package path posts use; it resolves to our compatibility layer. */
export const RIJKSHUISSTIJL_PACKAGE = '@rijkshuisstijl-community/components-react';

/**
 * Allowed import sources and the names each may be imported as. `default`
 * stands for the default import.
 */
export const MDX_IMPORT_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  [RIJKSHUISSTIJL_PACKAGE]: RIJKSHUISSTIJL_COMPONENTS,
  '@theme/Tabs': ['default'],
  '@theme/TabItem': ['default'],
  '@theme/DocCardList': ['default'],
};

/** Import sources of the project's own components (any name allowed). */
export const MDX_IMPORT_PREFIX_ALLOWLIST: readonly string[] = ['@site/src/components/'];

/** Components usable in MDX without an import (the MDX scope). */
export const MDX_GLOBAL_COMPONENTS: readonly string[] = [
  ...RIJKSHUISSTIJL_COMPONENTS,
  'Tabs',
  'TabItem',
  'DocCardList',
];

/** Admonition keywords authors may use (`:::note` …), `success` is legacy. */
export const ADMONITION_TYPES = ['note', 'tip', 'info', 'warning', 'danger', 'success'] as const;

/** Leaf directives for privacy-friendly video embeds. */
export const VIDEO_DIRECTIVES = {
  'video-vimeo': 'vimeo',
  'video-youtube': 'youtube',
} as const;

/**
 * Lower-case HTML elements a post may write as JSX. Everything else is
 * refused: no script, style, iframe, object, embed, form, svg, head, audio.
 * `video`, `source` and `track` are for a self-hosted video: files beside
 * the post, played with the browser's own controls (SELF_HOSTED_VIDEO).
 */
export const MDX_HTML_ELEMENTS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'video',
  'source',
  'track',
  'wbr',
];

/**
 * A self-hosted video (`<video controls>` with `<source>` files beside the
 * post and optional `<track>` captions) is the browser's own accessible
 * player: controls always on, never playing by itself, and loading no more
 * than its metadata until the reader presses play.
 */
export const SELF_HOSTED_VIDEO = {
  /** Attributes the build removes, with a warning. */
  droppedAttributes: ['autoPlay', 'autoplay'],
  /** `preload` values kept; anything else becomes `metadata`. */
  preload: ['none', 'metadata'],
  /** Elements whose `src` (and `poster`) must be a file beside the post. */
  fileAttributes: { video: ['src', 'poster'], source: ['src'], track: ['src'] },
} as const;

/**
 * A raw `<a class="utrecht-button …">` (as posts on the old site write a
 * call-to-action button) renders as the house-style button link; the
 * variant class maps to ours, anything else is the primary look.
 */
export const BUTTON_LINK = {
  marker: 'utrecht-button',
  className: 'button-link',
  variants: {
    'utrecht-button--primary-action': 'button-link--primary',
    'utrecht-button--secondary-action': 'button-link--secondary',
    'utrecht-button--subtle': 'button-link--secondary',
  } as Readonly<Record<string, string>>,
} as const;

/** Elements refused with a message of their own (the rest: "not allowed"). */
export const MDX_FORBIDDEN_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
];

/** Attributes refused on every element, besides any `on…` event handler. */
export const MDX_FORBIDDEN_ATTRIBUTES: readonly string[] = [
  'dangerouslySetInnerHTML',
  'srcDoc',
  'srcdoc',
  'formAction',
];

/** URL schemes refused in links, images and attribute values. */
export const UNSAFE_URL_SCHEMES: readonly string[] = ['javascript', 'vbscript', 'data'];
