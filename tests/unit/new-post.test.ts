import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
import type { Problem } from '../../scripts/check-content/rules';
import { renderPost, slugify } from '../../scripts/new-post/create-post';
import { runNewPost } from '../../scripts/new-post/cli';

const ROOT = path.resolve(__dirname, '../..');
const NOW = new Date('2025-09-01T10:00:00Z');
const roots: string[] = [];

/** A temporary site with a copy of the real authors and tags. */
function tempSite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
  fs.mkdirSync(path.join(root, 'blog'));
  for (const name of ['authors.yml', 'tags.yml']) {
    fs.copyFileSync(path.join(ROOT, 'blog', name), path.join(root, 'blog', name));
  }
  roots.push(root);
  return root;
}

/** Runs the command; answers are typed one by one, each when a question appears. */
async function run(argv: string[], answers?: string[]): Promise<{ code: number; output: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const pending = [...(answers ?? [])];
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (text.endsWith(': ') && pending.length > 0) {
      input.write(`${pending.shift()}\n`);
    }
  });
  const code = await runNewPost(argv, {
    input,
    output,
    interactive: answers !== undefined,
    now: NOW,
  });
  return { code, output: text };
}

/** Runs the command in a fresh temporary site. */
async function newPost(
  argv: string[],
  answers?: string[],
): Promise<{ root: string; code: number; output: string; read: (file: string) => string }> {
  const root = tempSite();
  const result = await run(['--root', root, ...argv], answers);
  return { root, ...result, read: (file) => fs.readFileSync(path.join(root, file), 'utf8') };
}

/** What the content check finds in a site; only its fouten when asked. */
async function problemsIn(root: string, only?: 'fout'): Promise<Problem[]> {
  const { problems } = await checkContent({ rootDir: root, now: NOW });
  return only ? problems.filter((found) => found.severity === only) : problems;
}

afterEach(() => {
  for (const root of roots.splice(0)) {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

describe('npm run new-post', () => {
  it('makes slugs of Dutch titles', () => {
    expect(slugify("Één API's & jij: wat nu?")).toBe('een-apis-en-jij-wat-nu');
  });

  it('writes a post that passes the check, without problems', async () => {
    const { root, code, output } = await newPost([
      '--title',
      'Haven, Kubernetes en de cloud',
      '--author',
      'tom-ootes',
      '--tags',
      'api,haven',
      '--description',
      'Een verkenning van Haven en Kubernetes voor publieke organisaties die cloud-agnostisch willen werken.',
      '--yes',
    ]);
    expect(code).toBe(0);
    expect(output).toContain('blog/2025/09/01-haven-kubernetes-en-de-cloud.md');
    expect(await problemsIn(root)).toEqual([]);
  });

  it('without a description the check only warns about it', async () => {
    const root = tempSite();
    expect(
      (await run(['--root', root, '--title', 'Kort', '--author', 'digilab', '--yes'])).code,
    ).toBe(0);
    expect((await problemsIn(root)).map((found) => found.rule)).toEqual(['beschrijving-ontbreekt']);
  });

  it('never overwrites an existing post', async () => {
    const root = tempSite();
    const argv = ['--root', root, '--title', 'Twee keer', '--author', 'digilab', '--yes'];
    expect((await run(argv)).code).toBe(0);
    const file = path.join(root, 'blog/2025/09/01-twee-keer.md');
    fs.writeFileSync(file, 'eigen tekst');
    const second = await run(argv);
    expect(second.code).toBe(1);
    expect(second.output).toContain('bestaat al');
    expect(fs.readFileSync(file, 'utf8')).toBe('eigen tekst');
  });

  it('suggests the closest key for a typo', async () => {
    const { code, output } = await newPost([
      '--title',
      'Typfout',
      '--author',
      'tom-otes',
      '--tags',
      'llmm',
      '--yes',
    ]);
    expect(code).toBe(1);
    expect(output).toContain('Bedoel je tom-ootes?');
    expect(output).toContain('Bedoel je llm?');
  });

  it('adds a new author to authors.yml and keeps its comments', async () => {
    const { root, code, read } = await newPost([
      '--title',
      'Mijn eerste artikel',
      '--author',
      'jan-jansen',
      '--author-name',
      'Jan Jansen',
      '--author-title',
      'Ontwikkelaar - Logius',
      '--author-github',
      'janjansen',
      '--yes',
    ]);
    expect(code).toBe(0);
    const authors = read('blog/authors.yml');
    expect(authors).toContain('# Authors of the blog.');
    expect(authors).toMatch(
      /\n\njan-jansen:\n  name: Jan Jansen\n  title: Ontwikkelaar - Logius\n  page: true\n  socials:\n    github: janjansen\n/,
    );
    expect(await problemsIn(root, 'fout')).toEqual([]);
  });

  it('makes a future post a draft', async () => {
    const { root, code, output, read } = await newPost([
      '--title',
      'Later',
      '--author',
      'digilab',
      '--date',
      '2030-01-01',
      '--yes',
    ]);
    expect(code).toBe(0);
    expect(output).toContain('concept');
    const post = read('blog/2030/01/01-later.md');
    expect(post).toContain('draft: true');
    expect(await problemsIn(root, 'fout')).toEqual([]);
  });

  it('asks when run interactively, offering corrections', async () => {
    const answers = [
      'Een interactief artikel', // title
      'tom-otes', // author with a typo
      'j', // use tom-ootes
      'api, havn', // tags with a typo
      'j', // use haven
      'Een artikel dat via de vragen van new-post is gemaakt, met een beschrijving.', // description
      '', // date: today
      'n', // not a draft
    ];
    const { root, code, output, read } = await newPost([], answers);
    expect(output).toContain('Bekende auteurs');
    expect(code, output).toBe(0);
    const post = read('blog/2025/09/01-een-interactief-artikel.md');
    expect(post).toContain('authors: [tom-ootes]');
    expect(post).toContain('tags: [api, haven]');
    expect(await problemsIn(root)).toEqual([]);
  });

  it('quotes titles that YAML would misread', () => {
    expect(
      renderPost({ title: 'API: de basis', authors: ['digilab'], tags: [], draft: false }),
    ).toContain('title: "API: de basis"');
  });
});

describe('npm run new-post: new tags and authors', () => {
  /** Every entry of a registry as its exact text, key by key. */
  function entriesText(text: string): Map<string, string> {
    const entries = new Map<string, string>();
    const lines = text.split('\n');
    let key: string | undefined;
    let block: string[] = [];
    for (const line of lines) {
      const match = /^([a-z0-9-]+):/.exec(line);
      if (match) {
        if (key) entries.set(key, block.join('\n'));
        key = match[1];
        block = [];
      }
      block.push(line);
    }
    if (key) entries.set(key, block.join('\n'));
    return entries;
  }

  it('adds a new author and a new tag by flags; no other byte of either file changes', async () => {
    const root = tempSite();
    const authorsBefore = fs.readFileSync(path.join(root, 'blog/authors.yml'), 'utf8');
    const tagsBefore = fs.readFileSync(path.join(root, 'blog/tags.yml'), 'utf8');
    // The real file has a folded description (digilab): a re-serialised
    // document would re-wrap it.
    expect(authorsBefore).toContain('description: >-');
    const { code, output } = await run([
      '--root',
      root,
      '--title',
      'Open source bij de overheid',
      '--author',
      'jan-jansen',
      '--author-name',
      'Jan Jansen',
      '--author-title',
      'Ontwikkelaar - Logius',
      '--tags',
      'api,open-source',
      '--tag-label',
      'Open source',
      '--tag-description',
      'Software waarvan de broncode openbaar is: lezen, hergebruiken en verbeteren.',
      '--yes',
    ]);
    expect(code, output).toBe(0);
    expect(output).toContain('Tag open-source (Open source) toegevoegd aan blog/tags.yml.');
    const authorsAfter = fs.readFileSync(path.join(root, 'blog/authors.yml'), 'utf8');
    const tagsAfter = fs.readFileSync(path.join(root, 'blog/tags.yml'), 'utf8');
    // The old text is a prefix of the new: not one byte of it changed.
    expect(authorsAfter.startsWith(authorsBefore)).toBe(true);
    expect(tagsAfter.startsWith(tagsBefore)).toBe(true);
    expect(authorsAfter.slice(authorsBefore.length)).toBe(
      '\njan-jansen:\n  name: Jan Jansen\n  title: Ontwikkelaar - Logius\n  page: true\n',
    );
    expect(tagsAfter.slice(tagsBefore.length)).toBe(
      'open-source:\n  label: Open source\n  description: "Software waarvan de broncode openbaar is: lezen, hergebruiken en verbeteren."\n  permalink: /open-source\n',
    );
    for (const [before, after] of [
      [authorsBefore, authorsAfter],
      [tagsBefore, tagsAfter],
    ]) {
      const old = entriesText(before);
      const updated = entriesText(after);
      for (const [key, text] of old) expect(updated.get(key)?.trimEnd()).toBe(text.trimEnd());
    }
    const post = fs.readFileSync(
      path.join(root, 'blog/2025/09/01-open-source-bij-de-overheid.md'),
      'utf8',
    );
    expect(post).toContain('tags: [api, open-source]');
    expect(post).toContain('authors: [jan-jansen]');
    expect(await problemsIn(root, 'fout')).toEqual([]);
  });

  it('asks for the label and description of a new tag', async () => {
    const answers = [
      'Werken met open source', // title
      'tom-ootes', // author
      'kubernetes', // a new tag, with no close known key
      'j', // add it
      'Kubernetes', // label
      'Software om containers te draaien en te beheren.', // description
      'Een artikel over Kubernetes, met een nieuwe tag die via de vragen is gemaakt.',
      '', // date: today
      'j', // draft
    ];
    const { root, code, output, read } = await newPost([], answers);
    expect(code, output).toBe(0);
    const tags = read('blog/tags.yml');
    expect(tags).toMatch(
      /\nkubernetes:\n {2}label: Kubernetes\n {2}description: Software om containers te draaien en te beheren\.\n {2}permalink: \/kubernetes\n$/,
    );
    const post = read('blog/2025/09/01-werken-met-open-source.md');
    expect(post).toContain('tags: [kubernetes]');
    expect(await problemsIn(root)).toEqual([]);
  });

  it('never drops a tag silently: declining says so', async () => {
    const answers = [
      'Zonder nieuwe tag',
      'tom-ootes',
      'api, kubernetes',
      'n', // do not add kubernetes
      '',
      '',
      'j',
    ];
    const { code, output, read } = await newPost([], answers);
    expect(code, output).toBe(0);
    expect(output).toContain('De tag kubernetes laat ik weg.');
    const post = read('blog/2025/09/01-zonder-nieuwe-tag.md');
    expect(post).toContain('tags: [api]');
    expect(read('blog/tags.yml')).not.toContain('kubernetes');
  });

  it('an unknown tag by flags says how to add it', async () => {
    const { code, output } = await newPost([
      '--title',
      'Nieuwe tag',
      '--author',
      'digilab',
      '--tags',
      'api,open-source',
      '--yes',
    ]);
    expect(code).toBe(1);
    expect(output).toContain('De tag open-source staat niet in blog/tags.yml.');
    expect(output).toContain('--tag-label');
    expect(output).not.toMatch(/spreek.*af/);
  });
});
