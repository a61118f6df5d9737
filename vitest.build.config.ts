import { defineConfig } from 'vitest/config';

/** Tests over the output of `npm run build` and `npm run build:preview`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
