/** The built HTML pages, read once by the post-build pipeline (./index.ts) and written where they changed. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuiltPage {
  /** Path relative to the build folder, e.g. `blog/tags.html`. */
  file: string;
  html: string;
}

/** Every HTML page of a build (Pagefind's own folder holds none). */
export async function readPages(outDir: string): Promise<BuiltPage[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  );
  return Promise.all(
    files.map(async (file) => ({ file, html: await readFile(path.join(outDir, file), 'utf8') })),
  );
}

/** Writes the pages whose HTML differs from what is on disk. */
export async function writePages(
  outDir: string,
  pages: BuiltPage[],
  original: Map<string, string>,
): Promise<void> {
  await Promise.all(
    pages
      .filter((page) => original.get(page.file) !== page.html)
      .map((page) => writeFile(path.join(outDir, page.file), page.html)),
  );
}
