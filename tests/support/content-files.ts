/**
 * Content for the tests that compare a fast path of the content check with
 * its slow twin: every Markdown file of the repository, and synthetic posts
 * from the benchmark corpus (scripts/bench/corpus.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

import { corpusOptions, planPost, renderPost } from '../../scripts/bench/corpus';

export const ROOT = path.resolve(__dirname, '../..');

/** Every post, page and fixture (`.md`, `.mdx`), relative to the repository root, sorted. */
export const CONTENT_FILES: readonly string[] = ['blog', 'docs', 'tests/fixtures'].flatMap(
  (directory) => {
    const dir = path.join(ROOT, directory);
    return fs.existsSync(dir)
      ? (fs.readdirSync(dir, { recursive: true }) as string[])
          .filter((name) => /\.mdx?$/.test(name))
          .map((name) => path.join(directory, name))
          .sort()
      : [];
  },
);

/** The first `count` posts of the benchmark corpus, with this site's authors and tags. */
export function syntheticPosts(count: number): Array<{ file: string; source: string }> {
  const options = corpusOptions(ROOT, count, [
    { file: 'foto-1.jpg', source: '', alt: 'Een foto' },
    { file: 'schema-1.png', source: '', alt: 'Een schema' },
  ]);
  return Array.from({ length: count }, (_, number) => {
    const plan = planPost(number, options);
    return { file: plan.file, source: renderPost(plan, options) };
  });
}
