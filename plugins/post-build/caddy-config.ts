/**
 * Post-build step, the last: the generated part of the Caddy configuration
 * for this build (scripts/serve/generate.ts), outside the web root in
 * `.caddy/<name of the output folder>/`: the Content-Security-Policy with the
 * hash of every inline script of the final pages, and the redirects.
 */
import path from 'node:path';
import { generate } from '../../scripts/serve/generate';
import type { PostBuildStep } from './types';

export const caddyConfigStep: PostBuildStep = {
  name: 'Caddy',
  usesPages: true,
  async run({ outDir, siteDir, pages }) {
    const caddyDir = path.join(siteDir, '.caddy', path.basename(outDir));
    const result = generate(outDir, caddyDir, await pages());
    return `${result.hashes.length} scripthash(es), ${result.redirects.length} doorverwijzing(en)`;
  },
};
