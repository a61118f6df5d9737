/**
 * Post-build step: the Pagefind search index over the final pages, in
 * `<outDir>/pagefind/` (scripts/search-index.ts). Each build indexes its own
 * pages, so the preview build's index holds its drafts and the production
 * index does not.
 */
import { buildSearchIndex } from '../../scripts/search-index';
import type { PostBuildStep } from './types';

export const searchIndexStep: PostBuildStep = {
  name: 'zoekindex',
  async run({ outDir }) {
    const stats = await buildSearchIndex(outDir);
    if (stats.pages === 0) {
      throw new Error(`Pagefind vond geen pagina met data-pagefind-body in ${outDir}.`);
    }
    return `${stats.pages} pagina's, ${Math.round(stats.bytes / 1024)} KB`;
  },
};
