/**
 * `Link` of @rijkshuisstijl-community/components-react 11: the NL Design
 * System candidate Link (`nl-link`) plus `rhc-link`. Written here rather than
 * imported from `@nl-design-system-candidate/link-react` because that package
 * always renders its own `<a>`, while internal links must render through
 * `@docusaurus/Link` (./internal/Anchor.tsx); it is also only a nested
 * dependency of the library, not one of ours.
 *
 * Differences from the library: no `aria-disabled="false"` (the library
 * forces `disabled={false}`, which only adds that noise), and props that are
 * not valid on `<a>` are dropped instead of leaking into the HTML.
 */
import clsx from 'clsx';
import type { AnchorHTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { Anchor } from './internal/Anchor';
import { ANCHOR_ATTRIBUTES, htmlProps } from './internal/html-props';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  children?: ReactNode;
  /** Marks the link to the current page (`aria-current`). */
  current?: AnchorHTMLAttributes<HTMLAnchorElement>['aria-current'];
  /** Keeps the link (for example one with an icon) together on one line. */
  inlineBox?: boolean;
  /** Link inside running text. */
  inline?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

export function Link({
  children,
  className,
  current,
  inlineBox,
  inline,
  ...restProps
}: LinkProps): ReactElement {
  return (
    <Anchor
      aria-current={current || undefined}
      {...htmlProps('Link', restProps, ANCHOR_ATTRIBUTES)}
      className={clsx(
        'nl-link',
        { 'nl-link--current': current, 'nl-link--inline-box': inlineBox },
        'rhc-link',
        { 'rhc-link--inline': inline },
        className,
      )}
    >
      {children}
    </Anchor>
  );
}
