/**
 * Where "Laatst bijgewerkt" and the sitemap's `lastmod` come from
 * (`future.experimental_vcs` in docusaurus.config.ts).
 *
 * Docusaurus reads both from git. A site without git history (the output of
 * `git archive`, a release tarball, a container build context without
 * `.git`) stops its build with "This Docusaurus site is outside any Git
 * worktree". This wraps Docusaurus' own git strategy: inside a git worktree
 * nothing changes; outside one, every file is dated by `SOURCE_DATE_EPOCH`
 * when that is set (the reproducible-builds convention), or else by its
 * modification time, which `git archive | tar -x` sets to the commit's time.
 * The build says so in one warning line.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import type { VcsChangeInfo, VcsConfig } from '@docusaurus/types';
import { getVcsPreset } from '@docusaurus/utils';

/** Whether `dir` lies inside a git worktree, and git is there to read it. */
export function insideGitWorktree(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir }, (error, stdout) => {
      resolve(!error && stdout.trim() === 'true');
    });
  });
}

/** `SOURCE_DATE_EPOCH` in milliseconds, or undefined when unset or not a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value) * 1000;
}

export interface FallbackVcsOptions {
  /** The strategy used inside a git worktree; Docusaurus' eager git reader by default. */
  git?: VcsConfig;
  /** Answers whether a directory is in a git worktree (tests replace it). */
  inWorktree?: (dir: string) => Promise<boolean>;
  env?: NodeJS.ProcessEnv;
  /** Prints the one warning line. */
  warn?: (message: string) => void;
}

/** The one warning line a build without git history prints. */
export function fallbackWarning(epoch: number | undefined): string {
  const source =
    epoch === undefined
      ? 'de wijzigingstijd van elk bestand'
      : `SOURCE_DATE_EPOCH (${new Date(epoch).toISOString().slice(0, 10)})`;
  return (
    `Geen Git-geschiedenis gevonden: "Laatst bijgewerkt" en de datums in sitemap.xml komen uit ${source}. ` +
    'Bouw vanuit een git clone voor de datum van de laatste commit per bestand.'
  );
}

/**
 * Docusaurus' git strategy, with a defined fallback when the site is not in a
 * git worktree (see the file comment).
 */
export function gitWithFallback(options: FallbackVcsOptions = {}): VcsConfig {
  const git = options.git ?? getVcsPreset('default-v2');
  const inWorktree = options.inWorktree ?? insideGitWorktree;
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((message: string) => console.warn(`[WARNING] ${message}`));
  let useGit: Promise<boolean> | undefined;
  let warned = false;

  const fallback = async (filePath: string): Promise<VcsChangeInfo | null> => {
    const epoch = sourceDateEpoch(env);
    if (!warned) {
      warned = true;
      warn(fallbackWarning(epoch));
    }
    if (epoch !== undefined) return { timestamp: epoch, author: '' };
    try {
      return { timestamp: Math.floor((await stat(filePath)).mtimeMs), author: '' };
    } catch {
      return null;
    }
  };

  const read =
    (method: 'getFileCreationInfo' | 'getFileLastUpdateInfo') =>
    async (filePath: string): Promise<VcsChangeInfo | null> => {
      // Docusaurus initializes the VCS before it reads; the site directory is the
      // working directory of every build command otherwise.
      useGit ??= start(process.cwd());
      return (await useGit) ? git[method](filePath) : fallback(filePath);
    };

  // `docusaurus start` and tests (NODE_ENV development or test): Docusaurus'
  // strategy reads no git there but returns fixed dates, so keep it.
  const start = async (siteDir: string): Promise<boolean> => {
    const inside =
      env.NODE_ENV === 'development' || env.NODE_ENV === 'test' || (await inWorktree(siteDir));
    if (inside) git.initialize({ siteDir });
    return inside;
  };

  return {
    initialize: (params) => {
      useGit = start(params.siteDir);
    },
    getFileCreationInfo: read('getFileCreationInfo'),
    getFileLastUpdateInfo: read('getFileLastUpdateInfo'),
  };
}
