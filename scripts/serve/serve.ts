/**
 * `npm run serve:prod`: serves the production build with Caddy, the way the
 * site is served for real (CSP, security headers, caching, compression, 404,
 * redirects), on http://localhost:$PORT (default 8080), in the foreground
 * until Ctrl-C.
 *
 * Builds first when `build/` is missing or `--build` is given: `docusaurus
 * build`, which is all of `npm run build` (search index and Caddy
 * configuration included, plugins/post-build).
 *
 * `npm run preview` (`--preview`): the same for the preview build, drafts
 * included, in `build-preview/`: it always builds first (`npm run
 * build:preview`) unless `--geen-build` is given, so an author sees the
 * draft they just saved as readers will get it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findCaddy, startCaddy } from './caddy';
import { defaultOutDir, generate, ROOT } from './generate';

async function main(): Promise<number> {
  const preview = process.argv.includes('--preview');
  const buildDir = path.join(ROOT, preview ? 'build-preview' : 'build');
  const caddy = findCaddy();
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is geen geldig poortnummer.`);
    return 1;
  }
  const built = (): boolean => existsSync(path.join(buildDir, 'index.html'));
  if (preview) {
    if (!process.argv.includes('--geen-build')) {
      console.log('De previewbuild (met concepten) wordt gemaakt in build-preview/.');
      const run = spawnSync('npm', ['run', '--silent', 'build:preview'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (run.status !== 0) return run.status ?? 1;
    } else if (!built()) {
      console.error('build-preview/ ontbreekt: start npm run preview zonder --geen-build.');
      return 1;
    }
  } else if (process.argv.includes('--build') || !built()) {
    console.log('build/ ontbreekt of --build gevraagd: de site wordt eerst gebouwd.');
    const run = spawnSync('npx', ['docusaurus', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) return run.status ?? 1;
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
  const url = running.url.replace('127.0.0.1', 'localhost');
  console.log(
    preview
      ? `De previewbuild, met concepten, draait op ${url} (Ctrl-C stopt).`
      : `De site draait op ${url} (Ctrl-C stopt).`,
  );
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
