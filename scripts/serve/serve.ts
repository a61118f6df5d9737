/**
 * `npm run serve:prod`: serves the production build with Caddy, the way the
 * site is served for real (CSP, security headers, caching, compression, 404,
 * redirects), on http://localhost:$PORT (default 8080), in the foreground
 * until Ctrl-C.
 *
 * Builds first when `build/` is missing or `--build` is given: `docusaurus
 * build`, which is all of `npm run build` (search index and Caddy
 * configuration included, plugins/post-build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findCaddy, startCaddy } from './caddy';
import { defaultOutDir, generate, ROOT } from './generate';

async function main(): Promise<number> {
  const buildDir = path.join(ROOT, 'build');
  const caddy = findCaddy();
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is geen geldig poortnummer.`);
    return 1;
  }
  if (process.argv.includes('--build') || !existsSync(path.join(buildDir, 'index.html'))) {
    console.log('build/ ontbreekt of --build gevraagd: de site wordt eerst gebouwd.');
    const built = spawnSync('npx', ['docusaurus', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }
  const generated = generate(buildDir, defaultOutDir(buildDir));
  console.log(
    `CSP met ${generated.hashes.length} scripthash(es), ${generated.redirects.length} doorverwijzing(en).`,
  );
  const running = await startCaddy({
    siteRoot: buildDir,
    generatedDir: generated.outDir,
    port,
    bind: process.env.BIND ?? '127.0.0.1',
    binary: caddy,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  console.log(`De site draait op ${running.url.replace('127.0.0.1', 'localhost')} (Ctrl-C stopt).`);
  const code = await new Promise<number>((resolve) => {
    const stop = (): void => {
      void running.stop().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    running.process.once('exit', (exitCode) => {
      void running.stop().then(() => resolve(exitCode ?? 1));
    });
  });
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
