/**
 * `npm run check:content` in a git checkout shows the author's own files:
 * those changed against main (committed on the branch, edited or new), plus
 * one line about the rest. `--alle` shows everything; named files count as
 * what was checked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { filesInScope } from '../../scripts/check-content/scope';
import { FIXTURES } from './helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const made: string[] = [];

afterAll(() => {
  for (const root of made) fs.rmSync(root, { recursive: true, force: true });
});

function post(title: string, extra = ''): string {
  return `---
title: ${title}
description: Een testartikel met een beschrijving die lang genoeg is voor de controle.
authors: [tom-ootes]
tags: [api]
---

Inleiding van het artikel.

<!-- truncate -->
${extra}`;
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

function check(root: string, ...args: string[]): { status: number; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'scripts/check-content/cli.ts'),
      '--geen-cache',
      ...args,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', CHECK_CONTENT_BASE: '', GITHUB_BASE_REF: '' },
    },
  );
  return { status: result.status ?? -1, output: result.stdout + result.stderr };
}

describe('check:content reports the files changed against main', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-scope-'));
  made.push(root);
  write(root, 'blog/authors.yml', fs.readFileSync(path.join(FIXTURES, 'authors.yml'), 'utf8'));
  write(root, 'blog/tags.yml', fs.readFileSync(path.join(FIXTURES, 'tags.yml'), 'utf8'));
  // Someone else's post on main, with a broken link: not this author's problem.
  write(root, 'blog/2025/01/10-ander.md', post('Ander', '\n[kapot](/blog/bestaat-niet)\n'));
  write(root, 'blog/2025/01/11-ook-ander.md', post('Ook ander'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'main');
  git(root, 'checkout', '-qb', 'mijn-artikel');
  // The author's post: committed on the branch, then edited to jump a heading level.
  write(root, 'blog/2025/02/01-mijn-artikel.md', post('Mijn artikel', '\n## Kop\n'));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'artikel');
  write(
    root,
    'blog/2025/02/01-mijn-artikel.md',
    post('Mijn artikel', '\n## Kop\n\n#### Te diep\n'),
  );
  // And a second, new file not yet added to git.
  write(root, 'blog/2025/02/02-nog-een.md', post('Nog een'));

  it('shows only the changed and new files, and one line for the rest', () => {
    const { status, output } = check(root);
    expect(status).toBe(1);
    expect(output).toMatch(/^blog\/2025\/02\/01-mijn-artikel\.md:14:1 {2}fout {2}kop-sprong/m);
    expect(output).not.toContain('10-ander.md');
    expect(output).toContain(
      'Gewijzigd ten opzichte van main: 1 fout en 0 waarschuwingen in 1 bestand (2 bestanden gecontroleerd).',
    );
    expect(output).toContain(
      'Niet gewijzigd ten opzichte van main: 2 bestanden, met 1 fout en 0 waarschuwingen (npm run check:content -- --alle toont ze).',
    );
  });

  it('--alle shows every file', () => {
    const { status, output } = check(root, '--alle');
    expect(status).toBe(1);
    expect(output).toMatch(/^blog\/2025\/01\/10-ander\.md:\d+:\d+ {2}fout {2}link-kapot/m);
    expect(output).toContain(
      '2 fouten en 0 waarschuwingen in 2 bestanden (4 bestanden gecontroleerd).',
    );
  });

  it('named files: only those, counted as checked', () => {
    const { status, output } = check(root, 'blog/2025/02/02-nog-een.md');
    expect(status).toBe(0);
    expect(output.trim().split('\n').at(-1)).toBe('Geen problemen gevonden in 1 bestand.');
  });

  it('outside a git checkout, everything', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'check-scope-plain-'));
    made.push(copy);
    fs.cpSync(path.join(root, 'blog'), path.join(copy, 'blog'), { recursive: true });
    const { output } = check(copy);
    expect(output).toContain('in 2 bestanden (4 bestanden gecontroleerd)');
    expect(output).not.toContain('Niet gewijzigd');
  });
});

describe('filesInScope', () => {
  it('a changed image brings in the posts of its folder; registries when changed', () => {
    const content = ['blog/2025/02/01-a.md', 'blog/2025/03/01-b.md', 'docs/intro.md'];
    expect([
      ...filesInScope(
        content,
        ['blog/authors.yml', 'blog/tags.yml'],
        new Set(['blog/2025/02/img/schema.png', 'blog/tags.yml', 'README.md']),
      ),
    ]).toEqual(['blog/2025/02/01-a.md', 'blog/tags.yml']);
  });
});
