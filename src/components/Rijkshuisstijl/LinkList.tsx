/**
 * `LinkList` and `LinkListLink` of @rijkshuisstijl-community/components-react
 * 11, which are the Utrecht ones: `<ul class="utrecht-link-list">` with
 * `<li class="utrecht-link-list__item">` items whose link is a Utrecht Link
 * (`utrecht-link utrecht-link--html-a utrecht-link-list__link`). Written here
 * because they only exist inside `@utrecht/component-library-react` (57 KB
 * gzip, not tree-shakeable), and because the links must render through
 * `@docusaurus/Link` when internal (./internal/Anchor.tsx).
 */
import clsx from 'clsx';
import type { AnchorHTMLAttributes, HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { Anchor } from './internal/Anchor';
import { ANCHOR_ATTRIBUTES, htmlProps } from './internal/html-props';

export interface LinkListLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Icon before the text, e.g. `<Icon icon="chevron-right" />`. */
  icon?: ReactNode;
  /** Utrecht Link: marks an external link (`rel="external noopener noreferrer"`). */
  external?: boolean;
  /** Utrecht Link: the link wraps block content. */
  boxContent?: boolean;
  /** Utrecht Link: a link without destination yet (no `href`). */
  placeholder?: boolean;
  children?: ReactNode;
  ref?: Ref<HTMLAnchorElement>;
}

export function LinkListLink({
  icon,
  external,
  boxContent,
  placeholder,
  className,
  children,
  href,
  role,
  ...restProps
}: LinkListLinkProps): ReactElement {
  return (
    <li className={clsx('utrecht-link-list__item', className)}>
      <Anchor
        href={placeholder ? undefined : href}
        role={role || (placeholder ? 'link' : undefined)}
        className={clsx(
          'utrecht-link',
          'utrecht-link--html-a',
          {
            'utrecht-link--box-content': boxContent,
            'utrecht-link--external': external,
            'utrecht-link--placeholder': placeholder,
          },
          'utrecht-link-list__link',
        )}
        aria-disabled={placeholder ? 'true' : undefined}
        rel={external ? 'external noopener noreferrer' : undefined}
        {...htmlProps('LinkListLink', restProps, ANCHOR_ATTRIBUTES)}
      >
        {icon}
        <span className="utrecht-link-list__link-text">{children}</span>
      </Anchor>
    </li>
  );
}

export interface LinkListProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /** Icon for each link of `links`. */
  icon?: () => ReactNode;
  /** Links to render, as props of `LinkListLink`. */
  links?: LinkListLinkProps[];
  children?: ReactNode;
  ref?: Ref<HTMLUListElement>;
}

export function LinkList({
  icon,
  links,
  className,
  children,
  ...restProps
}: LinkListProps): ReactElement {
  return (
    <ul
      role="list"
      className={clsx('utrecht-link-list', 'utrecht-link-list--html-ul', className)}
      {...htmlProps('LinkList', restProps)}
    >
      {children}
      {Array.isArray(links) &&
        links.map((linkProps, index) => (
          <LinkListLink key={index} icon={icon?.()} {...linkProps} />
        ))}
    </ul>
  );
}
