/**
 * Names shared by the index markup (src/theme/BlogPostItem/Content) and the
 * search UI. Filter names double as the URL parameters of the search page
 * (`/zoeken?q=…&tag=…&auteur=…&jaar=…&pagina=…`), so they are Dutch.
 */
export const SEARCH_FILTERS = ['tag', 'auteur', 'jaar'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Labels of the filters as the reader sees them. */
export const FILTER_LABELS: Record<SearchFilter, string> = {
  tag: 'Onderwerp',
  auteur: 'Auteur',
  jaar: 'Jaar',
};

/** The first option of each filter: no choice made. */
export const FILTER_ALL_LABELS: Record<SearchFilter, string> = {
  tag: 'Alle onderwerpen',
  auteur: 'Alle auteurs',
  jaar: 'Alle jaren',
};

/**
 * Metadata every indexed post carries (`data-pagefind-meta`). Pagefind 1.6
 * searches metadata as well as the text, and the issue asks for text and
 * titles only, so the title is the only metadata. Everything else a result
 * shows (date, tags, the draft flag) travels as a filter: filters come back
 * with each result but are never matched by the words of a query (otherwise
 * "12" would find every post from December).
 */
export interface SearchMeta {
  title: string;
}

/** Filter holding the post's ISO 8601 date; shown with a result, not offered as a filter. */
export const DATE_FILTER = 'datum';

/** Filter set to {@link DRAFT_VALUE} on a draft in the preview build; not offered as a filter. */
export const DRAFT_FILTER = 'concept';
export const DRAFT_VALUE = 'ja';

/** One hidden field of a post's search record. */
export interface SearchField {
  kind: 'meta' | 'filter';
  name: string;
  value: string;
}

/** What a post's search record says, for the index markup and the search benchmark alike. */
export interface SearchRecordInput {
  title: string;
  /** ISO 8601 date. */
  date: string;
  tags: readonly string[];
  authors: readonly string[];
  draft: boolean;
}

/** The fields of a post's search record, in document order. */
export function searchRecordFields(post: SearchRecordInput): SearchField[] {
  return [
    { kind: 'meta', name: 'title', value: post.title },
    { kind: 'filter', name: DATE_FILTER, value: post.date },
    ...post.tags.map((tag): SearchField => ({ kind: 'filter', name: 'tag', value: tag })),
    ...post.authors.map((author): SearchField => ({
      kind: 'filter',
      name: 'auteur',
      value: author,
    })),
    { kind: 'filter', name: 'jaar', value: post.date.slice(0, 4) },
    ...(post.draft
      ? [{ kind: 'filter', name: DRAFT_FILTER, value: DRAFT_VALUE } satisfies SearchField]
      : []),
  ];
}

/** Path of the search page. */
export const SEARCH_PAGE = '/zoeken';
