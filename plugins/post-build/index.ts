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
 * one after the other; steps given together in a list run at the same time
 * (they must not need each other's work: the search index, a process of its
 * own, beside the CSP hashes, say). The built HTML pages are read once, on
 * first use (`pages()`); a step that changes them changes them in memory, and
 * the pipeline writes the changed pages back before the next step, so a step
 * that reads the files on disk (Pagefind) sees the same pages. After the last
 * step that `usesPages`, the pages leave memory (a blog of 1,000 posts has
 * 1,400 of them).
 *
 * Each step's time goes to the build log (`[post-build] feeds: 0.4 s, …`).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { readPages, writePages, type BuiltPage } from './pages';
import type { PostBuildContext, PostBuildStep } from './types';

export type { PostBuildContext, PostBuildStep } from './types';

export interface PostBuildOptions {
  /** In order; the steps of an inner list run at the same time. */
  steps: (PostBuildStep | PostBuildStep[])[];
}

export const PLUGIN_NAME = 'post-build';

export default function postBuildPlugin(context: LoadContext, options: PostBuildOptions): Plugin {
  return {
    name: PLUGIN_NAME,
    async postBuild({ outDir, plugins, siteConfig }) {
      let pages: BuiltPage[] | undefined;
      let reading: Promise<BuiltPage[]> | undefined;
      let written = new Map<string, string>();
      const ctx: PostBuildContext = {
        outDir,
        siteDir: context.siteDir,
        siteConfig,
        content: <T>(name: string) =>
          plugins.find((p) => p.name === name && p.options.id === 'default')?.content as
            T | undefined,
        pages() {
          reading ??= readPages(outDir).then((read) => {
            pages = read;
            written = new Map(read.map((page) => [page.file, page.html]));
            return read;
          });
          return reading;
        },
      };
      const report: string[] = [];
      const stages = options.steps.map((step) => (Array.isArray(step) ? step : [step]));
      const lastPagesStage = Math.max(
        ...stages.map((stage, index) => (stage.some((step) => step.usesPages) ? index : -1)),
      );
      for (const [index, stage] of stages.entries()) {
        const notes = await Promise.all(
          stage.map(async (step) => {
            const started = performance.now();
            const note = await step.run(ctx);
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            return `${step.name}: ${seconds} s${note ? ` (${note})` : ''}`;
          }),
        );
        report.push(...notes);
        if (pages) {
          await writePages(outDir, pages, written);
          written = new Map(pages.map((page) => [page.file, page.html]));
          if (index >= lastPagesStage) {
            pages = undefined;
            reading = undefined;
            written = new Map();
          }
        }
      }
      console.log(`[post-build] ${report.join(', ')}`);
    },
  };
}
