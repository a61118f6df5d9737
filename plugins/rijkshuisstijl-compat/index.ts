import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import remarkRijkshuisstijlIcons, { type RemarkIconsOptions } from './remark-icons';

/**
 * Posts import components from `@rijkshuisstijl-community/components-react`.
 * That package injects its whole stylesheet at runtime and renders links as
 * plain `<a>`, so the import path resolves to our compatibility layer instead
 * (see src/components/Rijkshuisstijl/index.tsx).
 */
export const COMPAT_MODULE = 'src/components/Rijkshuisstijl/index.tsx';

/**
 * Remark plugins the content plugins (blog, docs) must run for the
 * compatibility layer: `<Icon>` gets the SVG data of its icon at build time
 * (see remark-icons.ts).
 */
export const rijkshuisstijlRemarkPlugins: [typeof remarkRijkshuisstijlIcons, RemarkIconsOptions][] =
  [[remarkRijkshuisstijlIcons, { onUnknownIcon: 'warn' }]];

export default function rijkshuisstijlCompat(context: LoadContext): Plugin {
  return {
    name: 'rijkshuisstijl-compat',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            '@rijkshuisstijl-community/components-react$': path.resolve(
              context.siteDir,
              COMPAT_MODULE,
            ),
          },
        },
      };
    },
  };
}
