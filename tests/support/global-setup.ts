import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { findCaddy, freePort, startCaddy, type RunningCaddy } from '../../scripts/serve/caddy';
import { defaultOutDir, generate } from '../../scripts/serve/generate';

/** The built sites the browser tests read, and the variable holding each URL. */
export const SITES = {
  PROD_URL: 'build',
  PREVIEW_URL: 'build-preview',
} as const;

/**
 * Serves the production and the preview build with Caddy and the repository's
 * Caddyfile (CSP, headers, redirects, 404) on free loopback ports for the
 * whole run, so every browser test runs under the real server configuration.
 * A missing build or a missing Caddy is an error: the browser tests never skip.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const caddy = findCaddy();
  const servers: RunningCaddy[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    for (const [envName, dir] of Object.entries(SITES)) {
      const full = path.join(root, dir);
      if (!existsSync(path.join(full, 'index.html'))) {
        throw new Error(
          `${dir}/ is missing: run \`npm run build\` and \`npm run build:preview\` first.`,
        );
      }
      const generated = generate(full, defaultOutDir(full));
      const server = await startCaddy({
        siteRoot: full,
        generatedDir: generated.outDir,
        port: await freePort(),
        binary: caddy,
      });
      servers.push(server);
      process.env[envName] = server.url;
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
