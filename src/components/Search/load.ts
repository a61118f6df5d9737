/**
 * Loading the Pagefind JS API (`/pagefind/pagefind.js`, written by
 * scripts/search-index.ts after the build) at run time, only on demand. The
 * bundler must not touch that file: it does not exist when the site is
 * compiled, and in `npm start` it does not exist at all.
 *
 * Kept apart from ./pagefind (which shapes results for the UI) because the
 * always-loaded navbar box imports it: it starts loading Pagefind the moment
 * the box gets focus, at the same time as the lazy results popup, instead of
 * after it.
 */
import type { SearchFilter, SearchMeta } from '@site/src/lib/search-fields';

/** The parts of Pagefind's search API this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<SearchMeta> & Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value within the results. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export type FilterSelection = Partial<Record<SearchFilter, string>>;

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: FilterSelection }) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: FilterSelection },
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What the reader sees when search fails for any reason but `npm start`. */
export const SEARCH_FAILED_MESSAGE = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.';

/** Why search cannot run: no index in `npm start`, or the index failed to load. */
export class SearchUnavailableError extends Error {
  constructor(readonly reason: 'development' | 'missing') {
    super(
      reason === 'development'
        ? 'Zoeken werkt alleen in de gebouwde site: draai `npm run build` en daarna `npm run serve`.'
        : SEARCH_FAILED_MESSAGE,
    );
    this.name = 'SearchUnavailableError';
  }
}

/** What the reader is told when search fails: the explanation, in Dutch, never an error's own text. */
export function searchErrorMessage(error: unknown): string {
  return error instanceof SearchUnavailableError ? error.message : SEARCH_FAILED_MESSAGE;
}

let loading: Promise<PagefindApi> | null = null;

/** The part of `pagefind-entry.json` that names the files `init()` loads next. */
interface PagefindEntry {
  languages?: Record<string, { hash?: string; wasm?: string }>;
}

/** Pagefind's choice of index: the page's language, its primary subtag, else the first. */
function entryLanguage(entry: PagefindEntry, lang: string): { hash?: string; wasm?: string } {
  const languages = entry.languages ?? {};
  const primary = lang.split('-')[0];
  return languages[lang] ?? languages[primary] ?? Object.values(languages)[0] ?? {};
}

/**
 * Starts the downloads `pagefind.js` would otherwise make one after the
 * other once it has run (the entry file, then the index's meta file and the
 * WebAssembly), at the same moment as `pagefind.js` itself: typing then does
 * not wait for that chain. Pagefind reads them from the browser cache (or
 * joins the download still under way): the entry file with this page view's
 * tag and the WebAssembly may be kept a minute (Caddyfile), the meta file has
 * a hash in its name. The WebAssembly is asked for at once under the page's
 * language (the site is Dutch); if the entry file names another, that follows.
 */
function warmPagefind(baseUrl: string, tag: string): void {
  const get = (file: string): Promise<Response | undefined> =>
    fetch(`${baseUrl}pagefind/${file}`).catch(() => undefined);
  const drain = (response: Response | undefined): void => {
    response?.arrayBuffer().catch(() => undefined);
  };
  const lang = (document.documentElement.lang || 'unknown').toLowerCase();
  const guessed = lang.split('-')[0];
  get(`wasm.${guessed}.pagefind`).then(drain);
  get(`pagefind-entry.json?ts=${tag}`)
    .then((response) => (response?.ok ? (response.json() as Promise<PagefindEntry>) : undefined))
    .then((entry) => {
      if (!entry) return;
      const index = entryLanguage(entry, lang);
      if (index.hash) get(`pagefind.${index.hash}.pf_meta`).then(drain);
      if (index.wasm && index.wasm !== guessed) get(`wasm.${index.wasm}.pagefind`).then(drain);
    })
    .catch(() => undefined);
}

/**
 * Loads Pagefind once per page view. `url` is the site's `/pagefind/pagefind.js`
 * and `baseUrl` the site's base URL (both from `useBaseUrl`). Rejects with a
 * {@link SearchUnavailableError}, never throws synchronously.
 */
export function loadPagefind(url: string, baseUrl: string): Promise<PagefindApi> {
  if (!loading) {
    // Pagefind asks for `pagefind-entry.json?ts=<tag>` once its script has
    // run; the tag is new on every page view, so the early copy is never stale.
    const tag = String(Date.now());
    if (process.env.NODE_ENV !== 'development') warmPagefind(baseUrl, tag);
    loading = (async () => {
      try {
        const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
        // noWorker: search in the page itself. The worker costs a 43 KB
        // download and made the first result slower, not faster (measured
        // with `npm run bench:search`).
        await api.options({ baseUrl, excerptLength: 24, noWorker: true, metaCacheTag: tag });
        await api.init();
        return api;
      } catch {
        loading = null;
        throw new SearchUnavailableError(
          process.env.NODE_ENV === 'development' ? 'development' : 'missing',
        );
      }
    })();
  }
  return loading;
}
