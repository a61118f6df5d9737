import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Keeps Mermaid out of the JavaScript that every page loads.
 *
 * @docusaurus/theme-mermaid loads `mermaid` with a dynamic import, only when a
 * page renders a diagram. But Docusaurus' `common` split chunk takes every
 * module that sits in at least half as many chunks as the site has pages,
 * and Mermaid lazily loads one chunk per diagram type, all sharing its parser
 * (chevrotain, langium) and helpers. On a site with few pages those shared
 * modules cross that threshold and land in `common`, which every page loads:
 * measured, about 145 KB gzip of Mermaid code on pages without a diagram.
 * We exclude Mermaid and the packages it depends on from `common`; they are
 * then split as usual and load only with a diagram.
 */

/** Packages whose dependency trees are loaded only through Mermaid. */
const ROOT_PACKAGES = ['mermaid', '@mermaid-js/layout-elk'];

/** The directory of package `name` as Node would resolve it from `fromDir`. */
function findPackageDir(name: string, fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) {
      return fs.realpathSync(candidate);
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/** Directories of `roots` and of every package they depend on, transitively. */
export function dependencyClosure(roots: readonly string[], fromDir: string): string[] {
  const found = new Set<string>();
  const visit = (name: string, from: string): void => {
    const dir = findPackageDir(name, from);
    if (dir === undefined || found.has(dir)) {
      return;
    }
    found.add(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys({
      ...manifest.dependencies,
      ...manifest.optionalDependencies,
    })) {
      visit(dependency, dir);
    }
  };
  for (const root of roots) {
    visit(root, fromDir);
  }
  return [...found].sort();
}

/** The subset of a bundler module the `test` function reads. */
interface ModuleLike {
  nameForCondition?: () => string | null | undefined;
}

export default function mermaidCodeSplit(context: LoadContext): Plugin {
  // Mermaid is a dependency of the theme, so resolve it from there.
  const themeDir = findPackageDir('@docusaurus/theme-mermaid', context.siteDir) ?? context.siteDir;
  const mermaidDirs = dependencyClosure(ROOT_PACKAGES, themeDir).map((dir) => dir + path.sep);

  const isMermaidModule = (module: ModuleLike): boolean => {
    const resource = module.nameForCondition?.();
    return typeof resource === 'string' && mermaidDirs.some((dir) => resource.startsWith(dir));
  };

  return {
    name: 'mermaid-code-split',
    configureWebpack(_config, isServer) {
      if (isServer || mermaidDirs.length === 0) {
        return {};
      }
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Merged into Docusaurus' own `common` group (webpack-merge).
              common: { test: (module: ModuleLike) => !isMermaidModule(module) },
            },
          },
        },
      };
    },
  };
}
