/**
 * Everything that happens to the site after Docusaurus has written it, as one
 * ordered pipeline inside `docusaurus build`, so `docusaurus build` is the
 * whole build: no npm `postbuild` scripts, and `npx docusaurus build` gives
 * the same `build/` as `npm run build`.
 *
 * Docusaurus runs the `postBuild` hooks of all plugins at the same time, so
 * work that must happen in order (the CSP hashes need the final scripts, the
 * search index the final pages) belongs to one plugin: this one. Its steps
 * (`steps` in docusaurus.config.ts) each live in a module of their own and run
 * one after the other. The built HTML pages are read once, on first use
 * (`pages()`); a step that changes them changes them in memory, and the
 * pipeline writes the changed pages back before the next step, so a step
 * that reads the files on disk (Pagefind) sees the same pages. After the last
 * step that `usesPages`, the pages leave memory (a blog of 1,000 posts has
 * 1,400 of them) before the search index starts its own process.
 *
 * Each step's time goes to the build log (`[post-build] feeds: 0.4 s, …`).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { readPages, writePages, type BuiltPage } from './pages';
import type { PostBuildContext, PostBuildStep } from './types';

export type { PostBuildContext, PostBuildStep } from './types';

export interface PostBuildOptions {
  steps: PostBuildStep[];
}

export const PLUGIN_NAME = 'post-build';

export default function postBuildPlugin(context: LoadContext, options: PostBuildOptions): Plugin {
  return {
    name: PLUGIN_NAME,
    async postBuild({ outDir, plugins, siteConfig }) {
      let pages: BuiltPage[] | undefined;
      let written = new Map<string, string>();
      const ctx: PostBuildContext = {
        outDir,
        siteDir: context.siteDir,
        siteConfig,
        content: <T>(name: string) =>
          plugins.find((p) => p.name === name && p.options.id === 'default')?.content as
            T | undefined,
        async pages() {
          if (!pages) {
            pages = await readPages(outDir);
            written = new Map(pages.map((page) => [page.file, page.html]));
          }
          return pages;
        },
      };
      const report: string[] = [];
      const lastPagesStep = Math.max(
        ...options.steps.map((step, index) => (step.usesPages ? index : -1)),
      );
      for (const [index, step] of options.steps.entries()) {
        const started = performance.now();
        const note = await step.run(ctx);
        if (pages) {
          await writePages(outDir, pages, written);
          written = new Map(pages.map((page) => [page.file, page.html]));
          if (index >= lastPagesStep) {
            pages = undefined;
            written = new Map();
          }
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        report.push(`${step.name}: ${seconds} s${note ? ` (${note})` : ''}`);
      }
      console.log(`[post-build] ${report.join(', ')}`);
    },
  };
}
