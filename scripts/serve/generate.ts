/**
 * The generated part of the Caddy configuration for one build, outside the
 * web root. The last step of every build (plugins/post-build/caddy-config.ts);
 * by hand, for a build folder:
 *
 *   tsx scripts/serve/generate.ts [buildDir] [outDir]
 *
 * defaults: `build` and `.caddy/<basename of buildDir>`. Writes `csp.caddy`
 * (the Content-Security-Policy with the sha256 hash of every inline script in
 * the build) and `redirects.caddy` (301s from redirects.csv), both imported by
 * the `Caddyfile`. Exits non-zero, with a Dutch message naming the line, when
 * redirects.csv has a bad row.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  contentSecurityPolicy,
  cspSnippet,
  pageScripts,
  parseRedirects,
  redirectsSnippet,
  scriptHash,
  type Redirect,
} from './config';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Generated {
  outDir: string;
  csp: string;
  hashes: string[];
  redirects: Redirect[];
  htmlFiles: number;
}

/** An HTML page of a build: its path relative to the build and its text. */
export interface HtmlPage {
  file: string;
  html: string;
}

function* htmlFiles(dir: string, root = dir): Generator<HtmlPage> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full, root);
    else if (entry.name.endsWith('.html')) {
      yield { file: path.relative(root, full), html: readFileSync(full, 'utf8') };
    }
  }
}

/** Whether the server answers a path from the build, the way `try_files` in the Caddyfile does. */
export function existsInBuild(buildDir: string, urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const file = path.join(buildDir, decoded);
  if (!file.startsWith(buildDir)) return false;
  const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
  return (
    isFile(file) ||
    isFile(`${file}.html`) ||
    isFile(path.join(file, 'index.html')) ||
    decoded === '/'
  );
}

/** The generated Caddy configuration directory for a build directory. */
export function defaultOutDir(buildDir: string): string {
  return path.join(ROOT, '.caddy', path.basename(path.resolve(buildDir)));
}

/**
 * Generates the CSP and redirect snippets for a build; throws on any problem.
 * `pages` are the build's HTML pages when the caller has them already; else
 * they are read from `buildDir`.
 */
export function generate(
  buildDir: string,
  outDir = defaultOutDir(buildDir),
  pages: Iterable<HtmlPage> = htmlFiles(path.resolve(buildDir)),
): Generated {
  const build = path.resolve(buildDir);
  if (!existsSync(path.join(build, 'index.html'))) {
    throw new Error(`${buildDir}/index.html ontbreekt: bouw de site eerst (npm run build).`);
  }
  const hashes = new Set<string>();
  const problems: string[] = [];
  let count = 0;
  for (const { file, html } of pages) {
    count += 1;
    const scripts = pageScripts(html);
    for (const source of scripts.inline) hashes.add(scriptHash(source));
    for (const p of scripts.unhashable) problems.push(`${file}: ${p}`);
  }
  if (problems.length > 0) {
    throw new Error(
      'De Content-Security-Policy blokkeert inline JavaScript dat geen hash kan krijgen:\n' +
        problems.map((p) => `  ${p}`).join('\n'),
    );
  }
  const csvFile = path.join(ROOT, 'redirects.csv');
  const redirects = existsSync(csvFile)
    ? parseRedirects(readFileSync(csvFile, 'utf8'), (p) => existsInBuild(build, p))
    : [];
  const sortedHashes = [...hashes].sort();
  const csp = contentSecurityPolicy(sortedHashes);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'csp.caddy'), cspSnippet(csp));
  writeFileSync(path.join(outDir, 'redirects.caddy'), redirectsSnippet(redirects));
  return { outDir, csp, hashes: sortedHashes, redirects, htmlFiles: count };
}

function main(): number {
  const [buildDir = 'build', outDir] = process.argv.slice(2);
  try {
    const result = generate(path.resolve(ROOT, buildDir), outDir && path.resolve(outDir));
    console.log(
      `Caddy-configuratie voor ${buildDir}/ geschreven naar ${path.relative(ROOT, result.outDir)}/: ` +
        `${result.hashes.length} scripthash(es) uit ${result.htmlFiles} HTML-bestanden, ` +
        `${result.redirects.length} doorverwijzing(en).`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) process.exit(main());
