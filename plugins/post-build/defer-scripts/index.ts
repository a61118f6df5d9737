/**
 * Post-build step: reading pages that need no framework JavaScript.
 *
 * Docusaurus renders every page to complete HTML and then loads its React app
 * (`runtime~main.js`, `main.js` and the route's chunks, about 200 KB gzip) to
 * hydrate it. `main.js` lists every route of the site, so it grows with the
 * blog (facebook/docusaurus#7256). A reader of a post needs none of it: the
 * text, links, images, the search form and "Terug naar boven" are plain HTML.
 *
 * After the build this step replaces the two `<script defer>` tags of each
 * page with a small inline loader (./loader.js) that loads them on the
 * reader's first reach for a control (pointing at, touching or focusing a
 * button or field, or the search shortcut) and replays the click that
 * triggered it. From then on the page is the ordinary single-page app.
 *
 * Pages listed in `eager` (the search page, which renders its results from
 * the URL) keep their scripts as Docusaurus wrote them.
 *
 * The Content-Security-Policy hashes every inline script of the build
 * (scripts/serve/generate.ts runs after this), the loader included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nativeRequire } from '../../lib/native-require';
import type { PostBuildStep } from '../types';
import type { BuiltPage } from '../pages';

const { minify } = nativeRequire<typeof import('terser')>('terser');

/** The app's entry scripts as Docusaurus writes them (minified HTML, quotes optional). */
const ENTRY_SCRIPT =
  /<script src=["']?([^"'\s>]*\/assets\/js\/(?:runtime~main|main)\.[0-9a-f]+\.js)["']? defer(?:=["']?["']?)?><\/script>/g;

/** The route a built HTML file serves, e.g. `blog/x.html` → `/blog/x`, `index.html` → `/`. */
export function routeOfFile(relativeFile: string): string {
  const route = `/${relativeFile.split(path.sep).join('/')}`
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/');
  return route.length > 1 ? route.replace(/\/$/, '') : route;
}

/** The loader, minified, for the given entry scripts. */
export async function loaderScript(scripts: string[]): Promise<string> {
  const source = readFileSync(path.join(__dirname, 'loader.js'), 'utf8').replace(
    '__SCRIPTS__',
    JSON.stringify(scripts),
  );
  const result = await minify(source, { ecma: 2017, compress: true, mangle: true });
  if (!result.code) throw new Error('post-build: terser returned no code');
  return result.code;
}

/**
 * Replaces the entry scripts of one page with the loader. Returns the page
 * unchanged when it has no entry scripts (a redirect page, say).
 */
export function deferPage(html: string, loader: (scripts: string[]) => string): string {
  const scripts: string[] = [];
  let first = -1;
  const stripped = html.replace(ENTRY_SCRIPT, (tag: string, src: string, offset: number) => {
    if (first < 0) first = offset;
    scripts.push(src);
    return '';
  });
  if (scripts.length === 0) return html;
  return `${stripped.slice(0, first)}<script>${loader(scripts)}</script>${stripped.slice(first)}`;
}

/**
 * Defers the entry scripts of every page but the `eager` routes, in place.
 * Every page of one build loads the same two entry scripts, so the loader is
 * minified once per distinct script list.
 */
export async function deferHydration(pages: BuiltPage[], eager: Set<string>): Promise<void> {
  const loaders = new Map<string, string>();
  const deferred = pages.filter((page) => !eager.has(routeOfFile(page.file)));
  for (const { html } of deferred) {
    const scripts = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]);
    const key = JSON.stringify(scripts);
    if (scripts.length > 0 && !loaders.has(key)) loaders.set(key, await loaderScript(scripts));
  }
  for (const page of deferred) {
    page.html = deferPage(page.html, (scripts) => loaders.get(JSON.stringify(scripts)) ?? '');
  }
}

/** The step: every page but the `eager` routes loads the app on the reader's first reach for a control. */
export function deferScriptsStep(options: { eager: string[] }): PostBuildStep {
  return {
    name: 'scripts',
    usesPages: true,
    async run(ctx) {
      await deferHydration(await ctx.pages(), new Set(options.eager));
    },
  };
}
