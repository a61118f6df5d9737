import { describe, expect, it } from 'vitest';

import { PREVIEW_DRAFT_KEY, isPreviewBuild, markPreviewDrafts } from '../../plugins/preview-drafts';

describe('markPreviewDrafts', () => {
  it('publishes a draft and marks it as a preview draft', () => {
    const input = { frontMatter: { title: 'Concept', draft: true }, content: '# Hoi' };
    const result = markPreviewDrafts(input);
    expect(result.frontMatter).toEqual({
      title: 'Concept',
      draft: false,
      [PREVIEW_DRAFT_KEY]: true,
    });
    expect(result.content).toBe('# Hoi');
    // The input is not changed.
    expect(input.frontMatter).toEqual({ title: 'Concept', draft: true });
  });

  it('leaves pages that are not drafts alone', () => {
    for (const frontMatter of [{}, { draft: false }, { draft: 'true' }, { title: 'Af' }]) {
      const input = { frontMatter, content: 'Tekst' };
      expect(markPreviewDrafts(input)).toBe(input);
    }
  });
});

describe('isPreviewBuild', () => {
  it('reads BLOG_PREVIEW from the environment', () => {
    expect(isPreviewBuild({ BLOG_PREVIEW: 'true' })).toBe(true);
    expect(isPreviewBuild({ BLOG_PREVIEW: '1' })).toBe(true);
    expect(isPreviewBuild({})).toBe(false);
    expect(isPreviewBuild({ BLOG_PREVIEW: 'false' })).toBe(false);
    expect(isPreviewBuild({ BLOG_PREVIEW: '' })).toBe(false);
  });

  it('defaults to process.env', () => {
    const before = process.env.BLOG_PREVIEW;
    try {
      process.env.BLOG_PREVIEW = 'true';
      expect(isPreviewBuild()).toBe(true);
      delete process.env.BLOG_PREVIEW;
      expect(isPreviewBuild()).toBe(false);
    } finally {
      if (before === undefined) {
        delete process.env.BLOG_PREVIEW;
      } else {
        process.env.BLOG_PREVIEW = before;
      }
    }
  });
});
