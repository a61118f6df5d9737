/**
 * The GitHub configuration besides the workflows (tests/unit/workflows.test.ts):
 * the issue form offers exactly the tags of blog/tags.yml, and Dependabot
 * watches every kind of dependency the repository pins.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');

describe('issue form and dependabot', () => {
  it('the blog idea form parses and offers exactly the tags of blog/tags.yml', () => {
    const form = parse(
      fs.readFileSync(path.join(ROOT, '.github', 'ISSUE_TEMPLATE', 'blog-idee.yml'), 'utf8'),
    ) as { body: Array<{ id?: string; attributes: { options?: unknown[] } }> };
    const tags = Object.keys(
      parse(fs.readFileSync(path.join(ROOT, 'blog', 'tags.yml'), 'utf8')) as object,
    );
    const dropdown = form.body.find((field) => field.id === 'tags');
    expect([...(dropdown?.attributes.options ?? [])].sort()).toEqual([...tags].sort());
  });

  it('dependabot watches npm, GitHub Actions and the Dockerfile’s base images', () => {
    const config = parse(fs.readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: Array<{ 'package-ecosystem': string }>;
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'docker',
      'github-actions',
      'npm',
    ]);
  });
});
