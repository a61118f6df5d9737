/**
 * Wraps (does not eject) the theme's DocCardList. Without `items` it lists the
 * pages of the current kennisbank sidebar category, which only exists on a
 * kennisbank page: in a blog post (real posts import it from
 * `@theme/DocCardList`) the theme's component throws during the build and
 * takes the whole site down. There it renders nothing instead.
 */
import type { ReactNode } from 'react';
import DocCardList from '@theme-original/DocCardList';
import type { Props } from '@theme/DocCardList';
import useRouteContext from '@docusaurus/useRouteContext';

export default function DocCardListWrapper(props: Props): ReactNode {
  const { plugin } = useRouteContext();
  if (props.items === undefined && plugin.name !== 'docusaurus-plugin-content-docs') {
    return null;
  }
  return <DocCardList {...props} />;
}
