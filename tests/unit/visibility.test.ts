import { describe, expect, it } from 'vitest';

import {
  PREVIEW_DRAFT_KEY,
  frontMatterForBuild,
  inLists,
  inSearch,
  isPublic,
  siteBuild,
  visibilityOf,
} from '../../src/lib/visibility';

describe('frontMatterForBuild', () => {
  it('publishes a draft outside production builds and marks it', () => {
    const input = { title: 'Concept', draft: true };
    for (const build of ['preview', 'development'] as const) {
      const result = frontMatterForBuild(input, build);
      expect(result).toEqual({ title: 'Concept', draft: false, [PREVIEW_DRAFT_KEY]: true });
      expect(visibilityOf(result)).toEqual({ draft: true, listed: true });
    }
    // The input is not changed.
    expect(input).toEqual({ title: 'Concept', draft: true });
  });

  it('leaves a draft to Docusaurus in a production build, and other pages alone', () => {
    const draft = { draft: true };
    expect(frontMatterForBuild(draft, 'production')).toBe(draft);
    for (const frontMatter of [{}, { draft: false }, { draft: 'true' }, { title: 'Af' }]) {
      expect(frontMatterForBuild(frontMatter, 'preview')).toBe(frontMatter);
    }
  });
});

describe('the drafts folder', () => {
  it('makes a post in blog/draft/ a draft, whatever its front matter says', () => {
    expect(frontMatterForBuild({ title: 'x' }, 'production', 'blog/draft/cio-dag.md')).toEqual({
      title: 'x',
      draft: true,
    });
    expect(frontMatterForBuild({}, 'preview', 'blog/draft/cio-dag.md')).toMatchObject({
      draft: false,
    });
    expect(visibilityOf({}, 'blog/draft/cio-dag.md').draft).toBe(true);
    expect(visibilityOf({}, 'blog/2025/07/1-draft.md').draft).toBe(false);
    expect(frontMatterForBuild({}, 'production', 'docs/draft/pagina.md')).toEqual({});
  });
});

describe('who sees a page', () => {
  const published = visibilityOf({});
  const draft = visibilityOf({ draft: true });
  const unlisted = visibilityOf({ unlisted: true });

  it('reads both spellings of a draft, and unlisted', () => {
    expect(visibilityOf({ [PREVIEW_DRAFT_KEY]: true }).draft).toBe(true);
    expect(draft).toEqual({ draft: true, listed: true });
    expect(unlisted).toEqual({ draft: false, listed: false });
    expect(published).toEqual({ draft: false, listed: true });
  });

  it('lists and indexes drafts (in the builds that have them) but never unlisted pages', () => {
    expect([published, draft, unlisted].map(inLists)).toEqual([true, true, false]);
    expect([published, draft, unlisted].map(inSearch)).toEqual([true, true, false]);
  });

  it('keeps drafts and unlisted pages out of feeds, the sitemap and "Lees ook"', () => {
    expect([published, draft, unlisted].map(isPublic)).toEqual([true, false, false]);
  });
});

describe('siteBuild', () => {
  it('reads BLOG_PREVIEW and NODE_ENV from the environment', () => {
    expect(siteBuild({ BLOG_PREVIEW: 'true' })).toBe('preview');
    expect(siteBuild({ BLOG_PREVIEW: '1', NODE_ENV: 'production' })).toBe('preview');
    expect(siteBuild({})).toBe('production');
    expect(siteBuild({ BLOG_PREVIEW: 'false', NODE_ENV: 'production' })).toBe('production');
    expect(siteBuild({ NODE_ENV: 'development' })).toBe('development');
    expect(siteBuild({ BLOG_PREVIEW: '' })).toBe('production');
  });
});
