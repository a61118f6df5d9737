import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VcsConfig } from '@docusaurus/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fallbackWarning,
  gitWithFallback,
  insideGitWorktree,
  sourceDateEpoch,
} from '../../plugins/lib/vcs';

const FIXED = { timestamp: 1_700_000_000_000, author: 'git' };

/** A stand-in for Docusaurus' git strategy that records what it was asked. */
function fakeGit(): VcsConfig & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    initialize: ({ siteDir }) => void calls.push(`initialize ${siteDir}`),
    getFileCreationInfo: async (file) => (calls.push(`creation ${file}`), FIXED),
    getFileLastUpdateInfo: async (file) => (calls.push(`update ${file}`), FIXED),
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('gitWithFallback', () => {
  it('asks git inside a worktree, and warns about nothing', async () => {
    const git = fakeGit();
    const warnings: string[] = [];
    const vcs = gitWithFallback({
      git,
      inWorktree: async () => true,
      env: {},
      warn: (m) => warnings.push(m),
    });
    vcs.initialize({ siteDir: dir });
    expect(await vcs.getFileLastUpdateInfo(path.join(dir, 'a.md'))).toEqual(FIXED);
    expect(await vcs.getFileCreationInfo(path.join(dir, 'a.md'))).toEqual(FIXED);
    expect(git.calls).toEqual([
      `initialize ${dir}`,
      `update ${path.join(dir, 'a.md')}`,
      `creation ${path.join(dir, 'a.md')}`,
    ]);
    expect(warnings).toEqual([]);
  });

  it('outside a worktree dates each file by its modification time, with one warning for the build', async () => {
    const git = fakeGit();
    const warnings: string[] = [];
    const vcs = gitWithFallback({
      git,
      inWorktree: async () => false,
      env: {},
      warn: (m) => warnings.push(m),
    });
    const a = path.join(dir, 'a.md');
    const b = path.join(dir, 'b.md');
    writeFileSync(a, 'a');
    writeFileSync(b, 'b');
    utimesSync(a, new Date('2022-03-04T10:00:00Z'), new Date('2022-03-04T10:00:00Z'));
    utimesSync(b, new Date('2023-05-06T10:00:00Z'), new Date('2023-05-06T10:00:00Z'));
    vcs.initialize({ siteDir: dir });
    expect(await vcs.getFileLastUpdateInfo(a)).toEqual({
      timestamp: Date.parse('2022-03-04T10:00:00Z'),
      author: '',
    });
    expect((await vcs.getFileCreationInfo(b))?.timestamp).toBe(Date.parse('2023-05-06T10:00:00Z'));
    expect(await vcs.getFileLastUpdateInfo(path.join(dir, 'missing.md'))).toBeNull();
    expect(git.calls).toEqual([]);
    expect(warnings).toEqual([fallbackWarning(undefined)]);
    expect(warnings[0]).toContain('Geen Git-geschiedenis gevonden');
  });

  it('outside a worktree prefers SOURCE_DATE_EPOCH when it is set', async () => {
    const warnings: string[] = [];
    const vcs = gitWithFallback({
      git: fakeGit(),
      inWorktree: async () => false,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      warn: (m) => warnings.push(m),
    });
    const a = path.join(dir, 'a.md');
    writeFileSync(a, 'a');
    vcs.initialize({ siteDir: dir });
    expect(await vcs.getFileLastUpdateInfo(a)).toEqual({
      timestamp: 1_700_000_000_000,
      author: '',
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SOURCE_DATE_EPOCH (2023-11-14)');
  });

  it("keeps Docusaurus' own dates in `docusaurus start` without asking git", async () => {
    const git = fakeGit();
    let asked = false;
    const vcs = gitWithFallback({
      git,
      inWorktree: async () => ((asked = true), false),
      env: { NODE_ENV: 'development' },
      warn: () => undefined,
    });
    vcs.initialize({ siteDir: dir });
    expect(await vcs.getFileLastUpdateInfo(path.join(dir, 'a.md'))).toEqual(FIXED);
    expect(asked).toBe(false);
  });
});

describe('insideGitWorktree', () => {
  it('is false in a plain folder and true in a git repository', async () => {
    expect(await insideGitWorktree(dir)).toBe(false);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(await insideGitWorktree(dir)).toBe(true);
  });
});

describe('sourceDateEpoch', () => {
  it('reads whole seconds and ignores anything else', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1_700_000_000_000);
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: ' 12 ' })).toBe(12_000);
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: 'gisteren' })).toBeUndefined();
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '-5' })).toBeUndefined();
    expect(sourceDateEpoch({})).toBeUndefined();
  });
});
