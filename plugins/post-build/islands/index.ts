/**
 * Post-build step: reading pages are HTML plus small islands of behaviour.
 *
 * Docusaurus renders every page to complete HTML and then loads its React app
 * (`runtime~main.js`, `main.js` and the route's chunks, about 200 KB gzip) to
 * hydrate it. `main.js` lists every route of the site, so it grows with the
 * blog (facebook/docusaurus#7256). A reader of a post needs none of it.
 *
 * After the build this step bundles `src/islands/` with esbuild into
 * `assets/islands/` (names carry a hash of the content, so one name always
 * means one content and the files can be cached as immutable) and rewrites
 * the entry scripts of each page:
 *
 * - reading pages (posts, lists, tag, author and archive pages, the
 *   homepage, the info pages, the 404) get one external module script,
 *   `islands.<hash>.js`, instead: the mobile menu, the video placeholders,
 *   the copy buttons of code blocks and the skip link, and on the first focus
 *   of (or pointer over) the search box, the search popup's own chunk. The
 *   Docusaurus app is never loaded there;
 * - pages listed in `docs` (the kennisbank) get the same (the mobile menu
 *   then has the doc sidebar as its second level), plus the docs island
 *   (`docs.<hash>.js`): the sidebar's collapsible categories, the tabs and
 *   the back-to-top button. A file of its own, so reading pages do not
 *   carry it;
 * - pages listed in `search` (the search page) get the same, plus the search
 *   page's own island (`search-page.<hash>.js`), which reads the query from
 *   the URL and renders the results into the server-rendered page;
 * - pages listed in `app` keep the app's scripts as Docusaurus wrote them:
 *   deferred, so React hydrates the page as soon as it has loaded, without
 *   waiting for the reader to touch anything, and no click is ever held back
 *   and replayed. The site lists none: no page needs the app any more. It
 *   is there for a page whose behaviour cannot be an island.
 *
 * No inline script is added: the Content-Security-Policy (`script-src
 * 'self'` plus the hashes scripts/serve/generate.ts computes after this
 * step) does not change when the islands do, and a rebuild into a served
 * `build/` keeps working without regenerating the Caddy configuration.
 */
import path from 'node:path';
import { elementsOf } from '../../lib/html-tree';
import { nativeRequire } from '../../lib/native-require';
import type { BuiltPage } from '../pages';
import type { PostBuildStep } from '../types';

const { parse } = nativeRequire<typeof import('parse5')>('parse5');
const esbuild = nativeRequire<typeof import('esbuild')>('esbuild');

/** The `src` of the app's entry scripts as Docusaurus writes them. */
const ENTRY_SRC = /\/assets\/js\/(?:runtime~main|main)\.[0-9a-f]+\.js$/;

/** Where the island bundles go inside the build. */
export const ISLANDS_DIR = 'assets/islands';

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
 * minifier leaves with its `<` as is), and the replacement would then be
 * written into the middle of that attribute.
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

/** Whether `route` is one of `prefixes` or below one of them. */
export function routeMatches(route: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => route === prefix || route.startsWith(`${prefix}/`));
}

/** What a page gets in place of its entry scripts. */
export type PageKind = 'islands' | 'search' | 'docs' | 'app';

/** Docusaurus' `<Tabs>` container in the server HTML. */
const TABS_CONTAINER = /\sclass="(?:[^"]*\s)?tabs-container[\s"]/;

/**
 * The kind of a page: `app`, `search` and `docs` routes as configured, all
 * others islands. A reading page with `<Tabs>` (posts may use them, see
 * src/mdx/rules.ts) gets the docs island as well, which holds the tabs.
 */
export function pageKind(route: string, options: IslandsOptions, html = ''): PageKind {
  if (routeMatches(route, options.app)) return 'app';
  if (routeMatches(route, options.search)) return 'search';
  if (routeMatches(route, options.docs) || TABS_CONTAINER.test(html)) return 'docs';
  return 'islands';
}

/** The public URLs of the bundles: the islands entry, the search page's and the docs island. */
export interface IslandBundles {
  islands: string;
  /** Chunks the islands entry imports statically: preloaded beside it, not one round trip later. */
  preload?: string[];
  searchPage: string;
  /** Chunks the search page's island imports statically. */
  searchPagePreload?: string[];
  docs: string;
  /** Chunks the docs island imports statically. */
  docsPreload?: string[];
}

/**
 * Replaces the entry scripts of one page. Returns the page unchanged when it
 * has no entry scripts (a redirect page, say) or is an `app` page.
 */
export function rewritePage(
  html: string,
  kind: PageKind,
  bundles: IslandBundles,
  entries: EntryScript[] = entryScripts(html),
): string {
  if (entries.length === 0 || kind === 'app') return html;
  const preload = [
    ...new Set([
      ...(bundles.preload ?? []),
      ...(kind === 'search' ? (bundles.searchPagePreload ?? []) : []),
      ...(kind === 'docs' ? (bundles.docsPreload ?? []) : []),
    ]),
  ];
  const modules = [bundles.islands];
  if (kind === 'search') modules.push(bundles.searchPage);
  if (kind === 'docs') modules.push(bundles.docs);
  const tag =
    preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('') +
    modules.map((src) => `<script type="module" src="${src}"></script>`).join('');
  const parts = [html.slice(0, entries[0].start), tag];
  entries.forEach((entry, index) => {
    parts.push(html.slice(entry.end, entries[index + 1]?.start ?? html.length));
  });
  return parts.join('');
}

/**
 * Bundles `src/islands/index.ts` (with the search popup as a chunk of its
 * own, loaded on demand), `src/islands/search-page.ts` and `src/islands/docs.ts` into
 * `<outDir>/assets/islands/`, minified, sharing chunks. Returns their public URLs.
 */
export async function bundleIslands(
  siteDir: string,
  outDir: string,
  baseUrl: string,
): Promise<IslandBundles> {
  const outdir = path.join(outDir, ISLANDS_DIR);
  const result = await esbuild.build({
    absWorkingDir: siteDir,
    entryPoints: {
      islands: path.join(siteDir, 'src', 'islands', 'index.ts'),
      'search-page': path.join(siteDir, 'src', 'islands', 'search-page.ts'),
      docs: path.join(siteDir, 'src', 'islands', 'docs.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // Browsers with ES modules, dynamic import and optional chaining.
    target: ['es2020'],
    // Class fields as written (every browser with dynamic import but old
    // Safari 13 has them): lowered, esbuild's helper became a chunk of its
    // own, one more request on every page.
    supported: { 'class-field': true },
    outdir,
    entryNames: '[name].[hash]',
    chunkNames: '[name].[hash]',
    alias: { '@site': siteDir },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  const url = (file: string): string => `${baseUrl}${ISLANDS_DIR}/${path.basename(file)}`;
  const urls = new Map<string, string>();
  const preloads = new Map<string, string[]>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const name = path.basename(output.entryPoint).replace(/\.(ts|js)$/, '');
    urls.set(name, url(file));
    preloads.set(
      name,
      output.imports
        .filter((entry) => entry.kind === 'import-statement')
        .map((entry) => url(entry.path)),
    );
  }
  const islands = urls.get('index');
  const searchPage = urls.get('search-page');
  const docs = urls.get('docs');
  if (!islands || !searchPage || !docs)
    throw new Error('post-build: esbuild wrote no island bundles');
  return {
    islands,
    preload: preloads.get('index') ?? [],
    searchPage,
    searchPagePreload: preloads.get('search-page') ?? [],
    docs,
    docsPreload: preloads.get('docs') ?? [],
  };
}

export interface IslandsOptions {
  /** Routes (and everything below them) that keep Docusaurus' scripts as they are. */
  app: string[];
  /** Routes that get the search page's island beside the others. */
  search: string[];
  /** Routes (and everything below them) that get the docs island beside the others. */
  docs: string[];
}

/** Rewrites every page in place for its kind. */
export function rewritePages(
  pages: BuiltPage[],
  bundles: IslandBundles,
  options: IslandsOptions,
): Record<PageKind, number> {
  const counts: Record<PageKind, number> = { islands: 0, search: 0, docs: 0, app: 0 };
  for (const page of pages) {
    const kind = pageKind(routeOfFile(page.file), options, page.html);
    const before = page.html;
    page.html = rewritePage(page.html, kind, bundles);
    if (page.html !== before || kind === 'app') counts[kind] += 1;
  }
  return counts;
}

/** The step: islands on reading pages and the search page, the app on `app` pages. */
export function islandsStep(options: IslandsOptions): PostBuildStep {
  return {
    name: 'islands',
    usesPages: true,
    async run(ctx) {
      const bundles = await bundleIslands(ctx.siteDir, ctx.outDir, ctx.siteConfig.baseUrl);
      const counts = rewritePages(await ctx.pages(), bundles, options);
      return `${counts.islands} pages with islands, ${counts.search} search page, ${counts.docs} docs pages, ${counts.app} with the app`;
    },
  };
}
