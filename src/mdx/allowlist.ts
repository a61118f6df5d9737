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
