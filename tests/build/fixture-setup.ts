/**
 * Global setup of the `fixture-site` test project (vitest.build.config.ts):
 * builds the fixture site once, as the production and the preview build,
 * each with its search index, for every test file that reads it
 * (`inject('fixtureSite')`). Runs only when such a file is part of the run.
 */
import type { TestProject } from 'vitest/node';
import { buildSearchIndex } from '../../scripts/search-index';
import { writeFixtureContent } from './fixture-content';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: FixtureSite;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const site = await buildFixtureSite(writeFixtureContent);
  await buildSearchIndex(site.build);
  await buildSearchIndex(site.preview);
  project.provide('fixtureSite', site);
}
