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

/** Metadata every indexed post carries (`data-pagefind-meta`). */
export interface SearchMeta {
  title: string;
  /** ISO 8601 date of the post. */
  date?: string;
  /** Tag labels, joined with {@link TAG_SEPARATOR}. */
  tags?: string;
  /** Set to `ja` for a draft in the preview build. */
  concept?: string;
}

export const TAG_SEPARATOR = ' | ';

/** Path of the search page. */
export const SEARCH_PAGE = '/zoeken';
