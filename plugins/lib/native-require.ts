/**
 * Loads a dependency with Node's own `require`, not through jiti.
 *
 * Docusaurus loads docusaurus.config.ts, and with it every plugin module,
 * through jiti 1, which hands each dependency that looks like an ES module to
 * Babel first: terser's bundle alone took 2.9 s, acorn 0.9 s, the micromark
 * modules behind mdast-util-from-markdown about 1.5 s, on every build with a
 * cold cache (CI, `npm run bench`): 7.5 s of the 9.5 s the configuration took
 * to load. Node's own `require` loads them as they are in about 0.2 s (on
 * Node 20.19 and later also ES-only packages: require(esm) is on by
 * default). Only for packages: the project's own TypeScript still needs jiti.
 */
import { createRequire } from 'node:module';

// Resolved from this file, as an import here would be: the site's node_modules.
const load = createRequire(__filename);

/** `require(name)` from the site's node_modules, typed by the caller. */
export function nativeRequire<T>(name: string): T {
  return load(name) as T;
}

/**
 * `import(name)` by Node itself, for ES-only packages whose `exports` have no
 * `require` condition (pagefind): under jiti an `import()` in TypeScript
 * becomes jiti's own `require`, which such a package refuses.
 */
export function nativeImport<T>(name: string): Promise<T> {
  return load('./native-import.cjs')(name) as Promise<T>;
}
