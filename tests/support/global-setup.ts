import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { findCaddy, freePort, startCaddy } from '../../scripts/serve/caddy';
import { defaultOutDir, generate } from '../../scripts/serve/generate';
import { startImage } from './image';

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
 *
 * With SERVER=image the production build is served as the container image
 * serves it: laid out and started from the Dockerfile (./image.ts), its health
 * check passing first.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const caddy = findCaddy();
  const servers: Array<{ stop: () => Promise<void> }> = [];
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
      if (envName === 'PROD_URL' && process.env.SERVER === 'image') {
        const image = await startImage(path.join(root, 'Dockerfile'), root);
        servers.push(image);
        if (image.health.status !== 0) {
          throw new Error(
            `The image's HEALTHCHECK failed (${image.health.command.join(' ')}: exit ${image.health.status})`,
          );
        }
        process.env[envName] = image.url;
        process.env.IMAGE_PID = String(image.process.pid);
        process.env.IMAGE_HEALTH = image.health.command.join(' ');
        continue;
      }
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
