/**
 * The search page's island (`/zoeken?q=…&tag=…&auteur=…&jaar=…&pagina=…`):
 * src/components/Search/SearchPage without React. The page is rendered on
 * the server (its form, filters, status line and hint); this island, loaded
 * beside the reading pages' islands instead of the Docusaurus app
 * (plugins/post-build/islands), reads the search from the URL, runs Pagefind
 * and renders the results into the page with the same markup, classes (from
 * the page's `data-classes`) and behaviour as the React version:
 *
 * - all state lives in the URL: typing replaces the history entry (after
 *   {@link TYPING_DEBOUNCE_MS}), submitting, choosing a filter and paging
 *   push a new one; back and forward restore the search;
 * - the status line (`role="status"`) gives the count, "Zoeken…" while a
 *   search runs, and the page number; after a page link, focus moves to it;
 * - results of an earlier query stay while the next one runs; the best hit
 *   is shown as soon as its fragment is in, the rest of the page after that
 *   has been painted;
 * - drafts are only in the preview build's index, marked "Concept";
 * - without JavaScript the form still submits to this page, as before.
 */
import { formatDate } from '@site/src/lib/format';
import { excerptNodes, explanation, node } from './dom';
import { afterPaint } from '@site/src/lib/after-paint';
import {
  FILTER_ALL_LABELS,
  SEARCH_FILTERS,
  SEARCH_PAGE,
  type SearchFilter,
} from '@site/src/lib/search-fields';
import {
  cleanFilters,
  loadPagefind,
  pageStatus,
  SEARCH_FAILED_MESSAGE,
  searchErrorMessage,
  toHit,
  type PagefindApi,
  type SearchHit,
} from '@site/src/components/Search/pagefind';
import {
  formatSearchParams,
  PAGE_SIZE,
  pageWindow,
  parseSearchParams,
  sortFilterValues,
  TYPING_DEBOUNCE_MS,
  type SearchParams,
} from '@site/src/components/Search/params';

/** The class names the page passes in `data-classes` (src/components/Search/SearchPage). */
export interface SearchPageClasses {
  status: string;
  notice: string;
  results: string;
  result: string;
  resultTitle: string;
  meta: string;
  excerpt: string;
  pagination: string;
  current: string;
  mark: string;
  badge: string;
}

type Results =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; key: string; hits: SearchHit[]; total: number }
  | { kind: 'error'; message: string };

/** True for a plain left click, which the page handles itself; others open a tab and so on. */
function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Takes over the server-rendered search page in `root` (`[data-search-page]`). */
export function enhanceSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const statusLine = root.querySelector<HTMLElement>('[role="status"]');
  if (!form || !input || !statusLine || root.dataset.searchReady) return;
  root.dataset.searchReady = 'true';
  const field: HTMLInputElement = input;
  const status: HTMLElement = statusLine;
  const classes = JSON.parse(root.dataset.classes ?? '{}') as SearchPageClasses;
  const pagefindUrl = root.dataset.pagefind ?? '/pagefind/pagefind.js';
  const siteBase = root.dataset.base ?? '/';
  const searchPage = form.getAttribute('action') ?? SEARCH_PAGE;
  const selects = new Map<SearchFilter, HTMLSelectElement>();
  for (const name of SEARCH_FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) selects.set(name, select);
  }

  let params: SearchParams = parseSearchParams(window.location.search);
  let results: Results = { kind: 'idle' };
  let options: Partial<Record<SearchFilter, string[]>> = {};
  let api: PagefindApi | null = null;
  let request = 0;
  let typingTimer: number | undefined;
  /** Set when the reader follows a page link: focus goes to the new page's status. */
  let paged = false;
  /** What the page shows below the status line; replaced as a whole. */
  let shown: Node[] = [...siblingsAfter(status)];

  function siblingsAfter(element: Element): Element[] {
    const list: Element[] = [];
    for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
      list.push(next);
    }
    return list;
  }

  const filtersOf = (p: SearchParams): ReturnType<typeof cleanFilters> => cleanFilters(p.filters);
  const keyOf = (p: SearchParams): string => `${p.q}\n${JSON.stringify(filtersOf(p))}\n${p.page}`;
  const urlOf = (p: SearchParams): string => `${searchPage}${formatSearchParams(p)}`;

  function navigate(next: SearchParams, mode: 'push' | 'replace'): void {
    if (mode === 'push') window.history.pushState(null, '', urlOf(next));
    else window.history.replaceState(null, '', urlOf(next));
    onLocation();
  }

  /** A link to another page of these results (or the first), handled in the page. */
  function pageLink(page: number, ...children: (Node | string)[]): HTMLAnchorElement {
    const link = node('a', undefined, ...children);
    const target = { ...params, page };
    link.href = urlOf(target);
    link.addEventListener('click', (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      window.clearTimeout(typingTimer);
      paged = true;
      navigate(target, 'push');
    });
    return link;
  }

  function renderSelects(): void {
    for (const [name, select] of selects) {
      const values = options[name] ?? [];
      const selected = params.filters[name] ?? '';
      // A value from a shared link that the index lacks still shows.
      const list = selected && !values.includes(selected) ? [selected, ...values] : values;
      const wanted = ['', ...list];
      const have = Array.from(select.options, (option) => option.value);
      if (have.join('\n') !== wanted.join('\n')) {
        select.replaceChildren(
          new Option(FILTER_ALL_LABELS[name], ''),
          ...list.map((value) => new Option(value, value)),
        );
      }
      select.value = selected;
    }
  }

  function renderHit(hit: SearchHit): HTMLLIElement {
    const link = node('a', undefined, hit.title);
    link.href = hit.url;
    const title = node('h2', classes.resultTitle, link);
    if (hit.draft) {
      // The hidden comma keeps screen readers from running it on from the title.
      title.append(
        node('span', 'rhc-visually-hidden', ', '),
        node('span', classes.badge, 'Concept'),
      );
    }
    const meta = node('p', classes.meta);
    if (hit.date) {
      const time = node('time', undefined, formatDate(hit.date));
      time.dateTime = hit.date;
      meta.append(time);
    }
    if (hit.tags.length > 0) {
      meta.append(
        node('span', undefined, `${hit.date ? ' · ' : ''}Onderwerpen: ${hit.tags.join(', ')}`),
      );
    }
    const excerpt = node('p', classes.excerpt, ...excerptNodes(hit.excerpt, classes.mark));
    return node('li', classes.result, node('article', undefined, title, meta, excerpt));
  }

  /** Draws status, notices, results and paging from the state. */
  function render(): void {
    const key = keyOf(params);
    const hasFilters = Object.keys(filtersOf(params)).length > 0;
    const current = results.kind === 'done' && results.key === key;
    const { text, pages, pastEnd } = pageStatus(
      results.kind === 'done' && current ? results.total : undefined,
      results.kind === 'loading' || results.kind === 'done',
      params.q,
      hasFilters,
      params.page,
      PAGE_SIZE,
    );
    if (status.textContent !== text) status.textContent = text;

    const next: Node[] = [];
    if (pastEnd) {
      next.push(
        node(
          'p',
          classes.notice,
          `Pagina ${params.page} bestaat niet: er ${pages === 1 ? 'is 1 pagina' : `zijn ${pages} pagina’s`}. `,
          pageLink(1, 'Naar de eerste pagina'),
        ),
      );
    }
    if (results.kind === 'error') {
      next.push(node('p', classes.notice, ...explanation(results.message)));
    }
    if (results.kind === 'idle' && !params.q && !hasFilters) {
      next.push(node('p', classes.notice, 'Typ een zoekterm of kies een filter.'));
    }
    if (results.kind === 'done' && results.hits.length > 0 && !pastEnd) {
      const list = node('ol', classes.results, ...results.hits.map(renderHit));
      list.start = (params.page - 1) * PAGE_SIZE + 1;
      next.push(list);
    }
    if (current && pages > 1 && !pastEnd) {
      const items: HTMLLIElement[] = [];
      if (params.page > 1) items.push(node('li', undefined, pageLink(params.page - 1, 'Vorige')));
      for (const page of pageWindow(params.page, pages)) {
        if (page === null) {
          const gap = node('span', undefined, '…');
          gap.setAttribute('aria-hidden', 'true');
          items.push(node('li', undefined, gap));
        } else if (page === params.page) {
          const here = node(
            'span',
            classes.current,
            node('span', 'rhc-visually-hidden', 'Pagina '),
            String(page),
          );
          here.setAttribute('aria-current', 'page');
          items.push(node('li', undefined, here));
        } else {
          const link = pageLink(page, String(page));
          link.setAttribute('aria-label', `Pagina ${page}`);
          items.push(node('li', undefined, link));
        }
      }
      if (params.page < pages)
        items.push(node('li', undefined, pageLink(params.page + 1, 'Volgende')));
      const nav = node('nav', classes.pagination, node('ul', undefined, ...items));
      nav.setAttribute('aria-label', 'Paginering van de zoekresultaten');
      next.push(nav);
    }
    for (const old of shown) old.parentNode?.removeChild(old);
    status.after(...next);
    shown = next;

    // After a page link, the reader continues at the top of the new page.
    if (current && paged) {
      paged = false;
      status.focus();
    }
  }

  function setResults(next: Results): void {
    results = next;
    render();
  }

  /** Runs the search the URL asks for, once Pagefind is there. */
  function run(): void {
    if (!api) return;
    const loaded = api;
    const ticket = ++request;
    const key = keyOf(params);
    const { q, page } = params;
    const filters = filtersOf(params);
    if (!q && Object.keys(filters).length === 0) {
      setResults({ kind: 'idle' });
      return;
    }
    if (results.kind !== 'done') setResults({ kind: 'loading' });
    else render();
    (async () => {
      // Without a query, Pagefind lists every post that matches the filters.
      const response = await loaded.search(q || null, { filters });
      if (!response || ticket !== request) return;
      const start = (page - 1) * PAGE_SIZE;
      const [first, ...others] = response.results.slice(start, start + PAGE_SIZE);
      const total = response.results.length;
      const best = first ? [await toHit(first)] : [];
      if (ticket !== request) return;
      setResults({ kind: 'done', key, hits: best, total });
      if (others.length === 0) return;
      await afterPaint();
      if (ticket !== request) return;
      const rest = await Promise.all(others.map((result) => toHit(result)));
      if (ticket !== request) return;
      setResults({ kind: 'done', key, hits: [...best, ...rest], total });
    })().catch(() => {
      if (ticket === request) setResults({ kind: 'error', message: SEARCH_FAILED_MESSAGE });
    });
  }

  /** The URL changed (typing, a filter, a page link, back or forward). */
  function onLocation(): void {
    const before = keyOf(params);
    params = parseSearchParams(window.location.search);
    // Typing also changes the URL (trimmed): then the box keeps what was
    // typed, trailing space included, or the next word would run on.
    if (field.value.trim() !== params.q) field.value = params.q;
    renderSelects();
    if (keyOf(params) !== before || results.kind === 'idle') run();
    else render();
  }

  field.addEventListener('input', () => {
    const value = field.value;
    window.clearTimeout(typingTimer);
    // Fetch the index chunks for the term while the debounce waits
    // (Pagefind's own advice: preload on input, search debounced).
    if (api && value.trim()) api.preload(value.trim()).catch(() => undefined);
    typingTimer = window.setTimeout(() => {
      navigate({ ...params, q: value.trim(), page: 1 }, 'replace');
    }, TYPING_DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    const q = field.value.trim();
    if (q === params.q) return;
    navigate({ ...params, q, page: 1 }, 'push');
  });
  for (const [name, select] of selects) {
    select.addEventListener('change', () => {
      window.clearTimeout(typingTimer);
      navigate(
        {
          q: field.value.trim(),
          filters: { ...params.filters, [name]: select.value || undefined },
          page: 1,
        },
        'push',
      );
    });
  }
  window.addEventListener('popstate', onLocation);

  // The URL's search in the box and the filters, before Pagefind is there.
  field.value = params.q;
  renderSelects();
  if (params.q || Object.keys(filtersOf(params)).length > 0) setResults({ kind: 'loading' });
  loadPagefind(pagefindUrl, siteBase).then(
    async (loaded) => {
      api = loaded;
      run();
      // Without the filter values the selects only offer "Alle …"; search still works.
      const all = await loaded
        .filters()
        .catch(() => ({}) as Record<string, Record<string, number>>);
      const next: Partial<Record<SearchFilter, string[]>> = {};
      for (const name of SEARCH_FILTERS) {
        next[name] = sortFilterValues(name, Object.keys(all[name] ?? {}));
      }
      options = next;
      renderSelects();
    },
    (error: unknown) => setResults({ kind: 'error', message: searchErrorMessage(error) }),
  );
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) enhanceSearchPage(page);
