import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  formatAnnotation,
  formatProblem,
  formatSummary,
  type Problem,
} from '../../scripts/check-content/index';
import { analyzeAll } from '../../scripts/check-content/runner';
import { DEFAULT_LAYOUT, discoverFiles } from '../../scripts/check-content/site';
import { FIXTURES, materialize } from './helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');

const sample: Problem = {
  file: 'blog/2025/01/15-x.md',
  line: 12,
  column: 3,
  severity: 'fout',
  rule: 'afbeelding-alt',
  message: 'Geen tekst, 100% zeker:\nregel twee',
};

describe('output', () => {
  it('prints path:line:column  severity  rule  message', () => {
    expect(formatProblem(sample)).toBe(
      'blog/2025/01/15-x.md:12:3  fout  afbeelding-alt  Geen tekst, 100% zeker:\nregel twee',
    );
  });

  it('annotates for GitHub Actions with escaped data', () => {
    expect(formatAnnotation(sample)).toBe(
      '::error file=blog/2025/01/15-x.md,line=12,col=3,title=afbeelding-alt::Geen tekst, 100%25 zeker:%0Aregel twee',
    );
    expect(formatAnnotation({ ...sample, severity: 'waarschuwing' })).toMatch(/^::warning /);
  });

  it('summarises in Dutch', () => {
    expect(formatSummary([], 4)).toBe('Geen problemen gevonden in 4 bestanden.');
    expect(formatSummary([sample], 1)).toMatch(/^1 fout en 0 waarschuwingen in 1 bestand/);
  });

  it('the CLI exits 1 on an error, annotates on GitHub and never prints a stack trace', () => {
    const { root } = materialize(path.join(FIXTURES, 'bad', 'mdx-syntax'));
    fs.copyFileSync(path.join(FIXTURES, 'authors.yml'), path.join(root, 'blog', 'authors.yml'));
    fs.copyFileSync(path.join(FIXTURES, 'tags.yml'), path.join(root, 'blog', 'tags.yml'));
    let output = '';
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
          path.join(ROOT, 'scripts/check-content/cli.ts'),
          '--geen-cache',
        ],
        { cwd: root, env: { ...process.env, GITHUB_ACTIONS: 'true' }, encoding: 'utf8' },
      );
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = failure.stdout + failure.stderr;
    }
    fs.rmSync(root, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(output).toMatch(/^blog\/2025\/01\/15-testartikel\.mdx:12:18 {2}fout {2}mdx-syntax {2}/m);
    expect(output).toContain(
      '::error file=blog/2025/01/15-testartikel.mdx,line=12,col=18,title=mdx-syntax::',
    );
    expect(output).toMatch(/1 fout en 0 waarschuwingen/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('cache', () => {
  it('gives the same analyses from the cache as from parsing', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
    const tasks = discoverFiles({ ...DEFAULT_LAYOUT, rootDir: ROOT });
    const fresh = await analyzeAll(tasks, { cacheDir, workers: 1 });
    const cached = await analyzeAll(tasks, { cacheDir, workers: 1 });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    expect(cached).toEqual(fresh);
  });
});
