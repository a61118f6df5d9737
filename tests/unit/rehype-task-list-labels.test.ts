import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import rehypeTaskListLabels from '../../plugins/rehype-task-list-labels';
import { githubAA } from '../../src/prism/github-aa';

describe('rehypeTaskListLabels', () => {
  it('names task-list checkboxes by their state', async () => {
    const out = String(
      await compile('- [x] klaar\n- [ ] nog doen\n', {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeTaskListLabels],
        development: false,
      }),
    );
    expect(out).toContain('"aria-label": "Afgevinkt"');
    expect(out).toContain('"aria-label": "Niet afgevinkt"');
  });
});

describe('githubAA prism theme', () => {
  it('keeps no token colour of the original that fails AA contrast', () => {
    const colours = githubAA.styles.map((s) => s.style.color).filter(Boolean);
    for (const bad of ['#999988', '#e3116c', '#36acaa', '#00a4db', '#d73a49']) {
      expect(colours).not.toContain(bad);
    }
  });
});
