/**
 * Which files an author is shown: inside a git checkout, the files changed
 * against the main branch (committed on the branch, staged, edited or new),
 * so a run shows the author's own problems and not other people's. The rest
 * of the site is still checked (links need it) and summed up in one line.
 *
 * The base is, in order: CHECK_CONTENT_BASE; on GitHub the pull request's
 * base branch (GITHUB_BASE_REF, as origin/<branch>); origin/main; main.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ChangedScope {
  /** The ref changes are measured against, as the author knows it (`main`). */
  base: string;
  /** Changed files, relative to the site root, forward slashes. */
  files: Set<string>;
}

function git(rootDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Candidate base refs, most specific first. */
export function baseCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates: string[] = [];
  if (env.CHECK_CONTENT_BASE) candidates.push(env.CHECK_CONTENT_BASE);
  if (env.GITHUB_BASE_REF) candidates.push(`origin/${env.GITHUB_BASE_REF}`);
  candidates.push('origin/main', 'main');
  return candidates;
}

/**
 * The files changed against the main branch; undefined outside a git
 * checkout or when no base branch is found (then everything is checked).
 */
export function changedScope(
  rootDir: string,
  env: NodeJS.ProcessEnv = process.env,
): ChangedScope | undefined {
  const inside = git(rootDir, ['rev-parse', '--is-inside-work-tree'])?.trim();
  if (inside !== 'true') return undefined;
  for (const candidate of baseCandidates(env)) {
    if (git(rootDir, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]) === undefined) {
      continue;
    }
    const mergeBase = git(rootDir, ['merge-base', 'HEAD', candidate])?.trim();
    if (!mergeBase) continue;
    // Paths relative to rootDir (which may be a folder inside the repository).
    const changed = lines(
      git(rootDir, ['diff', '--name-only', '--relative', '--no-renames', mergeBase]),
    );
    const untracked = lines(git(rootDir, ['ls-files', '--others', '--exclude-standard']));
    return {
      base: candidate.replace(/^origin\//, ''),
      files: new Set([...changed, ...untracked].map((file) => file.split(path.sep).join('/'))),
    };
  }
  return undefined;
}

/**
 * The files to report on for a set of changed files: changed posts, pages
 * and registries, and the posts and pages beside a changed image or other
 * file (an image in `img/` belongs to the posts of the folder above it).
 */
export function filesInScope(
  contentFiles: readonly string[],
  registries: readonly string[],
  changed: ReadonlySet<string>,
): Set<string> {
  const inScope = new Set<string>();
  const changedFolders = [...changed]
    .filter((file) => !/\.mdx?$/.test(file))
    .map((file) => path.posix.dirname(file).replace(/\/img(\/.*)?$/, ''));
  for (const file of contentFiles) {
    const folder = path.posix.dirname(file);
    if (changed.has(file) || changedFolders.includes(folder)) inScope.add(file);
  }
  for (const registry of registries) {
    if (changed.has(registry)) inScope.add(registry);
  }
  return inScope;
}
