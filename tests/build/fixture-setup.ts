/**
 * Global setup of the `fixture-site` test project (vitest.build.config.ts):
 * builds the fixture site once, as the production and the preview build
 * (each `docusaurus build` makes its own search index, plugins/post-build),
 * for every test file that reads it (`inject('fixtureSite')`). Runs only
 * when such a file is part of the run.
 */
import type { TestProject } from 'vitest/node';
import { writeFixtureContent } from './fixture-content';
import { buildFixtureSite, type FixtureSite } from './fixture-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: FixtureSite;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const site = await buildFixtureSite(writeFixtureContent);
  project.provide('fixtureSite', site);
}
