/**
 * The `<a>` behind every link of the compatibility layer. The real library
 * renders a plain `<a>` (NL Design System candidate Link, Utrecht Link), which
 * Docusaurus neither routes nor checks; this one hands internal links to
 * `@docusaurus/Link` (see ./href.ts for what counts as internal) and renders
 * external links as the same plain `<a>` the library renders.
 */
import DocusaurusLink from '@docusaurus/Link';
import type { AnchorHTMLAttributes, ReactElement, Ref } from 'react';

import { hrefKind } from './href';

export interface AnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  ref?: Ref<HTMLAnchorElement>;
}

export function Anchor({ href, ...props }: AnchorProps): ReactElement {
  switch (hrefKind(href)) {
    case 'internal':
      return <DocusaurusLink to={href} {...props} />;
    case 'file':
      // `pathname://` makes Docusaurus add the base URL without routing; pass
      // `target` explicitly so it does not default to a new window.
      return <DocusaurusLink to={`pathname://${href}`} {...props} target={props.target} />;
    default:
      return <a href={href} {...props} />;
  }
}
