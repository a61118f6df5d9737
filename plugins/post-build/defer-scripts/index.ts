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
import { elementsOf } from '../../lib/html-tree';
import { nativeRequire } from '../../lib/native-require';
import type { BuiltPage } from '../pages';
import type { PostBuildStep } from '../types';

const { minify } = nativeRequire<typeof import('terser')>('terser');
const { parse } = nativeRequire<typeof import('parse5')>('parse5');

/** The `src` of the app's entry scripts as Docusaurus writes them. */
const ENTRY_SRC = /\/assets\/js\/(?:runtime~main|main)\.[0-9a-f]+\.js$/;

interface EntryScript {
  src: string;
  start: number;
  end: number;
}

/**
 * The entry scripts of a page (`<script src=…/main.<hash>.js defer>`) and
 * where each sits in the HTML. Found with a real HTML parser: a pattern over
 * the text would also match such a tag spelled out inside an attribute
 * value (a post's title or description in a `content="…"`, which the
 * minifier leaves with its `<` as is), and the loader, quotes and all, would
 * then be written into the middle of that attribute.
 */
export function entryScripts(html: string): EntryScript[] {
  const found: EntryScript[] = [];
  for (const element of elementsOf(parse(html, { sourceCodeLocationInfo: true }))) {
    if (element.tagName !== 'script') continue;
    const attributes = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
    const src = attributes.get('src');
    const location = element.sourceCodeLocation;
    if (!src || !ENTRY_SRC.test(src) || !attributes.has('defer') || !location) continue;
    found.push({ src, start: location.startOffset, end: location.endOffset });
  }
  return found;
}

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
export function deferPage(
  html: string,
  loader: (scripts: string[]) => string,
  entries: EntryScript[] = entryScripts(html),
): string {
  if (entries.length === 0) return html;
  const parts = [
    html.slice(0, entries[0].start),
    `<script>${loader(entries.map((e) => e.src))}</script>`,
  ];
  entries.forEach((entry, index) => {
    parts.push(html.slice(entry.end, entries[index + 1]?.start ?? html.length));
  });
  return parts.join('');
}

/**
 * Defers the entry scripts of every page but the `eager` routes, in place.
 * Every page of one build loads the same two entry scripts, so the loader is
 * minified once per distinct script list.
 */
export async function deferHydration(pages: BuiltPage[], eager: Set<string>): Promise<void> {
  const loaders = new Map<string, string>();
  const deferred = pages.filter((page) => !eager.has(routeOfFile(page.file)));
  const entries = deferred.map((page) => entryScripts(page.html));
  for (const list of entries) {
    const scripts = list.map((entry) => entry.src);
    const key = JSON.stringify(scripts);
    if (scripts.length > 0 && !loaders.has(key)) loaders.set(key, await loaderScript(scripts));
  }
  deferred.forEach((page, index) => {
    page.html = deferPage(
      page.html,
      (scripts) => loaders.get(JSON.stringify(scripts)) ?? '',
      entries[index],
    );
  });
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
