/**
 * The search page's form, filters, results and paging. All state lives in the
 * URL (`?q=…&tag=…&auteur=…&jaar=…&pagina=…`), so a search can be shared and
 * the back button restores it: typing replaces the history entry, submitting,
 * choosing a filter and paging push a new one.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { formatDate } from '@site/src/lib/format';
import Excerpt, { DraftBadge, Explanation } from './Excerpt';
import {
  FILTER_ALL_LABELS,
  FILTER_LABELS,
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
  type FilterSelection,
  type PagefindApi,
  type SearchHit,
} from './pagefind';
import {
  formatSearchParams,
  PAGE_SIZE,
  pageWindow,
  parseSearchParams,
  sortFilterValues,
  TYPING_DEBOUNCE_MS,
  type SearchParams,
} from './params';
import styles from './SearchPage.module.css';
import excerptStyles from './Excerpt.module.css';

/**
 * The class names the search page's island (src/islands/search-page.ts)
 * renders its results with, in the page's `data-classes`: the built site
 * renders this page on the server and the island fills it in, without React.
 */
const ISLAND_CLASSES = JSON.stringify({
  status: styles.status,
  notice: styles.notice,
  results: styles.results,
  result: styles.result,
  resultTitle: styles.resultTitle,
  meta: styles.meta,
  excerpt: styles.excerpt,
  pagination: styles.pagination,
  current: styles.current,
  mark: excerptStyles.mark,
  badge: excerptStyles.badge,
});

type Results =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; key: string; hits: SearchHit[]; total: number }
  | { kind: 'error'; message: string };

type FilterOptions = Partial<Record<SearchFilter, string[]>>;

export default function SearchPage(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const siteBase = useBaseUrl('/');
  const searchPage = useBaseUrl(SEARCH_PAGE);
  const id = useId();
  // The server render has no query string: read it only once hydrated.
  const params = useMemo(
    () => parseSearchParams(isBrowser ? location.search : ''),
    [isBrowser, location.search],
  );
  const [draft, setDraft] = useState(params.q);
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const [options, setOptions] = useState<FilterOptions>({});
  const [api, setApi] = useState<PagefindApi | null>(null);
  const typingTimer = useRef<number | undefined>(undefined);
  const request = useRef(0);

  /** Set when the reader follows a page link: focus goes to the new page's status. */
  const paged = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // Back and forward change the URL: show its query in the box. Typing also
  // changes it (trimmed), and then the box keeps what was typed, trailing
  // space included, or the next word would run on.
  useEffect(
    () => setDraft((current) => (current.trim() === params.q ? current : params.q)),
    [params.q],
  );

  // The typing timer must not fire after the reader has left the page.
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  useEffect(() => {
    if (!isBrowser) return;
    loadPagefind(pagefindUrl, siteBase).then(
      async (loaded) => {
        setApi(loaded);
        // Without the filter values the selects only offer "Alle …"; search still works.
        const all = await loaded
          .filters()
          .catch(() => ({}) as Record<string, Record<string, number>>);
        const next: FilterOptions = {};
        for (const name of SEARCH_FILTERS) {
          next[name] = sortFilterValues(name, Object.keys(all[name] ?? {}));
        }
        setOptions(next);
      },
      (error: unknown) => {
        setResults({
          kind: 'error',
          message: searchErrorMessage(error),
        });
      },
    );
  }, [isBrowser, pagefindUrl, siteBase]);

  const filters = cleanFilters(params.filters);
  const filterKey = JSON.stringify(filters);
  const hasFilters = Object.keys(filters).length > 0;
  const key = `${params.q}\n${filterKey}\n${params.page}`;

  useEffect(() => {
    if (!api) return;
    const ticket = ++request.current;
    if (!params.q && !hasFilters) {
      setResults({ kind: 'idle' });
      return;
    }
    setResults((current) => (current.kind === 'done' ? current : { kind: 'loading' }));
    (async () => {
      const selection = JSON.parse(filterKey) as FilterSelection;
      // Without a query, Pagefind lists every post that matches the filters.
      const response = await api.search(params.q || null, { filters: selection });
      if (!response || ticket !== request.current) return;
      const start = (params.page - 1) * PAGE_SIZE;
      const hits = await Promise.all(
        response.results.slice(start, start + PAGE_SIZE).map((r) => toHit(r)),
      );
      if (ticket !== request.current) return;
      setResults({ kind: 'done', key, hits, total: response.results.length });
    })().catch(() => {
      if (ticket === request.current) {
        setResults({ kind: 'error', message: SEARCH_FAILED_MESSAGE });
      }
    });
    // `key` sums up q, filters and page.
  }, [api, key]);

  function navigate(next: SearchParams, mode: 'push' | 'replace'): void {
    const url = `${searchPage}${formatSearchParams(next)}`;
    if (mode === 'push') history.push(url);
    else history.replace(url);
  }

  function onType(value: string): void {
    setDraft(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => {
      navigate({ ...params, q: value.trim(), page: 1 }, 'replace');
    }, TYPING_DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    window.clearTimeout(typingTimer.current);
    const q = draft.trim();
    if (q === params.q) return;
    navigate({ ...params, q, page: 1 }, 'push');
  }

  function onFilter(name: SearchFilter, value: string): void {
    window.clearTimeout(typingTimer.current);
    navigate(
      { q: draft.trim(), filters: { ...params.filters, [name]: value || undefined }, page: 1 },
      'push',
    );
  }

  const current = results.kind === 'done' && results.key === key;
  const {
    text: status,
    pages,
    pastEnd,
  } = pageStatus(
    current ? results.total : undefined,
    results.kind === 'loading' || results.kind === 'done',
    params.q,
    hasFilters,
    params.page,
    PAGE_SIZE,
  );

  // After a page link, the reader continues at the top of the new page:
  // focus (and with it the scroll position) moves to the status line.
  useEffect(() => {
    if (current && paged.current) {
      paged.current = false;
      statusRef.current?.focus();
    }
  }, [current, key]);

  /** Props for a link to another page of these results. */
  function pageLink(page: number): { to: string; onClick: () => void } {
    return {
      to: `${searchPage}${formatSearchParams({ ...params, page })}`,
      onClick: () => {
        window.clearTimeout(typingTimer.current);
        paged.current = true;
      },
    };
  }

  return (
    <div
      className={styles.page}
      data-search-page=""
      data-classes={ISLAND_CLASSES}
      data-pagefind={pagefindUrl}
      data-base={siteBase}
    >
      <form
        role="search"
        aria-label="Zoeken en filteren"
        action={searchPage}
        method="get"
        className={styles.form}
        onSubmit={onSubmit}
      >
        <div className={styles.query}>
          <label htmlFor={`${id}-q`} className={styles.label}>
            Zoekterm
          </label>
          <div className={styles.queryRow}>
            <input
              id={`${id}-q`}
              className={styles.input}
              type="search"
              name="q"
              value={draft}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              onChange={(event) => onType(event.target.value)}
            />
            <button type="submit" className={styles.button}>
              Zoeken
            </button>
          </div>
        </div>
        <fieldset className={styles.filters}>
          <legend className={styles.label}>Filters</legend>
          {SEARCH_FILTERS.map((name) => {
            const values = options[name] ?? [];
            const selected = params.filters[name] ?? '';
            // A value from a shared link that the index lacks still shows.
            const shown = selected && !values.includes(selected) ? [selected, ...values] : values;
            return (
              <div key={name} className={styles.filter}>
                <label htmlFor={`${id}-${name}`}>{FILTER_LABELS[name]}</label>
                <select
                  id={`${id}-${name}`}
                  name={name}
                  className={styles.select}
                  value={selected}
                  onChange={(event) => onFilter(name, event.target.value)}
                >
                  <option value="">{FILTER_ALL_LABELS[name]}</option>
                  {shown.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      </form>

      <p role="status" className={styles.status} ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {pastEnd ? (
        <p className={styles.notice}>
          Pagina {params.page} bestaat niet: er{' '}
          {pages === 1 ? 'is 1 pagina' : `zijn ${pages} pagina’s`}.{' '}
          <Link {...pageLink(1)}>Naar de eerste pagina</Link>
        </p>
      ) : null}

      {results.kind === 'error' ? (
        <p className={styles.notice}>
          <Explanation text={results.message} />
        </p>
      ) : null}
      {results.kind === 'idle' && !params.q && !hasFilters ? (
        // Also in the server-rendered HTML, so the page is complete before
        // React and Pagefind have loaded.
        <p className={styles.notice}>Typ een zoekterm of kies een filter.</p>
      ) : null}

      {results.kind === 'done' && results.hits.length > 0 && !pastEnd ? (
        <ol className={styles.results} start={(params.page - 1) * PAGE_SIZE + 1}>
          {results.hits.map((hit) => (
            <li key={hit.id} className={styles.result}>
              <article>
                <h2 className={styles.resultTitle}>
                  <Link to={hit.url}>{hit.title}</Link>
                  {hit.draft ? <DraftBadge /> : null}
                </h2>
                <p className={styles.meta}>
                  {hit.date ? <time dateTime={hit.date}>{formatDate(hit.date)}</time> : null}
                  {hit.tags.length > 0 ? (
                    <span>
                      {hit.date ? ' · ' : ''}
                      Onderwerpen: {hit.tags.join(', ')}
                    </span>
                  ) : null}
                </p>
                <p className={styles.excerpt}>
                  <Excerpt parts={hit.excerpt} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      ) : null}

      {current && pages > 1 && !pastEnd ? (
        <nav aria-label="Paginering van de zoekresultaten" className={styles.pagination}>
          <ul>
            {params.page > 1 ? (
              <li>
                <Link {...pageLink(params.page - 1)}>Vorige</Link>
              </li>
            ) : null}
            {pageWindow(params.page, pages).map((page, index) => (
              <li key={page ?? `gap-${index}`}>
                {page === null ? (
                  <span aria-hidden="true">…</span>
                ) : page === params.page ? (
                  <span aria-current="page" className={styles.current}>
                    <span className="rhc-visually-hidden">Pagina </span>
                    {page}
                  </span>
                ) : (
                  <Link {...pageLink(page)} aria-label={`Pagina ${page}`}>
                    {page}
                  </Link>
                )}
              </li>
            ))}
            {params.page < pages ? (
              <li>
                <Link {...pageLink(params.page + 1)}>Volgende</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
