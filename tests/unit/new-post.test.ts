import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
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
    const root = tempSite();
    const { code, output } = await run([
      '--root',
      root,
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
    const { problems } = await checkContent({ rootDir: root, now: NOW });
    expect(problems).toEqual([]);
  });

  it('without a description the check only warns about it', async () => {
    const root = tempSite();
    expect(
      (await run(['--root', root, '--title', 'Kort', '--author', 'digilab', '--yes'])).code,
    ).toBe(0);
    const { problems } = await checkContent({ rootDir: root, now: NOW });
    expect(problems.map((found) => found.rule)).toEqual(['beschrijving-ontbreekt']);
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
    const root = tempSite();
    const { code, output } = await run([
      '--root',
      root,
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
    const root = tempSite();
    const { code } = await run([
      '--root',
      root,
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
    const authors = fs.readFileSync(path.join(root, 'blog/authors.yml'), 'utf8');
    expect(authors).toContain('# Authors of the blog.');
    expect(authors).toMatch(
      /\n\njan-jansen:\n  name: Jan Jansen\n  title: Ontwikkelaar - Logius\n  page: true\n  socials:\n    github: janjansen\n/,
    );
    const { problems } = await checkContent({ rootDir: root, now: NOW });
    expect(problems.filter((found) => found.severity === 'fout')).toEqual([]);
  });

  it('makes a future post a draft', async () => {
    const root = tempSite();
    const { code, output } = await run([
      '--root',
      root,
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
    const post = fs.readFileSync(path.join(root, 'blog/2030/01/01-later.md'), 'utf8');
    expect(post).toContain('draft: true');
    const { problems } = await checkContent({ rootDir: root, now: NOW });
    expect(problems.filter((found) => found.severity === 'fout')).toEqual([]);
  });

  it('asks when run interactively, offering corrections', async () => {
    const root = tempSite();
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
    const { code, output } = await run(['--root', root], answers);
    expect(output).toContain('Bekende auteurs');
    expect(code, output).toBe(0);
    const post = fs.readFileSync(
      path.join(root, 'blog/2025/09/01-een-interactief-artikel.md'),
      'utf8',
    );
    expect(post).toContain('authors: [tom-ootes]');
    expect(post).toContain('tags: [api, haven]');
    const { problems } = await checkContent({ rootDir: root, now: NOW });
    expect(problems).toEqual([]);
  });

  it('quotes titles that YAML would misread', () => {
    expect(
      renderPost({ title: 'API: de basis', authors: ['digilab'], tags: [], draft: false }),
    ).toContain('title: "API: de basis"');
  });
});
