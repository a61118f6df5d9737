import path from 'node:path';
import { defineConfig } from 'vitest/config';

const stub = (file: string): string => path.resolve(__dirname, 'tests/unit/stubs', file);

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: [
      { find: /^@site\//, replacement: `${path.resolve(__dirname)}/` },
      // Docusaurus' client modules (@docusaurus/*, @theme/*) are bundler
      // aliases that only exist inside a Docusaurus build: stand-ins for unit
      // tests (see tests/unit/stubs).
      { find: /^@docusaurus\/Link$/, replacement: stub('DocusaurusLink.tsx') },
      { find: /^@theme-original\/MDXComponents$/, replacement: stub('MDXComponents.tsx') },
      { find: /^@theme\/(Tabs|TabItem|DocCardList)$/, replacement: stub('ThemeComponent.tsx') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Correctness, not speed: a shared 2-core machine under build load can
    // take several seconds for a test that parses all of components-css.
    testTimeout: 30_000,
  },
});
