/**
 * Who sees a page: the one place that says what a draft is, what each build
 * shows, and what the feeds, the sitemap, search and the lists leave out.
 *
 * Read by the site (docusaurus.config.ts, plugins/blog, which hands each post's
 * visibility to the theme in `metadata.extras`, and the theme's draft banner),
 * by the content checker (scripts/check-content) and, through the front matter
 * table, by the contributor guide. No Docusaurus or React imports, so each
 * of them can load it cheaply.
 *
 * An author writes `draft: true` or `unlisted: true`:
 *
 * | | production build | preview build, `npm start` |
 * |---|---|---|
 * | draft | not built | built, with the "Concept" banner, in lists and search (marked), not in feeds, sitemap or "Lees ook" |
 * | unlisted | built; in no list, feed, search index, sitemap or "Lees ook" | the same |
 *
 * Docusaurus leaves `draft: true` out of every production build, the preview
 * build included. So outside a production build for readers, the front
 * matter Docusaurus sees has `draft: false` and a mark of our own
 * (`frontMatterForBuild`); `visibilityOf` reads both spellings.
 */

/** The builds of the site. */
export type SiteBuild = 'production' | 'preview' | 'development';

/** Front matter key marking a draft that this build publishes; authors never write it. */
export const PREVIEW_DRAFT_KEY = 'preview_draft';

/** What the front matter says about who may see a page. */
export interface Visibility {
  /** Not finished: `draft: true`. */
  draft: boolean;
  /** Findable: in lists, search, feeds and the sitemap (not `unlisted: true`). */
  listed: boolean;
}

/**
 * The build this process makes: `BLOG_PREVIEW=true` (or `1`) for the preview
 * build, `NODE_ENV=development` for `npm start`, else production.
 */
export function siteBuild(env: NodeJS.ProcessEnv = process.env): SiteBuild {
  if (env.BLOG_PREVIEW === 'true' || env.BLOG_PREVIEW === '1') return 'preview';
  return env.NODE_ENV === 'development' ? 'development' : 'production';
}

/** The folder of the blog that holds drafts (`blog/draft/…`), as the live repository keeps them. */
export const DRAFT_FOLDER = 'draft';

/** True for a post in the drafts folder (`blogPath` relative to the blog folder or the site). */
export function isInDraftFolder(blogPath: string): boolean {
  const parts = blogPath.split(/[\\/]/);
  const index = parts.indexOf(DRAFT_FOLDER);
  return index === 0 || (index > 0 && parts[index - 1] === 'blog');
}

/**
 * A page's visibility from its front matter, as the author wrote it or as
 * `frontMatterForBuild` left it. A post in `blog/draft/` is a draft whatever
 * its front matter says.
 */
export function visibilityOf(
  frontMatter: Readonly<Record<string, unknown>>,
  blogPath?: string,
): Visibility {
  return {
    draft:
      frontMatter.draft === true ||
      frontMatter[PREVIEW_DRAFT_KEY] === true ||
      (blogPath !== undefined && isInDraftFolder(blogPath)),
    listed: frontMatter.unlisted !== true,
  };
}

/**
 * The front matter Docusaurus gets. In a production build a draft keeps
 * `draft: true`, so Docusaurus leaves it out. In the preview build and in
 * `npm start` it is published: `draft: false`, marked with
 * `PREVIEW_DRAFT_KEY`, so Docusaurus' own development-only draft banner stays
 * away and the site shows its "Concept" banner instead.
 */
export function frontMatterForBuild<T extends Record<string, unknown>>(
  frontMatter: T,
  build: SiteBuild,
  /** The file's path: a post in `blog/draft/` is a draft. */
  filePath?: string,
): T {
  const draft = frontMatter.draft === true || (filePath !== undefined && isInDraftFolder(filePath));
  if (!draft) return frontMatter;
  if (build === 'production') {
    return frontMatter.draft === true ? frontMatter : { ...frontMatter, draft: true };
  }
  return { ...frontMatter, draft: false, [PREVIEW_DRAFT_KEY]: true };
}

/** In the lists of posts (blog, tags, authors, archive, homepage): drafts of a preview build too, with a label. */
export function inLists(visibility: Visibility): boolean {
  return visibility.listed;
}

/** In the search index: drafts of a preview build too, marked as such. */
export function inSearch(visibility: Visibility): boolean {
  return visibility.listed;
}

/** In the feeds, the sitemap and "Lees ook": finished and listed posts only. */
export function isPublic(visibility: Visibility): boolean {
  return visibility.listed && !visibility.draft;
}

/**
 * What `draft` and `unlisted` mean to an author, in the front matter table of
 * the contributor guide and the checker's schema (scripts/check-content/schema.ts).
 */
export const VISIBILITY_HELP = {
  draft:
    'Concept: `true` houdt het artikel van de gepubliceerde site af. In de preview van een pull request is het wel te lezen, met een concept-melding.',
  unlisted:
    'Wel gepubliceerd maar niet vindbaar: niet in overzichten, de zoekfunctie van de site, zoekmachines of de feed. Alleen wie de link heeft, leest het.',
} as const;
