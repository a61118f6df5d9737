/**
 * Wraps (does not eject) the theme's MDX components to add the components
 * posts may use without importing them: the Rijkshuisstijl components of our
 * compatibility layer and Tabs, TabItem and DocCardList. Older posts use
 * `<Icon>`, `<Link>` and friends without an import, as the old site provided
 * them globally.
 *
 * The scope is built from the allowlist (src/mdx/allowlist.ts), the single
 * list of what MDX may use, and fails the build when a name on it has no
 * component. Everything here is in the main bundle of every page.
 */
import type { ComponentType } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import type { MDXComponentsObject } from '@theme/MDXComponents';
import DocCardList from '@theme/DocCardList';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

import * as Rijkshuisstijl from '@site/src/components/Rijkshuisstijl';
import { MDX_GLOBAL_COMPONENTS, RIJKSHUISSTIJL_COMPONENTS } from '@site/src/mdx/allowlist';

// MDX scopes hold components with any props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

const available: Readonly<Record<string, AnyComponent>> = {
  ...Object.fromEntries(
    RIJKSHUISSTIJL_COMPONENTS.map((name): [string, AnyComponent] => [name, Rijkshuisstijl[name]]),
  ),
  Tabs,
  TabItem,
  DocCardList,
};

/** The components of `MDX_GLOBAL_COMPONENTS`, by name. */
export function buildMdxScope(
  names: readonly string[] = MDX_GLOBAL_COMPONENTS,
): Record<string, AnyComponent> {
  return Object.fromEntries(
    names.map((name) => {
      const component = available[name];
      if (component === undefined) {
        throw new Error(`MDXComponents: "${name}" staat op de allowlist maar bestaat niet.`);
      }
      return [name, component];
    }),
  );
}

const components: MDXComponentsObject = {
  ...(MDXComponents as MDXComponentsObject),
  ...buildMdxScope(),
};

export default components;
