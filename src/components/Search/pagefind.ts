/**
 * Search results shaped for the UI (the navbar popup and the search page):
 * hits, excerpts, dates, messages. Pagefind itself is loaded by ./load.
 */
import {
  DATE_FILTER,
  DRAFT_FILTER,
  DRAFT_VALUE,
  SEARCH_FILTERS,
  type SearchFilter,
} from '@site/src/lib/search-fields';
import type { FilterSelection, PagefindResult } from './load';

export {
  loadPagefind,
  SEARCH_FAILED_MESSAGE,
  searchErrorMessage,
  SearchUnavailableError,
  type FilterSelection,
  type PagefindApi,
  type PagefindResponse,
  type PagefindResult,
  type PagefindResultData,
} from './load';

/** A search result as the UI shows it. */
export interface SearchHit {
  id: string;
  url: string;
  title: string;
  /** ISO date, or empty. */
  date: string;
  tags: string[];
  /** The excerpt as text and highlighted parts, safe to render as React text. */
  excerpt: ExcerptPart[];
  draft: boolean;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words)
 * into parts, so it is rendered as text and never as HTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
    if (match.index > last) {
      parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), mark: false });
    }
    parts.push({ text: decodeEntities(match[1]), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) {
    parts.push({ text: decodeEntities(excerpt.slice(last)), mark: false });
  }
  return parts;
}

/** Loads the data of one result and shapes it for the UI. */
export async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  const tags = data.filters.tag ?? [];
  return {
    id: result.id,
    // Docusaurus writes `blog/x.html` (trailingSlash: false) and serves `/blog/x`.
    url: data.url.replace(/\.html$/, ''),
    title: data.meta.title ?? data.url,
    date: data.filters[DATE_FILTER]?.[0] ?? '',
    tags,
    excerpt: parseExcerpt(data.excerpt),
    draft: data.filters[DRAFT_FILTER]?.includes(DRAFT_VALUE) === true,
  };
}

/** "1 resultaat voor “x”", "3 resultaten voor “x”", "Geen resultaten voor “x”". */
export function resultMessage(count: number, query: string, filtered = false): string {
  const subject = query ? ` voor “${query}”` : '';
  const suffix = filtered ? ' met deze filters' : '';
  if (count === 0) return `Geen resultaten${subject}${suffix}`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'}${subject}${suffix}`;
}

/** What the search page's status line and paging show for the results of one URL. */
export interface PageStatus {
  /** The status line: the count (and page), "Zoeken…" while a search runs, or nothing. */
  text: string;
  pages: number;
  /** The URL asks for a page past the last one. */
  pastEnd: boolean;
}

/**
 * The search page's status (src/components/Search/SearchPage and its island
 * alike): `total` is the count of the results for this URL, or `undefined`
 * while they are not in yet (`searching` then says whether a search runs).
 * Results of an earlier query may stay on screen meanwhile, but the count and
 * the paging speak only of the results for this URL.
 */
export function pageStatus(
  total: number | undefined,
  searching: boolean,
  query: string,
  filtered: boolean,
  page: number,
  pageSize: number,
): PageStatus {
  if (total === undefined) return { text: searching ? 'Zoeken…' : '', pages: 1, pastEnd: false };
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pastEnd = total > 0 && page > pages;
  return {
    text:
      resultMessage(total, query, filtered) +
      (pages > 1 && !pastEnd ? `, pagina ${page} van ${pages}` : ''),
    pages,
    pastEnd,
  };
}

/** Only the filters this site knows, with a value. */
export function cleanFilters(filters: FilterSelection): FilterSelection {
  const clean: FilterSelection = {};
  for (const name of SEARCH_FILTERS) {
    const value = filters[name];
    if (value) clean[name] = value;
  }
  return clean;
}
