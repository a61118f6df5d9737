/**
 * Lean pages: what a reader's first visit downloads, cut after the build.
 *
 * 1. ./purge-css.ts removes the CSS rules and design tokens no page uses
 *    from the one stylesheet every page loads.
 * 2. ./defer.ts makes every page but the `eager` ones load the React app
 *    only when the reader first reaches for a control.
 *
 * One plugin for both because both rewrite every HTML page, and Docusaurus
 * runs the `postBuild` hooks of plugins concurrently: the pages are read
 * once, changed in order and written once.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { deferHydration } from './defer';
import { readPages, writePages } from './pages';
import { purgeStylesheet } from './purge-css';

export interface LeanPagesOptions {
  /** Route paths (as in `routesPaths`, e.g. `/zoeken`) that hydrate at once. */
  eager: string[];
}

export default function leanPages(_context: LoadContext, options: LeanPagesOptions): Plugin {
  return {
    name: 'lean-pages',
    async postBuild({ outDir }) {
      const pages = await readPages(outDir);
      const original = new Map(pages.map((page) => [page.file, page.html]));
      await purgeStylesheet(outDir, pages);
      await deferHydration(pages, new Set(options.eager));
      await writePages(outDir, pages, original);
    },
  };
}
