/**
 * The Pagefind search index over the built HTML of one output directory, in
 * `<dir>/pagefind/`. Every build makes it as one of its last steps
 * (plugins/post-build/search-index.ts); by hand, for a build folder, with
 * `npm run search:index`.
 *
 * Only elements marked `data-pagefind-body` are indexed (the blog post
 * articles, see src/theme/BlogPostItem/Content), so navigation, footers, list
 * pages and the kennisbank stay out. Each build indexes its own HTML, so the
 * preview build's index holds the drafts and the production index does not.
 *
 * Usage: tsx scripts/search-index.ts [build-dir]   (default: build)
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { nativeImport } from '../plugins/lib/native-require';

export interface SearchIndexStats {
  /** Pages in the index (those with a `data-pagefind-body`), over all languages. */
  pages: number;
  /** Total size of the written `pagefind/` directory, in bytes. */
  bytes: number;
  /** Wall time of the indexing step, in milliseconds. */
  millis: number;
}

/**
 * Pagefind's own UI bundles: the site has its own search UI and loads only
 * `pagefind.js` (with its worker, WebAssembly and index files).
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Sum of the sizes of every file under `dir`. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

/** Indexes the built site in `siteDir` and writes `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexStats> {
  const started = Date.now();
  const root = path.resolve(siteDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${siteDir}/ holds no built site: run the Docusaurus build first.`);
  }
  // pagefind is ESM-only: imported by Node itself, also when Docusaurus
  // loads this file through jiti (plugins/post-build).
  const pagefind = await nativeImport<typeof import('pagefind')>('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    }
    const outputPath = path.join(root, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    }
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_FILES.test(file)) rmSync(path.join(outputPath, file));
    }
    const entry = JSON.parse(
      readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    return {
      pages: Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0),
      bytes: directorySize(outputPath),
      millis: Date.now() - started,
    };
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'build';
  const stats = await buildSearchIndex(dir);
  const seconds = (stats.millis / 1000).toFixed(1);
  if (stats.pages === 0) {
    throw new Error(`Pagefind found no page with data-pagefind-body in ${dir}/.`);
  }
  console.log(
    `[search] Indexed ${stats.pages} pages of ${dir}/ in ${seconds} s: ` +
      `${(stats.bytes / 1024).toFixed(0)} KB in ${dir}/pagefind/`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
