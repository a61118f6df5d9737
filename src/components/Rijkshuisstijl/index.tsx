/**
 * Compatibility layer for `@rijkshuisstijl-community/components-react`: posts
 * import from that package, and a bundler alias
 * (plugins/rijkshuisstijl-compat) resolves the import to this module.
 *
 * The real package (v11) injects its whole 352 KB stylesheet at runtime as a
 * `<style>` element, adds about 155 KB gzip of JS, renders links that
 * Docusaurus can neither route nor check, and lets removed props leak into
 * the HTML. These components render the same markup and class names, styled
 * by static CSS (src/css/rijkshuisstijl.css), with the props posts use.
 *
 * This module exports exactly the names in `RIJKSHUISSTIJL_COMPONENTS`
 * (src/mdx/allowlist.ts); src/theme/MDXComponents.tsx puts them in the MDX
 * scope, so they are part of the main bundle: keep them small, and never
 * import `@utrecht/component-library-react` or the real package here.
 */
export { Alert } from './Alert';
export { Blockquote } from './Blockquote';
export { Card } from './Card';
export { Heading } from './Heading';
export { Icon } from './Icon';
export { Link } from './Link';
export { LinkList, LinkListLink } from './LinkList';

export type { AlertProps, AlertType } from './Alert';
export type { BlockquoteProps, BlockquoteVariation } from './Blockquote';
export type { CardProps } from './Card';
export type { HeadingLevel, HeadingProps } from './Heading';
export type { IconData, IconProps } from './Icon';
export type { LinkProps } from './Link';
export type { LinkListLinkProps, LinkListProps } from './LinkList';
