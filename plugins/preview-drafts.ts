/**
 * Preview builds (`npm run build:preview`, for reviewing pull requests) must
 * contain drafts, while Docusaurus drops `draft: true` content from every
 * production build. In a preview build we therefore rewrite the front matter
 * of a draft so Docusaurus publishes it, and remember that it was a draft so
 * the theme can show the "Concept" banner.
 */

/** Front matter key that marks a draft published in a preview build. */
export const PREVIEW_DRAFT_KEY = 'preview_draft';

/** True when this build is the preview build (drafts included). */
export function isPreviewBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BLOG_PREVIEW === 'true' || env.BLOG_PREVIEW === '1';
}

interface ParsedFrontMatter {
  frontMatter: Record<string, unknown>;
  content: string;
}

/** Turns a draft into a published page that still knows it is a draft. */
export function markPreviewDrafts<T extends ParsedFrontMatter>(result: T): T {
  if (result.frontMatter.draft !== true) {
    return result;
  }
  return {
    ...result,
    frontMatter: { ...result.frontMatter, draft: false, [PREVIEW_DRAFT_KEY]: true },
  };
}
