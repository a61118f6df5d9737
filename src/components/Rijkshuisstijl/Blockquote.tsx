/**
 * `Blockquote` of @rijkshuisstijl-community/components-react 11, which is the
 * Utrecht Blockquote: `<figure class="utrecht-blockquote">` with the quote and
 * a `<figcaption class="utrecht-blockquote__caption">`. Written here because
 * the Utrecht component only exists inside `@utrecht/component-library-react`
 * (57 KB gzip, not tree-shakeable).
 *
 * Compatibility with posts written for older versions:
 * - `attribution` (deprecated) is the caption, as in Utrecht;
 * - `variation` (removed in RHC 7) becomes the class the library used to set,
 *   `rhc-blockquote rhc-blockquote--<variation>-variation`, styled in
 *   src/css/rijkshuisstijl.css; it never reaches the HTML as an attribute.
 */
import clsx from 'clsx';
import type { BlockquoteHTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { BLOCKQUOTE_ATTRIBUTES, htmlProps } from './internal/html-props';

/** The variations of RHC before 7.0.0. */
export const BLOCKQUOTE_VARIATIONS = [
  'blue-corner-border',
  'pink-background',
  'pink-left-border',
  'pink-corner-border',
] as const;

export type BlockquoteVariation = (typeof BLOCKQUOTE_VARIATIONS)[number];

export interface BlockquoteProps extends BlockquoteHTMLAttributes<HTMLQuoteElement> {
  /** Source of the quote, shown below it, e.g. "— Uit NDS". */
  caption?: ReactNode;
  /** @deprecated Old name of `caption`. */
  attribution?: ReactNode;
  /** Render as `<aside>` (a pull quote). */
  aside?: boolean;
  /** Render as `<figure>` even without caption. */
  figure?: boolean;
  /** @deprecated Look of RHC before 7.0.0. */
  variation?: BlockquoteVariation | (string & {});
  children?: ReactNode;
  ref?: Ref<HTMLQuoteElement>;
}

function variationClass(variation: string | undefined): string | undefined {
  return BLOCKQUOTE_VARIATIONS.some((known) => known === variation)
    ? clsx('rhc-blockquote', `rhc-blockquote--${variation}-variation`)
    : undefined;
}

export function Blockquote({
  caption,
  attribution,
  aside,
  figure,
  variation,
  cite,
  lang,
  className,
  children,
  ref,
  ...restProps
}: BlockquoteProps): ReactElement {
  const rootClassName = clsx('utrecht-blockquote', variationClass(variation), className);
  const rest = htmlProps('Blockquote', restProps, BLOCKQUOTE_ATTRIBUTES);
  const note = caption || attribution;
  const captionElement = note ? (
    <figcaption className="utrecht-blockquote__caption">{note}</figcaption>
  ) : null;
  const quote = (className: string): ReactElement => (
    <blockquote className={className} cite={cite} lang={lang} ref={ref}>
      {children}
    </blockquote>
  );

  if (aside) {
    return (
      <aside className={rootClassName} {...rest}>
        {figure || captionElement ? (
          <figure className="utrecht-blockquote__figure">
            {quote('utrecht-blockquote__quote')}
            {captionElement}
          </figure>
        ) : (
          quote('utrecht-blockquote__quote')
        )}
      </aside>
    );
  }
  if (figure || captionElement) {
    return (
      <figure className={rootClassName} {...rest}>
        {quote('utrecht-blockquote__quote')}
        {captionElement}
      </figure>
    );
  }
  return (
    <blockquote
      className={clsx(
        'utrecht-blockquote',
        'utrecht-blockquote--html-blockquote',
        variationClass(variation),
        className,
      )}
      cite={cite}
      lang={lang}
      ref={ref}
      {...rest}
    >
      {children}
    </blockquote>
  );
}
