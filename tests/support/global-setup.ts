import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { serveDirectory, type RunningServer } from './static-server';

/** The built sites the browser tests read, and the variable holding each URL. */
export const SITES = {
  PROD_URL: 'build',
  PREVIEW_URL: 'build-preview',
} as const;

/**
 * Serves the production and the preview build on free loopback ports for the
 * whole run. A missing build is an error: the browser tests never skip.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const servers: RunningServer[] = [];
  for (const [envName, dir] of Object.entries(SITES)) {
    const full = path.join(root, dir);
    if (!existsSync(path.join(full, 'index.html'))) {
      throw new Error(
        `${dir}/ is missing: run \`npm run build\` and \`npm run build:preview\` first.`,
      );
    }
    const server = await serveDirectory(full);
    servers.push(server);
    process.env[envName] = server.url;
  }
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
