/**
 * Post-build step: the site stylesheet without what no page uses.
 *
 * Docusaurus bundles one stylesheet for every page: Infima, the
 * Rijkshuisstijl design tokens (about 2,000 custom properties) and the
 * site's own CSS. Most tokens and many Infima rules are never used. PurgeCSS
 * keeps every rule whose class, id or element occurs in the built HTML or in
 * the JavaScript (React adds classes at run time, and every class name it
 * can add is a literal in the bundles), and every custom property that a
 * kept rule, an inline style or a script reads.
 *
 * The purged file gets a new content hash in its name, and every page links
 * to that name: hashed assets are cached as immutable, so one name must
 * always mean one content.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PurgeCSS } from 'purgecss';
import type { PostBuildStep } from './types';
import type { BuiltPage } from './pages';

/** The global stylesheet Docusaurus emits, e.g. `styles.1d8ce264.css`. */
const STYLESHEET = /^styles\.[0-9a-f]+\.css$/;

/** Custom properties read with `var(--name` anywhere in the given texts. */
export function readVariables(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/var\(\s*(--[\w-]+)/g)) names.add(match[1]);
  }
  return [...names];
}

/**
 * Attribute names used in the stylesheet's attribute selectors. PurgeCSS's
 * word extractor cannot see values such as the `/` of `a[href^='/']`, so it
 * would drop such rules; every attribute is treated as present, and a rule
 * goes only when its classes, ids or elements occur nowhere.
 */
export function attributeNames(css: string): string[] {
  const names = new Set<string>();
  for (const match of css.matchAll(/\[\s*([\w:-]+)\s*(?:[~|^$*]?=|\])/g)) names.add(match[1]);
  return [...names];
}

/** `styles.<8 hex digits of the content's sha256>.css`. */
export function hashedName(css: string): string {
  return `styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
}

export interface PurgeResult {
  before: number;
  after: number;
  file: string;
}

/**
 * Purges the site stylesheet of `outDir` against the pages and scripts,
 * writes it under its new name, removes the old file and points the pages
 * at the new one. Returns undefined when the build has no such stylesheet.
 */
export async function purgeStylesheet(
  outDir: string,
  pages: BuiltPage[],
): Promise<PurgeResult | undefined> {
  const cssDir = path.join(outDir, 'assets', 'css');
  const name = (await readdir(cssDir)).find((file) => STYLESHEET.test(file));
  if (!name) return undefined;
  const css = await readFile(path.join(cssDir, name), 'utf8');
  const jsDir = path.join(outDir, 'assets', 'js');
  const scripts = await Promise.all(
    (await readdir(jsDir))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFile(path.join(jsDir, file), 'utf8')),
  );
  const html = pages.map((page) => page.html);
  const [result] = await new PurgeCSS().purge({
    content: [
      ...html.map((raw) => ({ raw, extension: 'html' })),
      ...scripts.map((raw) => ({ raw, extension: 'js' })),
    ],
    css: [{ raw: css }],
    variables: true,
    keyframes: true,
    dynamicAttributes: attributeNames(css),
    safelist: {
      // A selector of pseudo-classes alone (the site-wide `:focus-visible`
      // ring) names nothing PurgeCSS can find, so it would be dropped.
      standard: [/^:[\w-]+$/],
      variables: readVariables([...html, ...scripts]),
    },
  });
  const purged = result.css;
  const file = hashedName(purged);
  await writeFile(path.join(cssDir, file), purged);
  if (file !== name) await rm(path.join(cssDir, name));
  for (const page of pages)
    page.html = page.html.split(`/assets/css/${name}`).join(`/assets/css/${file}`);
  return { before: css.length, after: purged.length, file };
}

/** The step: purges the stylesheet against every page of the build. */
export const purgeCssStep: PostBuildStep = {
  name: 'CSS',
  usesPages: true,
  async run(ctx) {
    const result = await purgeStylesheet(ctx.outDir, await ctx.pages());
    if (!result) return 'geen stylesheet';
    return `${Math.round(result.before / 1024)} → ${Math.round(result.after / 1024)} KB`;
  },
};
