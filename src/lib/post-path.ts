/**
 * Where a post lives: the file name and date rules, read by the checker
 * (scripts/check-content) and the build's draft rule (src/lib/visibility.ts). A post is
 * `blog/JJJJ/MM/DD-korte-titel.md` (or `.mdx`); the live blog also has posts
 * with a one-digit month or day (`blog/2026/07/1-cio-dag.md`), which build at
 * the URL Docusaurus gives them (`/blog/2026/07/1/cio-dag`): renaming them
 * would break their links, so they are accepted, and `new-post` writes two
 * digits. Drafts may also live in `blog/draft/korte-titel.md`.
 */
import { DRAFT_FOLDER } from './visibility';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const DATED = new RegExp(`^(\\d{4})/(\\d{1,2})/(\\d{1,2})-(${SLUG})\\.mdx?$`);
const DRAFT = new RegExp(`^${DRAFT_FOLDER}/(${SLUG})\\.mdx?$`);

export type PostPath =
  | { kind: 'dated'; year: string; month: string; day: string; slug: string }
  | { kind: 'draft'; slug: string };

/** Reads a post's path relative to `blog/`; undefined when it is not where a post belongs. */
export function readPostPath(contentPath: string): PostPath | undefined {
  const dated = DATED.exec(contentPath);
  if (dated) {
    return { kind: 'dated', year: dated[1], month: dated[2], day: dated[3], slug: dated[4] };
  }
  const draft = DRAFT.exec(contentPath);
  return draft ? { kind: 'draft', slug: draft[1] } : undefined;
}
