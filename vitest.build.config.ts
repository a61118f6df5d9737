import { defineConfig } from 'vitest/config';

/** Test files that read the fixture site (tests/build/fixture-site.ts). */
const FIXTURE_SITE_TESTS = [
  'tests/build/fixture-site.test.ts',
  'tests/build/hostile-metadata.test.ts',
];

/** Checker and build over one corpus (tests/build/corpus.ts): builds a site of its own. */
const CORPUS_TEST = 'tests/build/corpus.test.ts';

/**
 * Tests over the output of `npm run build` and `npm run build:preview`, and
 * over the fixture site: a copy of the site with test content, built once
 * (production and preview) by the global setup of its own project, which
 * runs only when one of its files is in the run (`npm run check:links`
 * builds nothing extra).
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: [...FIXTURE_SITE_TESTS, CORPUS_TEST],
        },
      },
      {
        extends: true,
        test: {
          name: 'fixture-site',
          include: FIXTURE_SITE_TESTS,
          globalSetup: ['tests/build/fixture-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: [CORPUS_TEST],
          testTimeout: 60_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
