/**
 * Order and wording of the tag overview (src/theme/BlogTagsListPage). Pure
 * functions, unit-tested in tests/unit/reader-pages.test.ts.
 */

/** What the overview needs of a tag. */
export interface TagSummary {
  label: string;
  permalink: string;
  description?: string;
  count: number;
}

const DUTCH = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Tags with at least one post, by label in Dutch alphabetical order
 * (case-insensitive, accents ignored: "Écht" sorts with "E").
 */
export function sortTags<T extends TagSummary>(tags: readonly T[]): T[] {
  return tags.filter((tag) => tag.count > 0).sort((a, b) => DUTCH.compare(a.label, b.label));
}

/** `1 artikel`, `3 artikelen`: the wording every list of posts uses. */
export { formatPostCount as articleCount } from '../../lib/format';
