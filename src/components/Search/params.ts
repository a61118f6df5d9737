/** The search page's URL state, as pure functions (unit-tested). */
import { SEARCH_FILTERS, type SearchFilter } from '@site/src/lib/search-fields';
import type { FilterSelection } from './pagefind';

export const PAGE_SIZE = 10;

/** Typing waits this long before the URL (and with it the search) follows. */
export const TYPING_DEBOUNCE_MS = 250;

/** The values a filter offers, in the order the page lists them: alphabetical, newest year first. */
export function sortFilterValues(name: SearchFilter, values: string[]): string[] {
  const sorted = [...values].sort((a, b) => a.localeCompare(b, 'nl'));
  return name === 'jaar' ? sorted.reverse() : sorted;
}

export interface SearchParams {
  q: string;
  filters: FilterSelection;
  /** 1-based page number. */
  page: number;
}

/** Reads the search state from a location's query string. */
export function parseSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** Writes the search state as a query string (`?q=…`), leaving out defaults. */
export function formatSearchParams({ q, filters, page }: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const name of SEARCH_FILTERS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('pagina', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Page numbers to link: the first, the last and two either side of the current one. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page += 1) {
    if (page === 1 || page === total || Math.abs(page - current) <= 2) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
