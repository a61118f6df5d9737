/**
 * The content check is the first gate for hostile metadata: the post, draft,
 * kennisbank page, author and tag of the build test (tests/build/
 * hostile-content.ts) must each be refused, field by field, at the line and
 * column of the markup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
import { writeHostileContent } from '../build/hostile-content';

const ROOT = path.resolve(__dirname, '../..');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

async function hostileSite(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'blog'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'docs', 'bijdragen'), { recursive: true });
  for (const file of ['authors.yml', 'tags.yml']) {
    fs.copyFileSync(path.join(ROOT, 'blog', file), path.join(dir, 'blog', file));
  }
  await writeHostileContent(dir);
  return dir;
}

/** The 1-based line of the first line of `file` that starts with `prefix`, and the column of its first `<`. */
function at(dir: string, file: string, prefix: string): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.trimStart().startsWith(prefix));
  if (index < 0) throw new Error(`${file}: no line starting with ${prefix}`);
  return { line: index + 1, column: lines[index].indexOf('<') + 1 };
}

describe('the content check on the hostile fixture content', () => {
  it('refuses the markup in every text field, at its line and column, in Dutch', async () => {
    const dir = await hostileSite();
    const { problems } = await checkContent({ rootDir: dir, now: new Date('2026-01-01') });
    const found = problems.map(({ rule, file, line, column }) => ({ rule, file, line, column }));
    const post = 'blog/2017/03/04-vijandige-metadata.md';
    const draft = 'blog/2017/03/05-vijandig-concept.md';
    const doc = 'docs/bijdragen/vijandige-pagina.md';
    const expected = [
      [post, 'title:'],
      [post, 'description:'],
      [post, 'keywords:'],
      [draft, 'title:'],
      [draft, 'description:'],
      [draft, 'keywords:'],
      [doc, 'title:'],
      [doc, 'sidebar_label:'],
      [doc, 'description:'],
      [doc, 'keywords:'],
      ['blog/authors.yml', 'name: "author-name'],
      ['blog/authors.yml', 'title: "author-title'],
      ['blog/authors.yml', 'description: "author-description'],
      ['blog/tags.yml', 'label: "tag-label'],
      ['blog/tags.yml', 'description: "tag-description'],
    ] as const;
    for (const [file, prefix] of expected) {
      expect(found, `${file} ${prefix}`).toContainEqual({
        rule: 'html-in-tekst',
        file,
        ...at(dir, file, prefix),
      });
    }
    // The image's alt text, escaped as Markdown (`\<\/script\>\<script\>`): on its
    // line, at the first `<` that reads as markup there.
    const image = at(dir, post, '![');
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'html-in-tekst', file: post, line: image.line }),
    );
    // Both keywords of the post, on the one line of its flow list.
    expect(
      found.filter((p) => p.file === post && p.line === at(dir, post, 'keywords:').line),
    ).toHaveLength(2);
    // The author's links run code.
    expect(
      found.filter((p) => p.rule === 'url-onveilig' && p.file === 'blog/authors.yml'),
    ).toHaveLength(2);
    // Fields Docusaurus knows but the site does not: refused as such.
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'frontmatter-onbekend-veld', file: post }),
    );
    for (const found of problems.filter((p) => p.rule === 'html-in-tekst')) {
      expect(found.severity).toBe('fout');
      expect(found.message).toMatch(/bevat HTML \(<.+\)\. Dit is platte tekst/);
    }
  });
});
