/** The shape of a post-build step (./index.ts runs them in order). */
import type { DocusaurusConfig } from '@docusaurus/types';
import type { BuiltPage } from './pages';

export interface PostBuildContext {
  outDir: string;
  siteDir: string;
  siteConfig: DocusaurusConfig;
  /** The loaded content of a plugin of the site, by plugin name (default instance). */
  content<T>(pluginName: string): T | undefined;
  /** The built HTML pages, read once; change `html` to change a page. */
  pages(): Promise<BuiltPage[]>;
}

export interface PostBuildStep {
  name: string;
  /**
   * Works on the pages in memory (`pages()`). After the last such step the
   * pipeline lets go of them; a later step that asks reads them again.
   */
  usesPages?: boolean;
  /** Does the step's work; may return a short report for the build log. */
  run(ctx: PostBuildContext): Promise<string | void>;
}
